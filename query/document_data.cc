// read_document_data: the display data's members parsed as JSON, its long "text" member decoded directly.
#include "query/document_data.h"

#include <cstdint>
#include <cstring>
#include <optional>

#include <xapian.h>

namespace crossboard::query {

namespace {

constexpr size_t npos = std::string_view::npos;

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

size_t skip_ws(std::string_view s, size_t i) {
  while (i < s.size() && is_ws(s[i])) ++i;
  return i;
}

// Index just past the string opening at `i` (s[i] == '"'), or npos. Checks
// nothing inside: a quote ends it when an even number of backslashes precede it.
size_t skip_string(std::string_view s, size_t i) {
  for (size_t from = i + 1; from < s.size();) {
    const void* quote = std::memchr(s.data() + from, '"', s.size() - from);
    if (!quote) return npos;
    size_t at = static_cast<size_t>(static_cast<const char*>(quote) - s.data());
    size_t backslashes = 0;
    while (at - backslashes > i + 1 && s[at - 1 - backslashes] == '\\') ++backslashes;
    if (backslashes % 2 == 0) return at + 1;
    from = at + 1;
  }
  return npos;
}

// True when the 8 bytes at s[i] are all printable ASCII other than '"' and
// '\\': a string's plain bytes, checked a word at a time.
bool plain_ascii_8(std::string_view s, size_t i) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;
  uint64_t x;
  std::memcpy(&x, s.data() + i, 8);
  auto has_zero = [&](uint64_t v) { return (v - kOnes) & ~v & kHighs; };
  uint64_t below_space = (x - 0x20 * kOnes) & ~x & kHighs;
  return ((x & kHighs) | below_space | has_zero(x ^ ('"' * kOnes)) | has_zero(x ^ ('\\' * kOnes))) == 0;
}

// Index just past the value starting at `i`, or npos; nested values are only
// bracket-matched here, nlohmann checks them when it parses the rest.
size_t skip_value(std::string_view s, size_t i) {
  if (i >= s.size()) return npos;
  if (s[i] == '"') return skip_string(s, i);
  if (s[i] == '{' || s[i] == '[') {
    size_t depth = 0;
    while (i < s.size()) {
      char c = s[i];
      if (c == '"') {
        i = skip_string(s, i);
        if (i == npos) return npos;
        continue;
      }
      if (c == '{' || c == '[') ++depth;
      if ((c == '}' || c == ']') && --depth == 0) return i + 1;
      ++i;
    }
    return npos;
  }
  size_t start = i;
  while (i < s.size() && !is_ws(s[i]) && s[i] != ',' && s[i] != '}' && s[i] != ']') ++i;
  return i > start ? i : npos;
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The code unit of "\uXXXX" at s[i] (s[i] == '\\'), or -1.
long code_unit(std::string_view s, size_t i) {
  if (i + 6 > s.size() || s[i] != '\\' || s[i + 1] != 'u') return -1;
  long unit = 0;
  for (size_t k = 2; k < 6; ++k) {
    int d = hex_digit(s[i + k]);
    if (d < 0) return -1;
    unit = unit * 16 + d;
  }
  return unit;
}

bool in(unsigned char c, unsigned char lo, unsigned char hi) { return c >= lo && c <= hi; }

// Length of the well-formed UTF-8 sequence at s[i] (first byte >= 0x80), or 0:
// the byte ranges of RFC 3629 that nlohmann's lexer accepts.
size_t utf8_length(std::string_view s, size_t i) {
  auto at = [&](size_t k) -> unsigned char { return i + k < s.size() ? s[i + k] : 0; };
  unsigned char b = at(0);
  if (in(b, 0xC2, 0xDF)) return in(at(1), 0x80, 0xBF) ? 2 : 0;
  if (b == 0xE0) return in(at(1), 0xA0, 0xBF) && in(at(2), 0x80, 0xBF) ? 3 : 0;
  if (in(b, 0xE1, 0xEC) || in(b, 0xEE, 0xEF)) return in(at(1), 0x80, 0xBF) && in(at(2), 0x80, 0xBF) ? 3 : 0;
  if (b == 0xED) return in(at(1), 0x80, 0x9F) && in(at(2), 0x80, 0xBF) ? 3 : 0;
  if (b == 0xF0) return in(at(1), 0x90, 0xBF) && in(at(2), 0x80, 0xBF) && in(at(3), 0x80, 0xBF) ? 4 : 0;
  if (in(b, 0xF1, 0xF3))
    return in(at(1), 0x80, 0xBF) && in(at(2), 0x80, 0xBF) && in(at(3), 0x80, 0xBF) ? 4 : 0;
  if (b == 0xF4) return in(at(1), 0x80, 0x8F) && in(at(2), 0x80, 0xBF) && in(at(3), 0x80, 0xBF) ? 4 : 0;
  return 0;
}

// Decodes the JSON string s[begin, end) (quotes included) into `out` (when
// not null) with nlohmann's rules; false where nlohmann would reject it.
bool decode_string(std::string_view s, size_t begin, size_t end, std::string* out) {
  size_t i = begin + 1, last = end - 1;  // s[last] is the closing quote
  if (out) out->reserve(last - i);
  while (i < last) {
    size_t run = i;  // plain bytes are copied a run at a time
    while (run < last) {
      if (run + 8 <= last && plain_ascii_8(s, run)) {
        run += 8;
        continue;
      }
      unsigned char c = s[run];
      if (c < 0x20 || c == '\\' || c == '"') break;
      if (c >= 0x80) {
        size_t n = utf8_length(s, run);
        if (n == 0 || run + n > last) return false;
        run += n;
      } else {
        ++run;
      }
    }
    if (out) out->append(s.data() + i, run - i);
    i = run;
    if (i == last) break;
    if (s[i] != '\\' || i + 1 >= last) return false;  // a control character, or a quote inside
    char e = s[i + 1];
    const char* simple = std::strchr("\"\\/bfnrt", e);
    if (e != '\0' && simple) {
      static constexpr char kDecoded[] = "\"\\/\b\f\n\r\t";
      if (out) *out += kDecoded[simple - "\"\\/bfnrt"];
      i += 2;
      continue;
    }
    long unit = e == 'u' && i + 6 <= last ? code_unit(s, i) : -1;
    if (unit < 0 || (unit >= 0xDC00 && unit <= 0xDFFF)) return false;
    unsigned long cp = static_cast<unsigned long>(unit);
    i += 6;
    if (unit >= 0xD800 && unit <= 0xDBFF) {  // a surrogate pair
      long low = i + 6 <= last ? code_unit(s, i) : -1;
      if (low < 0xDC00 || low > 0xDFFF) return false;
      cp = 0x10000 + ((cp - 0xD800) << 10) + static_cast<unsigned long>(low - 0xDC00);
      i += 6;
    }
    if (out) Xapian::Unicode::append_utf8(*out, static_cast<unsigned>(cp));  // cp <= 0x10FFFF
  }
  return true;
}

// Where the top-level "text" member lies: the bytes to cut (the member and one
// comma) and its value. Empty when the data has no such member.
struct TextMember {
  size_t cut_begin = 0, cut_end = 0;
  size_t value_begin = 0, value_end = 0;
};

// The top-level members of the object `s`, scanned for "text"; nullopt when
// the scan is unsure (not an object, an escaped key, "text" twice), and the
// caller parses the whole data instead.
std::optional<TextMember> find_text_member(std::string_view s) {
  TextMember found;
  bool seen = false;
  size_t i = skip_ws(s, 0);
  if (i >= s.size() || s[i] != '{') return std::nullopt;
  i = skip_ws(s, i + 1);
  if (i < s.size() && s[i] == '}') return skip_ws(s, i + 1) == s.size() ? std::optional(found) : std::nullopt;
  size_t comma_before = npos;  // the comma ahead of the current member
  while (true) {
    if (i >= s.size() || s[i] != '"') return std::nullopt;
    size_t key_begin = i, key_end = skip_string(s, i);
    if (key_end == npos) return std::nullopt;
    std::string_view key = s.substr(key_begin + 1, key_end - key_begin - 2);
    if (key.find('\\') != npos) return std::nullopt;
    i = skip_ws(s, key_end);
    if (i >= s.size() || s[i] != ':') return std::nullopt;
    size_t value_begin = skip_ws(s, i + 1);
    size_t value_end = skip_value(s, value_begin);
    if (value_end == npos) return std::nullopt;
    i = skip_ws(s, value_end);
    bool is_text = key == "text";
    if (is_text) {
      if (seen) return std::nullopt;
      seen = true;
      found = {key_begin, value_end, value_begin, value_end};
      if (comma_before != npos) found.cut_begin = comma_before;
    }
    if (i < s.size() && s[i] == ',') {
      if (is_text && comma_before == npos) found.cut_end = i + 1;  // first member: its comma after
      comma_before = i;
      i = skip_ws(s, i + 1);
      continue;
    }
    if (i < s.size() && s[i] == '}' && skip_ws(s, i + 1) == s.size()) return found;
    return std::nullopt;
  }
}

DocumentData parse_whole(std::string_view data, bool want_text) {
  DocumentData d;
  d.fields = nlohmann::json::parse(data, nullptr, false);
  if (!d.fields.is_object()) return d;
  if (want_text) d.text = d.fields.value("text", "");
  d.fields.erase("text");
  return d;
}

}  // namespace

DocumentData read_document_data(std::string_view data, bool want_text) {
  std::optional<TextMember> member = find_text_member(data);
  if (!member || member->value_end == 0) return parse_whole(data, want_text);
  if (data[member->value_begin] != '"')
    return parse_whole(data, want_text);  // not a string: value() throws there
  DocumentData d;
  if (!decode_string(data, member->value_begin, member->value_end, want_text ? &d.text : nullptr))
    return parse_whole(data, want_text);
  std::string rest;
  rest.reserve(data.size() - (member->cut_end - member->cut_begin));
  rest.append(data.substr(0, member->cut_begin)).append(data.substr(member->cut_end));
  d.fields = nlohmann::json::parse(rest, nullptr, false);
  if (!d.fields.is_object())
    return parse_whole(data, want_text);  // broken elsewhere: as the whole data reads
  return d;
}

}  // namespace crossboard::query
