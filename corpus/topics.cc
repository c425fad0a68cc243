// The topic taxonomy: loading topics.tsv, splitting text into words, matching phrases.
#include "corpus/topics.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "corpus/user_file.h"

namespace crossboard::corpus {

// corpus/data/topics.tsv, embedded by corpus/CMakeLists.txt.
extern const std::string_view kBuiltinTopicsTsv;

namespace {

constexpr uint32_t kIgnored = 0xFFFFFFFF;  // an "!ignore" phrase: consumes text, names no topic
constexpr size_t kChunkBytes = 1 << 20;    // mentions() splits big texts at line ends

enum class CharClass { letter, apostrophe, sentence_end, clause_break, line_break, bullet, space };

// Decodes one UTF-8 code point at `at`; an invalid byte decodes as itself.
char32_t decode(std::string_view s, size_t at, size_t& length) {
  auto byte = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
  unsigned char b = byte(at);
  length = 1;
  if (b < 0x80) return b;
  size_t n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
  if (n == 1 || at + n > s.size()) return b;
  char32_t c = b & (0xFF >> (n + 1));
  for (size_t i = 1; i < n; ++i) {
    if ((byte(at + i) & 0xC0) != 0x80) return b;
    c = (c << 6) | (byte(at + i) & 0x3F);
  }
  length = n;
  return c;
}

CharClass classify(char32_t c) {
  if (c < 0x80) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
      return CharClass::letter;
    switch (c) {
      case '\'': return CharClass::apostrophe;
      case '.': case '!': case '?': case ':': return CharClass::sentence_end;
      // A tab separates the cells of a minutes table ("Minute/Action<TAB>Who").
      case ';': case '(': case ')': case '[': case ']': case '|': case '\t': return CharClass::clause_break;
      case '\n': case '\r': return CharClass::line_break;
      default: return CharClass::space;
    }
  }
  switch (c) {
    case 0x2019: case 0x2018: return CharClass::apostrophe;  // ’ is the usual apostrophe in Word minutes
    case 0x2028: case 0x2029: return CharClass::line_break;
    case 0x2022: case 0x25CF: case 0x25AA: case 0x00B7: case 0xF0B7: case 0x2023: return CharClass::bullet;
    case 0x00A0: case 0x00AD: case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
    case 0x201C: case 0x201D: case 0x2026: case 0xFEFF: case 0x2009: case 0x200B:
      return CharClass::space;
    default: return CharClass::letter;
  }
}

Word::Shape shape_of(std::string_view w) {
  size_t upper = 0, lower = 0;
  bool first_upper = false;
  for (char ch : w) {
    if (ch >= 'A' && ch <= 'Z') {
      if (upper + lower == 0) first_upper = true;
      ++upper;
    } else if (ch >= 'a' && ch <= 'z') {
      ++lower;
    }
  }
  if (upper + lower == 0) return Word::Shape::other;
  if (upper == 0) return Word::Shape::lower;
  if (lower == 0) return Word::Shape::upper;
  if (first_upper && upper == 1) return Word::Shape::title;
  return Word::Shape::mixed;
}

// "Children's" → "children", "CSE's" → "cse", "O’Brien" → "obrien".
std::string key_of(std::string_view w) {
  std::string key;
  key.reserve(w.size());
  bool possessive = false;
  for (size_t i = 0; i < w.size();) {
    size_t n = 1;
    char32_t c = decode(w, i, n);
    if (classify(c) == CharClass::apostrophe) {
      possessive = i + n + 1 == w.size() && (w.back() == 's' || w.back() == 'S');
    } else if (c < 0x80) {
      key += static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    } else {
      key.append(w.substr(i, n));
    }
    i += n;
  }
  if (possessive) key.pop_back();
  return key;
}

bool is_letter_at(std::string_view text, size_t at) {
  if (at >= text.size()) return false;
  size_t n = 1;
  return classify(decode(text, at, n)) == CharClass::letter;
}

// Words after which a word acronym is the proper noun even at a sentence
// start or in a heading: "Prevent Duty Update", "SEND STRATEGY", "CAF plus".
bool is_cue(std::string_view key) {
  static constexpr std::array<std::string_view, 44> kCues = {
      "duty", "team", "teams", "strategy", "board", "plan", "plans", "reform", "reforms",
      "code", "panel", "service", "services", "agenda", "partnership", "coordinator",
      "officer", "lead", "referral", "referrals", "training", "pathway", "programme",
      "delivery", "channel", "hub", "funding", "review", "reviews", "process", "support",
      "provision", "pupils", "needs", "register", "audit", "audits", "group", "policy",
      "offer", "inspection", "update", "plus", "assessment"};
  return std::find(kCues.begin(), kCues.end(), key) != kCues.end();
}

// Words after which a capitalised "Prevent" or "Send" is still the verb: "How to Prevent Falls".
bool is_verb_marker(std::string_view key) {
  static constexpr std::array<std::string_view, 11> kMarkers = {
      "to", "will", "would", "could", "can", "should", "must", "may", "might", "please", "not"};
  return std::find(kMarkers.begin(), kMarkers.end(), key) != kMarkers.end();
}

bool is_capitalised(Word::Shape s) { return s == Word::Shape::title || s == Word::Shape::upper; }

// A run of capitals ("PLEASE SEND APOLOGIES") says nothing about what one
// capitalised word is. Short words and known acronyms ("CIN/CP") are no sign of a run.
template <typename Known>
bool in_capitals_run(const std::vector<Word>& words, size_t at, const Known& known) {
  bool any = false;
  auto shouts = [&](const Word& w) {
    bool neutral = w.shape == Word::Shape::other ||
                   (w.shape == Word::Shape::upper && (w.key.size() < 3 || known(w.key)));
    if (neutral) return true;
    any = any || w.shape == Word::Shape::upper;
    return w.shape == Word::Shape::upper;
  };
  if (at > 0 && !words[at].break_before && !shouts(words[at - 1])) return false;
  if (at + 1 < words.size() && !words[at + 1].break_before && !shouts(words[at + 1])) return false;
  return any;
}

// "SEND" is the acronym only in capitals; "send" is the verb. A capitalised
// "Prevent" is the proper noun inside a sentence ("the Prevent duty"), but at a
// sentence start, after "to", or in a Title Case heading it may be the verb,
// so there it needs a cue word after it ("Prevent Duty Update").
template <typename Known>
bool is_acronym_form(const std::vector<Word>& words, size_t at, const Known& known) {
  const Word& w = words[at];
  bool cue = at + 1 < words.size() && !words[at + 1].break_before && is_cue(words[at + 1].key);
  bool joined_before = at > 0 && !w.break_before;
  bool after_verb = joined_before && is_verb_marker(words[at - 1].key);  // "TREASURER TO SEND"
  switch (w.shape) {
    case Word::Shape::mixed: return true;  // "CiN", "TAFs"
    case Word::Shape::upper: return cue || !(after_verb || in_capitals_run(words, at, known));
    case Word::Shape::title: {
      bool heading = (at + 1 < words.size() && !words[at + 1].break_before &&
                      is_capitalised(words[at + 1].shape)) ||
                     (joined_before && is_capitalised(words[at - 1].shape) &&
                      !words[at - 1].sentence_start);
      return cue || !(w.sentence_start || after_verb || heading);
    }
    default: return false;
  }
}

// The last word of a phrase may be plural: "care leavers", "IHAs", "families".
bool matches_last(std::string_view key, std::string_view wanted) {
  if (key == wanted) return true;
  if (key.size() == wanted.size() + 1) return key.back() == 's' && key.starts_with(wanted);
  if (key.size() == wanted.size() + 2 && key.ends_with("es")) return key.starts_with(wanted);
  return wanted.ends_with('y') && key.size() == wanted.size() + 2 && key.ends_with("ies") &&
         key.starts_with(wanted.substr(0, wanted.size() - 1));
}

std::string join_keys(const std::vector<Word>& words) {
  std::string out;
  for (const Word& w : words) out += (out.empty() ? "" : " ") + w.key;
  return out;
}

std::vector<std::string> split_list(std::string_view column) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= column.size()) {
    size_t bar = column.find('|', start);
    if (bar == std::string_view::npos) bar = column.size();
    std::string_view item = column.substr(start, bar - start);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    if (!item.empty()) out.emplace_back(item);
    start = bar + 1;
  }
  return out;
}

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t tab; (tab = line.find('\t', start)) != std::string_view::npos; start = tab + 1)
    out.push_back(line.substr(start, tab - start));
  out.push_back(line.substr(start));
  return out;
}

}  // namespace

std::vector<Word> tokenize_words(std::string_view text) {
  std::vector<Word> words;
  words.reserve(text.size() / 6);
  bool sentence_start = true, break_before = true;
  for (size_t i = 0; i < text.size();) {
    size_t n = 1;
    CharClass cls = classify(decode(text, i, n));
    if (text[i] == '&') {  // "Fire & Rescue" is "Fire and Rescue"; "drug & alcohol", "drug and alcohol"
      words.push_back({i, 1, "and", Word::Shape::lower, sentence_start, break_before});
      sentence_start = break_before = false;
      ++i;
      continue;
    }
    if (cls != CharClass::letter) {
      if (cls == CharClass::sentence_end || cls == CharClass::line_break || cls == CharClass::bullet)
        sentence_start = true;
      if (cls != CharClass::space && cls != CharClass::apostrophe) break_before = true;
      i += n;
      continue;
    }
    size_t start = i;
    while (i < text.size()) {
      cls = classify(decode(text, i, n));
      // An apostrophe belongs to the word only between letters: "O'Brien", "CSE's".
      if (cls == CharClass::apostrophe && i > start && is_letter_at(text, i + n)) {
        i += n;
      } else if (cls == CharClass::letter) {
        i += n;
      } else {
        break;
      }
    }
    std::string_view w = text.substr(start, i - start);
    words.push_back({start, w.size(), key_of(w), shape_of(w), sentence_start, break_before});
    sentence_start = break_before = false;
  }
  return words;
}

bool PhraseMatcher::add(std::string_view phrase, uint32_t value, Form form) {
  std::vector<Word> words = tokenize_words(phrase);
  if (words.empty()) return false;
  std::string joined = join_keys(words);
  if (by_phrase_.contains(joined)) return false;
  Pattern p{{}, std::string(phrase), value, form};
  for (Word& w : words) p.keys.push_back(std::move(w.key));
  by_first_[p.keys.front()].push_back(static_cast<uint32_t>(patterns_.size()));
  by_phrase_.emplace(std::move(joined), static_cast<uint32_t>(patterns_.size()));
  patterns_.push_back(std::move(p));
  return true;
}

int64_t PhraseMatcher::value_of(std::string_view phrase) const {
  auto it = by_phrase_.find(join_keys(tokenize_words(phrase)));
  return it == by_phrase_.end() ? -1 : static_cast<int64_t>(patterns_[it->second].value);
}

bool PhraseMatcher::accepts(const Pattern& p, std::string_view text,
                            const std::vector<Word>& words, size_t at) const {
  if (p.form == Form::word_acronym)
    return is_acronym_form(words, at, [this](const std::string& k) { return by_first_.contains(k); });
  if (p.form == Form::exact_case) {
    std::string_view w = text.substr(words[at].offset, words[at].length);
    if (!w.starts_with(p.spelling)) return false;
    std::string_view rest = w.substr(p.spelling.size());
    return rest.empty() || rest == "s" || rest == "'s" || rest == "\xE2\x80\x99s";
  }
  return true;
}

std::vector<PhraseMatcher::Match> PhraseMatcher::find(std::string_view text,
                                                      const std::vector<Word>& words) const {
  std::vector<Match> out;
  for (size_t i = 0; i < words.size();) {
    const std::string& key = words[i].key;
    const Pattern* best = nullptr;
    uint32_t best_index = 0;
    auto consider = [&](std::string_view first, bool single_only) {
      auto it = by_first_.find(first);
      if (it == by_first_.end()) return;
      for (uint32_t index : it->second) {
        const Pattern& p = patterns_[index];
        size_t m = p.keys.size();
        if ((single_only && m != 1) || i + m > words.size()) continue;
        if (best && (m < best->keys.size() || (m == best->keys.size() && index > best_index)))
          continue;
        bool ok = m == 1 ? matches_last(key, p.keys[0]) : key == p.keys[0];
        for (size_t j = 1; ok && j < m; ++j) {
          const Word& w = words[i + j];
          ok = !w.break_before && (j + 1 == m ? matches_last(w.key, p.keys[j]) : w.key == p.keys[j]);
        }
        if (ok && accepts(p, text, words, i)) best = &p, best_index = index;
      }
    };
    consider(key, false);
    // A one-word phrase may be met in the plural: "CSEs", "IHAs", "families";
    // but a capital S makes another acronym: "CPS" is not "CP".
    if (key.size() > 1 && text[words[i].offset + words[i].length - 1] == 's') {
      std::string_view k = key;
      consider(k.substr(0, k.size() - 1), true);
      if (k.ends_with("es")) consider(k.substr(0, k.size() - 2), true);
      if (k.ends_with("ies")) consider(std::string(k.substr(0, k.size() - 3)) + "y", true);
    }
    if (!best) {
      ++i;
      continue;
    }
    out.push_back({i, best->keys.size(), best->value});
    i += best->keys.size();
  }
  return out;
}

const Taxonomy& Taxonomy::builtin() {
  // Checked when the tests load it with from_string; its matcher waits for a first match.
  static const Taxonomy taxonomy = parse(kBuiltinTopicsTsv, "topics.tsv (built in)", false);
  return taxonomy;
}

Taxonomy Taxonomy::from_file(const std::string& path) {
  Taxonomy t = from_string(read_user_file(path, "topics"), path);
  if (t.topics_.empty())
    throw std::runtime_error(path + ": no topics in the file (each line: id<TAB>label<TAB>acronyms<TAB>word "
                                    "acronyms<TAB>synonyms)");
  return t;
}

Taxonomy Taxonomy::from_string(std::string_view content, std::string_view name) {
  return parse(content, name, true);
}

// A topic name is stored whole as a Xapian synonym key, and Xapian's keys hold
// at most 245 bytes; a longer name would fail the index's commit, far from
// the line that caused it. Real names are a few words.
constexpr size_t kMaxPhraseBytes = 200;

Taxonomy Taxonomy::parse(std::string_view content, std::string_view name, bool build_now) {
  Taxonomy t;
  int line_number = 0;
  auto fail = [&](const std::string& why) {
    throw std::runtime_error(std::string(name) + ":" + std::to_string(line_number) + ": " + why);
  };
  auto add = [&](const std::string& phrase, uint32_t value, PhraseMatcher::Form form) {
    if (phrase.size() > kMaxPhraseBytes)
      fail("a name of " + std::to_string(phrase.size()) + " bytes: topic names are at most " +
           std::to_string(kMaxPhraseBytes) + " bytes");
    t.phrase_list_.push_back({phrase, value, form, line_number});
  };
  std::istringstream lines{std::string(content)};
  for (std::string line; std::getline(lines, line);) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string_view> cols = split_tabs(line);
    if (cols[0] == "!ignore") {
      if (cols.size() != 2) fail("expected \"!ignore<TAB>phrase|phrase\"");
      for (const std::string& p : split_list(cols[1])) add(p, kIgnored, PhraseMatcher::Form::any_case);
      continue;
    }
    if (cols.size() < 2 || cols.size() > 5)
      fail("expected 2 to 5 TAB-separated columns: id, label, acronyms, word acronyms, synonyms; got " +
           std::to_string(cols.size()));
    cols.resize(5);
    Topic topic{std::string(cols[0]), std::string(cols[1]), split_list(cols[2]), split_list(cols[4]),
                split_list(cols[3])};
    if (topic.id.empty() || topic.label.empty()) fail("a topic needs an id and a label");
    if (std::any_of(t.topics_.begin(), t.topics_.end(), [&](const Topic& o) { return o.id == topic.id; }))
      fail("duplicate topic id \"" + topic.id + "\"");
    auto index = static_cast<uint32_t>(t.topics_.size());
    t.topics_.push_back(topic);
    for (const auto& a : topic.acronyms) add(a, index, PhraseMatcher::Form::any_case);
    for (const auto& a : topic.word_acronyms) add(a, index, PhraseMatcher::Form::word_acronym);
    for (const auto& s : topic.synonyms) add(s, index, PhraseMatcher::Form::any_case);
    for (const std::string* k : {&topic.id, &topic.label}) t.keys_.emplace(join_keys(tokenize_words(*k)), index);
  }
  if (build_now) {
    std::call_once(t.phrases_->built, [&] { t.build_matcher(t.phrases_->matcher, name); });
  }
  return t;
}

void Taxonomy::build_matcher(PhraseMatcher& matcher, std::string_view name) const {
  for (const Phrase& p : phrase_list_) {
    if (matcher.add(p.text, p.value, p.form)) continue;
    auto fail = [&](const std::string& why) {
      throw std::runtime_error(std::string(name) + ":" + std::to_string(p.line) + ": " + why);
    };
    int64_t owner = matcher.value_of(p.text);
    if (owner == -1) fail("\"" + p.text + "\" has no words");
    if (owner != p.value) {
      std::string other = owner == kIgnored ? "!ignore" : "topic " + topics_[owner].id;
      fail("\"" + p.text + "\" already belongs to " + other);
    }
  }
}

const PhraseMatcher& Taxonomy::matcher() const {
  std::call_once(phrases_->built, [this] { build_matcher(phrases_->matcher, "topics.tsv (built in)"); });
  return phrases_->matcher;
}

const Topic* Taxonomy::find(std::string_view key) const {
  for (const Topic& topic : topics_)
    if (topic.id == key) return &topic;
  std::string folded = join_keys(tokenize_words(key));
  if (auto it = keys_.find(folded); it != keys_.end()) return &topics_[it->second];
  int64_t value = matcher().value_of(key);
  return value < 0 || value == kIgnored ? nullptr : &topics_[value];
}

std::vector<TopicMention> Taxonomy::mentions(std::string_view text) const {
  std::vector<TopicMention> out;
  // Matches never cross a line break, so a big text can be matched a chunk at a time.
  for (size_t start = 0; start < text.size();) {
    size_t end = start + kChunkBytes >= text.size() ? text.size() : text.find('\n', start + kChunkBytes);
    if (end == std::string_view::npos) end = text.size();
    std::string_view chunk = text.substr(start, end - start);
    for (TopicMention& m : mentions(chunk, tokenize_words(chunk))) {
      m.offset += start;
      out.push_back(std::move(m));
    }
    start = end;
  }
  return out;
}

std::vector<TopicMention> Taxonomy::mentions(std::string_view text,
                                             const std::vector<Word>& words) const {
  std::vector<TopicMention> out;
  for (const PhraseMatcher::Match& m : matcher().find(text, words)) {
    if (m.value == kIgnored) continue;
    const Word& first = words[m.first_word];
    const Word& last = words[m.first_word + m.word_count - 1];
    out.push_back({topics_[m.value].id, first.offset, last.offset + last.length - first.offset});
  }
  return out;
}

}  // namespace crossboard::corpus
