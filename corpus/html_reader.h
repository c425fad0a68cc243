// Reading a committee system's HTML minutes page into the parser's Text.
#pragma once

#include <string_view>

#include "corpus/markup.h"

namespace crossboard::corpus {

// Reads the HTML page in `bytes`: the main content only (<main>, <article>
// or #content when the page has one, never nav, header, footer, aside,
// script or style), one line per paragraph, heading or list item, tables as
// rows of tab-separated cells, headings and bold kept as <b>.
FormatText read_html(std::string_view bytes);

}  // namespace crossboard::corpus
