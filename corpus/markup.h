// Light markup shared by the PDF, Word and HTML readers: one line per paragraph or row, with its page.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "corpus/text.h"

namespace crossboard::corpus {

// One line of the markup the text path understands: cells separated by tabs,
// <b>, <li> and <p> kept as structure cues. `page` is 1-based, 0 if unpaged.
struct MarkupLine {
  std::string markup;
  int page = 0;
};

// What a format reader gives back: normalised text, or why there is none.
struct FormatText {
  Text text;
  std::string error;  // one line for the user; empty on success
};

// Escapes a run of document text so normalise_text reads it as words, not
// tags or cells: "&" and "<" become entities, tabs and newlines spaces.
std::string escape_markup(std::string_view text);

// Normalises `lines` through normalise_text; line k (1-based) keeps the page
// of lines[k - 1], so a hit can cite page and line of the extracted text.
Text text_from_markup(const std::vector<MarkupLine>& lines);

}  // namespace crossboard::corpus
