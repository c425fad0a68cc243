// Page geometry to markup: words on PDF pages laid out as lines, columns, table rows and paragraphs.
#pragma once

#include <string>
#include <vector>

#include "corpus/markup.h"

namespace crossboard::corpus {

// One word as the PDF draws it; coordinates in points, origin top left.
struct PdfWord {
  std::string text;  // UTF-8
  double left = 0, top = 0, right = 0, bottom = 0;
  double size = 0;   // font size
  bool bold = false;
  bool space_after = true;
};

struct PdfPage {
  double width = 0, height = 0;
  std::vector<PdfWord> words;
};

// Lays the pages out in reading order: two columns read column by column,
// running headers and footers and page numbers dropped (a running header is
// kept once, at the top of the first page, where it titles the document),
// wrapped lines joined into paragraphs, table rows with tab-separated cells,
// bold runs in <b>. Each line carries the page it starts on (1-based).
std::vector<MarkupLine> lay_out_pages(const std::vector<PdfPage>& pages);

}  // namespace crossboard::corpus
