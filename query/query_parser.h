// The crossboard query language (docs/DESIGN.md) parsed into a Xapian query and what to highlight.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <xapian.h>

#include "base/errors.h"
#include "query/highlight.h"

namespace crossboard::query {

// A query the user must fix: unbalanced quotes or brackets, an unknown field,
// a bad date range. `column` (1-based, in bytes) points at the problem in
// `query()`, the text parse_query was given (every command prints the two
// with a caret under the column: cli/main.cc).
class QueryError : public InputError {
 public:
  QueryError(size_t column, const std::string& message);
  size_t column() const { return column_; }
  const std::string& message() const { return message_; }
  const std::string& query() const { return query_; }
  void set_query(std::string query) { query_ = std::move(query); }

 private:
  size_t column_;
  std::string message_;
  std::string query_;
};

struct ParsedQuery {
  Xapian::Query query;   // restricted to item and meeting documents
  Highlight highlight;   // the words a snippet marks
  // The topics the query names, in the order it names them, each once: a
  // topic: field, a quoted phrase that is a topic's name, or the longest run
  // of up to five plain words that is one ("child sexual exploitation"),
  // never what it excludes. Ids of the index's taxonomy (evidence groups by them).
  std::vector<std::string> topics;
};

// Parses `text`:
//   words            all must match (AND is implied), stemmed: "meetings" finds "meeting"
//   A OR B, A AND B, NOT A, -A, ( ... )
//   "a phrase"       these words in a row, exactly (no stemming, no synonyms)
//   safeguard*       words starting with "safeguard"
//   board: area: person: org: kind: topic: status: year: date:
// A word or run of words that is a synonym in the index (a topic's acronym,
// label or synonym: CSE, "child sexual exploitation") also matches its synonyms.
// Field values are looked up in `db` (board:halton matches every board whose
// id contains "halton"). Throws QueryError.
ParsedQuery parse_query(std::string_view text, const Xapian::Database& db);

}  // namespace crossboard::query
