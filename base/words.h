// The one word rule: how the index splits text into words and which words it
// stems. The indexer writes its terms with Xapian's TermGenerator; the query
// parser, the snippet highlighter and analysis split text with split_words()
// here, which follows TermGenerator's rules (tests/words_test.cc compares the
// two on random and real-looking text), so a word typed in a query is looked
// up as the very term the index holds.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace crossboard::base {

// A word of a text: its byte range and, in Words::lower, its term.
struct Word {
  size_t offset = 0;
  size_t length = 0;
  size_t lower_begin = 0;
  size_t lower_end = 0;
};

// The words of a text, with every word's term one after another in `lower`
// (no string per word: snippets split thousands of passages per query).
struct Words {
  std::vector<Word> words;
  std::string lower;
  std::string_view lower_of(const Word& w) const {
    return std::string_view(lower).substr(w.lower_begin, w.lower_end - w.lower_begin);
  }
};

// Fills `out` with the words of `text` as the index holds them:
//  - runs of word characters (Xapian::Unicode::is_wordchar), lower case;
//  - an apostrophe (' ’ ‛, held as ') or '&', '·', '״', '‧' between word
//    characters is part of the word: "CSE's" → "cse's", "A&E" → "a&e";
//  - ',' '.' ';' (and their non-Latin forms) between digits too:
//    "2808.30", "1,000,000" are one word each; "142/19" is two;
//  - up to three '+' or '#' after a word that no word character follows:
//    "LGBTQ+" → "lgbtq+", "C#" → "c#";
//  - capitals with full stops are one word: "U.S.A." → "usa";
//  - a zero-width space or joiner between word characters is left out;
//  - a word longer than kMaxTermBytes is not a word (the index drops it).
void split_words(std::string_view text, Words& out);

// The longest word the index keeps, in bytes.
inline constexpr size_t kMaxTermBytes = 64;

// A word of a text as the index sees it: its term and byte range.
struct Token {
  size_t offset = 0;
  size_t length = 0;
  std::string lower;
};
std::vector<Token> tokenize(std::string_view text);

// The terms of `text`, in order.
std::vector<std::string> terms_of(std::string_view text);

// True when the index holds a stemmed term ("Z" + stem) for `term`, i.e. its
// first character is a letter: "2019", "106", "2808.30" and "_x" are indexed
// unstemmed only, so a query must look them up as they are.
bool is_stemmed(std::string_view term);

// English stem of a term, as the index's "Z" terms hold it.
std::string stem(const std::string& term);

}  // namespace crossboard::base
