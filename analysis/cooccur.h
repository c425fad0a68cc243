// cooccur: the topics discussed in the same items as a topic, with counts and lift.
#pragma once

#include <xapian.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "analysis/index_facts.h"
#include "analysis/table.h"

namespace crossboard::analysis {

struct CooccurRow {
  TopicRef topic;
  size_t together = 0;  // items on both topics
  size_t items = 0;     // items on this topic
  // P(both) / (P(this) P(that)) over all items: above 1, they come up
  // together more often than their frequencies alone would make them.
  double lift = 0;
};

struct Cooccurrence {
  TopicRef topic;
  size_t items = 0;              // items on the topic
  size_t total_items = 0;        // items in the index
  std::vector<CooccurRow> rows;  // most items together first, then highest lift
};

Cooccurrence cooccur(const Xapian::Database& db, const std::string& topic);

Table cooccur_table(const Cooccurrence& c);
nlohmann::ordered_json cooccur_json(const Cooccurrence& c);

}  // namespace crossboard::analysis
