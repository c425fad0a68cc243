// terms: a board's word counts from its items' term lists against collection frequencies (G²).
#include "analysis/terms.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

#include "analysis/index_facts.h"
#include "indexer/term_prefixes.h"

namespace crossboard::analysis {

namespace {

// Free-text words start with a lower-case letter, a digit or a non-ASCII
// byte; boolean and stemmed terms start with their upper-case prefix.
bool is_word(const std::string& term) {
  if (term.empty() || (term[0] >= 'A' && term[0] <= 'Z')) return false;
  if (term.size() < 3) return false;
  return !std::all_of(term.begin(), term.end(), [](unsigned char c) { return std::isdigit(c); });
}

uint64_t words_in_index(const Xapian::Database& db) {
  uint64_t total = 0;
  for (auto it = db.allterms_begin(); it != db.allterms_end(); ++it) {
    const std::string& term = *it;
    if (!term.empty() && !(term[0] >= 'A' && term[0] <= 'Z')) total += db.get_collection_freq(term);
  }
  return total;
}

// Dunning's G² for a word seen `a` times in `c` board words and `b` times in `d` other words.
double log_likelihood(double a, double b, double c, double d) {
  double e1 = c * (a + b) / (c + d), e2 = d * (a + b) / (c + d);
  double g = 0;
  if (a > 0) g += a * std::log(a / e1);
  if (b > 0) g += b * std::log(b / e2);
  return 2 * g;
}

}  // namespace

DistinctiveTerms distinctive_terms(const Xapian::Database& db, const std::string& board, size_t limit,
                                   uint64_t min_count) {
  DistinctiveTerms result;
  std::string field = "board:" + (board.find(' ') == std::string::npos ? board : "\"" + board + "\"");
  std::vector<Xapian::docid> docids = matches_by_date(db, item_query(db, field));
  if (docids.empty())
    throw InputError("no board matches '" + board + "' (give part of a board id, e.g. halton)");
  std::unordered_map<std::string, uint64_t> counts;
  std::set<std::string> names;
  for (Xapian::docid docid : docids) {
    Xapian::Document doc = db.get_document(docid);
    names.insert(doc.get_value(indexer::slot::kBoard));
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
      const std::string& term = *t;
      if (term.empty() || (term[0] >= 'A' && term[0] <= 'Z')) continue;
      result.board_words += t.get_wdf();
      if (is_word(term)) counts[term] += t.get_wdf();
    }
  }
  result.boards.assign(names.begin(), names.end());
  result.items = docids.size();
  result.all_words = words_in_index(db);
  double c = double(result.board_words), d = double(result.all_words - result.board_words);
  for (const auto& [term, a] : counts) {
    if (a < min_count) continue;
    uint64_t rest = db.get_collection_freq(term) - a;
    if (d <= 0 || double(a) / c <= double(rest) / d) continue;  // not used more by the board
    result.terms.push_back({term, a, rest, log_likelihood(double(a), double(rest), c, d)});
  }
  std::sort(result.terms.begin(), result.terms.end(), [](const TermScore& x, const TermScore& y) {
    return x.g2 != y.g2 ? x.g2 > y.g2 : x.term < y.term;
  });
  if (limit > 0 && result.terms.size() > limit) result.terms.resize(limit);
  return result;
}

Table terms_table(const DistinctiveTerms& t) {
  Table table;
  table.columns = {"term", "board", "rest", "board/10k", "rest/10k", "G2"};
  table.numeric = {false, true, true, true, true, true};
  double c = double(t.board_words), d = double(t.all_words - t.board_words);
  for (const TermScore& s : t.terms)
    table.rows.push_back({s.term, std::to_string(s.board_count), std::to_string(s.rest_count),
                          decimal(c > 0 ? 1e4 * double(s.board_count) / c : 0, 1),
                          decimal(d > 0 ? 1e4 * double(s.rest_count) / d : 0, 1), decimal(s.g2, 1)});
  return table;
}

nlohmann::ordered_json terms_json(const DistinctiveTerms& t) {
  nlohmann::ordered_json out{{"boards", t.boards},
                             {"items", t.items},
                             {"board_words", t.board_words},
                             {"all_words", t.all_words},
                             {"terms", nlohmann::ordered_json::array()}};
  for (const TermScore& s : t.terms)
    out["terms"].push_back(
        {{"term", s.term}, {"board", s.board_count}, {"rest", s.rest_count}, {"g2", s.g2}});
  return out;
}

}  // namespace crossboard::analysis
