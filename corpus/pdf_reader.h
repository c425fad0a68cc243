// Reading PDF minutes through Poppler into the parser's Text, page by page.
#pragma once

#include <string_view>

#include "corpus/markup.h"

namespace crossboard::corpus {

// How long one PDF may take to read, by default. Poppler's text layout grows
// faster than linearly with the text pieces of a page: a page of 40,000
// took 51 s, 200,000 over 150 s. A 300-page agenda pack takes a few seconds.
inline constexpr double kPdfReadSeconds = 60;

// Reads the PDF in `bytes`. Never throws for bad input: an encrypted, broken
// or image-only (scanned) PDF gives an `error` that says which. Poppler runs
// in a child process, so a PDF that takes over `seconds`, needs more memory
// than kPdfReadMemory or crashes Poppler costs that file only, and
// cancel_pdf_reads() stops it at once.
FormatText read_pdf(std::string_view bytes, double seconds = kPdfReadSeconds);

// Makes every PDF read in progress, and any started later, stop with the
// error "interrupted". Safe to call from a signal handler.
void cancel_pdf_reads();

}  // namespace crossboard::corpus
