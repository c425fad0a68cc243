// crossboard: the command-line entry point and its table of subcommands.
#include <cstdio>
#include <exception>
#include <iostream>

#include "cli/commands.h"
#include "corpus/annotate.h"
#include "query/query_parser.h"

namespace crossboard::cli {

int report_exception(std::exception_ptr error) {
  try {
    std::rethrow_exception(error);
  } catch (const query::QueryError& e) {
    std::cerr << "crossboard: bad query: " << e.message() << " (column " << e.column() << ")\n";
    if (!e.query().empty())
      std::cerr << "  " << e.query() << "\n"
                << "  " << std::string(e.column() > 0 ? e.column() - 1 : 0, ' ') << "^\n";
    return kExitUsage;
  } catch (const InputError& e) {
    std::cerr << "crossboard: " << e.what() << "\n";
    return kExitUsage;
  } catch (const LockedError& e) {
    std::cerr << "crossboard: " << e.what() << "\n";
    return kExitLocked;
  } catch (const Xapian::Error& e) {
    std::cerr << "crossboard: index: " << e.get_type() << ": " << e.get_msg() << "\n";
    return kExitEnvironment;
  } catch (const std::exception& e) {  // EnvironmentError and whatever else failed
    std::cerr << "crossboard: " << e.what() << "\n";
    return kExitEnvironment;
  }
}

std::unique_ptr<corpus::Annotator> make_annotator(const corpus::AnnotateOptions& options) {
  try {
    return std::make_unique<corpus::Annotator>(options);
  } catch (const std::runtime_error& e) {
    throw InputError(e.what());
  }
}

}  // namespace crossboard::cli

namespace crossboard::cli {
// cli/reference.cc: when argv is `--generate-man` or `--generate-completions
// bash|zsh` (hidden, for the build), prints that from `app` and sets the exit code.
bool write_reference(const CLI::App& app, int argc, char** argv, int& exit_code);
}  // namespace crossboard::cli

namespace {

using crossboard::cli::Runner;
using Registrar = void (*)(CLI::App&, Runner&);

// Every subcommand, in the order --help lists them.
constexpr Registrar kCommands[] = {
    crossboard::cli::add_extract_command,
    crossboard::cli::add_index_command,
    crossboard::cli::add_search_command,
    crossboard::cli::add_people_command,
    crossboard::cli::add_compare_command,
    crossboard::cli::add_timeline_command,
    crossboard::cli::add_cooccur_command,
    crossboard::cli::add_decisions_command,
    crossboard::cli::add_actions_command,
    crossboard::cli::add_terms_command,
    crossboard::cli::add_evidence_command,
    crossboard::cli::add_watch_command,
};

// An empty --db would mean the default index to one command and no index
// to another; every command refuses it as a bad argument instead.
void refuse_empty_db(CLI::App& app) {
  for (CLI::App* command : app.get_subcommands({})) {
    if (CLI::Option* db = command->get_option_no_throw("--db"))
      db->check(CLI::Validator(
          [](std::string& value) -> std::string { return value.empty() ? "needs an index path, not an empty one" : ""; },
          "DIR", "not empty"));
    refuse_empty_db(*command);
  }
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "crossboard: search and compare the minutes of English partnership boards.\n"
      "Run 'crossboard COMMAND --help' for the options of a command."};
  app.require_subcommand(1);
  app.set_version_flag("--version", "crossboard 0.1.0");
  Runner run;
  for (Registrar add : kCommands) add(app, run);
  refuse_empty_db(app);
  if (int code = 0; crossboard::cli::write_reference(app, argc, argv, code)) return code;
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : crossboard::cli::kExitUsage;
  }
  try {
    return run ? run() : crossboard::cli::kExitUsage;
  } catch (...) {
    return crossboard::cli::report_exception(std::current_exception());
  }
}
