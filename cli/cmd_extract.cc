// crossboard extract: print the meetings found in minutes files.
#include <filesystem>
#include <iostream>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "corpus/annotate.h"
#include "corpus/extract.h"
#include "corpus/meeting_json.h"
#include "corpus/user_file.h"

namespace crossboard::cli {

namespace {

struct ExtractOptions {
  std::vector<std::string> files;
  bool json = false;
  bool brief = false;
  std::string topics_file;
  std::string boards_file;
};

// "file: board | date | kind | 12 present, 4 apologies | 20 items, 9 actions, 3 decisions".
std::string brief_line(const std::string& file, const corpus::Meeting& m) {
  size_t present = 0, apologies = 0, actions = 0, decisions = 0;
  for (const corpus::Attendee& a : m.attendance) {
    present += a.status == corpus::AttendanceStatus::present;
    apologies += a.status == corpus::AttendanceStatus::apologies;
  }
  for (const corpus::Item& item : m.items) {
    actions += item.actions.size();
    decisions += item.decisions.size();
  }
  std::string name = std::filesystem::path(file).filename().string();
  return name + ": " + (m.board.empty() ? "(no board)" : m.board) + " | " +
         (m.date.empty() ? "(no date)" : m.date) + " | " + m.kind + " | " + std::to_string(present) +
         " present, " + std::to_string(apologies) + " apologies | " + std::to_string(m.items.size()) +
         " items, " + std::to_string(actions) + " actions, " + std::to_string(decisions) + " decisions";
}

int run_extract(const ExtractOptions& options) {
  corpus::AnnotateOptions annotate_options;
  annotate_options.topics_file = options.topics_file;
  annotate_options.boards_file = options.boards_file;
  std::unique_ptr<corpus::Annotator> annotator = make_annotator(annotate_options);
  int exit_code = kExitOk;
  for (const std::string& name : options.files) {
    corpus::FileRecord record = corpus::extract_file(name, annotator.get());
    const std::string file = corpus::printable_name(name);
    if (!record.ok()) {
      std::cerr << "crossboard: " << file << ": skipped: " << record.error << "\n";
      exit_code = kExitSkipped;
      if (options.json) std::cout << corpus::to_json(record).dump() << "\n";
      continue;
    }
    for (const corpus::Meeting& m : record.meetings) {
      for (const corpus::Diagnostic& d : m.diagnostics) {
        std::cerr << file << ":" << d.line << ": warning: " << d.message << "\n";
      }
    }
    if (options.json) {
      std::cout << corpus::to_json(record).dump() << "\n";
    } else if (options.brief) {
      for (const corpus::Meeting& m : record.meetings) std::cout << brief_line(file, m) << "\n";
    } else {
      std::cout << "== " << file << " (" << record.meetings.size() << " meeting"
                << (record.meetings.size() == 1 ? "" : "s") << ")\n";
      for (const corpus::Meeting& m : record.meetings) std::cout << m.to_text() << "\n";
    }
  }
  return exit_code;
}

}  // namespace

void add_extract_command(CLI::App& app, Runner& run) {
  auto options = std::make_shared<ExtractOptions>();
  CLI::App* cmd = app.add_subcommand(
      "extract",
      "Parse minutes files and print the meetings found: board, area, date, attendance,\n"
      "items, actions and decisions. Exit code 1 if any file was skipped.");
  cmd->add_option("files", options->files, "Minutes files: text, Markdown, HTML, PDF or Word .docx (found by content)")->required();
  cmd->add_flag("--json", options->json,
                "One JSON object per file, one per line (JSON Lines), as in docs/json.md");
  cmd->add_flag("--brief", options->brief, "One line per meeting: board, date, kind, attendance and item counts");
  cmd->add_option("--topics", options->topics_file, "Topic taxonomy file replacing the built-in one");
  cmd->add_option("--boards", options->boards_file,
                  "Boards file: spellings of one board and boards renamed or replaced (README \"Boards file\")");
  cmd->callback([options, &run] { run = [options] { return run_extract(*options); }; });
}

}  // namespace crossboard::cli
