// The crossboard query language (docs/DESIGN.md) parsed into a Xapian query and what to highlight.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

#include <xapian.h>

#include "query/highlight.h"

namespace crossboard::query {

// A query the user must fix: unbalanced quotes or brackets, an unknown field,
// a bad date range. `column` (1-based, in bytes) points at the problem.
class QueryError : public std::runtime_error {
 public:
  QueryError(size_t column, const std::string& message);
  size_t column() const { return column_; }
  const std::string& message() const { return message_; }

 private:
  size_t column_;
  std::string message_;
};

struct ParsedQuery {
  Xapian::Query query;   // restricted to item and meeting documents
  Highlight highlight;   // the words a snippet marks
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
