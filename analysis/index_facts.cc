// Meetings held, topic names, value streams and document data read from the index.
#include "analysis/index_facts.h"

#include <algorithm>

#include "corpus/topics.h"
#include "indexer/index_store.h"
#include "indexer/term_prefixes.h"
#include "query/query_parser.h"

namespace crossboard::analysis {

namespace prefix = indexer::prefix;
namespace slot = indexer::slot;

TopicRef resolve_topic(const Xapian::Database& db, std::string_view name) {
  if (const corpus::Topic* topic = indexer::index_taxonomy(db)->find(name)) return {topic->id, topic->label};
  std::string term = std::string(prefix::kTopic) + std::string(name);
  if (!name.empty() && db.term_exists(term)) return {std::string(name), std::string(name)};
  throw InputError("unknown topic '" + std::string(name) +
                   "' (give a topic's id, acronym or label, e.g. cse)");
}

MeetingTable::MeetingTable(const Xapian::Database& db) {
  std::string type = std::string(prefix::kDocType) + "meeting";
  ValueReader id(db, slot::kMeeting), board_id(db, slot::kBoardId), board(db, slot::kBoard),
      area(db, slot::kArea), date(db, slot::kDate), year(db, slot::kYear);
  for (auto it = db.postlist_begin(type); it != db.postlist_end(type); ++it) {
    MeetingFacts m;
    m.docid = *it;
    m.id = id.get(m.docid);
    m.board_id = board_id.get(m.docid);
    m.board = board.get(m.docid);
    m.area = area.get(m.docid);
    m.date = date.get(m.docid);
    m.year = year.get(m.docid);
    // A meeting published twice has one id (corpus::Meeting::id): it is one meeting.
    if (!by_id_.emplace(m.id, meetings_.size()).second) continue;
    meetings_.push_back(std::move(m));
  }
}

const MeetingFacts* MeetingTable::find(const std::string& meeting_id) const {
  auto it = by_id_.find(meeting_id);
  return it == by_id_.end() ? nullptr : &meetings_[it->second];
}

std::vector<std::string> MeetingTable::year_range() const {
  int first = 0, last = 0;
  for (const MeetingFacts& m : meetings_) {
    if (m.year.empty()) continue;
    int y = std::stoi(m.year);
    first = first == 0 ? y : std::min(first, y);
    last = std::max(last, y);
  }
  std::vector<std::string> years;
  for (int y = first; first != 0 && y <= last; ++y) years.push_back(std::to_string(y));
  return years;
}

ValueReader::ValueReader(const Xapian::Database& db, Xapian::valueno slot)
    : it_(db.valuestream_begin(slot)), end_(db.valuestream_end(slot)) {}

std::string ValueReader::get(Xapian::docid docid) {
  if (it_ == end_) return "";
  if (it_.get_docid() < docid) it_.skip_to(docid);
  if (it_ == end_ || it_.get_docid() != docid) return "";
  return *it_;
}

nlohmann::json document_data(const Xapian::Database& db, Xapian::docid docid) {
  query::DocumentData data = query::read_document_data(db.get_document(docid).get_data(), false);
  return data.fields.is_object() ? std::move(data.fields) : nlohmann::json::object();
}

query::DocumentData document_data_with_text(const Xapian::Database& db, Xapian::docid docid) {
  query::DocumentData data = query::read_document_data(db.get_document(docid).get_data(), true);
  if (!data.fields.is_object()) data.fields = nlohmann::json::object();
  return data;
}

std::vector<std::string> split_list(const std::string& value) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < value.size()) {
    size_t end = value.find(slot::kListSeparator, start);
    if (end == std::string::npos) end = value.size();
    if (end > start) out.push_back(value.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

Xapian::Query items_only() { return Xapian::Query(std::string(prefix::kDocType) + "item"); }

Xapian::Query item_query(const Xapian::Database& db, std::string_view text) {
  bool blank = std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c); });
  if (blank) return items_only();
  return Xapian::Query(Xapian::Query::OP_FILTER, query::parse_query(text, db).query, items_only());
}

std::vector<Xapian::docid> matches_by_date(const Xapian::Database& db, const Xapian::Query& query) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  enquire.set_docid_order(Xapian::Enquire::ASCENDING);
  enquire.set_sort_by_value(slot::kDate, false);
  Xapian::MSet mset = enquire.get_mset(0, db.get_doccount());
  std::vector<Xapian::docid> docids;
  docids.reserve(mset.size());
  for (auto it = mset.begin(); it != mset.end(); ++it) docids.push_back(*it);
  return docids;
}

}  // namespace crossboard::analysis
