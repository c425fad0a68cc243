// normalise_text: tags, entities, markdown marks and bullets out; cells and blocks kept.
#include "corpus/text.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <cctype>
#include <cstdint>
#include <string>

namespace crossboard::corpus {

std::string Cell::text() const {
  std::string out;
  for (const Block& b : blocks) {
    if (b.text.empty()) continue;
    if (!out.empty()) out += ' ';
    out += b.text;
  }
  return out;
}

namespace {

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x110000) {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

struct NamedEntity {
  std::string_view name;
  uint32_t code;
};

constexpr NamedEntity kEntities[] = {
    {"amp", '&'},      {"lt", '<'},       {"gt", '>'},        {"quot", '"'},
    {"apos", '\''},    {"nbsp", ' '},     {"rsquo", 0x2019},  {"lsquo", 0x2018},
    {"rdquo", 0x201D}, {"ldquo", 0x201C}, {"ndash", 0x2013},  {"mdash", 0x2014},
    {"hellip", 0x2026}, {"pound", 0xA3},  {"euro", 0x20AC},   {"bull", 0x2022},
    {"middot", 0xB7},  {"copy", 0xA9},    {"eacute", 0xE9},   {"frac12", 0xBD},
};

// Decodes the entity at s[i] == '&'; returns the characters consumed (0 if none).
size_t decode_entity(std::string_view s, size_t i, std::string& out) {
  // Only as far as the longest entity: a line of '&'s stays linear.
  size_t semi = s.substr(i, 11).find(';');
  if (semi == std::string_view::npos) return 0;
  semi += i;
  std::string_view name = s.substr(i + 1, semi - i - 1);
  if (name.empty()) return 0;
  uint32_t cp = 0;
  if (name[0] == '#') {
    bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
    std::string_view digits = name.substr(hex ? 2 : 1);
    if (digits.empty()) return 0;
    for (char c : digits) {
      int v = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
              : hex && std::isxdigit(static_cast<unsigned char>(c))
                  ? std::tolower(static_cast<unsigned char>(c)) - 'a' + 10
                  : -1;
      if (v < 0 || cp > 0x10FFFF) return 0;
      cp = cp * (hex ? 16 : 10) + v;
    }
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  } else {
    for (const NamedEntity& e : kEntities) {
      if (e.name == name) cp = e.code;
    }
    if (!cp) return 0;
  }
  append_utf8(out, cp);
  return semi - i + 1;
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Collapses runs of white space (ASCII and no-break) to one space and trims.
std::string collapse_spaces(std::string_view s) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = s[i];
    bool is_space = std::isspace(c) != 0;
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      is_space = true;
      ++i;
    }
    if (is_space) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += static_cast<char>(c);
  }
  return out;
}

std::string nfkc(const std::string& s) {
  bool ascii = true;
  for (unsigned char c : s) ascii = ascii && c < 0x80;
  if (ascii) return s;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* norm = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) return s;
  icu::UnicodeString in = icu::UnicodeString::fromUTF8(s);
  icu::UnicodeString result = norm->normalize(in, status);
  if (U_FAILURE(status)) return s;
  std::string out;
  result.toUTF8String(out);
  return out;
}

// Removes markdown emphasis marks (*, **, ***, __) that wrap words; notes
// whether the text opened with strong emphasis.
std::string strip_markdown_emphasis(std::string_view s, bool& strong) {
  std::string out;
  size_t start = 0;
  while (start < s.size() && s[start] == ' ') ++start;
  strong = s.substr(start).starts_with("**") || s.substr(start).starts_with("__");
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '\\' && i + 1 < s.size() && std::ispunct(static_cast<unsigned char>(s[i + 1]))) {
      out += s[++i];  // markdown escape: "1\\." is "1."
      continue;
    }
    if (c == '*' || (c == '_' && i + 1 < s.size() && s[i + 1] == '_')) {
      size_t j = i;
      while (j < s.size() && s[j] == c) ++j;
      // A lone "*" between spaces is an asterisk, not emphasis.
      bool before_space = i == 0 || s[i - 1] == ' ';
      bool after_space = j >= s.size() || s[j] == ' ';
      if (j - i == 1 && before_space && after_space) {
        out += c;
      } else if (!out.empty() && std::isalnum(static_cast<unsigned char>(out.back())) &&
                 j < s.size() && std::isalnum(static_cast<unsigned char>(s[j])) && j - i >= 2) {
        out += ' ';  // "PRESENT**Voting**": the marks stood between two words
      }
      i = j - 1;
      continue;
    }
    out += c;
  }
  return out;
}

// Splits a cell's markup into blocks at paragraph, list and break tags.
class CellParser {
 public:
  explicit CellParser(std::string_view raw) : raw_(raw) {}

  std::vector<Block> parse() {
    for (size_t i = 0; i < raw_.size();) {
      char c = raw_[i];
      if (c == '<') {
        size_t used = tag(i);
        if (used) {
          i += used;
          continue;
        }
      } else if (c == '&') {
        size_t used = decode_entity(raw_, i, current_);
        if (used) {
          i += used;
          continue;
        }
      }
      current_ += c;
      ++i;
    }
    finish_block();
    return std::move(blocks_);
  }

 private:
  // Handles the tag at raw_[i]; returns the characters consumed, 0 if not a tag.
  size_t tag(size_t i) {
    size_t close = next_close(i);
    if (close == std::string_view::npos) return 0;
    std::string_view inside = raw_.substr(i + 1, close - i - 1);
    bool end = !inside.empty() && inside[0] == '/';
    if (end) inside.remove_prefix(1);
    size_t name_end = 0;
    while (name_end < inside.size() && std::isalnum(static_cast<unsigned char>(inside[name_end])))
      ++name_end;
    if (name_end == 0 || name_end > 10) return 0;
    std::string name = lower_ascii(inside.substr(0, name_end));
    if (name == "p" || name == "div" || name == "ul" || name == "ol" || name == "tr" ||
        name == "br" || name == "h1" || name == "h2" || name == "h3" || name == "h4" ||
        name == "table" || name == "td" || name == "th") {
      finish_block();
    } else if (name == "li") {
      finish_block();
      if (!end) in_list_item_ = true;
    } else if (name == "b" || name == "strong") {
      if (!end) {
        if (current_blank()) bold_started_at_start_ = true;
        bold_depth_++;
        bold_start_ = current_.size();
      } else if (bold_depth_ > 0) {
        bold_depth_--;
        if (bold_started_at_start_ && bold_prefix_.empty()) {
          bold_prefix_ = current_;
          bold_end_ = current_.size();
        }
      }
    } else if (name == "sup" || name == "sub" || name == "i" || name == "em" || name == "u" ||
               name == "a" || name == "span" || name == "font" || name == "input" ||
               name == "img" || name == "s" || name == "small" || name == "o") {
      // Inline: the words stay, the tag goes.
    } else {
      return 0;  // Not a tag we know: keep the text as written ("<3 months").
    }
    return close - i + 1;
  }

  // The first '>' at or after `i`. Remembered, so a line of '<'s without
  // a '>' is searched once, not once per '<'.
  size_t next_close(size_t i) {
    if (!close_searched_ || (close_ != std::string_view::npos && close_ < i)) {
      close_ = raw_.find('>', i);
      close_searched_ = true;
    }
    return close_;
  }

  // True when current_ holds only white space. Remembers how far it looked
  // (current_ only grows until it is cleared), so many <b> tags stay linear.
  bool current_blank() {
    for (; blank_checked_ < current_.size(); ++blank_checked_) {
      unsigned char c = current_[blank_checked_];
      if (std::isspace(c)) continue;
      if (c == 0xC2 && blank_checked_ + 1 < current_.size() &&
          static_cast<unsigned char>(current_[blank_checked_ + 1]) == 0xA0) {
        ++blank_checked_;
        continue;
      }
      return false;
    }
    return true;
  }

  void finish_block() {
    bool strong = false;
    std::string text = nfkc(collapse_spaces(strip_markdown_emphasis(current_, strong)));
    if (text.starts_with("#")) {
      size_t hashes = text.find_first_not_of('#');
      if (hashes != std::string::npos && hashes <= 6 && text[hashes] == ' ') {
        text = text.substr(hashes + 1);
        strong = true;  // a markdown heading reads as a bold line
      }
    }
    bool list = in_list_item_;
    text = strip_bullet(text, list);
    // "• one • two" inside one paragraph: a list the converter ran together.
    // Each item but the last becomes a block here, in one pass (a line of
    // many bullets must not recurse or copy its rest once per bullet).
    if (list) {
      size_t start = 0;
      for (size_t bullet; (bullet = text.find(" \u2022 ", start)) != std::string::npos; start = bullet + 5) {
        Block head;
        head.text = text.substr(start, bullet - start);
        if (start > 0) head.text = strip_bullet(head.text, list);
        head.list_item = true;
        if (!head.text.empty()) blocks_.push_back(std::move(head));
      }
      if (start > 0) {
        text = strip_bullet(text.substr(start), list);
        strong = false;
        bold_prefix_.clear();
      }
    }
    if (!text.empty()) {
      Block block;
      block.text = text;
      block.list_item = list;
      std::string prefix;
      if (!bold_prefix_.empty()) {
        bool ignored = false;
        prefix = nfkc(collapse_spaces(strip_markdown_emphasis(bold_prefix_, ignored)));
        bool ignored_list = false;
        prefix = strip_bullet(prefix, ignored_list);
      }
      block.bold = strong || (!prefix.empty() && prefix.size() >= text.size()) ||
                   (bold_depth_ > 0 && bold_started_at_start_);
      if (!prefix.empty() && prefix.size() < text.size()) block.bold_prefix = prefix;
      blocks_.push_back(std::move(block));
    }
    current_.clear();
    blank_checked_ = 0;
    bold_prefix_.clear();
    bold_started_at_start_ = bold_depth_ > 0;
    in_list_item_ = false;
  }

  // Removes a leading bullet ("•", "-", "*", "o", "·") and marks the block a list item.
  static std::string strip_bullet(const std::string& text, bool& list) {
    static const std::string_view kBullets[] = {"\u2022 ", "\u2022", "- ", "* ", "\u00b7 ",
                                                "\u25aa ", "\u27a2 ", "o ", "\u2013 "};
    for (std::string_view b : kBullets) {
      if (text.starts_with(b) && text.size() > b.size()) {
        // "o " only bullets when another word follows in lower case context
        if (b == "o " && !std::isupper(static_cast<unsigned char>(text[2]))) continue;
        // "– " opens a list only in the markdown-dash sense, as "- " does.
        list = true;
        return collapse_spaces(text.substr(b.size()));
      }
    }
    return text;
  }

  std::string_view raw_;
  std::string current_;
  size_t blank_checked_ = 0;  // current_ is white space up to here
  size_t close_ = 0;          // see next_close()
  bool close_searched_ = false;
  std::string bold_prefix_;
  size_t bold_start_ = 0;
  size_t bold_end_ = 0;
  int bold_depth_ = 0;
  bool bold_started_at_start_ = false;
  bool in_list_item_ = false;
  std::vector<Block> blocks_;
};

bool is_pipe_separator(std::string_view line) {
  if (line.find('|') == std::string_view::npos) return false;  // "---" is front matter or a rule
  bool dash = false;
  for (char c : line) {
    if (c == '-') dash = true;
    else if (c != '|' && c != ':' && c != ' ') return false;
  }
  return dash;
}

std::vector<std::string_view> split_cells(std::string_view line, bool& pipe_table) {
  std::vector<std::string_view> cells;
  std::string_view trimmed = line;
  while (!trimmed.empty() && trimmed.back() == ' ') trimmed.remove_suffix(1);
  while (!trimmed.empty() && trimmed.front() == ' ') trimmed.remove_prefix(1);
  pipe_table = trimmed.size() > 2 && trimmed.front() == '|' && trimmed.back() == '|';
  char sep = '\t';
  if (pipe_table) {
    trimmed = trimmed.substr(1, trimmed.size() - 2);
    sep = '|';
  } else {
    trimmed = line;
  }
  size_t start = 0;
  for (size_t i = 0; i <= trimmed.size(); ++i) {
    if (i == trimmed.size() || trimmed[i] == sep) {
      cells.push_back(trimmed.substr(start, i - start));
      start = i + 1;
    }
  }
  return cells;
}

}  // namespace

Text normalise_text(std::string_view content) {
  Text text;
  int number = 0;
  size_t start = 0;
  while (start <= content.size()) {
    size_t end = content.find('\n', start);
    if (end == std::string_view::npos) end = content.size();
    std::string_view raw = content.substr(start, end - start);
    ++number;
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    start = end + 1;
    bool pipe = false;
    if (is_pipe_separator(raw)) continue;
    Line line;
    line.number = number;
    bool any = false;
    for (std::string_view raw_cell : split_cells(raw, pipe)) {
      Cell cell;
      cell.blocks = CellParser(raw_cell).parse();
      any = any || !cell.blocks.empty();
      line.cells.push_back(std::move(cell));
    }
    if (!any) {
      if (end == content.size()) break;
      continue;
    }
    // Drop empty trailing cells so "1.\ttext\t" and "1.\ttext" read alike,
    // but keep a leading empty cell: it marks a continuation row.
    while (line.cells.size() > 1 && line.cells.back().blocks.empty()) line.cells.pop_back();
    for (size_t i = 0; i < line.cells.size(); ++i) {
      if (i) line.text += '\t';
      line.text += line.cells[i].text();
    }
    text.lines.push_back(std::move(line));
    if (end == content.size()) break;
  }
  return text;
}

}  // namespace crossboard::corpus
