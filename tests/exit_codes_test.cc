// One error vocabulary, one mapping to exit codes (base/errors.h, cli/main.cc):
// the same mistake gives the same exit code and message shape in every command.
#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <vector>

#include "query_fixture.h"
#include "reliability.h"

namespace crossboard {
namespace {

class ExitCodes : public ::testing::Test {
 protected:
  void SetUp() override {
    std::filesystem::create_directories(dir_.path() / "minutes");
    std::ofstream(dir_.path() / "minutes" / "a.txt")
        << "Minutes of the Elmbrook Safeguarding Board held on 2 May 2018\n\nPresent: Ravi Olufemi (Chair)\n\n"
           "1. Updates\nThe board noted the update on missing children.\n";
    // A taxonomy line with two fields only: the loader refuses it.
    std::ofstream(dir_.str("bad-topics.tsv")) << "broken\n";
  }
  testing::ChildResult run(const std::vector<std::string>& args) { return testing::run_crossboard(args, dir_.path()); }
  std::string db() const { return dir_.str("db"); }
  std::string minutes() const { return (dir_.path() / "minutes").string(); }

  testing::TempDir dir_;
};

// A --topics file the user named and that cannot be used is a bad argument
// (2) in every command that takes one, never an environment failure (3).
TEST_F(ExitCodes, ABadTopicsFileIsABadArgumentEverywhere) {
  testing::ChildResult extract = run({"extract", minutes() + "/a.txt", "--topics", dir_.str("bad-topics.tsv")});
  EXPECT_EQ(extract.exit_code, 2) << extract.err;
  testing::ChildResult index = run({"index", minutes(), "--db", db(), "--topics", dir_.str("bad-topics.tsv")});
  EXPECT_EQ(index.exit_code, 2) << index.err;
  EXPECT_EQ(extract.err, index.err);  // one message too: the file, the line, the reason
  testing::ChildResult missing = run({"extract", minutes() + "/a.txt", "--topics", dir_.str("no-such.tsv")});
  EXPECT_EQ(missing.exit_code, 2) << missing.err;
}

// Every command that takes a query shows a bad one as `search` does: the
// message, the query, and a caret under the column.
TEST_F(ExitCodes, AnalysisCommandsShowABadQueryWithItsCaret) {
  ASSERT_EQ(run({"index", minutes(), "--db", db(), "-q"}).exit_code, 0);
  const std::string caret = "crossboard: bad query: unbalanced quote: this \" is never closed (column 7)\n"
                            "  board:\"elm CSE\n"
                            "        ^\n";
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"search", "board:\"elm CSE", "--db", db()},
        std::vector<std::string>{"decisions", "board:\"elm CSE", "--db", db()},
        std::vector<std::string>{"actions", "board:\"elm CSE", "--db", db()},
        std::vector<std::string>{"evidence", "board:\"elm CSE", "--db", db(), "--out", dir_.str("pack.md")}}) {
    testing::ChildResult r = run(args);
    EXPECT_EQ(r.exit_code, 2) << args[0] << ": " << r.err;
    EXPECT_EQ(r.err, caret) << args[0];
  }
}

TEST_F(ExitCodes, AMissingIndexIsAnEnvironmentFailureEverywhere) {
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"search", "x", "--db", db()}, std::vector<std::string>{"decisions", "x", "--db", db()},
        std::vector<std::string>{"people", "--db", db()}, std::vector<std::string>{"timeline", "cse", "--db", db()}}) {
    testing::ChildResult r = run(args);
    EXPECT_EQ(r.exit_code, 3) << args[0] << ": " << r.err;
    EXPECT_NE(r.err.find("no index at " + db()), std::string::npos) << args[0] << ": " << r.err;
  }
}

// Issue 17 point 7: only a lock another run holds says "wait for it"; a lock
// file that cannot be made is an environment failure named as such.
TEST_F(ExitCodes, ALockFileThatCannotBeMadeIsNoLockHeld) {
  ASSERT_EQ(run({"index", minutes(), "--db", db(), "-q"}).exit_code, 0);
  std::filesystem::remove(dir_.path() / "db" / "flintlock");
  std::filesystem::create_directory(dir_.path() / "db" / "flintlock");
  std::ofstream(dir_.path() / "minutes" / "b.txt") << "Minutes of the Elmbrook Safeguarding Board held on 3 June 2018\n";
  testing::ChildResult r = run({"index", minutes(), "--db", db(), "-q"});
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_EQ(r.err.find("another writer"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("cannot be locked for writing"), std::string::npos) << r.err;
}

// Issue 17 point 9: `--db` naming a folder of other files (here the minutes
// folder itself) is refused, and nothing is written into it.
TEST_F(ExitCodes, AFolderOfOtherFilesIsNoIndexToWriteInto) {
  testing::ChildResult r = run({"index", minutes(), "--db", minutes()});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("not a crossboard index"), std::string::npos) << r.err;
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(minutes())) names.push_back(entry.path().filename());
  EXPECT_EQ(names, std::vector<std::string>{"a.txt"});
  // An empty folder and an index are fine.
  std::filesystem::create_directory(dir_.str("empty"));
  EXPECT_EQ(run({"index", minutes(), "--db", dir_.str("empty"), "-q"}).exit_code, 0);
  EXPECT_EQ(run({"index", minutes(), "--db", dir_.str("empty"), "-q"}).exit_code, 0);
}

}  // namespace
}  // namespace crossboard
