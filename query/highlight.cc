// make_snippet: marking the words a query matched.
#include "query/highlight.h"

#include "base/words.h"

#include <xapian.h>

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace crossboard::query {

namespace {

using base::Word;
using base::Words;

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// A quoted phrase's word, or its possessive as the query also finds it ("cse's" for "cse").
bool phrase_word(std::string_view word, std::string_view wanted) {
  return word == wanted || (word.size() == wanted.size() + 2 && word.starts_with(wanted) && word.ends_with("'s"));
}

struct Mark {
  size_t start = 0;  // byte offsets in the text
  size_t end = 0;
};

// FNV-1a: words are short, and a table lookup per word must cost little.
uint64_t word_hash(std::string_view word) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (char c : word) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
  return h ^ (h >> 29);
}

// What each word is to one highlight, judged once and remembered while the
// same highlight comes back: a command quotes thousands of passages for one
// query, and Snowball stemming each of their words anew cost most of its
// time. An open-addressing table: a lookup per word of every passage.
class WordVerdicts {
 public:
  static constexpr uint8_t kSingle = 1;       // an exact word, prefix or stem match
  static constexpr uint8_t kPhraseStart = 2;  // the first word of a phrase

  // Forgets every verdict unless `h`'s words are those judged so far.
  void use(const Highlight& h) {
    if (judged_ && h.stems == stems_ && h.exact == exact_ && h.prefixes == prefixes_ && phrases_ == h.phrases &&
        quoted_ == h.quoted)
      return;
    judged_ = true;
    stems_ = h.stems, exact_ = h.exact, prefixes_ = h.prefixes, phrases_ = h.phrases, quoted_ = h.quoted;
    clear();
  }

  uint8_t of(std::string_view lower) {
    uint64_t hash = word_hash(lower);
    for (size_t i = hash & mask_;; i = (i + 1) & mask_) {
      Slot& slot = slots_[i];
      if (!slot.used) break;
      if (slot.hash == hash && slot.length == lower.size() &&
          std::memcmp(keys_.data() + slot.begin, lower.data(), lower.size()) == 0)
        return slot.verdict;
    }
    uint8_t verdict = judge(std::string(lower));
    // An open vocabulary (codes, names) must not grow it forever.
    if (used_ >= kMaxEntries) clear();
    if (2 * (used_ + 1) > slots_.size()) grow();
    Slot& slot = free_slot(hash);
    slot =
        Slot{hash, static_cast<uint32_t>(keys_.size()), static_cast<uint32_t>(lower.size()), verdict, true};
    keys_.append(lower);
    ++used_;
    return verdict;
  }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t begin = 0;  // the word in keys_
    uint32_t length = 0;
    uint8_t verdict = 0;
    bool used = false;
  };
  static constexpr size_t kMaxEntries = 100000;
  static constexpr size_t kFirstSlots = 4096;

  void clear() {
    slots_.assign(kFirstSlots, Slot{});
    mask_ = kFirstSlots - 1;
    keys_.clear();
    used_ = 0;
  }

  Slot& free_slot(uint64_t hash) {
    size_t i = hash & mask_;
    while (slots_[i].used) i = (i + 1) & mask_;
    return slots_[i];
  }

  void grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    mask_ = slots_.size() - 1;
    for (const Slot& slot : old)
      if (slot.used) free_slot(slot.hash) = slot;
  }

  uint8_t judge(const std::string& lower) const {
    uint8_t verdict = 0;
    bool single = exact_.count(lower) > 0;
    for (const std::string& p : prefixes_) single = single || lower.compare(0, p.size(), p) == 0;
    if (!single && !stems_.empty()) single = stems_.count(base::stem(lower)) > 0;
    if (single) verdict |= kSingle;
    for (const auto& phrase : phrases_)
      if (!phrase.empty() && phrase.front() == lower) verdict |= kPhraseStart;
    for (const auto& phrase : quoted_)
      if (!phrase.empty() && phrase_word(lower, phrase.front())) verdict |= kPhraseStart;
    return verdict;
  }

  bool judged_ = false;
  std::set<std::string> stems_, exact_, prefixes_;
  std::vector<std::vector<std::string>> phrases_, quoted_;
  std::vector<Slot> slots_;
  size_t mask_ = 0;
  std::string keys_;
  size_t used_ = 0;
};

std::vector<Mark> find_marks(const Words& text, const Highlight& h) {
  static thread_local WordVerdicts verdicts;
  verdicts.use(h);
  const std::vector<Word>& words = text.words;
  std::vector<std::pair<size_t, size_t>> ranges;  // word index ranges [first, last)
  for (size_t i = 0; i < words.size(); ++i) {
    uint8_t verdict = verdicts.of(text.lower_of(words[i]));
    if (verdict & WordVerdicts::kPhraseStart) {
      for (const auto& phrase : h.phrases) {
        if (phrase.empty() || i + phrase.size() > words.size()) continue;
        bool all = true;
        for (size_t k = 0; all && k < phrase.size(); ++k) all = text.lower_of(words[i + k]) == phrase[k];
        if (all) ranges.emplace_back(i, i + phrase.size());
      }
      for (const auto& phrase : h.quoted) {
        if (phrase.empty() || i + phrase.size() > words.size()) continue;
        bool all = true;
        for (size_t k = 0; all && k < phrase.size(); ++k) all = phrase_word(text.lower_of(words[i + k]), phrase[k]);
        if (all) ranges.emplace_back(i, i + phrase.size());
      }
    }
    if (verdict & WordVerdicts::kSingle) ranges.emplace_back(i, i + 1);
  }
  std::sort(ranges.begin(), ranges.end());
  std::vector<Mark> marks;
  size_t covered_to = 0;
  for (auto [first, last] : ranges) {
    Mark m{words[first].offset, words[last - 1].offset + words[last - 1].length};
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

// Start of the word at or after `at` (or `limit` when none comes first).
size_t snap_start(const std::vector<Word>& words, size_t at, size_t limit) {
  for (const Word& w : words)
    if (w.offset >= at) return std::min(w.offset, limit);
  return limit;
}

// End of the last word ending at or before `at`, but not before `floor`.
size_t snap_end(const std::vector<Word>& words, size_t at, size_t floor) {
  size_t end = floor;
  for (const Word& w : words) {
    if (w.offset + w.length > at) break;
    end = std::max(end, w.offset + w.length);
  }
  return end;
}

std::string render(std::string_view text, size_t start, size_t end, const std::vector<Mark>& marks) {
  std::string out = start > 0 ? "…" : "";
  out.reserve(out.size() + (end - start) + 4 * marks.size() + 3);
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

std::string make_snippet(std::string_view text, const Highlight& highlight, size_t max_bytes) {
  static thread_local Words words;  // kept for its buffers: one snippet after another
  base::split_words(text, words);
  const std::vector<Word>& tokens = words.words;
  std::vector<Mark> marks = highlight.empty() ? std::vector<Mark>{} : find_marks(words, highlight);
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
