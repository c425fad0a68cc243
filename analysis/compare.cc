// compare: topic postings joined to meeting documents, grouped by board, area and year.
#include "analysis/compare.h"

#include <map>
#include <set>
#include <stdexcept>
#include <tuple>

#include <nlohmann/json.hpp>

#include "indexer/records.h"
#include "indexer/term_prefixes.h"

namespace crossboard::analysis {

namespace {

using Key = std::tuple<std::string, std::string>;  // (board id or area, year)

struct Tally {
  size_t held = 0;
  std::set<std::string> meetings;
  size_t items = 0;
  size_t mentions = 0;
};

std::string year_of(const MeetingFacts& m) { return m.year.empty() ? "undated" : m.year; }

// The board a meeting counts under: its own, or with --lineage the last of its lineage.
std::string board_of(const MeetingFacts& m, const corpus::BoardNames* lineage) {
  return lineage ? lineage->lineage_head(m.board_id) : m.board_id;
}

Key key_of(const MeetingFacts& m, GroupBy by, const corpus::BoardNames* lineage) {
  switch (by) {
    case GroupBy::board:
      return {board_of(m, lineage), ""};
    case GroupBy::area:
      return {m.area, ""};
    case GroupBy::year:
      return {"", year_of(m)};
    case GroupBy::board_year:
      return {board_of(m, lineage), year_of(m)};
  }
  return {};
}

// Every group a row is due for, with the meetings each held; absent groups hold 0.
std::map<Key, Tally> empty_groups(const MeetingTable& meetings, GroupBy by, const corpus::BoardNames* lineage) {
  std::map<Key, Tally> groups;
  std::vector<std::string> years = meetings.year_range();
  std::set<std::string> boards;
  for (const MeetingFacts& m : meetings.all()) boards.insert(board_of(m, lineage));
  if (by == GroupBy::year)
    for (const std::string& y : years) groups[{"", y}];
  if (by == GroupBy::board_year)
    for (const std::string& b : boards)
      for (const std::string& y : years) groups[{b, y}];
  for (const MeetingFacts& m : meetings.all()) groups[key_of(m, by, lineage)].held++;
  return groups;
}

void count_topic(const Xapian::Database& db, const MeetingTable& meetings, const TopicRef& topic, GroupBy by,
                 const corpus::BoardNames* lineage, std::map<Key, Tally>& groups) {
  std::string term = std::string(indexer::prefix::kTopic) + topic.id;
  ValueReader meeting_of(db, indexer::slot::kMeeting);
  for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) {
    const MeetingFacts* m = meetings.find(meeting_of.get(*it));
    if (!m) continue;
    Tally& t = groups[key_of(*m, by, lineage)];
    t.meetings.insert(m->id);
    t.items++;
    t.mentions += it.get_wdf();
  }
}

// The display name of each board id: the spelling most of its meetings use
// (the latest meeting's among equals), so one board shows one name.
struct BoardName {
  std::string board;
  std::string area;
};
std::map<std::string, BoardName> board_names(const MeetingTable& meetings, const corpus::BoardNames* lineage) {
  std::map<std::string, std::map<std::string, std::pair<size_t, std::string>>> spellings;  // id → name → (count, latest date)
  std::map<std::string, const MeetingFacts*> latest;
  for (const MeetingFacts& m : meetings.all()) {
    auto& [count, date] = spellings[board_of(m, lineage)][m.board];
    ++count;
    date = std::max(date, m.date);
    const MeetingFacts*& l = latest[board_of(m, lineage)];
    if (!l || m.date >= l->date) l = &m;
  }
  std::map<std::string, BoardName> names;
  for (const auto& [id, counts] : spellings) {
    auto best = counts.begin();
    for (auto it = counts.begin(); it != counts.end(); ++it)
      if (std::tie(it->second.first, it->second.second) > std::tie(best->second.first, best->second.second)) best = it;
    std::string given = lineage ? lineage->name_of(id) : "";
    names[id] = {given.empty() ? best->first : given, latest[id]->area};
  }
  return names;
}

bool by_board(GroupBy by) { return by == GroupBy::board || by == GroupBy::board_year; }
bool by_year(GroupBy by) { return by == GroupBy::year || by == GroupBy::board_year; }

}  // namespace

GroupBy parse_group_by(const std::string& text) {
  if (text == "board") return GroupBy::board;
  if (text == "area") return GroupBy::area;
  if (text == "year") return GroupBy::year;
  if (text == "board,year" || text == "year,board") return GroupBy::board_year;
  throw InputError("--by must be board, area, year or board,year, not '" + text + "'");
}

Comparison compare(const Xapian::Database& db, const std::vector<std::string>& topics, GroupBy by,
                   const corpus::BoardNames* lineage) {
  Comparison result;
  result.by = by;
  for (const std::string& t : topics) result.topics.push_back(resolve_topic(db, t));
  MeetingTable meetings(db);
  auto names = board_names(meetings, lineage);
  std::vector<std::pair<std::string, Key>> order;  // sort key (board name), group key
  for (const TopicRef& topic : result.topics) {
    std::map<Key, Tally> groups = empty_groups(meetings, by, lineage);
    count_topic(db, meetings, topic, by, lineage, groups);
    std::vector<CompareRow> rows;
    for (const auto& [key, tally] : groups) {
      CompareRow row;
      row.topic = topic;
      if (by_board(by)) {
        row.board_id = std::get<0>(key);
        row.board = names.count(row.board_id) ? names[row.board_id].board : row.board_id;
        row.area = names.count(row.board_id) ? names[row.board_id].area : "";
      } else if (by == GroupBy::area) {
        row.area = std::get<0>(key);
      }
      if (by_year(by)) row.year = std::get<1>(key);
      row.meetings_held = tally.held;
      row.meetings = tally.meetings.size();
      row.items = tally.items;
      row.mentions = tally.mentions;
      rows.push_back(std::move(row));
    }
    std::stable_sort(rows.begin(), rows.end(), [](const CompareRow& a, const CompareRow& b) {
      return std::tie(a.board, a.board_id, a.area, a.year) < std::tie(b.board, b.board_id, b.area, b.year);
    });
    result.rows.insert(result.rows.end(), rows.begin(), rows.end());
  }
  return result;
}

namespace {

std::vector<std::string> group_columns(GroupBy by) {
  switch (by) {
    case GroupBy::board:
      return {"board", "area"};
    case GroupBy::area:
      return {"area"};
    case GroupBy::year:
      return {"year"};
    case GroupBy::board_year:
      return {"board", "area", "year"};
  }
  return {};
}

std::vector<std::string> group_cells(const CompareRow& r, GroupBy by) {
  switch (by) {
    case GroupBy::board:
      return {r.board.empty() ? "(board unknown)" : r.board, r.area};
    case GroupBy::area:
      return {r.area.empty() ? "(no area)" : r.area};
    case GroupBy::year:
      return {r.year};
    case GroupBy::board_year:
      return {r.board.empty() ? "(board unknown)" : r.board, r.area, r.year};
  }
  return {};
}

std::string count_or_absent(const CompareRow& r, double value, bool rate) {
  if (r.absent()) return "";
  return rate ? decimal(value) : std::to_string(static_cast<size_t>(value));
}

}  // namespace

Table compare_table(const Comparison& c, bool per_meeting) {
  Table table;
  table.columns = {"topic"};
  for (const std::string& g : group_columns(c.by)) table.columns.push_back(g);
  size_t first_number = table.columns.size();
  if (per_meeting) {
    for (const char* col : {"held", "meetings", "share", "items/meeting", "mentions/meeting"})
      table.columns.push_back(col);
  } else {
    for (const char* col : {"held", "meetings", "share", "items", "mentions"}) table.columns.push_back(col);
  }
  table.numeric.assign(table.columns.size(), false);
  for (size_t i = first_number; i < table.columns.size(); ++i) table.numeric[i] = true;
  for (const CompareRow& r : c.rows) {
    std::vector<std::string> row{r.topic.id};
    for (std::string& g : group_cells(r, c.by)) row.push_back(std::move(g));
    if (r.absent()) {
      for (const char* cell : {"0", "absent", "", "", ""}) row.push_back(cell);
    } else {
      double held = double(r.meetings_held);
      row.push_back(std::to_string(r.meetings_held));
      row.push_back(std::to_string(r.meetings));
      row.push_back(decimal(r.share()));
      row.push_back(count_or_absent(r, per_meeting ? r.items / held : double(r.items), per_meeting));
      row.push_back(count_or_absent(r, per_meeting ? r.mentions / held : double(r.mentions), per_meeting));
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

Table compare_csv_table(const Comparison& c) {
  Table table;
  table.columns = {"topic",
                   "topic_label",
                   "board_id",
                   "board",
                   "area",
                   "year",
                   "meetings_held",
                   "meetings",
                   "share",
                   "items",
                   "mentions",
                   "items_per_meeting",
                   "mentions_per_meeting"};
  for (const CompareRow& r : c.rows) {
    double held = double(r.meetings_held);
    table.rows.push_back({r.topic.id, r.topic.label, r.board_id, r.board, r.area, r.year,
                          std::to_string(r.meetings_held), count_or_absent(r, double(r.meetings), false),
                          count_or_absent(r, r.share(), true), count_or_absent(r, double(r.items), false),
                          count_or_absent(r, double(r.mentions), false),
                          count_or_absent(r, r.absent() ? 0 : r.items / held, true),
                          count_or_absent(r, r.absent() ? 0 : r.mentions / held, true)});
  }
  return table;
}

nlohmann::ordered_json compare_json(const Comparison& c) {
  static const char* kBy[] = {"board", "area", "year", "board,year"};
  nlohmann::ordered_json out{{"by", kBy[static_cast<int>(c.by)]},
                             {"topics", nlohmann::ordered_json::array()},
                             {"rows", nlohmann::ordered_json::array()}};
  for (const TopicRef& t : c.topics) out["topics"].push_back({{"id", t.id}, {"label", t.label}});
  for (const CompareRow& r : c.rows) {
    nlohmann::ordered_json row{{"topic", r.topic.id}};
    if (by_board(c.by)) row["board_id"] = r.board_id, row["board"] = r.board;
    if (by_board(c.by) || c.by == GroupBy::area) row["area"] = r.area;
    if (by_year(c.by)) row["year"] = r.year;
    row["meetings_held"] = r.meetings_held;
    row["absent"] = r.absent();
    auto number_or_null = [&](auto v) {
      return r.absent() ? nlohmann::ordered_json() : nlohmann::ordered_json(v);
    };
    row["meetings"] = number_or_null(r.meetings);
    row["share"] = number_or_null(r.share());
    row["items"] = number_or_null(r.items);
    row["mentions"] = number_or_null(r.mentions);
    row["items_per_meeting"] = number_or_null(r.absent() ? 0 : double(r.items) / double(r.meetings_held));
    row["mentions_per_meeting"] =
        number_or_null(r.absent() ? 0 : double(r.mentions) / double(r.meetings_held));
    out["rows"].push_back(std::move(row));
  }
  return out;
}

corpus::BoardNames recorded_boards(const Xapian::Database& db) {
  std::optional<indexer::AliasesData> recorded =
      indexer::decode_aliases(db.get_metadata(std::string(indexer::metadata::kAliasesKey)));
  if (!recorded || recorded->boards_file.empty()) return {};
  try {
    return corpus::BoardNames::from_string(recorded->boards_text, recorded->boards_file);
  } catch (const std::runtime_error&) {
    return {};
  }
}

}  // namespace crossboard::analysis
