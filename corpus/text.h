// Normalised text of a minutes file: lines with their source positions, tags gone.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace crossboard::corpus {

// One logical line after normalisation. A source line that is a table row
// keeps its cells; a cell that held several HTML paragraphs or list items
// keeps each as its own block, so the parser sees the structure the tags gave.
struct Block {
  std::string text;     // tags removed, entities decoded, NFKC, spaces collapsed
  bool bold = false;    // the whole block was <b>/<strong>/**...**
  bool list_item = false;  // from <li>, "- ", "* " or "• "
  std::string bold_prefix;  // leading <b>…</b> run of the block, if any
};

struct Cell {
  std::vector<Block> blocks;
  std::string text() const;  // blocks joined by a space
};

struct Line {
  int number = 0;           // 1-based line in the source file
  int page = 0;             // page for paginated formats, else 0
  std::string text;         // the whole line, cells joined by a tab
  std::vector<Cell> cells;  // one cell unless the source row had tabs or pipes
  bool table_row() const { return cells.size() > 1; }
};

struct Text {
  std::vector<Line> lines;  // blank lines dropped; numbers keep their place
};

// Normalises UTF-8 `content` (markdown or text with embedded HTML) into Text.
Text normalise_text(std::string_view content);

}  // namespace crossboard::corpus
