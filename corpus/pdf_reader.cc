// read_pdf: the Poppler module's word boxes for each page, handed to lay_out_pages.
#include "corpus/pdf_reader.h"

#include <dlfcn.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "corpus/pdf_layout.h"
#include "corpus/poppler/pdf_words.h"

namespace crossboard::corpus {

namespace {

using PagesFunction = bool (*)(const char*, size_t, std::vector<PdfPage>*, std::string*);

constexpr const char* kModuleName = "libcrossboard_pdf.so";

// Where the module may be, first found wins: $CROSSBOARD_PDF_MODULE, beside
// the running program, in ../lib/crossboard from it (an installed layout),
// and where this build put it.
std::vector<std::string> module_candidates() {
  std::vector<std::string> out;
  if (const char* env = std::getenv("CROSSBOARD_PDF_MODULE"); env && *env) out.emplace_back(env);
  std::error_code ec;
  std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    out.push_back((exe.parent_path() / kModuleName).string());
    out.push_back((exe.parent_path() / ".." / "lib" / "crossboard" / kModuleName).string());
  }
#ifdef CROSSBOARD_PDF_MODULE_PATH
  out.emplace_back(CROSSBOARD_PDF_MODULE_PATH);
#endif
  return out;
}

struct Module {
  PagesFunction pages = nullptr;
  std::string error;  // why no module could be loaded
};

// Poppler links two dozen libraries (NSS, font, image codecs) that cost every
// run several milliseconds to load and relocate; most runs (search, analysis)
// never meet a PDF, so the module is opened on the first one, once.
const Module& pdf_module() {
  static const Module module = [] {
    Module m;
    std::string tried;
    for (const std::string& path : module_candidates()) {
      if (!std::filesystem::exists(path)) continue;
      void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
      if (!handle) {
        tried += std::string(tried.empty() ? "" : "; ") + dlerror();
        continue;
      }
      auto abi = reinterpret_cast<int (*)()>(dlsym(handle, "crossboard_pdf_module_abi"));
      auto pages = reinterpret_cast<PagesFunction>(dlsym(handle, "crossboard_pdf_pages"));
      if (!abi || !pages || abi() != CROSSBOARD_PDF_MODULE_ABI) {
        tried += std::string(tried.empty() ? "" : "; ") + path + " is from another crossboard build";
        dlclose(handle);
        continue;
      }
      m.pages = pages;  // the handle stays open for the life of the process
      return m;
    }
    m.error = "PDF support is not installed: " + std::string(kModuleName) + " not found beside crossboard" +
              (tried.empty() ? "" : " (" + tried + ")");
    return m;
  }();
  return module;
}

}  // namespace

FormatText read_pdf(std::string_view bytes) {
  FormatText result;
  const Module& module = pdf_module();
  if (!module.pages) {
    result.error = module.error;
    return result;
  }
  std::vector<PdfPage> pages;
  if (!module.pages(bytes.data(), bytes.size(), &pages, &result.error)) return result;
  size_t words = 0;
  for (const PdfPage& page : pages) words += page.words.size();
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
