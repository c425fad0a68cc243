// crossboard index: walk minutes files and folders into the Xapian index, incrementally.
#include <unistd.h>
#include <xapian.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "corpus/annotate.h"
#include "corpus/pdf_reader.h"
#include "corpus/user_file.h"
#include "indexer/index_writer.h"

namespace crossboard::cli {

namespace {

struct IndexCommandOptions {
  std::vector<std::string> paths;
  std::string db;
  bool prune = false;
  bool quiet = false;
  std::string topics_file;
  std::string boards_file;
  std::string aliases_file;
  size_t commit_every = 500;
  size_t max_file_mb = 64;
  double pdf_seconds = corpus::kPdfReadSeconds;
  size_t threads = 0;
};

// Set by SIGINT or SIGTERM; run_index checks it between files. A second
// signal kills at once, which is still safe: Xapian commits are atomic.
std::atomic<bool> g_stop_requested{false};
static_assert(std::atomic<bool>::is_always_lock_free, "set from a signal handler");

extern "C" void request_stop(int signal_number) {
  g_stop_requested.store(true);
  corpus::cancel_pdf_reads();  // a PDF in hand stops now, not in a minute
  std::signal(signal_number, SIG_DFL);
}

// Installs request_stop for SIGINT and SIGTERM while alive; restores the old handlers after.
class StopOnSignal {
 public:
  StopOnSignal()
      : old_int_(std::signal(SIGINT, request_stop)), old_term_(std::signal(SIGTERM, request_stop)) {}
  ~StopOnSignal() {
    std::signal(SIGINT, old_int_);
    std::signal(SIGTERM, old_term_);
  }
  StopOnSignal(const StopOnSignal&) = delete;
  StopOnSignal& operator=(const StopOnSignal&) = delete;

 private:
  void (*old_int_)(int);
  void (*old_term_)(int);
};

std::string megabytes(uintmax_t bytes) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", static_cast<double>(bytes) / 1e6);
  return buffer;
}

// A one-line bar redrawn on a terminal; a plain line every 1000 files otherwise.
class ProgressDisplay {
 public:
  explicit ProgressDisplay(bool quiet) : tty_(!quiet && isatty(STDERR_FILENO)), quiet_(quiet) {}

  // Ends a half-drawn bar before the summary of an interrupted run.
  void interrupted() {
    if (tty_) std::cerr << "\n";
  }

  void update(const indexer::IndexProgress& p, const indexer::SkippedFile* skipped) {
    if (skipped) {
      if (tty_) std::cerr << "\r\033[K";
      std::cerr << "crossboard: " << corpus::printable_name(skipped->path) << ": skipped: " << skipped->reason << "\n";
    }
    if (quiet_) return;
    auto now = std::chrono::steady_clock::now();
    bool last = p.files_done == p.files_total;
    if (tty_) {
      if (!last && now - drawn_ < std::chrono::milliseconds(100)) return;
      drawn_ = now;
      std::cerr << "\r\033[K" << line(p, now) << std::flush;
      if (last) std::cerr << "\n";
    } else if (p.files_done % 1000 == 0 && !last) {
      std::cerr << line(p, now) << "\n";
    }
  }

 private:
  std::string line(const indexer::IndexProgress& p, std::chrono::steady_clock::time_point now) const {
    double seconds = std::chrono::duration<double>(now - start_).count();
    double rate = seconds > 0 ? static_cast<double>(p.bytes_done) / 1e6 / seconds : 0;
    std::string out = "indexing: " + std::to_string(p.files_done) + "/" + std::to_string(p.files_total) +
                      " files, " + megabytes(p.bytes_done) + "/" + megabytes(p.bytes_total) + " MB";
    if (rate > 0) {
      char buffer[64];
      double eta = static_cast<double>(p.bytes_total - p.bytes_done) / 1e6 / rate;
      std::snprintf(buffer, sizeof buffer, ", %.1f MB/s, ETA %.0fs", rate, eta);
      out += buffer;
    }
    return out;
  }

  bool tty_;
  bool quiet_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point drawn_{};
};

void print_summary(const indexer::IndexSummary& s, const std::string& db) {
  char seconds[32];
  std::snprintf(seconds, sizeof seconds, "%.2f s", s.seconds);
  if (s.interrupted) {
    std::cout << "interrupted: " << s.done << " of " << s.files << " file" << (s.files == 1 ? "" : "s")
              << " done and committed to " << db << " (" << s.added << " new, " << s.replaced << " changed, "
              << s.unchanged << " unchanged); the index is usable; run the same command again to finish ("
              << seconds << ")\n";
  } else if (!s.wrote) {
    std::cout << "index unchanged: " << s.files << " file" << (s.files == 1 ? "" : "s") << " found, "
              << s.unchanged << " already indexed; nothing written to " << db << " (" << seconds << ")\n";
  } else {
    std::cout << "indexed " << s.files << " file" << (s.files == 1 ? "" : "s") << " into " << db << ": "
              << s.added << " new, " << s.replaced << " changed, " << s.unchanged << " unchanged, "
              << s.removed << " removed; " << s.meetings << " meetings, " << s.items << " items written; "
              << s.skipped.size() << " skipped; " << seconds << "\n";
  }
  if (!s.skipped.empty()) {
    std::cout << "skipped:\n";
    for (const indexer::SkippedFile& f : s.skipped) std::cout << "  " << corpus::printable_name(f.path) << ": " << f.reason << "\n";
  }
}

int run_index_command(const IndexCommandOptions& options) {
  corpus::AnnotateOptions annotate_options;
  annotate_options.topics_file = options.topics_file;
  annotate_options.boards_file = options.boards_file;
  annotate_options.aliases_file = options.aliases_file;
  std::unique_ptr<corpus::Annotator> annotator = make_annotator(annotate_options);
  indexer::IndexOptions index_options;
  index_options.paths = options.paths;
  index_options.db_path = indexer::default_db_path(options.db);
  index_options.prune = options.prune;
  index_options.topics_file = options.topics_file;
  index_options.commit_every_files = options.commit_every;
  index_options.max_file_bytes = uintmax_t{options.max_file_mb} << 20;
  index_options.pdf_seconds = options.pdf_seconds;
  index_options.threads = options.threads;
  index_options.stop = &g_stop_requested;
  ProgressDisplay display(options.quiet);
  StopOnSignal stop_on_signal;
  try {
    indexer::IndexSummary summary = indexer::run_index(
        index_options, *annotator, [&](const indexer::IndexProgress& p, const indexer::SkippedFile* skipped) {
          display.update(p, skipped);
        });
    if (summary.interrupted) display.interrupted();
    print_summary(summary, index_options.db_path);
    if (summary.interrupted) return kExitInterrupted;
    return summary.skipped.empty() ? kExitOk : kExitSkipped;
  } catch (const Xapian::Error& e) {
    std::cerr << "crossboard: index " << index_options.db_path << ": " << e.get_type() << ": " << e.get_msg()
              << "\n";
    return kExitEnvironment;
  }
}

}  // namespace

void add_index_command(CLI::App& app, Runner& run) {
  auto options = std::make_shared<IndexCommandOptions>();
  CLI::App* cmd = app.add_subcommand(
      "index",
      "Index minutes files and folders (walked recursively) into a Xapian database.\n"
      "Incremental: unchanged files are skipped, changed files replaced. Exit code 1 if\n"
      "any file was skipped, 3 if the index cannot be written, 4 if another run holds its\n"
      "lock, 130 if stopped by Ctrl-C (what was done is committed; run again to finish).");
  cmd->add_option("paths", options->paths, "Minutes files and folders")->required();
  cmd->add_option("--db", options->db, "Index directory (default $CROSSBOARD_DB or ./crossboard-index)");
  cmd->add_flag("--prune", options->prune, "Remove indexed files that are gone from the given paths");
  cmd->add_option("--topics", options->topics_file, "Topic taxonomy file replacing the built-in one");
  cmd->add_option("--boards", options->boards_file,
                  "Boards file: spellings of one board and boards renamed or replaced (README \"Boards file\")");
  cmd->add_option("--aliases", options->aliases_file,
                  "Person aliases file: merges and splits of names (README \"People\"); a changed\n"
                  "file re-reads every file so person ids follow it");
  cmd->add_flag("-q,--quiet", options->quiet, "No progress display; the summary only");
  cmd->add_option("--commit-every", options->commit_every,
                  "Commit after this many indexed files (default 500; also every 64 MB)")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--max-file-size", options->max_file_mb,
                  "Skip files larger than this many MB, unread (default 64): memory grows with a file")
      ->check(CLI::Range(1, 1 << 20));
  cmd->add_option("--pdf-timeout", options->pdf_seconds,
                  "Skip a PDF that takes longer than this many seconds to read (default 60)")
      ->check(CLI::Range(1.0, 86400.0));
  cmd->add_option("--threads", options->threads,
                  "Threads indexing (default: the cores). A new index is written in that many\n"
                  "parts at once and merged: with --threads 2 or more, or by default from 8 MB up;\n"
                  "--threads 1 keeps one writer")
      ->check(CLI::Range(1, 256));
  cmd->callback([options, &run] { run = [options] { return run_index_command(*options); }; });
}

}  // namespace crossboard::cli
