// crossboard watch: saved searches (add, list, run) and what each found in documents indexed since its last
// run.
#include <algorithm>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "analysis/index_facts.h"
#include "analysis/watch.h"
#include "cli/commands.h"
#include "indexer/documents.h"
#include "indexer/index_store.h"
#include "query/query_parser.h"

namespace crossboard::cli {

namespace {

struct WatchOptions {
  std::string name;
  std::vector<std::string> words;  // add: the query; run: watch names
  std::vector<std::string> dbs;
  std::string since;
  bool json = false;
};

std::string db_path(const WatchOptions& o) {
  return o.dbs.empty() ? indexer::default_db_path() : o.dbs.front();
}

std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

// Says on stderr which stored watches could not be read; true if any.
bool report_problems(const analysis::WatchList& list) {
  for (const std::string& p : list.problems()) std::cerr << "crossboard: " << p << "\n";
  return !list.problems().empty();
}

int run_add(const WatchOptions& o) {
  return run_analysis(o.dbs, [&](const Xapian::Database& db) {
    std::string path = analysis::WatchList::path_for(db_path(o));
    analysis::WatchList list = analysis::WatchList::load(path);
    analysis::Watch w{o.name, joined(o.words), analysis::utc_timestamp(), "", db.get_lastdocid()};
    analysis::WatchReport now = analysis::run_watch(db, w, "1970-01-01");  // checks the query, counts matches
    list.add(w);
    list.save(path);
    std::cout << "watch " << o.name << " added: " << now.total << " match" << (now.total == 1 ? "" : "es")
              << " now; 'crossboard watch run' reports what is indexed from here on\n";
    return kExitOk;
  });
}

int run_list(const WatchOptions& o) {
  return run_analysis(o.dbs, [&](const Xapian::Database&) {
    analysis::WatchList list = analysis::WatchList::load(analysis::WatchList::path_for(db_path(o)));
    bool problems = report_problems(list);
    if (o.json) {
      nlohmann::ordered_json out = nlohmann::ordered_json::array();
      for (const analysis::Watch& w : list.watches())
        out.push_back(
            {{"name", w.name}, {"query", w.query}, {"created", w.created}, {"last_run", w.last_run}});
      std::cout << out.dump(2) << "\n";
    } else if (list.watches().empty()) {
      std::cout << "no watches; add one with: crossboard watch add NAME QUERY\n";
    } else {
      std::cout << analysis::render_text(analysis::watch_list_table(list.watches()));
    }
    return problems ? kExitSkipped : kExitOk;
  });
}

void print_report(const analysis::WatchReport& r) {
  std::cout << r.name << ": " << r.hits.size() << " new (" << r.since << "), " << r.total << " in all — "
            << r.query << "\n";
  if (!r.hits.empty()) std::cout << analysis::render_text(analysis::watch_report_table(r), 100);
  std::cout << "\n";
}

int run_run(const WatchOptions& o) {
  if (!o.since.empty() && !indexer::is_iso_date(o.since)) {
    std::cerr << "crossboard: --since needs a date like 2017-06-30, not " << o.since << "\n";
    return kExitUsage;
  }
  return run_analysis(o.dbs, [&](const Xapian::Database& db) {
    std::string path = analysis::WatchList::path_for(db_path(o));
    analysis::WatchList list = analysis::WatchList::load(path);
    for (const std::string& name : o.words) {
      bool known = false;
      for (const analysis::Watch& w : list.watches()) known = known || w.name == name;
      if (!known) throw analysis::InputError("no watch named " + name);
    }
    bool problems = report_problems(list);
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (analysis::Watch& w : list.watches()) {
      if (!o.words.empty() && std::find(o.words.begin(), o.words.end(), w.name) == o.words.end()) continue;
      analysis::WatchReport r;
      try {
        r = analysis::run_watch(db, w, o.since);
      } catch (const query::QueryError& e) {
        // A query this version refuses (the file was edited, or the language
        // changed) fails its own watch, not every other.
        std::cerr << "crossboard: watch " << w.name << ": bad query: " << e.what() << "\n";
        problems = true;
        continue;
      }
      if (o.json)
        out.push_back(analysis::watch_report_json(r));
      else
        print_report(r);
    }
    if (o.json) std::cout << out.dump(2) << "\n";
    if (o.since.empty()) list.save(path);
    return problems ? kExitSkipped : kExitOk;
  });
}

void add_db_option(CLI::App* cmd, WatchOptions& o) {
  cmd->add_option("--db", o.dbs, "Index directory; the watches live in it (crossboard-watches.json)")
      ->allow_extra_args(false);
}

}  // namespace

void add_watch_command(CLI::App& app, Runner& run) {
  auto o = std::make_shared<WatchOptions>();
  CLI::App* cmd = app.add_subcommand(
      "watch", "Saved searches, and what each finds in minutes indexed since it last ran.");
  cmd->require_subcommand(1);
  CLI::App* add =
      cmd->add_subcommand("add", "Save QUERY as watch NAME (from now on, new matches are reported)");
  add->add_option("name", o->name, "Name: letters, digits, - _ .")->required();
  add->add_option("query", o->words, "The query (search language)")->required();
  add_db_option(add, *o);
  add->callback([o, &run] { run = [o] { return run_add(*o); }; });
  CLI::App* list = cmd->add_subcommand("list", "The saved watches");
  add_db_option(list, *o);
  list->add_flag("--json", o->json, "JSON output");
  list->callback([o, &run] { run = [o] { return run_list(*o); }; });
  CLI::App* go = cmd->add_subcommand(
      "run", "Each watch's matches indexed since its last run (then marks it run), or since --since");
  go->add_option("name", o->words, "Watches to run (default: all)");
  go->add_option("--since", o->since, "Matches indexed on or after this date instead (marks nothing)");
  add_db_option(go, *o);
  go->add_flag("--json", o->json, "JSON output (README.md, \"Analysis\")");
  go->callback([o, &run] { run = [o] { return run_run(*o); }; });
}

}  // namespace crossboard::cli
