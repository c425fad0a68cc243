// What every analysis reads from the index: meetings held, topics, values by docid, document data.
#pragma once

#include <xapian.h>

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "base/errors.h"
#include "query/document_data.h"

namespace crossboard::analysis {

// Input the user must fix (an unknown topic, a board matching nothing): the
// bottom layer's InputError (base/errors.h); the CLI exits 2 on it.
using crossboard::InputError;

// A topic as the user named it and as the index stores it.
struct TopicRef {
  std::string id;     // "cse"
  std::string label;  // "Child sexual exploitation"
};

// The topic whose id, label, acronym or synonym is `name` (the built-in
// taxonomy, as the query language's topic: field), or a topic id the index
// holds (a custom taxonomy). Throws InputError for anything else.
TopicRef resolve_topic(const Xapian::Database& db, std::string_view name);

// One meeting document: the facts every item of that meeting shares.
struct MeetingFacts {
  Xapian::docid docid = 0;
  std::string id;
  std::string board_id;
  std::string board;
  std::string area;
  std::string date;  // ISO or empty
  std::string year;  // "2016" or empty when undated
};

// Every meeting in the index, in docid order, and a lookup by meeting id.
class MeetingTable {
 public:
  explicit MeetingTable(const Xapian::Database& db);
  const std::vector<MeetingFacts>& all() const { return meetings_; }
  // The meeting with this id, or null (an item whose meeting document is missing).
  const MeetingFacts* find(const std::string& meeting_id) const;
  // Every year some meeting was held, with the years between filled in, ascending.
  std::vector<std::string> year_range() const;

 private:
  std::vector<MeetingFacts> meetings_;
  std::map<std::string, size_t> by_id_;
};

// Reads one value slot for ascending docids, as a posting list visits them,
// without loading whole documents.
class ValueReader {
 public:
  ValueReader(const Xapian::Database& db, Xapian::valueno slot);
  // The value of `docid`, empty if it has none. Docids must not decrease between calls.
  std::string get(Xapian::docid docid);

 private:
  Xapian::ValueIterator it_;
  Xapian::ValueIterator end_;
};

// The JSON document data of `docid` but its "text" member, which is checked
// and skipped, not parsed (an empty object if unreadable).
nlohmann::json document_data(const Xapian::Database& db, Xapian::docid docid);

// The document data of `docid` with its text (fields an empty object if unreadable).
query::DocumentData document_data_with_text(const Xapian::Database& db, Xapian::docid docid);

// Values of a multi-valued slot (indexer::slot::kListSeparator-joined).
std::vector<std::string> split_list(const std::string& value);

// The query restricting to item documents, the passages every analysis counts.
Xapian::Query items_only();

// `query` parsed by the query language and restricted to items, or all items
// when `query` is blank. Throws query::QueryError.
Xapian::Query item_query(const Xapian::Database& db, std::string_view query);

// Docids matching `query` (all of them), sorted by meeting date, then docid.
std::vector<Xapian::docid> matches_by_date(const Xapian::Database& db, const Xapian::Query& query);

}  // namespace crossboard::analysis
