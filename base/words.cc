// split_words, is_stemmed and stem: the index's word rule, written out.
#include "base/words.h"

#include <xapian.h>

#include <algorithm>

namespace crossboard::base {

namespace {

// Xapian's word-character test and lower case for ASCII, looked up once.
struct AsciiTable {
  bool word[128];
  char lower[128];
};

// A function's static, not a global: a snippet made while another file's
// globals are initialised must not find the table still zero.
const AsciiTable& ascii_table() {
  static const AsciiTable table = [] {
    AsciiTable t{};
    for (unsigned c = 0; c < 128; ++c) {
      t.word[c] = Xapian::Unicode::is_wordchar(c);
      t.lower[c] = static_cast<char>(Xapian::Unicode::tolower(c));
    }
    return t;
  }();
  return table;
}

bool is_word_char(unsigned ch, const AsciiTable& ascii) {
  return ch < 128 ? ascii.word[ch] : Xapian::Unicode::is_wordchar(ch);
}

bool is_ascii_upper(unsigned ch) { return ch >= 'A' && ch <= 'Z'; }

bool is_digit(unsigned ch) {
  return ch < 128 ? (ch >= '0' && ch <= '9')
                  : Xapian::Unicode::get_category(ch) == Xapian::Unicode::DECIMAL_DIGIT_NUMBER;
}

// Between two word characters, the index reads these as nothing: "a\u200bb" is "ab".
bool is_ignored(unsigned ch) {
  return ch == 0x200B || ch == 0x200C || ch == 0x200D || ch == 0x2060 || ch == 0xFEFF;
}

bool is_apostrophe(unsigned ch) { return ch == '\'' || ch == 0x2019 || ch == 0x201B; }

// Between two word characters, not both digits, these keep the word going.
bool is_infix(unsigned ch) { return is_apostrophe(ch) || ch == '&' || ch == 0xB7 || ch == 0x5F4 || ch == 0x2027; }

// Between two digits these keep the number going: "2808.30", "1,000".
bool is_digit_infix(unsigned ch) {
  return ch == ',' || ch == '.' || ch == ';' || ch == 0x37E || ch == 0x589 || ch == 0x60D || ch == 0x7F8 ||
         ch == 0x2044 || ch == 0xFE10 || ch == 0xFE13 || ch == 0xFE14;
}

// "C++", "C#", "LGBTQ+": at most this many '+' or '#' end a word.
constexpr size_t kMaxSuffix = 3;

// The character at byte `at` as a Xapian::Utf8Iterator walking `text` reads
// it (a byte of broken UTF-8 is a character of its own), and its byte length;
// 0 past the end.
unsigned char_at(std::string_view text, size_t at, size_t& length) {
  if (at >= text.size()) {
    length = 0;
    return 0;
  }
  unsigned char byte = static_cast<unsigned char>(text[at]);
  if (byte < 0x80) {
    length = 1;
    return byte;
  }
  // Default-constructed, then assigned: for a length of 0 the constructor
  // leaves members unset, and GCC's -Wmaybe-uninitialized cannot see ours is never 0.
  Xapian::Utf8Iterator it;
  it.assign(text.data() + at, text.size() - at);
  unsigned ch = *it;
  ++it;
  length =
      it == Xapian::Utf8Iterator() ? text.size() - at : static_cast<size_t>(it.raw() - (text.data() + at));
  return ch;
}

void append_lower(std::string& out, unsigned ch, const AsciiTable& ascii) {
  if (ch < 128) {
    out += ascii.lower[ch];
  } else {
    Xapian::Unicode::append_utf8(out, Xapian::Unicode::tolower(ch));
  }
}

// Keeps the word just written to out.lower from `word.lower_begin`, unless
// it is longer than the index keeps.
void finish_word(Word word, Words& out) {
  if (out.lower.size() - word.lower_begin > kMaxTermBytes) {
    out.lower.resize(word.lower_begin);
    return;
  }
  word.lower_end = out.lower.size();
  out.words.push_back(word);
}

// Capitals with full stops between ("U.S.A.", "I.E") at `at`: the byte after
// them, or 0 when the run there is not such an acronym.
size_t acronym(std::string_view text, size_t at, Words& out, const AsciiTable& ascii) {
  Word word{at, 0, out.lower.size(), 0};
  size_t i = at, letters = 0, length = 0;
  for (;;) {
    out.lower += ascii.lower[static_cast<unsigned char>(text[i])];
    ++letters;
    ++i;
    word.length = i - at;
    unsigned next = char_at(text, i, length);
    if (next == '.') {
      unsigned after = char_at(text, i + 1, length);
      if (is_ascii_upper(after)) {
        ++i;
        continue;
      }
      if (length > 0 && is_word_char(after, ascii)) break;  // "U.S.A.x" is no acronym
      ++i;  // the closing full stop
      if (letters < 2) break;
      finish_word(word, out);
      return i;
    }
    if (length > 0 && is_word_char(next, ascii)) break;  // "A.BC" is no acronym
    if (letters < 2) break;
    finish_word(word, out);
    return i;
  }
  out.lower.resize(word.lower_begin);
  return 0;
}

// The word starting at `at` (a word character): the byte after it.
size_t plain_word(std::string_view text, size_t at, Words& out, const AsciiTable& ascii) {
  Word word{at, 0, out.lower.size(), 0};
  size_t i = at, length = 0;
  unsigned previous = 0;
  for (;;) {
    unsigned char byte = static_cast<unsigned char>(i < text.size() ? text[i] : 0);
    if (byte != 0 && byte < 0x80 && ascii.word[byte]) {  // ASCII word characters, the common case
      out.lower += ascii.lower[byte];
      previous = byte;
      word.length = ++i - at;
      continue;
    }
    unsigned ch = char_at(text, i, length);
    if (length == 0) break;
    if (is_word_char(ch, ascii)) {
      append_lower(out.lower, ch, ascii);
      previous = ch;
      i += length;
      word.length = i - at;
      continue;
    }
    size_t next_length = 0;
    unsigned next = char_at(text, i + length, next_length);
    if (next_length == 0 || !is_word_char(next, ascii)) break;
    if (is_ignored(ch)) {
      i += length;
      continue;
    }
    bool between_digits = is_digit(previous) && is_digit(next);
    if (between_digits ? is_digit_infix(ch) : is_infix(ch)) {
      if (is_apostrophe(ch)) {
        out.lower += '\'';
      } else {
        Xapian::Unicode::append_utf8(out.lower, ch);
      }
    } else {
      break;
    }
    i += length;
  }
  // A suffix of '+' or '#' that no word character follows.
  size_t end = at + word.length, suffix = end;
  while (suffix < text.size() && suffix - end <= kMaxSuffix && (text[suffix] == '+' || text[suffix] == '#')) ++suffix;
  if (suffix > end && suffix - end <= kMaxSuffix) {
    size_t after_length = 0;
    unsigned after = char_at(text, suffix, after_length);
    if (after_length == 0 || !is_word_char(after, ascii)) {
      out.lower.append(text.substr(end, suffix - end));
      word.length = suffix - at;
      i = suffix;
    }
  }
  finish_word(word, out);
  return std::max(i, at + 1);
}

}  // namespace

void split_words(std::string_view text, Words& out) {
  out.words.clear();
  out.lower.clear();
  out.lower.reserve(text.size());
  const AsciiTable& ascii = ascii_table();  // looked up once, not per character
  size_t at = 0, length = 0;
  while (at < text.size()) {
    unsigned char byte = static_cast<unsigned char>(text[at]);
    unsigned ch = byte < 0x80 ? (length = 1, byte) : char_at(text, at, length);
    if (!is_word_char(ch, ascii)) {
      at += length;
      continue;
    }
    if (is_ascii_upper(ch))
      if (size_t end = acronym(text, at, out, ascii)) {
        at = end;
        continue;
      }
    at = plain_word(text, at, out, ascii);
  }
}

std::vector<Token> tokenize(std::string_view text) {
  Words words;
  split_words(text, words);
  std::vector<Token> tokens;
  tokens.reserve(words.words.size());
  for (const Word& w : words.words) tokens.push_back(Token{w.offset, w.length, std::string(words.lower_of(w))});
  return tokens;
}

std::vector<std::string> terms_of(std::string_view text) {
  Words words;
  split_words(text, words);
  std::vector<std::string> terms;
  terms.reserve(words.words.size());
  for (const Word& w : words.words) terms.emplace_back(words.lower_of(w));
  return terms;
}

bool is_stemmed(std::string_view term) {
  if (term.empty()) return false;
  size_t length = 0;
  unsigned ch = char_at(term, 0, length);
  switch (Xapian::Unicode::get_category(ch)) {
    case Xapian::Unicode::UPPERCASE_LETTER:
    case Xapian::Unicode::LOWERCASE_LETTER:
    case Xapian::Unicode::TITLECASE_LETTER:
    case Xapian::Unicode::MODIFIER_LETTER:
    case Xapian::Unicode::OTHER_LETTER: return true;
    default: return false;
  }
}

std::string stem(const std::string& term) {
  static thread_local Xapian::Stem stemmer("english");
  return stemmer(term);
}

}  // namespace crossboard::base
