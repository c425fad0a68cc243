// Sentence boundaries in item text, and the sentence naming a topic.
#include "analysis/passages.h"

#include "corpus/topics.h"

namespace crossboard::analysis {

namespace {

bool ends_sentence(std::string_view text, size_t i) {
  if (text[i] == '\n') return true;
  bool stop = text[i] == '.' || text[i] == '?' || text[i] == '!';
  return stop && i + 1 < text.size() && (text[i + 1] == ' ' || text[i + 1] == '\n');
}

bool space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// Cuts at or before `max` bytes without splitting a UTF-8 sequence.
std::string cut(std::string_view s, size_t max) {
  if (s.size() <= max) return std::string(s);
  size_t end = max;
  while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
  return std::string(s.substr(0, end)) + "…";
}

}  // namespace

std::string sentence_at(std::string_view text, size_t offset, size_t max_bytes) {
  if (text.empty()) return "";
  offset = std::min(offset, text.size() - 1);
  size_t start = offset;
  while (start > 0 && !ends_sentence(text, start - 1)) --start;
  size_t end = offset;
  while (end < text.size() && !ends_sentence(text, end)) ++end;
  if (end < text.size() && text[end] != '\n') ++end;  // keep the full stop
  while (start < end && space(text[start])) ++start;
  while (end > start && space(text[end - 1])) --end;
  return cut(text.substr(start, end - start), max_bytes);
}

std::string topic_sentence(std::string_view text, const std::string& topic_id, size_t max_bytes) {
  // A mention never crosses a line break (corpus::Taxonomy::mentions), so the
  // text is matched a line at a time, each starting at its line break as
  // mentions() splits, and the search stops at the first line naming the topic.
  const corpus::Taxonomy& taxonomy = corpus::Taxonomy::builtin();
  for (size_t start = 0; start < text.size();) {
    size_t end = text.find('\n', start + 1);
    if (end == std::string_view::npos) end = text.size();
    for (const corpus::TopicMention& m : taxonomy.mentions(text.substr(start, end - start)))
      if (m.topic_id == topic_id) return sentence_at(text, start + m.offset, max_bytes);
    start = end;
  }
  return sentence_at(text, 0, max_bytes);
}

std::string strip_marks(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, 2, "**") == 0) {
      ++i;
      continue;
    }
    out += text[i];
  }
  return out;
}

}  // namespace crossboard::analysis
