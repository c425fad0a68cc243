// The subcommands of the crossboard binary; each lives in its own cmd_*.cc.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <xapian.h>

#include "corpus/boards.h"

namespace crossboard::cli {

// Exit codes shared by every subcommand.
inline constexpr int kExitOk = 0;
inline constexpr int kExitSkipped = 1;      // ran, but some input was skipped
inline constexpr int kExitUsage = 2;        // bad arguments or a bad query
inline constexpr int kExitEnvironment = 3;  // cannot open the index, disk full, ...
inline constexpr int kExitLocked = 4;       // another writer holds the index's lock
inline constexpr int kExitInterrupted = 130;  // stopped by SIGINT/SIGTERM after committing (128 + SIGINT)

// Each add_* registers its subcommand on `app` and sets `run` to the code
// that executes it once parsing succeeds; `run` returns the exit code.
using Runner = std::function<int()>;
void add_extract_command(CLI::App& app, Runner& run);
void add_index_command(CLI::App& app, Runner& run);
void add_search_command(CLI::App& app, Runner& run);
void add_people_command(CLI::App& app, Runner& run);
void add_compare_command(CLI::App& app, Runner& run);
void add_timeline_command(CLI::App& app, Runner& run);
void add_cooccur_command(CLI::App& app, Runner& run);
void add_decisions_command(CLI::App& app, Runner& run);
void add_actions_command(CLI::App& app, Runner& run);
void add_terms_command(CLI::App& app, Runner& run);
void add_evidence_command(CLI::App& app, Runner& run);
void add_watch_command(CLI::App& app, Runner& run);

// Opens the index (`dbs`, or the default) and runs an analysis on it, turning
// a bad query or input into kExitUsage and an unreadable index into
// kExitEnvironment, each reported in one line. Defined in cmd_compare.cc.
int run_analysis(const std::vector<std::string>& dbs, const std::function<int(const Xapian::Database&)>& body);
// The boards file `--lineage` follows: `boards_file` when given, else the one
// the index recorded; throws analysis::InputError when there is none.
corpus::BoardNames lineage_boards(const Xapian::Database& db, const std::string& boards_file);

}  // namespace crossboard::cli
