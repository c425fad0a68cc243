// Date finding for meeting headers and item numbers, without std::regex.
#include "corpus/dates.h"

#include <array>
#include <cctype>
#include <cstdio>

#include "corpus/text_util.h"

namespace crossboard::corpus {

namespace {

constexpr std::array<std::string_view, 12> kMonths = {
    "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december"};
constexpr std::array<std::string_view, 7> kWeekdays = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
bool is_alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

bool valid_date(int y, int m, int d) {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (d > kDays[m - 1]) return false;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return !(m == 2 && d == 29 && !leap);
}

std::string iso(int y, int m, int d) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", y, m, d);
  return buffer;
}

// Reads a run of digits at s[i]; returns its length (0 if none) and value.
size_t read_number(std::string_view s, size_t i, int& value) {
  size_t j = i;
  value = 0;
  while (j < s.size() && is_digit(s[j]) && j - i < 5) value = value * 10 + (s[j++] - '0');
  if (j < s.size() && is_digit(s[j])) return 0;  // too long to be a date part
  return j - i;
}

// Reads a month name (full or three-letter, "Sept" too) at s[i].
size_t read_month(std::string_view s, size_t i, int& month) {
  size_t j = i;
  while (j < s.size() && is_alpha(s[j])) ++j;
  std::string word = lower_ascii(s.substr(i, j - i));
  if (word.size() < 3) return 0;
  for (size_t m = 0; m < kMonths.size(); ++m) {
    std::string_view name = kMonths[m];
    bool full = word == name;
    bool abbreviated = word.size() <= 4 && name.starts_with(word) && (word.size() == 3 || word == "sept");
    if (full || abbreviated) {
      month = static_cast<int>(m) + 1;
      if (j < s.size() && s[j] == '.' && abbreviated) ++j;
      return j - i;
    }
  }
  return 0;
}

size_t skip_spaces_commas(std::string_view s, size_t i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == ',')) ++i;
  return i;
}

// "21st", "29 th", "7": the day and its ordinal suffix.
size_t read_day(std::string_view s, size_t i, int& day) {
  size_t n = read_number(s, i, day);
  if (n == 0 || n > 2) return 0;
  size_t j = i + n;
  size_t k = j < s.size() && s[j] == ' ' ? j + 1 : j;
  for (std::string_view suffix : {"st", "nd", "rd", "th"}) {
    // "7thMarch2017": a month glued on starts with a capital.
    if (starts_with_ci(s.substr(k), suffix) &&
        (k + 2 >= s.size() || !is_alpha(s[k + 2]) || std::isupper(static_cast<unsigned char>(s[k + 2])))) {
      return k + 2 - i;
    }
  }
  return n;
}

// "21st November 2016", "26th September, 2017", "7 of October 2009".
std::optional<DateMatch> day_month_year(std::string_view s, size_t i) {
  int day = 0, month = 0, year = 0;
  size_t n = read_day(s, i, day);
  if (!n) return std::nullopt;
  size_t j = skip_spaces_commas(s, i + n);
  if (starts_with_ci(s.substr(j), "of ")) j += 3;
  size_t m = read_month(s, j, month);
  if (!m) return std::nullopt;
  j = skip_spaces_commas(s, j + m);
  size_t y = read_number(s, j, year);
  if (y != 4 || !valid_date(year, month, day)) return std::nullopt;
  return DateMatch{iso(year, month, day), i, j + y - i};
}

// "November 21, 2016", "November 21st 2016".
std::optional<DateMatch> month_day_year(std::string_view s, size_t i) {
  int day = 0, month = 0, year = 0;
  size_t m = read_month(s, i, month);
  if (!m) return std::nullopt;
  size_t j = skip_spaces_commas(s, i + m);
  size_t n = read_day(s, j, day);
  if (!n) return std::nullopt;
  j = skip_spaces_commas(s, j + n);
  size_t y = read_number(s, j, year);
  if (y != 4 || !valid_date(year, month, day)) return std::nullopt;
  return DateMatch{iso(year, month, day), i, j + y - i};
}

// "19.01.17", "26/09/2017", "2017-09-26".
std::optional<DateMatch> numeric_date(std::string_view s, size_t i) {
  int a = 0, b = 0, c = 0;
  size_t n1 = read_number(s, i, a);
  if (!n1 || i + n1 >= s.size()) return std::nullopt;
  char sep = s[i + n1];
  if (sep != '.' && sep != '/' && sep != '-') return std::nullopt;
  size_t n2 = read_number(s, i + n1 + 1, b);
  if (!n2 || n2 > 2 || i + n1 + 1 + n2 >= s.size() || s[i + n1 + 1 + n2] != sep)
    return std::nullopt;
  size_t start3 = i + n1 + 2 + n2;
  size_t n3 = read_number(s, start3, c);
  size_t end = start3 + n3;
  if (!n3 || (end < s.size() && (is_alpha(s[end]) || (s[end] == sep && end + 1 < s.size() &&
                                                        is_digit(s[end + 1])))))
    return std::nullopt;
  int y = 0, m = 0, d = 0;
  if (n1 == 4 && n3 <= 2) {
    y = a, m = b, d = c;
  } else if ((n1 <= 2 && n3 == 4) || (n1 == 2 && n2 == 2 && n3 == 2)) {
    d = a, m = b, y = n3 == 2 ? (c < 70 ? 2000 + c : 1900 + c) : c;
  } else {
    return std::nullopt;
  }
  if (!valid_date(y, m, d)) return std::nullopt;
  return DateMatch{iso(y, m, d), i, end - i};
}

// Extends a match backwards over a weekday ("Tuesday, ").
void include_weekday(std::string_view s, DateMatch& match) {
  size_t j = match.offset;
  while (j > 0 && (s[j - 1] == ' ' || s[j - 1] == ',')) --j;
  size_t end = j;
  while (j > 0 && is_alpha(s[j - 1])) --j;
  std::string word = lower_ascii(s.substr(j, end - j));
  for (std::string_view day : kWeekdays) {
    if (word == day || (word.size() == 3 && day.starts_with(word))) {
      match.length += match.offset - j;
      match.offset = j;
      return;
    }
  }
}

}  // namespace

// Whether a weekday ends at text[i]: "Wednesday10thJuly2019" lost its spaces.
bool weekday_before(std::string_view s, size_t i) {
  size_t j = i;
  while (j > 0 && is_alpha(s[j - 1])) --j;
  std::string word = lower_ascii(s.substr(j, i - j));
  for (std::string_view day : kWeekdays)
    if (word.ends_with(day)) return true;
  return false;
}

std::optional<DateMatch> find_date(std::string_view text, size_t from) {
  for (size_t i = from; i < text.size(); ++i) {
    bool boundary = i == 0 || !std::isalnum(static_cast<unsigned char>(text[i - 1])) ||
                    (is_digit(text[i]) && is_alpha(text[i - 1]) && weekday_before(text, i));
    if (!boundary) continue;
    std::optional<DateMatch> match;
    if (is_digit(text[i])) {
      match = numeric_date(text, i);
      if (!match) match = day_month_year(text, i);
    } else if (is_alpha(text[i])) {
      match = month_day_year(text, i);
    }
    if (match) {
      include_weekday(text, *match);
      return match;
    }
  }
  return std::nullopt;
}

}  // namespace crossboard::corpus
