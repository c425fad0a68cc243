// crossboard_pdf_pages: Poppler's word boxes for each page. Built as a module of its own so
// that only runs that meet a PDF load Poppler and the two dozen libraries it brings.
#include "corpus/poppler/pdf_words.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <cctype>
#include <climits>
#include <memory>

namespace {

using crossboard::corpus::PdfPage;
using crossboard::corpus::PdfWord;

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

extern "C" int crossboard_pdf_module_abi() { return CROSSBOARD_PDF_MODULE_ABI; }

extern "C" bool crossboard_pdf_pages(const char* data, size_t size, std::vector<PdfPage>* pages,
                                     std::string* error) {
  try {
    quiet_poppler();
    if (size > static_cast<size_t>(INT_MAX)) {
      *error = "PDF too large (over 2 GB)";
      return false;
    }
    std::unique_ptr<poppler::document> doc(
        poppler::document::load_from_raw_data(data, static_cast<int>(size)));
    if (!doc) {
      *error = "damaged PDF: Poppler cannot read its structure (truncated, or a broken xref table)";
      return false;
    }
    if (doc->is_locked()) {
      *error = "encrypted PDF: it needs a password to open";
      return false;
    }
    for (int i = 0; i < doc->pages(); ++i) {
      std::unique_ptr<poppler::page> page(doc->create_page(i));
      pages->push_back(page ? page_words(*page) : PdfPage{});
    }
    return true;
  } catch (const std::exception& e) {
    *error = std::string("PDF could not be read: ") + e.what();
    return false;
  }
}
