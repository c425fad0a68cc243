// Placeholder taxonomy (three topics) until the full one lands.
#include "corpus/topics.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace crossboard::corpus {

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

const Taxonomy& Taxonomy::builtin() {
  static const Taxonomy taxonomy = [] {
    Taxonomy t;
    t.topics_ = {
        {"cse", "Child sexual exploitation", {"CSE"}, {"child sexual exploitation"}, {}},
        {"signs-of-safety", "Signs of Safety", {}, {"signs of safety"}, {}},
        {"looked-after-children", "Looked after children", {"LAC"},
         {"looked after children", "cared for children", "children in care"}, {}},
    };
    return t;
  }();
  return taxonomy;
}

Taxonomy Taxonomy::from_file(const std::string& path) {
  throw std::runtime_error(path + ": topic files are not supported yet");
}

Taxonomy Taxonomy::from_string(std::string_view, std::string_view name) {
  throw std::runtime_error(std::string(name) + ": topic files are not supported yet");
}

const Topic* Taxonomy::find(std::string_view key) const {
  std::string k = lower(key);
  for (const Topic& t : topics_) {
    if (lower(t.id) == k || lower(t.label) == k) return &t;
    for (const auto& a : t.acronyms) if (lower(a) == k) return &t;
    for (const auto& s : t.synonyms) if (lower(s) == k) return &t;
  }
  return nullptr;
}

std::vector<TopicMention> Taxonomy::mentions(std::string_view text) const {
  std::vector<TopicMention> out;
  std::string folded = lower(text);
  for (const Topic& t : topics_) {
    for (const auto& s : t.synonyms) {
      for (size_t at = folded.find(s); at != std::string::npos; at = folded.find(s, at + 1))
        out.push_back({t.id, at, s.size()});
    }
  }
  std::sort(out.begin(), out.end(), [](auto& a, auto& b) { return a.offset < b.offset; });
  return out;
}

}  // namespace crossboard::corpus
