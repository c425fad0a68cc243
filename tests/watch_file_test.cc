// The watch file: an entry of the wrong shape is named and kept, and the
// other watches still load and run.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "analysis/watch.h"

namespace crossboard::analysis {
namespace {

namespace fs = std::filesystem;

std::string slurp(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

class WatchFile : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("crossboard-watch-file-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    path_ = (dir_ / "crossboard-watches.json").string();
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
  std::string path_;
};

TEST_F(WatchFile, WronglyTypedEntriesAreNamedAndTheRestLoad) {
  std::ofstream(path_) << R"({"watches": [
    {"name": "cse", "query": "topic:cse", "created": "2024-01-01T00:00:00Z", "last_run": "", "seen_up_to": 12},
    {"name": 7, "query": "early help"},
    {"name": "lac", "query": "LAC", "seen_up_to": "twelve"},
    "not a watch"
  ]})";
  WatchList list = WatchList::load(path_);
  ASSERT_EQ(list.watches().size(), 1u);
  EXPECT_EQ(list.watches()[0].name, "cse");
  EXPECT_EQ(list.watches()[0].seen_up_to, 12u);
  ASSERT_EQ(list.problems().size(), 3u);
  EXPECT_EQ(list.problems()[0], path_ + ": watch 2: \"name\" is missing or not a non-empty string; left as it is");
  EXPECT_EQ(list.problems()[1], path_ + ": watch 3: \"seen_up_to\" is not a document number; left as it is");
  EXPECT_EQ(list.problems()[2], path_ + ": watch 4: not an object; left as it is");
}

TEST_F(WatchFile, SavingKeepsTheEntriesItCouldNotRead) {
  std::ofstream(path_) << R"({"watches": [{"name": "cse", "query": "topic:cse"}, {"name": 7, "query": "x"}]})";
  WatchList list = WatchList::load(path_);
  list.add({"mh", "mental health", "", "", 0});
  list.save(path_);
  nlohmann::json saved = nlohmann::json::parse(slurp(path_));
  ASSERT_EQ(saved["watches"].size(), 3u);
  EXPECT_EQ(saved["watches"][0]["name"], "cse");
  EXPECT_EQ(saved["watches"][1]["name"], "mh");
  EXPECT_EQ(saved["watches"][2], (nlohmann::json{{"name", 7}, {"query", "x"}}));
}

TEST_F(WatchFile, NotAWatchFileIsRefusedNamingIt) {
  std::ofstream(path_) << "[1, 2]";
  try {
    WatchList::load(path_);
    FAIL() << "loaded";
  } catch (const std::exception& e) {
    EXPECT_EQ(std::string(e.what()), path_ + ": not a crossboard watch file");
  }
}

}  // namespace
}  // namespace crossboard::analysis
