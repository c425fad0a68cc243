// text_from_markup: the one way PDF, Word and HTML text reaches the parser's Text.
#include "corpus/markup.h"

namespace crossboard::corpus {

std::string escape_markup(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '\t' || c == '\n' || c == '\r') out += ' ';
    else out += c;
  }
  return out;
}

Text text_from_markup(const std::vector<MarkupLine>& lines) {
  std::string joined;
  for (const MarkupLine& line : lines) {
    std::string_view markup = line.markup;
    // A stray newline would shift every later page; the readers never emit one.
    for (char c : markup) joined += c == '\n' || c == '\r' ? ' ' : c;
    joined += '\n';
  }
  Text text = normalise_text(joined);
  for (Line& line : text.lines) {
    size_t index = static_cast<size_t>(line.number - 1);
    if (index < lines.size()) line.page = lines[index].page;
  }
  return text;
}

}  // namespace crossboard::corpus
