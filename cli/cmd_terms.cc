// crossboard terms: the words that set one board's minutes apart from all others.
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "analysis/terms.h"
#include "cli/commands.h"

namespace crossboard::cli {

namespace {

struct TermsOptions {
  std::string board;
  std::vector<std::string> dbs;
  size_t limit = 30;
  uint64_t min_count = 3;
  bool json = false;
  bool csv = false;
};

int run_terms(const TermsOptions& o) {
  return run_analysis(o.dbs, [&](const Xapian::Database& db) {
    analysis::DistinctiveTerms t = analysis::distinctive_terms(db, o.board, o.limit, o.min_count);
    if (o.json) {
      std::cout << analysis::terms_json(t).dump(2) << "\n";
    } else if (o.csv) {
      std::cout << analysis::render_csv(analysis::terms_table(t));
    } else {
      for (const std::string& b : t.boards) std::cout << b << "\n";
      std::cout << t.items << " items, " << t.board_words << " of " << t.all_words << " words indexed\n\n"
                << analysis::render_text(analysis::terms_table(t));
    }
    return kExitOk;
  });
}

}  // namespace

void add_terms_command(CLI::App& app, Runner& run) {
  auto o = std::make_shared<TermsOptions>();
  CLI::App* cmd = app.add_subcommand(
      "terms",
      "The words a board's minutes use more than all the others, by log-likelihood (G2; above\n"
      "10.8 is significant at p < 0.001): each partnership's own vocabulary.");
  cmd->add_option("--board", o->board, "Board: part of its id, as the board: field (halton)")->required();
  cmd->add_option("--db", o->dbs, "Index directory or Xapian stub file; repeat to read several as one")
      ->allow_extra_args(false);
  cmd->add_option("--limit", o->limit, "Terms to show (default 30; 0 for all)");
  cmd->add_option("--min-count", o->min_count, "Least occurrences in the board's items (default 3)");
  auto* json = cmd->add_flag("--json", o->json, "JSON output (README.md, \"Analysis\")");
  auto* csv = cmd->add_flag("--csv", o->csv, "CSV output");
  json->excludes(csv);
  cmd->callback([o, &run] { run = [o] { return run_terms(*o); }; });
}

}  // namespace crossboard::cli
