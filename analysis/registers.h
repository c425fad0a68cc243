// Decision and action registers: every decision or action of the items a query matches.
#pragma once

#include <xapian.h>

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/table.h"
#include "indexer/records.h"

namespace crossboard::analysis {

// Where a register entry was recorded: the item and its meeting, citable.
using ItemCitation = indexer::Citation;  // the one citation record (indexer/records.h)

// The citation fields of an item document's data.
ItemCitation citation_from(const nlohmann::json& data);

struct DecisionEntry {
  ItemCitation item;
  std::string text;
  int line = 0;  // source line of the decision, 0 if unknown
};

struct ActionEntry {
  ItemCitation item;
  std::string text;
  std::vector<std::string> owners;     // as resolved or written: "Karen Hickey", "ALL"
  std::vector<std::string> owner_ids;  // resolved people
  std::string due;
  int line = 0;
};

// Decisions of the items matching `query` (the query language; blank: all), by meeting date.
std::vector<DecisionEntry> decision_register(const Xapian::Database& db, std::string_view query);

// Actions likewise; `owner` (blank: any) keeps actions with an owner whose name
// contains it, ignoring case ("hickey", "Karen"), or whose person id equals it.
std::vector<ActionEntry> action_register(const Xapian::Database& db, std::string_view query,
                                         std::string_view owner = "");

// Human tables: date, board, item, source line, the text last.
Table decisions_table(const std::vector<DecisionEntry>& entries);
Table actions_table(const std::vector<ActionEntry>& entries);
// CSV: every citation field; several owners joined by "; ".
Table decisions_csv_table(const std::vector<DecisionEntry>& entries);
Table actions_csv_table(const std::vector<ActionEntry>& entries);
nlohmann::ordered_json citation_json(const ItemCitation& c);
// {"path", "first_line", "last_line"}, and "page" when the source has pages.
nlohmann::ordered_json source_json(const ItemCitation& c);
// The page as a CSV cell: empty for a text source.
std::string page_cell(const ItemCitation& c);
nlohmann::ordered_json decisions_json(const std::vector<DecisionEntry>& entries);
nlohmann::ordered_json actions_json(const std::vector<ActionEntry>& entries);

}  // namespace crossboard::analysis
