// Concurrency: readers see whole commits while an index run writes; a second writer is refused; a dead writer's lock is free.
#include <gtest/gtest.h>

#include "reliability.h"

namespace crossboard {
namespace {

namespace fs = std::filesystem;
using testing::Child;
using testing::ChildResult;

constexpr int kDocs = 300;

class Concurrency : public ::testing::Test {
 protected:
  void SetUp() override {
    CROSSBOARD_NEEDS_MAKE_CORPUS();
    corpus_ = testing::shared_corpus(kDocs, 1.5).string();
  }

  std::unique_ptr<Child> start_index(const std::string& db) {
    return std::make_unique<Child>(
        std::vector<std::string>{CROSSBOARD_BINARY, "index", corpus_, "--db", db, "-q", "--commit-every", "5"},
        dir_.path());
  }

  // Waits until the index at `db` has committed something (or the child ended).
  static void wait_for_first_commit(const std::string& db, Child& child) {
    while (child.running()) {
      try {
        if (Xapian::Database(db).get_doccount() > 0) return;
      } catch (const Xapian::Error&) {
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
  }

  testing::TempDir dir_;
  std::string corpus_;
};

// Readers opened at any moment of the run see whole files only, and the CLI
// searching meanwhile never fails; what they see only grows.
TEST_F(Concurrency, SearchesDuringAnIndexRunSeeWholeCommits) {
  std::string db = dir_.str("db");
  auto writer = start_index(db);
  wait_for_first_commit(db, *writer);
  size_t checks = 0, searches = 0;
  Xapian::doccount last_count = 0;
  size_t last_total = 0;
  while (writer->running()) {
    auto problems = testing::read_index(db, [](const Xapian::Database& d) { return testing::consistency_problems(d); });
    for (const std::string& p : problems) ADD_FAILURE() << "reader saw: " << p;
    Xapian::doccount count = testing::read_index(db, [](const Xapian::Database& d) { return d.get_doccount(); });
    EXPECT_GE(count, last_count);
    last_count = count;
    ++checks;
    ChildResult search = testing::run_crossboard({"search", "safeguarding", "--db", db, "--json", "--all"},
                                                 dir_.path(), std::chrono::seconds(60));
    ASSERT_EQ(search.exit_code, 0) << search.err;
    // --all --json: one line per hit, then {"query":..., "total": N}.
    std::string last_line = search.out.substr(search.out.rfind('\n', search.out.size() - 2) + 1);
    size_t total = nlohmann::json::parse(last_line.empty() ? search.out : last_line).value("total", 0u);
    size_t lines = static_cast<size_t>(std::count(search.out.begin(), search.out.end(), '\n'));
    EXPECT_EQ(lines, total + 1) << "the hits streamed are not the total counted";
    EXPECT_GE(total, last_total);
    last_total = total;
    ++searches;
  }
  ChildResult done = writer->wait();
  ASSERT_EQ(done.exit_code, 0) << done.err;
  EXPECT_GT(checks, 0u) << "the run ended before readers could look";
  std::cout << "[ reliability ] " << checks << " consistency checks and " << searches
            << " searches during the run\n";
  EXPECT_TRUE(
      testing::read_index(db, [](const Xapian::Database& d) { return testing::consistency_problems(d); }).empty());
}

TEST_F(Concurrency, SecondWriterIsRefusedNamingTheLock) {
  std::string db = dir_.str("db");
  auto writer = start_index(db);
  wait_for_first_commit(db, *writer);
  ASSERT_TRUE(writer->running());
  ChildResult second = testing::run_crossboard({"index", corpus_, "--db", db, "-q"}, dir_.path(),
                                               std::chrono::seconds(60));
  EXPECT_EQ(second.exit_code, 4) << second.err;
  EXPECT_EQ(std::count(second.err.begin(), second.err.end(), '\n'), 1) << second.err;
  EXPECT_NE(second.err.find("Xapian::DatabaseLockError"), std::string::npos) << second.err;
  EXPECT_NE(second.err.find(db + "/flintlock"), std::string::npos) << second.err;
  EXPECT_NE(second.err.find("locked by another writer"), std::string::npos) << second.err;
  EXPECT_EQ(second.out, "");
  ChildResult first = writer->wait();
  EXPECT_EQ(first.exit_code, 0) << first.err;
}

// Xapian's lock is an fcntl lock: it dies with its process, so after a
// SIGKILL the next run takes it, though the flintlock file stays.
TEST_F(Concurrency, LockOfAKilledWriterIsFree) {
  std::string db = dir_.str("db");
  auto writer = start_index(db);
  wait_for_first_commit(db, *writer);
  ASSERT_TRUE(writer->running());
  writer->kill(SIGKILL);
  EXPECT_EQ(writer->wait().signal, SIGKILL);
  EXPECT_TRUE(fs::exists(db + "/flintlock"));
  ChildResult next = testing::run_crossboard({"index", corpus_, "--db", db, "-q"}, dir_.path());
  EXPECT_EQ(next.exit_code, 0) << next.err;
  EXPECT_TRUE(testing::consistency_problems(Xapian::Database(db)).empty());
  EXPECT_EQ(testing::indexed_files(Xapian::Database(db)).size(), static_cast<size_t>(kDocs));
}

// Searching never needs the writer's lock.
TEST_F(Concurrency, SearchWorksWhileTheLockIsHeld) {
  std::string db = dir_.str("db");
  ChildResult first = testing::run_crossboard({"index", corpus_, "--db", db, "-q"}, dir_.path());
  ASSERT_EQ(first.exit_code, 0) << first.err;
  Xapian::WritableDatabase holder(db, Xapian::DB_OPEN);  // holds the lock in this process
  ChildResult search = testing::run_crossboard({"search", "meeting", "--db", db}, dir_.path(), std::chrono::seconds(60));
  EXPECT_EQ(search.exit_code, 0) << search.err;
  ChildResult index = testing::run_crossboard({"index", corpus_, "--db", db, "-q"}, dir_.path(), std::chrono::seconds(60));
  EXPECT_EQ(index.exit_code, 4) << index.err;
}

}  // namespace
}  // namespace crossboard
