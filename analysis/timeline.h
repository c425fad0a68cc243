// timeline: the meetings that discussed a topic, in date order, and each board's first and latest mention.
#pragma once

#include <xapian.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "analysis/index_facts.h"
#include "analysis/registers.h"
#include "analysis/table.h"
#include "corpus/boards.h"

namespace crossboard::analysis {

// One item on the topic, with the sentence that names it.
struct TimelineItem {
  ItemCitation item;
  std::string sentence;  // the first sentence naming the topic, else the item's first
};

// One meeting that discussed the topic: its items on it, in agenda order.
struct TimelineMeeting {
  std::vector<TimelineItem> items;
  const ItemCitation& first() const { return items.front().item; }
};

// A board's first and latest meeting on the topic.
struct BoardMentions {
  std::string board_id;
  std::string board;
  std::string area;
  std::string first_date;
  std::string latest_date;
  size_t meetings = 0;
};

struct Timeline {
  TopicRef topic;
  std::vector<TimelineMeeting> meetings;  // by date (undated last), then board
  std::vector<BoardMentions> boards;      // by first mention
};

// `board` (blank: every board) is matched as the query language's board: field.
// `lineage`, when given, follows a board across a rename (corpus::BoardNames):
// `board` takes in every board of its lineage, and each lineage is one row
// of `boards`, under its last board's id and name.
Timeline timeline(const Xapian::Database& db, const std::string& topic, const std::string& board = "",
                  const corpus::BoardNames* lineage = nullptr);

// Human tables: one row per meeting; one row per board.
Table timeline_table(const Timeline& t);
Table timeline_boards_table(const Timeline& t);
// CSV: one row per item.
Table timeline_csv_table(const Timeline& t);
nlohmann::ordered_json timeline_json(const Timeline& t);

}  // namespace crossboard::analysis
