// watch: saved searches kept beside the index, and what each finds in documents indexed since its last run.
#pragma once

#include <xapian.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "analysis/registers.h"
#include "analysis/table.h"

namespace crossboard::analysis {

struct Watch {
  std::string name;
  std::string query;
  std::string created;           // UTC "2024-05-01T09:30:00Z"
  std::string last_run;          // UTC; empty before the first run
  Xapian::docid seen_up_to = 0;  // the index's last docid at the last run (or when added)
};

// The watches of one index, stored as JSON in `<db>/crossboard-watches.json`
// (inside the index directory, so they move with it; Xapian ignores the file).
class WatchList {
 public:
  static std::string path_for(const std::string& db_path);
  // An empty list when the file does not exist; throws InputError when it is
  // not a watch file. An entry with missing or wrongly typed fields is not a
  // watch: it is named in problems() and written back unchanged by save().
  static WatchList load(const std::string& path);
  // Writes a temporary file and renames it over `path`; throws indexer::EnvironmentError.
  void save(const std::string& path) const;

  // Adds a watch; throws InputError for a bad or taken name.
  void add(Watch watch);
  std::vector<Watch>& watches() { return watches_; }
  const std::vector<Watch>& watches() const { return watches_; }
  // "FILE: watch 2: \"query\" is not a string; left as it is", one per entry load() could not read.
  const std::vector<std::string>& problems() const { return problems_; }

 private:
  std::vector<Watch> watches_;
  std::vector<nlohmann::json> unreadable_;  // entries kept as found
  std::vector<std::string> problems_;
};

// A new match of a watch: the passage (or attendance record) and its context.
struct WatchHit {
  ItemCitation item;
  std::string type;  // "item" or "meeting"
  std::string snippet;
  std::string indexed_at;
};

struct WatchReport {
  std::string name;
  std::string query;
  std::string since;           // what "new" meant: "last run 2024-..." or the --since date
  size_t total = 0;            // every match now
  std::vector<WatchHit> hits;  // matches indexed since then, by meeting date
};

// Runs `watch`: its matches written after its last run, or, when `since` is an
// ISO date, those indexed on or after that day. Without `since`, marks the
// watch as run (seen_up_to, last_run). Throws query::QueryError.
WatchReport run_watch(const Xapian::Database& db, Watch& watch, const std::string& since = "");

// "2024-05-01T09:30:00Z", now.
std::string utc_timestamp();

Table watch_list_table(const std::vector<Watch>& watches);
Table watch_report_table(const WatchReport& report);
nlohmann::ordered_json watch_report_json(const WatchReport& report);

}  // namespace crossboard::analysis
