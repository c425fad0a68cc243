// Reading PDF minutes through Poppler into the parser's Text, page by page.
#pragma once

#include <string_view>

#include "corpus/markup.h"

namespace crossboard::corpus {

// Reads the PDF in `bytes`. Never throws for bad input: an encrypted, broken
// or image-only (scanned) PDF gives an `error` that says which.
FormatText read_pdf(std::string_view bytes);

}  // namespace crossboard::corpus
