// crossboard cooccur: the topics discussed in the same items as a topic, with counts and lift.
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "analysis/cooccur.h"
#include "cli/commands.h"

namespace crossboard::cli {

namespace {

struct CooccurOptions {
  std::string topic;
  std::vector<std::string> dbs;
  bool json = false;
  bool csv = false;
};

int run_cooccur(const CooccurOptions& o) {
  return run_analysis(o.dbs, [&](const Xapian::Database& db) {
    analysis::Cooccurrence c = analysis::cooccur(db, o.topic);
    if (o.json) {
      std::cout << analysis::cooccur_json(c).dump(2) << "\n";
    } else if (o.csv) {
      std::cout << analysis::render_csv(analysis::cooccur_table(c));
    } else {
      std::cout << c.topic.label << ": " << c.items << " of " << c.total_items << " items\n\n"
                << analysis::render_text(analysis::cooccur_table(c));
    }
    return kExitOk;
  });
}

}  // namespace

void add_cooccur_command(CLI::App& app, Runner& run) {
  auto o = std::make_shared<CooccurOptions>();
  CLI::App* cmd = app.add_subcommand(
      "cooccur",
      "The topics discussed in the same items as TOPIC: items on both, items on each, and lift\n"
      "(how much more often they come up together than chance would give; 1 = independent).");
  cmd->add_option("topic", o->topic, "Topic id, acronym or label (cse, LAC, \"early help\")")->required();
  cmd->add_option("--db", o->dbs, "Index directory or Xapian stub file; repeat to read several as one")
      ->allow_extra_args(false);
  auto* json = cmd->add_flag("--json", o->json, "JSON output (README.md, \"Analysis\")");
  auto* csv = cmd->add_flag("--csv", o->csv, "CSV output");
  json->excludes(csv);
  cmd->callback([o, &run] { run = [o] { return run_cooccur(*o); }; });
}

}  // namespace crossboard::cli
