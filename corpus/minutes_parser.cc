// parse_minutes: placeholder until the parser lands.
#include "corpus/minutes_parser.h"

namespace crossboard::corpus {

std::vector<Meeting> parse_minutes(const Text& text, const Source& source) {
  Meeting m;
  m.source = source;
  if (!text.lines.empty()) m.span = {text.lines.front().number, text.lines.back().number, 0};
  return {m};
}

std::vector<Meeting> parse_minutes_string(std::string_view content, std::string_view path) {
  Source source;
  source.path = std::string(path);
  return parse_minutes(normalise_text(content), source);
}

std::string parse_meeting_date(std::string_view) { return ""; }

}  // namespace crossboard::corpus
