// Decision and action registers from item document data, filtered by the query language.
#include "analysis/registers.h"

#include <algorithm>
#include <cctype>

#include "analysis/index_facts.h"
#include "indexer/term_prefixes.h"

namespace crossboard::analysis {

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

Xapian::Query with_register(const Xapian::Database& db, std::string_view query, const char* what) {
  Xapian::Query has(std::string(indexer::prefix::kHas) + what);
  return Xapian::Query(Xapian::Query::OP_FILTER, item_query(db, query), has);
}

bool owned_by(const ActionEntry& a, const std::string& owner) {
  if (owner.empty()) return true;
  for (const std::string& name : a.owners)
    if (lower(name).find(owner) != std::string::npos) return true;
  std::string id = owner;
  std::replace(id.begin(), id.end(), ' ', '-');
  return std::find(a.owner_ids.begin(), a.owner_ids.end(), id) != a.owner_ids.end();
}

std::string joined(const std::vector<std::string>& values, const char* separator) {
  std::string out;
  for (const std::string& v : values) out += (out.empty() ? "" : separator) + v;
  return out;
}

std::string item_label(const ItemCitation& c) {
  return c.item_number.empty() ? c.item_title : c.item_number + " " + c.item_title;
}

std::string cited_line(const ItemCitation& c, int line) {
  std::string out = c.source_path + ":" + std::to_string(line > 0 ? line : c.first_line);
  if (c.page > 0) out += " (item from page " + std::to_string(c.page) + ")";
  return out;
}

}  // namespace

ItemCitation citation_from(const nlohmann::json& data) { return indexer::decode_citation(data); }

std::vector<DecisionEntry> decision_register(const Xapian::Database& db, std::string_view query) {
  std::vector<DecisionEntry> entries;
  for (Xapian::docid docid : matches_by_date(db, with_register(db, query, "decision"))) {
    nlohmann::json data = document_data(db, docid);
    ItemCitation item = citation_from(data);
    for (indexer::DecisionRecord& d : indexer::decode_decisions(data))
      entries.push_back({item, std::move(d.text), d.line});
  }
  return entries;
}

std::vector<ActionEntry> action_register(const Xapian::Database& db, std::string_view query,
                                         std::string_view owner) {
  std::string wanted = lower(owner);
  std::vector<ActionEntry> entries;
  for (Xapian::docid docid : matches_by_date(db, with_register(db, query, "action"))) {
    nlohmann::json data = document_data(db, docid);
    ItemCitation item = citation_from(data);
    for (indexer::ActionRecord& a : indexer::decode_actions(data)) {
      ActionEntry e{item, std::move(a.text), std::move(a.owners), std::move(a.owner_ids), std::move(a.due), a.line};
      if (owned_by(e, wanted)) entries.push_back(std::move(e));
    }
  }
  return entries;
}

Table decisions_table(const std::vector<DecisionEntry>& entries) {
  Table t;
  t.columns = {"date", "board", "item", "source", "decision"};
  for (const DecisionEntry& e : entries)
    t.rows.push_back({e.item.date, e.item.board, item_label(e.item), cited_line(e.item, e.line), e.text});
  return t;
}

Table actions_table(const std::vector<ActionEntry>& entries) {
  Table t;
  t.columns = {"date", "board", "item", "owners", "due", "source", "action"};
  for (const ActionEntry& e : entries)
    t.rows.push_back({e.item.date, e.item.board, item_label(e.item), joined(e.owners, "; "), e.due,
                      cited_line(e.item, e.line), e.text});
  return t;
}

Table decisions_csv_table(const std::vector<DecisionEntry>& entries) {
  Table t;
  t.columns = {"date",       "board",       "board_id",   "area",      "kind", "meeting_id", "item_number",
               "item_title", "source_path", "first_line", "last_line", "page", "line", "decision"};
  for (const DecisionEntry& e : entries) {
    const ItemCitation& c = e.item;
    t.rows.push_back({c.date, c.board, c.board_id, c.area, c.kind, c.meeting_id, c.item_number, c.item_title,
                      c.source_path, std::to_string(c.first_line), std::to_string(c.last_line),
                      page_cell(c), std::to_string(e.line), e.text});
  }
  return t;
}

Table actions_csv_table(const std::vector<ActionEntry>& entries) {
  Table t;
  t.columns = {"date",        "board",      "board_id",    "area",       "kind",      "meeting_id",
               "item_number", "item_title", "source_path", "first_line", "last_line", "page",
               "line",        "owners",     "owner_ids",   "due",       "action"};
  for (const ActionEntry& e : entries) {
    const ItemCitation& c = e.item;
    t.rows.push_back({c.date, c.board, c.board_id, c.area, c.kind, c.meeting_id, c.item_number, c.item_title,
                      c.source_path, std::to_string(c.first_line), std::to_string(c.last_line),
                      page_cell(c), std::to_string(e.line), joined(e.owners, "; "), joined(e.owner_ids, "; "), e.due,
                      e.text});
  }
  return t;
}

std::string page_cell(const ItemCitation& c) { return c.page > 0 ? std::to_string(c.page) : ""; }

nlohmann::ordered_json source_json(const ItemCitation& c) {
  nlohmann::ordered_json source{{"path", c.source_path}, {"first_line", c.first_line}, {"last_line", c.last_line}};
  if (c.page > 0) source["page"] = c.page;
  return source;
}

nlohmann::ordered_json citation_json(const ItemCitation& c) {
  return {{"meeting_id", c.meeting_id},
          {"board", c.board},
          {"board_id", c.board_id},
          {"area", c.area},
          {"date", c.date},
          {"kind", c.kind},
          {"item_number", c.item_number},
          {"item_title", c.item_title},
          {"source", source_json(c)}};
}

nlohmann::ordered_json decisions_json(const std::vector<DecisionEntry>& entries) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const DecisionEntry& e : entries) {
    nlohmann::ordered_json j{{"decision", e.text}, {"line", e.line}};
    j.update(citation_json(e.item));
    out.push_back(std::move(j));
  }
  return out;
}

nlohmann::ordered_json actions_json(const std::vector<ActionEntry>& entries) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const ActionEntry& e : entries) {
    nlohmann::ordered_json j{{"action", e.text},
                             {"owners", e.owners},
                             {"owner_ids", e.owner_ids},
                             {"due", e.due},
                             {"line", e.line}};
    j.update(citation_json(e.item));
    out.push_back(std::move(j));
  }
  return out;
}

}  // namespace crossboard::analysis
