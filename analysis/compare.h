// compare: how often topics come up per board, area or year — meetings, items, mentions, share.
#pragma once

#include <xapian.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "analysis/index_facts.h"
#include "analysis/table.h"
#include "corpus/boards.h"

namespace crossboard::analysis {

enum class GroupBy { board, area, year, board_year };

// "board", "area", "year", "board,year" (or "year,board"); throws InputError.
GroupBy parse_group_by(const std::string& text);

// One topic in one group (a board, an area, a year, or a board in a year).
struct CompareRow {
  TopicRef topic;
  std::string board_id;  // empty unless grouped by board
  std::string board;
  std::string area;          // the board's area when grouped by board
  std::string year;          // empty unless grouped by year; "undated" for meetings without a date
  size_t meetings_held = 0;  // meetings of the group in the index; 0 means absent
  size_t meetings = 0;       // of those, meetings with an item on the topic
  size_t items = 0;          // items on the topic
  size_t mentions = 0;       // times those items name the topic
  // A group with no meetings at all (a board in a year it did not meet):
  // its figures are unknown, not zero.
  bool absent() const { return meetings_held == 0; }
  double share() const { return absent() ? 0 : double(meetings) / double(meetings_held); }
};

struct Comparison {
  GroupBy by = GroupBy::board;
  std::vector<TopicRef> topics;
  std::vector<CompareRow> rows;  // per topic as given, then by board name or year
};

// Every group of the index for every topic: boards (or areas) that met, every
// year from the first to the last meeting, or each board in each such year.
// `lineage`, when given, groups each board with the boards it followed or was
// followed by (corpus::BoardNames), under the last one's id and name.
Comparison compare(const Xapian::Database& db, const std::vector<std::string>& topics, GroupBy by,
                   const corpus::BoardNames* lineage = nullptr);

// The boards file the index was built with (`index --boards`); empty when none.
corpus::BoardNames recorded_boards(const Xapian::Database& db);

// Human table: raw counts, or per meeting held when `per_meeting`.
Table compare_table(const Comparison& comparison, bool per_meeting);
// Every column, for CSV (absent figures are empty cells).
Table compare_csv_table(const Comparison& comparison);
nlohmann::ordered_json compare_json(const Comparison& comparison);

}  // namespace crossboard::analysis
