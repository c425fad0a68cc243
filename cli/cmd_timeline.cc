// crossboard timeline: the meetings that discussed a topic in date order, first and latest per board.
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "analysis/timeline.h"
#include "cli/commands.h"

namespace crossboard::cli {

namespace {

struct TimelineOptions {
  std::string topic;
  std::string board;
  std::vector<std::string> dbs;
  bool lineage = false;
  std::string boards_file;
  bool json = false;
  bool csv = false;
};

int run_timeline(const TimelineOptions& o) {
  return run_analysis(o.dbs, [&](const Xapian::Database& db) {
    std::optional<corpus::BoardNames> boards;
    if (o.lineage) boards = lineage_boards(db, o.boards_file);
    analysis::Timeline t = analysis::timeline(db, o.topic, o.board, boards ? &*boards : nullptr);
    if (o.json) {
      std::cout << analysis::timeline_json(t).dump(2) << "\n";
    } else if (o.csv) {
      std::cout << analysis::render_csv(analysis::timeline_csv_table(t));
    } else if (t.meetings.empty()) {
      std::cout << "No meeting discussed " << t.topic.label << (o.board.empty() ? "" : " on board " + o.board)
                << "\n";
    } else {
      std::cout << t.topic.label << ": " << t.meetings.size() << " meeting"
                << (t.meetings.size() == 1 ? "" : "s") << "\n\n"
                << analysis::render_text(analysis::timeline_table(t), 120) << "\n"
                << analysis::render_text(analysis::timeline_boards_table(t));
    }
    return kExitOk;
  });
}

}  // namespace

void add_timeline_command(CLI::App& app, Runner& run) {
  auto o = std::make_shared<TimelineOptions>();
  CLI::App* cmd = app.add_subcommand(
      "timeline",
      "The meetings that discussed TOPIC, oldest first, with the item and the first sentence naming\n"
      "the topic; then each board's first and latest meeting on it.");
  cmd->add_option("topic", o->topic, "Topic id, acronym or label (cse, LAC, \"early help\")")->required();
  cmd->add_option("--board", o->board, "Only boards whose id contains this (as the board: field)");
  cmd->add_flag("--lineage", o->lineage,
                "Follow a board renamed or replaced (README \"Boards file\"): --board takes in its lineage,\n"
                "and each lineage is one row, under its latest name");
  cmd->add_option("--boards", o->boards_file, "Boards file for --lineage instead of the one the index recorded");
  cmd->add_option("--db", o->dbs, "Index directory or Xapian stub file; repeat to read several as one")
      ->allow_extra_args(false);
  auto* json = cmd->add_flag("--json", o->json, "JSON output (README.md, \"Analysis\")");
  auto* csv = cmd->add_flag("--csv", o->csv, "CSV output, one row per item");
  json->excludes(csv);
  cmd->callback([o, &run] { run = [o] { return run_timeline(*o); }; });
}

}  // namespace crossboard::cli
