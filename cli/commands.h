// The subcommands of the crossboard binary; each lives in its own cmd_*.cc.
#pragma once

#include <exception>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <xapian.h>

#include "base/errors.h"
#include "corpus/boards.h"

namespace crossboard::corpus {
class Annotator;
struct AnnotateOptions;
}  // namespace crossboard::corpus

namespace crossboard::cli {

// Exit codes shared by every subcommand: base/errors.h.
using crossboard::kExitEnvironment;
using crossboard::kExitInterrupted;
using crossboard::kExitLocked;
using crossboard::kExitOk;
using crossboard::kExitSkipped;
using crossboard::kExitUsage;

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

// Opens the index (`dbs`, or the default) and runs an analysis on it; what
// it throws is reported by report_exception. Defined in cmd_compare.cc.
int run_analysis(const std::vector<std::string>& dbs, const std::function<int(const Xapian::Database&)>& body);
// The boards file `--lineage` follows: `boards_file` when given, else the one
// the index recorded; throws analysis::InputError when there is none.
corpus::BoardNames lineage_boards(const Xapian::Database& db, const std::string& boards_file);

// The one mapping from what a command throws to stderr and an exit code, the
// same for every command (base/errors.h): a bad query is printed with a caret
// under its column, then exit 2; InputError 2; LockedError 4;
// EnvironmentError, Xapian errors and anything else 3. Defined in main.cc.
int report_exception(std::exception_ptr error);

// The annotator for `options`; a --topics or --aliases file that cannot be
// read or has a bad line is the user's to fix: InputError (exit 2).
std::unique_ptr<corpus::Annotator> make_annotator(const corpus::AnnotateOptions& options);

}  // namespace crossboard::cli
