// Reading Word .docx minutes (a zip of XML) into the parser's Text.
#pragma once

#include <string_view>

#include "corpus/markup.h"

namespace crossboard::corpus {

// Reads the .docx in `bytes`: paragraphs, headings and bold runs, list and
// numbered paragraphs with their numbers, table rows as cells. Never throws
// for bad input: a damaged zip, a zip that is not a Word document or an
// oversized entry gives an `error` that says which.
FormatText read_docx(std::string_view bytes);

}  // namespace crossboard::corpus
