// What a query matched, word by word, and snippets that mark those words in an item's text.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace crossboard::query {

// A word of a text as the index sees it: lower case, byte range in the text.
struct Token {
  size_t offset = 0;
  size_t length = 0;
  std::string lower;
};

// Splits `text` into words the way Xapian's TermGenerator does for our
// purposes: runs of word characters, with an apostrophe or an ampersand
// inside a word kept ("CSE's" is one word, "cse's"; "A&E" is "a&e"); ’ is
// read as '.
std::vector<Token> tokenize(std::string_view text);

// English stem of a lower-case word, as the index's "Z" terms hold it.
std::string stem(const std::string& lower);

// The positive parts of a query (never what it excludes with NOT), so a
// snippet marks exactly what made the passage match, synonyms included.
struct Highlight {
  std::set<std::string> stems;                    // any word with this stem
  std::set<std::string> exact;                    // this lower-case word only
  std::set<std::string> prefixes;                 // wildcards: words starting so
  std::vector<std::vector<std::string>> phrases;  // these lower-case words in a row
  bool empty() const { return stems.empty() && exact.empty() && prefixes.empty() && phrases.empty(); }
};

// Marks each match of `highlight` in `text` as **words**, in a window of about
// `max_bytes` around the densest run of matches; "…" shows where text was cut.
// Newlines and tabs become spaces. Without matches: the start of the text.
std::string make_snippet(std::string_view text, const Highlight& highlight, size_t max_bytes = 240);

}  // namespace crossboard::query
