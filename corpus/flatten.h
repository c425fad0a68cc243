// Lines flattened by PDF-to-text without layout: a page of minutes on one
// line, cut back into the logical lines the rest of the parser reads.
#pragma once

#include <optional>
#include <string_view>

#include "corpus/text.h"

namespace crossboard::corpus {

// The labels a flattened line is cut before: attendance headings
// ("Present:", "IN ATTENDANCE:", "MEMBERS:"), "Action:", "RESOLVED –",
// "Date of next meeting". Written with their colon (or dash), so a status
// word in a table cell ("… BLSCB Present Marcus …") is no label.
extern const std::string_view kFlatLineCues[];
extern const size_t kFlatLineCueCount;

// `text` with every clearly flattened line (long, and holding several cues:
// labels, item numbers in sequence "1. Welcome …  2. Minutes …", a date
// after the title) cut into logical lines at those cues; an item's title is
// cut from its run-on text ("3. Budget Update GO presented …"). Each part
// keeps the source line's number and page, so citations still point at the
// real file line. nullopt when no line is flattened (the text is used as is).
std::optional<Text> split_flattened_lines(const Text& text);

}  // namespace crossboard::corpus
