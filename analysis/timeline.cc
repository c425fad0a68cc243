// timeline: topic postings in date order, grouped per meeting, with each board's span.
#include "analysis/timeline.h"

#include <algorithm>
#include <map>

#include "analysis/passages.h"
#include "indexer/term_prefixes.h"

namespace crossboard::analysis {

namespace {

Xapian::Query timeline_query(const Xapian::Database& db, const TopicRef& topic, const std::string& board,
                             const corpus::BoardNames* lineage) {
  Xapian::Query q(std::string(indexer::prefix::kTopic) + topic.id);
  if (board.empty()) return q;
  std::vector<std::string> boards{board};
  // "--board barset-lscb --lineage": the partnership that followed it too.
  if (lineage) {
    std::vector<std::string> ids = lineage->lineage(lineage->resolve(corpus::board_identity(board)).id);
    if (ids.size() > 1) boards = ids;
  }
  std::string field;
  for (const std::string& b : boards)
    field += (field.empty() ? "" : " OR ") + ("board:" + (b.find(' ') == std::string::npos ? b : "\"" + b + "\""));
  return Xapian::Query(Xapian::Query::OP_FILTER, q, item_query(db, field));
}

std::vector<BoardMentions> board_spans(const std::vector<TimelineMeeting>& meetings,
                                       const corpus::BoardNames* lineage) {
  std::map<std::string, BoardMentions> boards;
  for (const TimelineMeeting& m : meetings) {
    const ItemCitation& c = m.first();
    std::string id = lineage ? lineage->lineage_head(c.board_id) : c.board_id;
    std::string name = lineage ? lineage->name_of(id) : "";
    BoardMentions& b = boards[id];
    b.board_id = id;
    b.board = name.empty() ? c.board : name;
    b.area = c.area;
    b.meetings++;
    if (c.date.empty()) continue;
    if (b.first_date.empty() || c.date < b.first_date) b.first_date = c.date;
    b.latest_date = std::max(b.latest_date, c.date);
  }
  std::vector<BoardMentions> out;
  for (auto& [id, b] : boards) out.push_back(std::move(b));
  std::stable_sort(out.begin(), out.end(), [](const BoardMentions& a, const BoardMentions& b) {
    return std::tie(a.first_date, a.board) < std::tie(b.first_date, b.board);
  });
  return out;
}

}  // namespace

Timeline timeline(const Xapian::Database& db, const std::string& topic, const std::string& board,
                  const corpus::BoardNames* lineage) {
  Timeline t;
  t.topic = resolve_topic(db, topic);
  std::map<std::string, size_t> meeting_index;
  for (Xapian::docid docid : matches_by_date(db, timeline_query(db, t.topic, board, lineage))) {
    query::DocumentData data = document_data_with_text(db, docid);
    TimelineItem item{citation_from(data.fields), topic_sentence(data.text, t.topic.id)};
    auto [it, added] = meeting_index.emplace(item.item.meeting_id, t.meetings.size());
    if (added) t.meetings.emplace_back();
    t.meetings[it->second].items.push_back(std::move(item));
  }
  // Undated meetings sort first by value; a reader expects them last.
  std::stable_partition(t.meetings.begin(), t.meetings.end(),
                        [](const TimelineMeeting& m) { return !m.first().date.empty(); });
  t.boards = board_spans(t.meetings, lineage);
  return t;
}

Table timeline_table(const Timeline& t) {
  Table table;
  table.columns = {"date", "board", "items", "item", "first sentence"};
  table.numeric = {false, false, true, false, false};
  for (const TimelineMeeting& m : t.meetings) {
    const ItemCitation& c = m.first();
    std::string item = c.item_number.empty() ? c.item_title : c.item_number + " " + c.item_title;
    table.rows.push_back({c.date.empty() ? "undated" : c.date, c.board, std::to_string(m.items.size()), item,
                          m.items.front().sentence});
  }
  return table;
}

Table timeline_boards_table(const Timeline& t) {
  Table table;
  table.columns = {"board", "area", "meetings", "first", "latest"};
  table.numeric = {false, false, true, false, false};
  for (const BoardMentions& b : t.boards)
    table.rows.push_back({b.board, b.area, std::to_string(b.meetings), b.first_date, b.latest_date});
  return table;
}

Table timeline_csv_table(const Timeline& t) {
  Table table;
  table.columns = {"topic",       "date",       "board",       "board_id",   "area",      "meeting_id",
                   "item_number", "item_title", "source_path", "first_line", "last_line", "page",
                   "sentence"};
  for (const TimelineMeeting& m : t.meetings)
    for (const TimelineItem& i : m.items) {
      const ItemCitation& c = i.item;
      table.rows.push_back({t.topic.id, c.date, c.board, c.board_id, c.area, c.meeting_id, c.item_number,
                            c.item_title, c.source_path, std::to_string(c.first_line),
                            std::to_string(c.last_line), page_cell(c), i.sentence});
    }
  return table;
}

nlohmann::ordered_json timeline_json(const Timeline& t) {
  nlohmann::ordered_json out{{"topic", {{"id", t.topic.id}, {"label", t.topic.label}}},
                             {"meetings", nlohmann::ordered_json::array()},
                             {"boards", nlohmann::ordered_json::array()}};
  for (const TimelineMeeting& m : t.meetings) {
    const ItemCitation& c = m.first();
    nlohmann::ordered_json meeting{{"date", c.date},
                                   {"board", c.board},
                                   {"board_id", c.board_id},
                                   {"area", c.area},
                                   {"meeting_id", c.meeting_id},
                                   {"kind", c.kind},
                                   {"items", nlohmann::ordered_json::array()}};
    for (const TimelineItem& i : m.items)
      meeting["items"].push_back({{"item_number", i.item.item_number},
                                  {"item_title", i.item.item_title},
                                  {"sentence", i.sentence},
                                  {"source", source_json(i.item)}});
    out["meetings"].push_back(std::move(meeting));
  }
  for (const BoardMentions& b : t.boards)
    out["boards"].push_back({{"board", b.board},
                             {"board_id", b.board_id},
                             {"area", b.area},
                             {"meetings", b.meetings},
                             {"first", b.first_date},
                             {"latest", b.latest_date}});
  return out;
}

}  // namespace crossboard::analysis
