// The entry point of the Poppler module (libcrossboard_pdf.so), which corpus/pdf_reader.cc loads on the first
// PDF.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "corpus/pdf_layout.h"

// Bumped whenever PdfPage, PdfWord or the entry point below change, so a
// module left over from another build is refused instead of misread.
#define CROSSBOARD_PDF_MODULE_ABI 1

extern "C" {

// CROSSBOARD_PDF_MODULE_ABI of the module.
int crossboard_pdf_module_abi();

// Reads the word boxes of every page of the PDF in data[0, size) into
// `pages`. Returns false, with a one-line reason in `error`, for a PDF that
// cannot be opened (damaged or encrypted). Never throws.
bool crossboard_pdf_pages(const char* data, size_t size, std::vector<crossboard::corpus::PdfPage>* pages,
                          std::string* error);
}
