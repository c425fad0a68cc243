// Small string helpers shared by the parser's files.
#include "corpus/text_util.h"

#include <cctype>

namespace crossboard::corpus {

namespace {

bool is_word_byte(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

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
  for (size_t i = 0; i < f.size(); ++i) {
    unsigned char c = f[i];
    if (c == '\'') continue;
    if (std::isalnum(c)) {
      if (dash && !out.empty()) out += '-';
      out += static_cast<char>(c);
      dash = false;
    } else if (c == '&') {
      dash = true;
      if (!out.empty()) out += "-and";
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
