// Helpers of the reliability tests: running crossboard as a child with a timeout, and reading an index's files.
#pragma once

#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <xapian.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "indexer/term_prefixes.h"
#include "query_fixture.h"
#include "shared_data.h"

namespace crossboard::testing {

inline std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// How a child ended. `exit_code` is -1 when a signal ended it (then `signal` says which).
struct ChildResult {
  int exit_code = -1;
  int signal = 0;
  bool timed_out = false;  // killed by wait() after its time limit
  long max_rss_kb = 0;     // peak resident set size of the child (getrusage via wait4)
  double seconds = 0;
  std::string out;
  std::string err;
};

// crossboard (or any program) running in the background, stdout and stderr
// captured in files under `dir`. Never a shell: arguments go as they are, so
// a query or a file name is never interpreted by anything but crossboard.
class Child {
 public:
  Child(const std::vector<std::string>& args, const std::filesystem::path& dir,
        const std::vector<std::pair<std::string, std::string>>& env = {})
      : out_path_(dir / ("child-" + std::to_string(++counter()) + ".out")),
        err_path_(out_path_.string() + ".err"),
        start_(std::chrono::steady_clock::now()) {
    pid_ = fork();
    if (pid_ == 0) {
      int out = open(out_path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      int err = open(err_path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      int null = open("/dev/null", O_RDONLY);
      dup2(null, 0);
      dup2(out, 1);
      dup2(err, 2);
      for (const auto& [name, value] : env) setenv(name.c_str(), value.c_str(), 1);
      std::vector<char*> argv;
      for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
      argv.push_back(nullptr);
      execv(argv[0], argv.data());
      _exit(127);
    }
  }
  ~Child() {
    if (!reaped_) {
      kill(SIGKILL);
      wait(std::chrono::seconds(10));
    }
  }
  Child(const Child&) = delete;
  Child& operator=(const Child&) = delete;

  pid_t pid() const { return pid_; }

  // Waits until the child catches `signal_number` (its handler is installed:
  // bit signal-1 of SigCgt in /proc/PID/status) or has ended.
  void wait_until_catching(int signal_number) {
    while (running()) {
      std::ifstream status("/proc/" + std::to_string(pid_) + "/status");
      for (std::string line; std::getline(status, line);)
        if (line.starts_with("SigCgt:") && (std::stoull(line.substr(7), nullptr, 16) >> (signal_number - 1)) & 1)
          return;
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
  }
  void kill(int signal_number) { ::kill(pid_, signal_number); }

  // True while the child has not exited (and has not been reaped).
  bool running() {
    if (reaped_) return false;
    return !reap(WNOHANG);
  }

  // Waits for the child, SIGKILLing it after `limit`.
  ChildResult wait(std::chrono::milliseconds limit = std::chrono::minutes(5)) {
    auto deadline = std::chrono::steady_clock::now() + limit;
    while (!reaped_ && !reap(WNOHANG)) {
      if (std::chrono::steady_clock::now() > deadline) {
        result_.timed_out = true;
        ::kill(pid_, SIGKILL);
        reap(0);
        break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    result_.out = slurp(out_path_);
    result_.err = slurp(err_path_);
    return result_;
  }

 private:
  static int& counter() {
    static int n = 0;
    return n;
  }

  bool reap(int flags) {
    int status = 0;
    rusage usage{};
    pid_t got = wait4(pid_, &status, flags, &usage);
    if (got != pid_) return false;
    reaped_ = true;
    result_.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    result_.max_rss_kb = usage.ru_maxrss;
    if (WIFEXITED(status)) result_.exit_code = WEXITSTATUS(status);
    if (WIFSIGNALED(status)) result_.signal = WTERMSIG(status);
    return true;
  }

  std::filesystem::path out_path_, err_path_;
  std::chrono::steady_clock::time_point start_;
  pid_t pid_ = -1;
  bool reaped_ = false;
  ChildResult result_;
};

// Runs crossboard with `args` to the end (at most `limit`).
inline ChildResult run_crossboard(const std::vector<std::string>& args, const std::filesystem::path& dir,
                                  std::chrono::milliseconds limit = std::chrono::minutes(5),
                                  const std::vector<std::pair<std::string, std::string>>& env = {}) {
  std::vector<std::string> argv{CROSSBOARD_BINARY};
  argv.insert(argv.end(), args.begin(), args.end());
  return Child(argv, dir, env).wait(limit);
}

// What one indexed file contributed to an index, enough to compare two indexes.
struct IndexedFile {
  std::string path;
  std::string sha256;
  size_t meetings = 0;
  size_t items = 0;
  size_t documents = 0;                // documents carrying the file's XF term, file record included
  std::set<std::string> meeting_docs;  // unique ids (Q terms) of its meeting documents
  std::set<std::string> item_docs;     // unique ids of its item documents
  std::string terms_digest;            // every term of every document, in unique-id order, hashed
};

// Reads every file record of `db` and its documents. Each entry's fields
// come from the same committed revision.
inline std::map<std::string, IndexedFile> indexed_files(const Xapian::Database& db) {
  namespace prefix = indexer::prefix;
  std::map<std::string, IndexedFile> files;
  std::string file_type = std::string(prefix::kDocType) + "file";
  for (auto it = db.postlist_begin(file_type); it != db.postlist_end(file_type); ++it) {
    auto data = nlohmann::json::parse(db.get_document(*it).get_data());
    IndexedFile f;
    f.path = data.value("path", "");
    f.sha256 = data.value("sha256", "");
    f.meetings = data.value("meetings", 0u);
    f.items = data.value("items", 0u);
    std::string key;
    Xapian::Document doc = db.get_document(*it);
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t)
      if ((*t).starts_with(prefix::kFile)) key = (*t).substr(prefix::kFile.size());
    std::map<std::string, std::string> terms_by_doc;
    std::string file_term = std::string(prefix::kFile) + key;
    for (auto d = db.postlist_begin(file_term); d != db.postlist_end(file_term); ++d) {
      Xapian::Document member = db.get_document(*d);
      std::string unique, all;
      for (auto t = member.termlist_begin(); t != member.termlist_end(); ++t) {
        if ((*t).starts_with(prefix::kUnique)) unique = *t;
        all += *t + ":" + std::to_string(t.get_wdf()) + " ";
      }
      terms_by_doc[unique] = all;
      if (unique.starts_with(std::string(prefix::kUnique) + "meeting:")) f.meeting_docs.insert(unique);
      if (unique.starts_with(std::string(prefix::kUnique) + "item:")) f.item_docs.insert(unique);
      f.documents++;
    }
    std::string joined;
    for (const auto& [unique, terms] : terms_by_doc) joined += unique + "\n" + terms + "\n";
    f.terms_digest = std::to_string(std::hash<std::string>{}(joined));
    files[key] = f;
  }
  return files;
}

// Problems with a committed index: documents of a file that was only partly
// written, or documents whose file record is missing. Empty when consistent.
inline std::vector<std::string> consistency_problems(const Xapian::Database& db) {
  namespace prefix = indexer::prefix;
  std::vector<std::string> problems;
  auto files = indexed_files(db);
  Xapian::doccount counted = 0;
  for (const auto& [key, f] : files) {
    counted += static_cast<Xapian::doccount>(f.documents);
    if (f.documents != 1 + f.meetings + f.items || f.meeting_docs.size() != f.meetings ||
        f.item_docs.size() != f.items)
      problems.push_back(key + ": " + std::to_string(f.documents) + " documents for " +
                         std::to_string(f.meetings) + " meetings and " + std::to_string(f.items) + " items");
    for (const std::string& item : f.item_docs) {
      // "Qitem:<meeting-id>:<n>" belongs to "Qmeeting:<meeting-id>".
      std::string meeting = item.substr(0, item.rfind(':'));
      meeting.replace(prefix::kUnique.size(), 4, "meeting");
      if (!f.meeting_docs.count(meeting)) problems.push_back(key + ": " + item + " without its meeting");
    }
  }
  if (counted != db.get_doccount())
    problems.push_back(std::to_string(db.get_doccount() - counted) + " documents belong to no indexed file");
  return problems;
}

// Runs `read` on a fresh view of `db_path`, again if a writer moved on under
// it. Any other Xapian error becomes a std::runtime_error that says what it was.
template <typename Read>
auto read_index(const std::string& db_path, Read&& read) {
  for (int attempt = 0;; ++attempt) {
    try {
      Xapian::Database db(db_path);
      return read(db);
    } catch (const Xapian::DatabaseModifiedError&) {
      // A slow full read (a loaded machine, a sanitizer build) can be overtaken
      // by two commits many times over; wait a little and read the newest again.
      if (attempt == 400) throw std::runtime_error("DatabaseModifiedError 400 times in a row");
      std::this_thread::sleep_for(std::chrono::milliseconds(5 + attempt % 20));
    } catch (const Xapian::Error& e) {
      throw std::runtime_error(db_path + ": " + e.get_type() + ": " + e.get_msg());
    }
  }
}

// `name` under the tests' cache directory, made by `make(path)` once for all
// test processes (ctest runs each test case as its own process, in parallel).
template <typename Make>
std::filesystem::path cached(const std::string& name, Make&& make) {
  std::filesystem::path cache = CROSSBOARD_TEST_CACHE;
  std::filesystem::create_directories(cache);
  std::filesystem::path done = cache / name;
  int lock = open((cache / (name + ".lock")).c_str(), O_RDWR | O_CREAT, 0644);
  flock(lock, LOCK_EX);
  if (!std::filesystem::exists(done)) {
    std::filesystem::path partial = cache / (name + ".partial");
    std::filesystem::remove_all(partial);
    make(partial);
    std::filesystem::rename(partial, done);
  }
  close(lock);  // releases the flock
  return done;
}

// A corpus from ../shared/bench/make-corpus: `docs` small minutes files
// (about `mb` MB in all), generated once and shared by the tests. A caller
// skips first without it (CROSSBOARD_NEEDS_MAKE_CORPUS).
inline std::filesystem::path shared_corpus(int docs, double mb) {
  char name[64];
  std::snprintf(name, sizeof name, "corpus-%d-%.1f", docs, mb);
  return cached(name, [&](const std::filesystem::path& dir) {
    std::string command = "python3 '" + shared::path("bench/make-corpus").string() +
                          "' --quiet --seed 1 --docs " + std::to_string(docs) + " --mb " +
                          std::to_string(mb) + " --out '" + dir.string() + "'";
    if (std::system(command.c_str()) != 0) throw std::runtime_error("failed: " + command);
  });
}

// A tag that changes whenever the crossboard binary is rebuilt, for cache names.
inline std::string binary_tag() {
  struct stat st {};
  stat(CROSSBOARD_BINARY, &st);
  return std::to_string(st.st_mtim.tv_sec) + "-" + std::to_string(st.st_size);
}

inline bool running_as_root() { return geteuid() == 0; }

// Memory bounds are multiplied by this: ASan's shadow memory and quarantine
// make a sanitized crossboard several times larger.
inline constexpr long kRssFactor = CROSSBOARD_SANITIZED ? 4 : 1;

}  // namespace crossboard::testing
