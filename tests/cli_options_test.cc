// Options at their edges: an empty --db, --limit 0 and --limit past 2^32 are
// answered as a user expects, with the option named.
#include <gtest/gtest.h>

#include <fstream>

#include "reliability.h"

namespace crossboard {
namespace {

namespace fs = std::filesystem;
using testing::ChildResult;

class CliOptions : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new testing::TempDir;
    fs::create_directories(dir_->path() / "minutes");
    // Invented minutes: three items, each naming child sexual exploitation once.
    std::ofstream(dir_->path() / "minutes" / "wexby.txt")
        << "Wexby Safeguarding Children Board\nMinutes of the meeting held on 4 May 2021\n"
           "Present: Ann Pole (Chair), Ben Reed\n\n"
           "1. CSE strategy\nThe board discussed the CSE strategy.\n"
           "2. CSE audit\nThe CSE audit was noted.\n"
           "3. CSE training\nCSE training dates were agreed.\n";
    ChildResult run = testing::run_crossboard({"index", dir_->str("minutes"), "--db", db(), "-q"}, dir_->path());
    ASSERT_EQ(run.exit_code, 0) << run.err;
  }
  static void TearDownTestSuite() { delete dir_; }
  static std::string db() { return dir_->str("db"); }
  static ChildResult run(const std::vector<std::string>& args) {
    return testing::run_crossboard(args, dir_->path(), std::chrono::seconds(60));
  }
  static testing::TempDir* dir_;
};

testing::TempDir* CliOptions::dir_ = nullptr;

TEST_F(CliOptions, EmptyDbIsABadArgumentForEveryCommand) {
  for (std::vector<std::string> args : std::vector<std::vector<std::string>>{
           {"search", "CSE"}, {"index", "minutes"}, {"people"}, {"compare", "cse"}, {"decisions"}}) {
    args.insert(args.end(), {"--db", ""});
    SCOPED_TRACE(args[0]);
    ChildResult r = run(args);
    EXPECT_EQ(r.exit_code, 2) << r.err;
    EXPECT_NE(r.err.find("--db: needs an index path, not an empty one"), std::string::npos) << r.err;
  }
}

TEST_F(CliOptions, LimitZeroIsRefusedInOneShortLine) {
  ChildResult r = run({"search", "CSE", "--db", db(), "--limit", "0"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err.substr(0, r.err.find('\n')), "--limit: must be 1 or more (--all shows every hit)");
}

// 2^32 once wrapped to a page of 0 hits.
TEST_F(CliOptions, LimitPastTwoToTheThirtyTwoShowsEveryHit) {
  ChildResult r = run({"search", "CSE", "--db", db(), "--limit", "4294967296"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(r.out.starts_with("3 matches for CSE\n")) << r.out;
  for (const char* title : {"item 1: CSE strategy", "item 2: CSE audit", "item 3: CSE training"})
    EXPECT_NE(r.out.find(title), std::string::npos) << title << "\n" << r.out;
}

}  // namespace
}  // namespace crossboard
