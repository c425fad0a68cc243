// The topic taxonomy: ids, labels, acronyms and synonyms, and finding topics in text.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace crossboard::corpus {

struct Topic {
  std::string id;                     // "cse"
  std::string label;                  // "Child sexual exploitation"
  std::vector<std::string> acronyms;  // "CSE"
  std::vector<std::string> synonyms;  // "child sexual exploitation", "sexual exploitation"
  // Acronyms that are also ordinary words ("SEND", "Prevent", "CAF") and so
  // match only in capitals or as a proper noun, never "send" or "prevent".
  // Disjoint from `acronyms`.
  std::vector<std::string> word_acronyms;
};

// Where a topic is named in a text: byte offset and length of the words matched.
struct TopicMention {
  std::string topic_id;
  size_t offset = 0;
  size_t length = 0;
};

// A word as the phrase matchers see it. Words are runs of letters and digits
// ("&" is a word too, read as "and");
// hyphens, slashes and punctuation separate them; an apostrophe inside a word
// stays ("O'Brien", "Children's").
struct Word {
  enum class Shape : uint8_t { lower, title, upper, mixed, other };
  size_t offset = 0;  // bytes into the text
  size_t length = 0;  // bytes, possessive included
  std::string key;    // ASCII lower case, apostrophes dropped, possessive "'s" removed
  Shape shape = Shape::other;
  bool sentence_start = false;  // first word of the text, of a line, a bullet, or after . ! ? :
  bool break_before = false;    // a sentence end, ; ( ) or line break separates it from the word before
};

// Splits `text` into words. Never fails; invalid UTF-8 bytes count as letters.
std::vector<Word> tokenize_words(std::string_view text);

// Finds registered phrases in split text: leftmost longest, without overlaps,
// never across a `break_before`. One hash lookup per word, so cost is linear
// in the text whatever the number of phrases.
class PhraseMatcher {
 public:
  enum class Form : uint8_t {
    any_case,      // "child protection", "CSE": any case; last word plural or possessive
    word_acronym,  // "SEND", "Prevent": see the rules in topics.tsv's header
    exact_case,    // "CWaC", "HBC": as spelled, plus "s" or a possessive
  };
  struct Match {
    size_t first_word = 0;
    size_t word_count = 0;
    uint32_t value = 0;
  };

  // Registers `phrase` for `value`. Returns false when the phrase has no
  // words; when it is already registered, keeps the first and returns false.
  bool add(std::string_view phrase, uint32_t value, Form form);
  // The value of an already registered phrase with the same words, or -1.
  int64_t value_of(std::string_view phrase) const;
  std::vector<Match> find(std::string_view text, const std::vector<Word>& words) const;
  bool empty() const { return patterns_.empty(); }

 private:
  struct Pattern {
    std::vector<std::string> keys;
    std::string spelling;  // the phrase as registered, for exact_case
    uint32_t value = 0;
    Form form = Form::any_case;
  };
  struct KeyHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  bool accepts(const Pattern& p, std::string_view text, const std::vector<Word>& words,
               size_t at) const;

  std::vector<Pattern> patterns_;
  std::unordered_map<std::string, std::vector<uint32_t>, KeyHash, std::equal_to<>> by_first_;
  std::unordered_map<std::string, uint32_t, KeyHash, std::equal_to<>> by_phrase_;
};

class Taxonomy {
 public:
  // The taxonomy shipped with crossboard (corpus/data/topics.tsv, embedded at build time).
  static const Taxonomy& builtin();
  // Loads a taxonomy file; throws std::runtime_error("FILE:LINE: reason").
  static Taxonomy from_file(const std::string& path);
  static Taxonomy from_string(std::string_view content, std::string_view name = "topics");

  const std::vector<Topic>& topics() const { return topics_; }
  // The topic whose id, label, acronym or synonym is `key` (case-folded), or null.
  const Topic* find(std::string_view key) const;
  // Every mention of every topic in `text`, in text order.
  std::vector<TopicMention> mentions(std::string_view text) const;
  // The same, on words already split from `text` (annotate splits once for all matchers).
  std::vector<TopicMention> mentions(std::string_view text, const std::vector<Word>& words) const;

 private:
  // The phrase matcher, built on first use for the built-in taxonomy: most
  // searches only look at topics() and find() by id, and building the
  // matcher (1,151 phrases) cost about 2 ms of every search.
  struct Phrase {
    std::string text;
    uint32_t value = 0;  // index into topics_, or kIgnored
    PhraseMatcher::Form form = PhraseMatcher::Form::any_case;
    int line = 0;
  };
  struct Phrases {
    std::once_flag built;
    PhraseMatcher matcher;
  };
  static Taxonomy parse(std::string_view content, std::string_view name, bool build_now);
  // Builds the matcher from phrases_; throws "NAME:LINE: reason" for a phrase
  // with no words or one that belongs to two topics.
  void build_matcher(PhraseMatcher& matcher, std::string_view name) const;
  const PhraseMatcher& matcher() const;

  std::vector<Topic> topics_;
  std::vector<Phrase> phrase_list_;  // in the file's order, which decides ties
  std::unique_ptr<Phrases> phrases_ = std::make_unique<Phrases>();
  std::unordered_map<std::string, size_t> keys_;  // folded id and label → index
};

}  // namespace crossboard::corpus
