// Small string helpers shared by the parser's files.
#include "corpus/text_util.h"

#include <algorithm>
#include <cctype>
#include <utility>

namespace crossboard::corpus {

namespace {

bool is_word_byte(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

// Bytes in the UTF-8 sequence that `lead` starts (1 for a stray byte).
size_t utf8_length(unsigned char lead) {
  if (lead >= 0xF0 && lead < 0xF8) return 4;
  if (lead >= 0xE0) return lead < 0xF0 ? 3 : 1;
  if (lead >= 0xC2) return 2;
  return 1;
}

// The ASCII letters of a Latin letter with accents (U+00C0..U+017F, lead
// byte C3..C5), lower case: "é" → "e", "ß" → "ss", "Œ" → "oe"; empty for
// anything else, which a slug reads as a gap.
std::string_view ascii_letters(unsigned char lead, unsigned char next) {
  // One entry per code point from U+00C0; "-" where there is no letter (× ÷).
  static constexpr std::string_view kLatin1[] = {
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
      "d", "n", "o", "o", "o", "o", "o", "-", "o", "u", "u", "u", "u", "y", "th", "ss",
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
      "d", "n", "o", "o", "o", "o", "o", "-", "o", "u", "u", "u", "u", "y", "th", "y"};
  // U+0100..U+017F (Latin Extended-A) in runs of one base letter.
  static constexpr std::pair<int, std::string_view> kExtendedA[] = {
      {6, "a"}, {8, "c"}, {4, "d"}, {10, "e"}, {8, "g"}, {4, "h"}, {10, "i"}, {2, "ij"}, {2, "j"}, {3, "k"}, {10, "l"},
      {9, "n"}, {6, "o"}, {2, "oe"}, {6, "r"}, {8, "s"}, {6, "t"}, {12, "u"}, {2, "w"}, {3, "y"}, {6, "z"}, {1, "s"}};
  if ((next & 0xC0) != 0x80) return "";
  int code = ((lead & 0x1F) << 6) | (next & 0x3F);
  if (code >= 0xC0 && code < 0x100) return kLatin1[code - 0xC0] == "-" ? "" : kLatin1[code - 0xC0];
  for (int at = 0x100; const auto& [count, letters] : kExtendedA) {
    if (code < at + count) return code >= at ? letters : "";
    at += count;
  }
  return "";
}

}  // namespace

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string fold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = s[i];
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
      unsigned char d = s[i + 2];
      if (d == 0x98 || d == 0x99) {  // ‘ ’
        out += '\'';
        i += 2;
        continue;
      }
      if (d == 0x9C || d == 0x9D) {  // “ ”
        out += '"';
        i += 2;
        continue;
      }
      if (d == 0x93 || d == 0x94 || d == 0x90 || d == 0x91) {  // – — ‐ ‑
        out += '-';
        i += 2;
        continue;
      }
    }
    out += static_cast<char>(std::tolower(c));
  }
  return out;
}

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[i])) !=
        std::tolower(static_cast<unsigned char>(prefix[i])))
      return false;
  }
  return true;
}

bool contains_ci(std::string_view s, std::string_view needle) {
  return lower_ascii(s).find(lower_ascii(needle)) != std::string::npos;
}

size_t find_word_ci(std::string_view s, std::string_view needle, size_t from) {
  if (needle.empty() || s.size() < needle.size()) return std::string_view::npos;
  for (size_t i = from; i + needle.size() <= s.size(); ++i) {
    if (!starts_with_ci(s.substr(i), needle)) continue;
    bool left = i == 0 || !is_word_byte(s[i - 1]);
    size_t end = i + needle.size();
    bool right = end == s.size() || !is_word_byte(s[end]);
    if (left && right) return i;
  }
  return std::string_view::npos;
}

std::vector<std::string_view> split_words(std::string_view s) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t start = i;
    while (i < s.size() && s[i] != ' ') ++i;
    if (i > start) words.push_back(s.substr(start, i - start));
  }
  return words;
}

std::string slugify(std::string_view s) {
  std::string f = fold(s);
  std::string out;
  bool dash = false;
  auto add = [&](std::string_view letters) {
    if (dash && !out.empty()) out += '-';
    out += letters;
    dash = false;
  };
  for (size_t i = 0; i < f.size(); ++i) {
    unsigned char c = f[i];
    if (c == '\'') continue;
    if (std::isalnum(c)) {
      add(std::string_view(f).substr(i, 1));
    } else if (c == '&') {
      dash = true;
      add("and");
      dash = true;
    } else if (c >= 0x80) {
      size_t length = utf8_length(c);
      std::string_view letters = i + 1 < f.size() ? ascii_letters(c, static_cast<unsigned char>(f[i + 1])) : "";
      if (!letters.empty()) {
        add(letters);
      } else {
        dash = true;
      }
      i += std::min(length, f.size() - i) - 1;
    } else {
      dash = true;
    }
  }
  return out;
}

int count_words(std::string_view s) { return static_cast<int>(split_words(s).size()); }

bool is_upper_word(std::string_view word) {
  int letters = 0;
  for (unsigned char c : word) {
    if (std::islower(c)) return false;
    if (std::isupper(c)) ++letters;
  }
  return letters >= 2;
}

double upper_ratio(std::string_view s) {
  int upper = 0, letters = 0;
  for (unsigned char c : s) {
    if (std::isupper(c)) ++upper;
    if (std::isalpha(c)) ++letters;
  }
  return letters ? static_cast<double>(upper) / letters : 0.0;
}

}  // namespace crossboard::corpus
