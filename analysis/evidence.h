// evidence: an evidence pack — every passage a query matches, by theme and board, with citations.
#pragma once

#include <xapian.h>

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/index_facts.h"
#include "analysis/registers.h"

namespace crossboard::analysis {

struct EvidencePassage {
  ItemCitation item;
  std::string quote;  // the matched words in context, marked **so**
  std::vector<std::string> topics;
  std::vector<std::string> decisions;
  std::vector<ActionEntry> actions;
};

// The passages of one board under one theme, oldest first (indexes into EvidencePack::passages).
struct EvidenceBoard {
  std::string board_id;
  std::string board;
  std::string area;
  std::vector<size_t> passages;
};

struct EvidenceTheme {
  TopicRef topic;  // id "other" for passages on none of the query's topics; "all" when it names none
  std::vector<EvidenceBoard> boards;  // by board name
};

struct EvidencePack {
  std::string query;
  std::vector<EvidencePassage> passages;  // by date
  std::vector<EvidenceTheme> themes;      // the query's topics in its order, then "other"
  size_t meetings = 0;
  size_t boards = 0;
};

// Every item matching `query`, grouped by the topics it names
// (query::ParsedQuery::topics). A passage on several of the query's topics is
// listed under each.
EvidencePack evidence_pack(const Xapian::Database& db, std::string_view query);

std::string evidence_markdown(const EvidencePack& pack);
std::string evidence_csv(const EvidencePack& pack);
nlohmann::ordered_json evidence_json(const EvidencePack& pack);

}  // namespace crossboard::analysis
