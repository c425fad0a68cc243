// Bad queries: a clear error and exit 2, never a crash; query text is never a path or a command.
#include <gtest/gtest.h>

#include "query/query_parser.h"
#include "reliability.h"

namespace crossboard {
namespace {

namespace fs = std::filesystem;
using testing::ChildResult;

std::string words(size_t n, const std::string& joiner = " ") {
  std::string out;
  for (size_t i = 0; i < n; ++i) out += (i ? joiner : "") + "w" + std::to_string(i);
  return out;
}

std::string repeat(const std::string& s, size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

struct BadQuery {
  std::string query;
  std::string error;  // part of the message
};

const std::vector<BadQuery> kBadQueries = {
    {"\"child sexual", "unbalanced quote"},
    {"safeguarding \"", "unbalanced quote"},
    {"\u201cchild sexual", "unbalanced quote"},
    {"AND", "AND needs a term"},
    {"OR", "OR needs a term"},
    {"NOT", "NOT needs a term"},
    {"safeguarding AND", "AND needs a term"},
    {"OR cse", "OR needs a term"},
    {"cse OR OR lac", "OR needs a term"},
    {"cse AND OR lac", "AND needs a term"},
    {"NOT NOT", "NOT needs a term"},
    {"( )", "nothing to search for"},
    {")", "')' without '('"},
    {"((cse)", "never closed"},
    {"cse)", "')' without '('"},
    {"\"\"", "nothing to search for"},
    {"*", "wildcard"},
    {"safe*guard", "wildcard '*' goes at the end"},
    {"foo:bar", "unknown field 'foo:'"},
    {"Board:", "needs a value"},
    {"date:", "needs a value"},
    {"status:sleeping", "unknown status"},
    {"topic:no-such-topic", "unknown topic"},
    {"date:2017..2016", "ends before it starts"},
    {"date:..", "needs a start, an end or both"},
    {"date:2016-02-31", "bad date"},
    {"date:2016-13-01", "bad date"},
    {"date:99999-01-01", "bad date"},
    {"date:-5000", "bad date"},
    {"date:2016-01-01..2016-01-01..2017", "bad date"},
    {"year:16", "bad year"},
    {"year:2017..2012", "ends before it starts"},
    {"year:20x6", "bad year"},
    {words(10000), "query too long"},
    {words(10000, " OR "), "query too long"},
    {repeat("(", 10000) + "cse" + repeat(")", 10000), "query too long"},
    {repeat("NOT ", 10000) + "cse", "query too long"},
    {repeat("(", 150) + "cse" + repeat(")", 150), "nested over 100 deep"},
    {repeat("NOT ", 150) + "cse", "nested over 100 deep"},
    {repeat("-", 150) + "cse", "nested over 100 deep"},
    {repeat("-", 10000) + "cse", "query too long"},
};

// In-process: every bad query throws QueryError with a column inside the text.
TEST(BadQueries, ParserRefusesEachWithAClearError) {
  Xapian::Database empty;
  for (const BadQuery& bad : kBadQueries) {
    SCOPED_TRACE(bad.query.substr(0, 80));
    try {
      query::parse_query(bad.query, empty);
      ADD_FAILURE() << "accepted";
    } catch (const query::QueryError& e) {
      EXPECT_NE(e.message().find(bad.error), std::string::npos) << e.message();
      EXPECT_GE(e.column(), 1u);
      EXPECT_LE(e.column(), bad.query.size() + 1);
    }
  }
}

// Odd but meaningful queries run: wide ranges, every year, long but allowed.
TEST(BadQueries, AbsurdButValidRangesRun) {
  Xapian::Database empty;
  for (const std::string& q : {std::string("date:0001-01-01..9999-12-31"), std::string("year:0000..9999"),
                               std::string("date:..2016"), std::string("date:1066.."), words(1000),
                               repeat("(", 99) + "cse" + repeat(")", 99), std::string("10:30 a_b")}) {
    SCOPED_TRACE(q.substr(0, 80));
    EXPECT_NO_THROW(query::parse_query(q, empty));
  }
}

class BadQueriesCli : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new testing::TempDir;
    fs::create_directories(dir_->path() / "minutes");
    fs::copy(fs::path(CROSSBOARD_SAMPLES) / "2015-03-10-brackenmoor-lscb.txt", dir_->path() / "minutes");
    ChildResult run = testing::run_crossboard({"index", dir_->str("minutes"), "--db", db(), "-q"}, dir_->path());
    ASSERT_EQ(run.exit_code, 0) << run.err;
  }
  static void TearDownTestSuite() { delete dir_; }
  static std::string db() { return dir_->str("db"); }

  static ChildResult search(const std::vector<std::string>& words) {
    std::vector<std::string> args{"search", "--db", db()};
    args.insert(args.end(), words.begin(), words.end());
    return testing::run_crossboard(args, dir_->path(), std::chrono::seconds(60));
  }

  static testing::TempDir* dir_;
};

testing::TempDir* BadQueriesCli::dir_ = nullptr;

TEST_F(BadQueriesCli, EachExitsTwoWithOneClearError) {
  for (const BadQuery& bad : kBadQueries) {
    SCOPED_TRACE(bad.query.substr(0, 80));
    // "--" ends the options: a query may start with "-" or "--".
    ChildResult run = search({"--", bad.query});
    EXPECT_EQ(run.exit_code, 2) << run.err.substr(0, 400);
    EXPECT_EQ(run.signal, 0);
    EXPECT_TRUE(run.err.starts_with("crossboard: bad query: ")) << run.err.substr(0, 400);
    EXPECT_NE(run.err.find(bad.error), std::string::npos) << run.err.substr(0, 400);
    EXPECT_EQ(run.out, "");
  }
}

// The query is data: shell syntax, paths and option-like words are searched
// for (or refused as queries), never run, opened or obeyed.
TEST_F(BadQueriesCli, QueryTextIsNeverAPathOrACommand) {
  std::string marker = dir_->str("pwned");
  const std::vector<std::string> hostile = {
      "$(touch " + marker + ")", "`touch " + marker + "`", "; touch " + marker, "| touch " + marker,
      "&& touch " + marker, "' ; touch " + marker + " ; '", "../../../../etc/passwd", "/etc/shadow",
      "file:///etc/passwd", "%s%s%s%n", "\\x00", "{{7*7}}", "${HOME}"};
  for (const std::string& q : hostile) {
    SCOPED_TRACE(q);
    ChildResult run = search({"--", q});
    EXPECT_TRUE(run.exit_code == 0 || run.exit_code == 2) << run.exit_code << " " << run.err;
    EXPECT_EQ(run.signal, 0);
    EXPECT_EQ(run.out.find("root:"), std::string::npos) << "a file was read: " << run.out;
  }
  EXPECT_FALSE(fs::exists(marker)) << "a query ran a command";
  // Option-like query words after "--" are words, not options.
  ChildResult dashed = search({"--", "--db=/nonexistent", "safeguarding"});
  EXPECT_EQ(dashed.err.find("/nonexistent"), std::string::npos) << dashed.err;
}

TEST_F(BadQueriesCli, ValidQueriesStillWork) {
  ChildResult run = search({"safeguarding", "date:2000..2030"});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("match"), std::string::npos) << run.out;
}

}  // namespace
}  // namespace crossboard
