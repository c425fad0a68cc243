// read_pdf: Poppler's word boxes for each page, handed to lay_out_pages.
#include "corpus/pdf_reader.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <memory>

#include "corpus/pdf_layout.h"

namespace crossboard::corpus {

namespace {

// Poppler reports damage on stderr; a damaged file is our error to report, once.
void quiet_poppler() {
  static bool once = [] {
    poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr);
    return true;
  }();
  (void)once;
}

std::string utf8(const poppler::ustring& s) {
  poppler::byte_array bytes = s.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

bool is_bold_font(std::string name) {
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return name.find("bold") != std::string::npos || name.find("black") != std::string::npos ||
         name.find("heavy") != std::string::npos;
}

PdfPage page_words(const poppler::page& page) {
  PdfPage out;
  poppler::rectf box = page.page_rect();
  out.width = box.width();
  out.height = box.height();
  for (const poppler::text_box& t : page.text_list(poppler::page::text_list_include_font)) {
    PdfWord w;
    w.text = utf8(t.text());
    if (w.text.find_first_not_of(" \t\r\n") == std::string::npos) continue;
    poppler::rectf b = t.bbox();
    w.left = b.left(), w.top = b.top(), w.right = b.right(), w.bottom = b.bottom();
    w.size = t.get_font_size();
    w.bold = t.has_font_info() && is_bold_font(t.get_font_name());
    w.space_after = t.has_space_after();
    out.words.push_back(std::move(w));
  }
  return out;
}

}  // namespace

FormatText read_pdf(std::string_view bytes) {
  quiet_poppler();
  FormatText result;
  if (bytes.size() > static_cast<size_t>(INT32_MAX)) {
    result.error = "PDF too large (over 2 GB)";
    return result;
  }
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) {
    result.error = "damaged PDF: Poppler cannot read its structure (truncated, or a broken xref table)";
    return result;
  }
  if (doc->is_locked()) {
    result.error = "encrypted PDF: it needs a password to open";
    return result;
  }
  std::vector<PdfPage> pages;
  size_t words = 0;
  for (int i = 0; i < doc->pages(); ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    pages.push_back(page ? page_words(*page) : PdfPage{});
    words += pages.back().words.size();
  }
  if (pages.empty()) {
    result.error = "damaged PDF: no pages";
  } else if (words == 0) {
    result.error = "scanned PDF with no text layer (" + std::to_string(pages.size()) +
                   (pages.size() == 1 ? " page" : " pages") + "): needs OCR before it can be read";
  } else {
    result.text = text_from_markup(lay_out_pages(pages));
  }
  return result;
}

}  // namespace crossboard::corpus
