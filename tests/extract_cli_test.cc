// crossboard extract, run as a user runs it: JSON contract on the seeds, bad files skipped with one line each.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "shared_data.h"

namespace {

namespace fs = std::filesystem;

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs crossboard with `args` (shell-quoted by the caller), capturing both streams.
CommandResult run_crossboard(const std::string& args) {
  fs::path err_file = fs::temp_directory_path() / ("cb_err_" + std::to_string(getpid()));
  std::string command = std::string(CROSSBOARD_BINARY) + " " + args + " 2>" + err_file.string();
  CommandResult run;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return run;
  std::array<char, 4096> buffer;
  size_t n;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) run.out.append(buffer.data(), n);
  int status = pclose(pipe);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream err(err_file);
  std::stringstream ss;
  ss << err.rdbuf();
  run.err = ss.str();
  fs::remove(err_file);
  return run;
}

std::string seed(const std::string& name) { return crossboard::shared::seed_path(name); }
std::string sample(const std::string& name) { return std::string(CROSSBOARD_SAMPLES) + "/" + name; }

class TempDir {
 public:
  TempDir() {
    path_ = fs::temp_directory_path() / ("cb_extract_" + std::to_string(getpid()) + "_" +
                                         std::to_string(counter_++));
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::permissions(path_, fs::perms::all, ec);
    for (auto& entry : fs::recursive_directory_iterator(path_, ec)) fs::permissions(entry.path(), fs::perms::all, ec);
    fs::remove_all(path_, ec);
  }
  fs::path write(const std::string& name, const std::string& bytes) const {
    fs::path p = path_ / name;
    std::ofstream(p, std::ios::binary) << bytes;
    return p;
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
  static inline int counter_ = 0;
};

TEST(ExtractCli, JsonContractOnEverySeed) {
  CROSSBOARD_NEEDS_SEEDS();
  CommandResult run = run_crossboard("extract --json " + seed("000_8ba4114e8dc7f43b.txt") + " " +
                           seed("001_9134d5d3d4d82416.txt") + " " + seed("002_3e0d3a32d5508c2b.txt") + " " +
                           seed("003_2ba8ab8b6d3df320.txt") + " " + seed("004_353d7f592f4ec596.txt"));
  ASSERT_EQ(run.exit_code, 0) << run.err;
  std::istringstream lines(run.out);
  std::string line;
  std::vector<nlohmann::json> files;
  while (std::getline(lines, line)) files.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(files.size(), 5u);  // JSON Lines: one object per file
  struct Expected {
    const char* board;
    const char* date;
    const char* first_present;
  } expected[] = {
      {"West Cheshire Children's Trust Executive", "2016-11-21", "Nicole Meardon"},
      {"Halton Children's Trust Executive Group", "2011-11-29", "Gerald Meehan"},
      {"Children's Trust Board", "2009-10-07", "Steve Robinson"},
      {"Nottinghamshire Children’s Trust Executive", "2017-01-19", "Tracy Burton"},
      {"Cheshire East Health and Wellbeing Board", "2017-11-28", ""},
  };
  for (size_t i = 0; i < files.size(); ++i) {
    const nlohmann::json& m = files[i]["meetings"][0];
    EXPECT_EQ(m["board"], expected[i].board);
    EXPECT_EQ(m["date"], expected[i].date);
    for (const char* field : {"board_id", "area", "kind", "venue", "chair", "attendance", "items"})
      EXPECT_TRUE(m.contains(field)) << field;
    std::string first_present;
    for (const auto& a : m["attendance"]) {
      for (const char* field : {"name", "person_id", "role", "organisation", "status"})
        EXPECT_TRUE(a.contains(field)) << field;
      if (a["status"] == "present" && first_present.empty()) first_present = a["name"];
    }
    EXPECT_EQ(first_present, expected[i].first_present);
    for (const auto& item : m["items"]) {
      for (const char* field : {"number", "title", "text", "actions", "decisions", "topics", "people", "organisations"})
        EXPECT_TRUE(item.contains(field)) << field;
    }
  }
  // The pack's second meeting: its embedded minutes.
  ASSERT_EQ(files[4]["meetings"].size(), 2u);
  EXPECT_EQ(files[4]["meetings"][1]["date"], "2017-09-26");
  EXPECT_EQ(files[4]["meetings"][1]["chair"], "Rachel Bailey");
  // Halton item 2.2: "KH to obtain copy of report off Tracey Holyhead." owned by Karen Hickey.
  bool found = false;
  for (const auto& item : files[1]["meetings"][0]["items"])
    if (item["number"] == "2.2") {
      found = true;
      EXPECT_EQ(item["actions"][0]["owners"][0], "Karen Hickey");
    }
  EXPECT_TRUE(found);
}

TEST(ExtractCli, BadFilesGetOneLineEachAndTheRunGoesOn) {
  TempDir dir;
  fs::path empty = dir.write("empty.txt", "");
  fs::path binary = dir.write("junk.txt", std::string("\x7f" "ELF\x02\x01\x00\x00binary", 14));
  fs::path latin1 = dir.write("latin1.txt", "Minutes of the Caf\xe9 Board held on 1 May 2015\n");
  fs::path pdf = dir.write("fake.pdf", "%PDF-1.4 not really");
  fs::path unreadable = dir.write("locked.txt", "Minutes\n");
  chmod(unreadable.c_str(), 0);
  fs::create_directories(dir.path() / "folder");
  std::string args = "extract " + empty.string() + " " + binary.string() + " " + latin1.string() + " " +
                     pdf.string() + " " + (dir.path() / "folder").string() + " " +
                     (dir.path() / "missing.txt").string() + " " + sample("2015-03-10-brackenmoor-lscb.txt");
  if (geteuid() != 0) args += " " + unreadable.string();  // root reads anything
  CommandResult run = run_crossboard(args);
  EXPECT_EQ(run.exit_code, 1) << "exit code says something was skipped";
  EXPECT_NE(run.err.find("empty.txt: skipped: empty file"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("junk.txt: skipped: binary file"), std::string::npos) << run.err;
  // Not UTF-8, but text: read as Windows-1252 ("Caf" + 0xE9 at byte 18), with a warning.
  EXPECT_NE(run.err.find("latin1.txt:0: warning: read as Windows-1252: it is not UTF-8 (line 1, byte 18)"),
            std::string::npos)
      << run.err;
  EXPECT_NE(run.err.find("fake.pdf: skipped:"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("folder: skipped: is a directory"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("missing.txt: skipped: no such file"), std::string::npos) << run.err;
  // The good file after the bad ones is still read.
  EXPECT_NE(run.out.find("board: Brackenmoor Local Safeguarding Children Board"), std::string::npos)
      << run.out;
  EXPECT_EQ(run.err.find("terminate"), std::string::npos);
}

TEST(ExtractCli, NoDateOrBoardIsAWarningNotAGuess) {
  TempDir dir;
  fs::path notes = dir.write("notes.txt", "Some notes about the garden.\nNothing else.\n");
  CommandResult run = run_crossboard("extract --json " + notes.string());
  EXPECT_EQ(run.exit_code, 0);
  nlohmann::json j = nlohmann::json::parse(run.out);
  EXPECT_EQ(j["meetings"][0]["date"], "");
  EXPECT_EQ(j["meetings"][0]["board"], "");
  EXPECT_NE(run.err.find("notes.txt:1: warning: no meeting date found"), std::string::npos) << run.err;
}

TEST(ExtractCli, UsageErrorsExitTwo) {
  EXPECT_EQ(run_crossboard("extract").exit_code, 2);
  EXPECT_EQ(run_crossboard("frobnicate").exit_code, 2);
  CommandResult help = run_crossboard("extract --help");
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("--json"), std::string::npos);
}

}  // namespace
