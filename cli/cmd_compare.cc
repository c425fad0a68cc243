// crossboard compare: topics per board, area or year — meetings, items, mentions, share of meetings.
#include <iostream>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "analysis/compare.h"
#include "cli/commands.h"
#include "indexer/index_store.h"
#include "query/query_parser.h"
#include "query/search.h"

namespace crossboard::cli {

int run_analysis(const std::vector<std::string>& dbs,
                 const std::function<int(const Xapian::Database&)>& body) {
  try {
    query::Searcher searcher(dbs.empty() ? std::vector<std::string>{indexer::default_db_path()} : dbs);
    return body(searcher.database());
  } catch (...) {
    return report_exception(std::current_exception());
  }
}

corpus::BoardNames lineage_boards(const Xapian::Database& db, const std::string& boards_file) {
  if (boards_file.empty()) {
    corpus::BoardNames recorded = analysis::recorded_boards(db);
    if (recorded.empty())
      throw analysis::InputError("--lineage needs a boards file: give --boards FILE, or index with --boards FILE");
    return recorded;
  }
  try {
    return corpus::BoardNames::from_file(boards_file);
  } catch (const std::runtime_error& e) {
    throw analysis::InputError(e.what());
  }
}

namespace {

struct CompareOptions {
  std::vector<std::string> topics;
  std::vector<std::string> dbs;
  std::string by = "board";
  bool per_meeting = false;
  bool lineage = false;
  std::string boards_file;
  bool json = false;
  bool csv = false;
};

int run_compare(const CompareOptions& o) {
  return run_analysis(o.dbs, [&](const Xapian::Database& db) {
    std::optional<corpus::BoardNames> boards;
    if (o.lineage) boards = lineage_boards(db, o.boards_file);
    analysis::Comparison c =
        analysis::compare(db, o.topics, analysis::parse_group_by(o.by), boards ? &*boards : nullptr);
    if (o.json)
      std::cout << analysis::compare_json(c).dump(2) << "\n";
    else if (o.csv)
      std::cout << analysis::render_csv(analysis::compare_csv_table(c));
    else
      std::cout << analysis::render_text(analysis::compare_table(c, o.per_meeting));
    return kExitOk;
  });
}

}  // namespace

void add_compare_command(CLI::App& app, Runner& run) {
  auto o = std::make_shared<CompareOptions>();
  CLI::App* cmd = app.add_subcommand(
      "compare",
      "How often topics come up per board, area or year: meetings held, meetings that discussed\n"
      "each topic, its share of meetings held, items and mentions. A board with no meetings in a\n"
      "year shows as absent, not as zero.");
  cmd->add_option("topic", o->topics, "Topic ids, acronyms or labels (cse, LAC, \"early help\")")->required();
  cmd->add_option("--db", o->dbs, "Index directory or Xapian stub file; repeat to read several as one")
      ->allow_extra_args(false);
  cmd->add_option("--by", o->by, "board (default), area, year or board,year");
  cmd->add_flag("--per-meeting", o->per_meeting, "Items and mentions per meeting held, not raw counts");
  cmd->add_flag("--lineage", o->lineage,
                "Count a board renamed or replaced (README \"Boards file\") under its latest name");
  cmd->add_option("--boards", o->boards_file, "Boards file for --lineage instead of the one the index recorded");
  auto* json = cmd->add_flag("--json", o->json, "JSON output (README.md, \"Analysis\")");
  auto* csv = cmd->add_flag("--csv", o->csv, "CSV output, every column");
  json->excludes(csv);
  cmd->callback([o, &run] { run = [o] { return run_compare(*o); }; });
}

}  // namespace crossboard::cli
