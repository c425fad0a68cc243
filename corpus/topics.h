// The topic taxonomy: ids, labels, acronyms and synonyms, and finding topics in text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace crossboard::corpus {

struct Topic {
  std::string id;                     // "cse"
  std::string label;                  // "Child sexual exploitation"
  std::vector<std::string> acronyms;  // "CSE"
  std::vector<std::string> synonyms;  // "child sexual exploitation", "sexual exploitation"
  // Acronyms that are also ordinary words ("SEND", "Prevent", "CAF") and so
  // match only in capitals or as a proper noun, never "send" or "prevent".
  std::vector<std::string> word_acronyms;
};

// Where a topic is named in a text: byte offset and length of the words matched.
struct TopicMention {
  std::string topic_id;
  size_t offset = 0;
  size_t length = 0;
};

class Taxonomy {
 public:
  // The taxonomy shipped with crossboard (embedded at build time).
  static const Taxonomy& builtin();
  // Loads a taxonomy file; throws std::runtime_error("FILE:LINE: reason").
  static Taxonomy from_file(const std::string& path);
  static Taxonomy from_string(std::string_view content, std::string_view name = "topics");

  const std::vector<Topic>& topics() const { return topics_; }
  // The topic whose id, label, acronym or synonym is `key` (case-folded), or null.
  const Topic* find(std::string_view key) const;
  // Every mention of every topic in `text`, in text order.
  std::vector<TopicMention> mentions(std::string_view text) const;

 private:
  std::vector<Topic> topics_;
};

}  // namespace crossboard::corpus
