// What a query matched, word by word, and snippets that mark those words in an item's text.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace crossboard::query {

// The positive parts of a query (never what it excludes with NOT), so a
// snippet marks exactly what made the passage match, synonyms included.
// Words are terms as base::split_words makes them.
struct Highlight {
  std::set<std::string> stems;                    // any word with this stem (base::stem)
  std::set<std::string> exact;                    // this term only
  std::set<std::string> prefixes;                 // wildcards: words starting so
  std::vector<std::vector<std::string>> phrases;  // these lower-case words in a row
  // Quoted phrases: these words in a row, each also as its possessive
  // ("cse's" for "cse"), as the query finds them.
  std::vector<std::vector<std::string>> quoted;
  bool empty() const {
    return stems.empty() && exact.empty() && prefixes.empty() && phrases.empty() && quoted.empty();
  }
};

// Marks each match of `highlight` in `text` as **words**, in a window of about
// `max_bytes` around the densest run of matches; "…" shows where text was cut.
// Newlines and tabs become spaces. Without matches: the start of the text.
std::string make_snippet(std::string_view text, const Highlight& highlight, size_t max_bytes = 240);

}  // namespace crossboard::query
