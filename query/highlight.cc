// tokenize, stem and make_snippet: marking the words a query matched.
#include "query/highlight.h"

#include <algorithm>
#include <map>

#include <xapian.h>

namespace crossboard::query {

namespace {

bool is_apostrophe(unsigned ch) { return ch == '\'' || ch == 0x2019; }

bool is_word_char(unsigned ch) { return Xapian::Unicode::is_wordchar(ch); }

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

struct Mark {
  size_t start = 0;  // byte offsets in the text
  size_t end = 0;
};

bool matches_single(const Token& token, const Highlight& h, std::map<std::string, std::string>& stems) {
  if (h.exact.count(token.lower)) return true;
  for (const std::string& p : h.prefixes)
    if (token.lower.compare(0, p.size(), p) == 0) return true;
  if (h.stems.empty()) return false;
  auto [it, fresh] = stems.try_emplace(token.lower);
  if (fresh) it->second = stem(token.lower);
  return h.stems.count(it->second) > 0;
}

std::vector<Mark> find_marks(const std::vector<Token>& tokens, const Highlight& h) {
  std::vector<std::pair<size_t, size_t>> ranges;  // token index ranges [first, last)
  for (const auto& phrase : h.phrases) {
    if (phrase.empty() || phrase.size() > tokens.size()) continue;
    for (size_t i = 0; i + phrase.size() <= tokens.size(); ++i) {
      bool all = true;
      for (size_t k = 0; all && k < phrase.size(); ++k) all = tokens[i + k].lower == phrase[k];
      if (all) ranges.emplace_back(i, i + phrase.size());
    }
  }
  std::map<std::string, std::string> stems;
  for (size_t i = 0; i < tokens.size(); ++i)
    if (matches_single(tokens[i], h, stems)) ranges.emplace_back(i, i + 1);
  std::sort(ranges.begin(), ranges.end());
  std::vector<Mark> marks;
  size_t covered_to = 0;
  for (auto [first, last] : ranges) {
    Mark m{tokens[first].offset, tokens[last - 1].offset + tokens[last - 1].length};
    if (!marks.empty() && first < covered_to) {
      marks.back().end = std::max(marks.back().end, m.end);
    } else {
      marks.push_back(m);
    }
    covered_to = std::max(covered_to, last);
  }
  return marks;
}

// The mark to start the window at: the one followed by most marks within it.
size_t densest_start(const std::vector<Mark>& marks, size_t max_bytes) {
  size_t best = 0, best_count = 0;
  for (size_t i = 0; i < marks.size(); ++i) {
    size_t count = 0;
    for (size_t j = i; j < marks.size() && marks[j].end <= marks[i].start + max_bytes * 3 / 4; ++j) count++;
    if (count > best_count) best = i, best_count = count;
  }
  return best;
}

// Start of the token at or after `at` (or `limit` when none comes first).
size_t snap_start(const std::vector<Token>& tokens, size_t at, size_t limit) {
  for (const Token& t : tokens)
    if (t.offset >= at) return std::min(t.offset, limit);
  return limit;
}

// End of the last token ending at or before `at`, but not before `floor`.
size_t snap_end(const std::vector<Token>& tokens, size_t at, size_t floor) {
  size_t end = floor;
  for (const Token& t : tokens) {
    if (t.offset + t.length > at) break;
    end = std::max(end, t.offset + t.length);
  }
  return end;
}

std::string render(std::string_view text, size_t start, size_t end, const std::vector<Mark>& marks) {
  std::string out = start > 0 ? "…" : "";
  const size_t lead = out.size();
  auto mark = marks.begin();
  while (mark != marks.end() && mark->end <= start) ++mark;
  bool pending_space = false;
  auto flush_space = [&] {
    if (pending_space && out.size() > lead) out += ' ';
    pending_space = false;
  };
  for (size_t i = start; i < end; ++i) {
    if (mark != marks.end() && i == mark->start) {
      flush_space();
      out += "**";
    }
    if (is_space(text[i])) {
      pending_space = true;
    } else {
      flush_space();
      out += text[i];
    }
    if (mark != marks.end() && i + 1 == mark->end) {
      out += "**";
      ++mark;
    }
  }
  if (end < text.size()) out += "…";
  return out;
}

}  // namespace

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  Xapian::Utf8Iterator it(text.data(), text.size()), end;
  Token current;
  bool in_word = false;
  auto offset_of = [&](const Xapian::Utf8Iterator& at) {
    return at == end ? text.size() : static_cast<size_t>(at.raw() - text.data());
  };
  while (it != end) {
    unsigned ch = *it;
    size_t at = offset_of(it);
    Xapian::Utf8Iterator next = it;
    ++next;
    if (is_word_char(ch)) {
      if (!in_word) current = Token{at, 0, ""};
      in_word = true;
      Xapian::Unicode::append_utf8(current.lower, Xapian::Unicode::tolower(ch));
      current.length = offset_of(next) - current.offset;
    } else if (in_word && is_apostrophe(ch) && next != end && is_word_char(*next)) {
      current.lower += '\'';
    } else if (in_word) {
      tokens.push_back(current);
      in_word = false;
    }
    it = next;
  }
  if (in_word) tokens.push_back(current);
  return tokens;
}

std::string stem(const std::string& lower) {
  static thread_local Xapian::Stem stemmer("english");
  return stemmer(lower);
}

std::string make_snippet(std::string_view text, const Highlight& highlight, size_t max_bytes) {
  std::vector<Token> tokens = tokenize(text);
  std::vector<Mark> marks = highlight.empty() ? std::vector<Mark>{} : find_marks(tokens, highlight);
  size_t anchor = 0;
  size_t start = 0;
  if (!marks.empty()) {
    const Mark& first = marks[densest_start(marks, max_bytes)];
    anchor = first.end;
    size_t lead = max_bytes / 4;
    start = first.start > lead ? snap_start(tokens, first.start - lead, first.start) : 0;
  }
  size_t end = start + max_bytes >= text.size() ? text.size() : snap_end(tokens, start + max_bytes, anchor);
  if (tokens.empty() || end <= start) end = std::min(text.size(), start + max_bytes);
  for (const Mark& m : marks)  // never cut a mark in two
    if (m.start < end && m.end > end) end = m.end;
  return render(text, start, end, marks);
}

}  // namespace crossboard::query
