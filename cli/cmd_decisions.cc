// crossboard decisions: the decision register of the items a query matches, with meeting, date and source.
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "analysis/registers.h"
#include "cli/commands.h"

namespace crossboard::cli {

namespace {

struct DecisionsOptions {
  std::vector<std::string> words;
  std::vector<std::string> dbs;
  std::string owner;
  bool json = false;
  bool csv = false;
};

std::string joined_words(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

int run_decisions(const DecisionsOptions& o) {
  return run_analysis(o.dbs, [&](const Xapian::Database& db) {
    auto entries = analysis::decision_register(db, joined_words(o.words));
    if (o.json)
      std::cout << analysis::decisions_json(entries).dump(2) << "\n";
    else if (o.csv)
      std::cout << analysis::render_csv(analysis::decisions_csv_table(entries));
    else
      std::cout << analysis::render_text(analysis::decisions_table(entries)) << entries.size() << " decision"
                << (entries.size() == 1 ? "" : "s") << "\n";
    return kExitOk;
  });
}

}  // namespace

void add_decisions_command(CLI::App& app, Runner& run) {
  auto o = std::make_shared<DecisionsOptions>();
  CLI::App* cmd = app.add_subcommand(
      "decisions",
      "Decisions (resolutions, agreements, endorsements) of every item matching QUERY, oldest\n"
      "first, with board, meeting date, item and source line. QUERY is the search language:\n"
      "topic:cse board:halton date:2016-01-01..2017-12-31 \"front door\"; none: every decision.");
  cmd->add_option("query", o->words, "The query (several words are joined with spaces)");
  cmd->add_option("--db", o->dbs, "Index directory or Xapian stub file; repeat to read several as one")
      ->allow_extra_args(false);
  auto* json = cmd->add_flag("--json", o->json, "JSON output (README.md, \"Analysis\")");
  auto* csv = cmd->add_flag("--csv", o->csv, "CSV output, every citation field");
  json->excludes(csv);
  cmd->callback([o, &run] { run = [o] { return run_decisions(*o); }; });
}

}  // namespace crossboard::cli
