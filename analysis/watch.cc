// watch: the watch file, and each watch's query restricted to documents written after its mark.
#include "analysis/watch.h"

#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "analysis/index_facts.h"
#include "indexer/index_store.h"
#include "indexer/records.h"
#include "indexer/term_prefixes.h"
#include "query/document_data.h"
#include "query/query_parser.h"

namespace crossboard::analysis {

namespace fs = std::filesystem;

namespace {

constexpr const char* kWatchFile = "crossboard-watches.json";

bool good_name(const std::string& name) {
  if (name.empty() || name.size() > 64) return false;
  for (char c : name)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_' && c != '.') return false;
  return true;
}

nlohmann::json to_json(const Watch& w) {
  return {{"name", w.name},
          {"query", w.query},
          {"created", w.created},
          {"last_run", w.last_run},
          {"seen_up_to", w.seen_up_to}};
}

// What is wrong with a stored watch `j`, or "" when it can be read.
std::string watch_problem(const nlohmann::json& j) {
  if (!j.is_object()) return "not an object";
  for (const char* key : {"name", "query"})
    if (!j.contains(key) || !j[key].is_string() || j[key].get_ref<const std::string&>().empty())
      return std::string("\"") + key + "\" is missing or not a non-empty string";
  for (const char* key : {"created", "last_run"})
    if (j.contains(key) && !j[key].is_string()) return std::string("\"") + key + "\" is not a string";
  if (j.contains("seen_up_to") &&
      (!j["seen_up_to"].is_number_unsigned() || j["seen_up_to"].get<uint64_t>() > Xapian::docid(-1)))
    return "\"seen_up_to\" is not a document number";
  return "";
}

Watch from_json(const nlohmann::json& j) {
  return {j.value("name", ""), j.value("query", ""), j.value("created", ""), j.value("last_run", ""),
          j.value("seen_up_to", Xapian::docid(0))};
}

Xapian::Query new_since(const Xapian::Query& query, const std::string& since) {
  Xapian::Query recent(Xapian::Query::OP_VALUE_GE, indexer::slot::kIndexedAt, since);
  return Xapian::Query(Xapian::Query::OP_FILTER, query, recent);
}

}  // namespace

std::string utc_timestamp() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buffer;
}

std::string WatchList::path_for(const std::string& db_path) {
  fs::path db(db_path);
  if (fs::is_directory(db)) return (db / kWatchFile).string();
  return db_path + ".watches.json";  // a stub database file: the list sits beside it
}

WatchList WatchList::load(const std::string& path) {
  WatchList list;
  std::ifstream in(path);
  if (!in) return list;
  std::stringstream buffer;
  buffer << in.rdbuf();
  auto j = nlohmann::json::parse(buffer.str(), nullptr, false);
  if (!j.is_object() || !j.contains("watches") || !j["watches"].is_array())
    throw InputError(path + ": not a crossboard watch file");
  size_t number = 0;
  for (const auto& w : j["watches"]) {
    ++number;
    if (std::string why = watch_problem(w); !why.empty()) {
      list.problems_.push_back(path + ": watch " + std::to_string(number) + ": " + why + "; left as it is");
      list.unreadable_.push_back(w);
    } else {
      list.watches_.push_back(from_json(w));
    }
  }
  return list;
}

void WatchList::save(const std::string& path) const {
  nlohmann::json j{{"watches", nlohmann::json::array()}};
  for (const Watch& w : watches_) j["watches"].push_back(to_json(w));
  for (const nlohmann::json& w : unreadable_) j["watches"].push_back(w);
  std::string temp = path + ".tmp";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out << j.dump(2) << "\n";
    if (!out) throw indexer::EnvironmentError("cannot write " + temp);
  }
  std::error_code ec;
  fs::rename(temp, path, ec);
  if (ec) throw indexer::EnvironmentError("cannot write " + path + ": " + ec.message());
}

void WatchList::add(Watch watch) {
  if (!good_name(watch.name))
    throw InputError("a watch name is letters, digits, '-', '_' or '.', not '" + watch.name + "'");
  for (const Watch& w : watches_)
    if (w.name == watch.name) throw InputError("there is already a watch named " + watch.name);
  watches_.push_back(std::move(watch));
}

WatchReport run_watch(const Xapian::Database& db, Watch& watch, const std::string& since) {
  WatchReport report{watch.name, watch.query, "", 0, {}};
  query::ParsedQuery parsed = query::parse_query(watch.query, db);
  Xapian::Query query = since.empty() ? parsed.query : new_since(parsed.query, since);
  report.since = since.empty()
                     ? (watch.last_run.empty() ? "added " + watch.created : "last run " + watch.last_run)
                     : "indexed since " + since;
  Xapian::Enquire all(db);
  all.set_query(parsed.query);
  report.total = all.get_mset(0, 0, db.get_doccount()).get_matches_estimated();
  for (Xapian::docid docid : matches_by_date(db, query)) {
    if (since.empty() && docid <= watch.seen_up_to) continue;
    Xapian::Document doc = db.get_document(docid);
    query::DocumentData data = query::read_document_data(doc.get_data(), true);
    if (!data.fields.is_object()) continue;
    report.hits.push_back({citation_from(data.fields), indexer::decode_type(data.fields),
                           query::make_snippet(data.text, parsed.highlight, 200),
                           doc.get_value(indexer::slot::kIndexedAt)});
  }
  if (since.empty()) {
    watch.seen_up_to = db.get_lastdocid();
    watch.last_run = utc_timestamp();
  }
  return report;
}

Table watch_list_table(const std::vector<Watch>& watches) {
  Table t;
  t.columns = {"name", "created", "last run", "query"};
  for (const Watch& w : watches)
    t.rows.push_back({w.name, w.created, w.last_run.empty() ? "never" : w.last_run, w.query});
  return t;
}

Table watch_report_table(const WatchReport& report) {
  Table t;
  t.columns = {"date", "board", "item", "source", "snippet"};
  for (const WatchHit& h : report.hits) {
    const ItemCitation& c = h.item;
    std::string item = h.type == "meeting"
                           ? "attendance"
                           : (c.item_number.empty() ? "" : c.item_number + " ") + c.item_title;
    t.rows.push_back({c.date, c.board, item, c.source_path + ":" + std::to_string(c.first_line), h.snippet});
  }
  return t;
}

nlohmann::ordered_json watch_report_json(const WatchReport& report) {
  nlohmann::ordered_json out{{"name", report.name},       {"query", report.query},
                             {"since", report.since},     {"total", report.total},
                             {"new", report.hits.size()}, {"hits", nlohmann::ordered_json::array()}};
  for (const WatchHit& h : report.hits) {
    nlohmann::ordered_json j = citation_json(h.item);
    j["type"] = h.type;
    j["snippet"] = h.snippet;
    j["indexed_at"] = h.indexed_at;
    out["hits"].push_back(std::move(j));
  }
  return out;
}

}  // namespace crossboard::analysis
