// terms: the words that set one board's minutes apart from all the others (log-likelihood G²).
#pragma once

#include <xapian.h>

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "analysis/table.h"

namespace crossboard::analysis {

struct TermScore {
  std::string term;
  uint64_t board_count = 0;  // occurrences in the board's items (titles count twice, as indexed)
  uint64_t rest_count = 0;   // occurrences in everything else indexed
  double g2 = 0;             // Dunning's log-likelihood: 3.84 is p < 0.05, 10.83 is p < 0.001
};

struct DistinctiveTerms {
  std::vector<std::string> boards;  // display names of the boards matched
  size_t items = 0;                 // the boards' items
  uint64_t board_words = 0;         // word occurrences in them
  uint64_t all_words = 0;           // word occurrences in the whole index
  std::vector<TermScore> terms;     // used more by the board than elsewhere, highest G² first
};

// `board` is matched as the query language's board: field (part of the board id);
// throws InputError when it matches no item. Terms are the index's unstemmed
// words of three or more characters, not all digits, seen at least `min_count`
// times in the board's items.
DistinctiveTerms distinctive_terms(const Xapian::Database& db, const std::string& board, size_t limit = 30,
                                   uint64_t min_count = 3);

Table terms_table(const DistinctiveTerms& t);
nlohmann::ordered_json terms_json(const DistinctiveTerms& t);

}  // namespace crossboard::analysis
