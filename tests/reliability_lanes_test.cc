// Crash safety of a new index written in lanes: a kill or Ctrl-C leaves a whole prefix of the walk, or the
// whole index.
#include <gtest/gtest.h>
#include <stdio.h>

#include <atomic>

#include "query/search.h"
#include "reliability.h"

namespace crossboard {
namespace {

namespace fs = std::filesystem;
using testing::Child;
using testing::ChildResult;

constexpr int kDocs = 200;

class LanesCrashSafety : public ::testing::Test {
 protected:
  void SetUp() override {
    CROSSBOARD_NEEDS_MAKE_CORPUS();
    corpus_ = testing::shared_corpus(kDocs, 1.0).string();
    for (const auto& entry : fs::directory_iterator(corpus_))
      if (entry.path().extension() == ".txt") sorted_keys_.push_back(indexer::file_key(entry.path()));
    std::sort(sorted_keys_.begin(), sorted_keys_.end());
  }

  // A run of two lanes into a new index `db`, committing every 5 files.
  std::unique_ptr<Child> start_index(const std::string& db) {
    return std::make_unique<Child>(std::vector<std::string>{CROSSBOARD_BINARY, "index", corpus_, "--db", db,
                                                            "-q", "--threads", "2", "--commit-every", "5"},
                                   dir_.path());
  }

  // The index at `db` is consistent and holds the first files of the sorted walk; their number.
  size_t expect_whole_prefix(const std::string& db) {
    auto problems =
        testing::read_index(db, [](const Xapian::Database& d) { return testing::consistency_problems(d); });
    for (const std::string& p : problems) ADD_FAILURE() << db << ": " << p;
    auto files = testing::read_index(db, [](const Xapian::Database& d) { return testing::indexed_files(d); });
    for (size_t n = 0; n < files.size(); ++n)
      EXPECT_TRUE(files.count(sorted_keys_[n]))
          << sorted_keys_[n] << " (file " << n << ") missing, but " << files.size() << " files are indexed";
    return files.size();
  }

  // Nothing of a run's shards is left beside `db`.
  void expect_no_leftovers(const std::string& db) {
    std::string stem = fs::path(db).filename().string() + ".";
    for (const auto& entry : fs::directory_iterator(dir_.path()))
      EXPECT_FALSE(entry.path().filename().string().starts_with(stem)) << entry.path() << " left behind";
  }

  testing::TempDir dir_;
  std::string corpus_;
  std::vector<std::string> sorted_keys_;
};

// Killed once the first lane has committed a few times: the lanes' shards
// are lost, the committed prefix is not, and the next run completes it.
TEST_F(LanesCrashSafety, SigkillLeavesTheCommittedPrefixAndTheNextRunCompletesIt) {
  std::string db = dir_.str("db");
  auto child = start_index(db);
  while (child->running()) {
    try {
      if (Xapian::Database(db).get_revision() >= 3) break;
    } catch (const Xapian::Error&) {
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  child->kill(SIGKILL);
  ChildResult killed = child->wait();
  size_t indexed = expect_whole_prefix(db);
  if (killed.signal == SIGKILL) {
    EXPECT_LT(indexed, static_cast<size_t>(kDocs));
  }
  ChildResult finish = testing::run_crossboard({"index", corpus_, "--db", db, "-q"}, dir_.path());
  ASSERT_EQ(finish.exit_code, 0) << finish.err;
  EXPECT_EQ(expect_whole_prefix(db), static_cast<size_t>(kDocs));
  expect_no_leftovers(db);
}

// Ctrl-C: what the first lane wrote is committed and counted, the shards are dropped.
TEST_F(LanesCrashSafety, SigintCommitsThePrefixAndSaysHowMuch) {
  std::string db = dir_.str("db");
  auto child = start_index(db);
  child->wait_until_catching(SIGINT);
  while (child->running()) {
    try {
      if (Xapian::Database(db).get_revision() >= 3) break;
    } catch (const Xapian::Error&) {
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  ASSERT_TRUE(child->running()) << "finished before the interrupt";
  child->kill(SIGINT);
  ChildResult interrupted = child->wait(std::chrono::seconds(60));
  EXPECT_EQ(interrupted.exit_code, 130) << interrupted.out << interrupted.err;
  // "interrupted: N of M files done and committed": N is what the index holds.
  size_t done = std::stoul(interrupted.out.substr(interrupted.out.find(": ") + 2));
  EXPECT_EQ(expect_whole_prefix(db), done);
  expect_no_leftovers(db);
}

TEST_F(LanesCrashSafety, SecondWriterIsRefusedWhileLanesRun) {
  std::string db = dir_.str("db");
  auto child = start_index(db);
  while (child->running()) {
    try {
      if (Xapian::Database(db).get_doccount() > 0) break;
    } catch (const Xapian::Error&) {
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  ASSERT_TRUE(child->running());
  ChildResult second = testing::run_crossboard({"index", corpus_, "--db", db, "-q"}, dir_.path());
  EXPECT_EQ(second.exit_code, 4) << second.err;
  ChildResult first = child->wait();
  EXPECT_EQ(first.exit_code, 0) << first.err;
  EXPECT_EQ(expect_whole_prefix(db), static_cast<size_t>(kDocs));
  expect_no_leftovers(db);
}

// The last step of a run in lanes swaps the merged index into place with
// RENAME_EXCHANGE. A search opening the index at that instant could pair one
// index's version file with the other's tables: under a swap loop, 26 of
// 2,131 whole-process searches failed as "corrupt", and in-process some gave
// totals of neither index. Here two real indexes are swapped in a loop while
// searches run: each must read one index or the other, whole.
TEST_F(LanesCrashSafety, ASearchDuringTheSwapOfAMergedIndexReadsOneIndexOrTheOther) {
  std::string a = dir_.str("a"), b = dir_.str("b");
  ASSERT_EQ(testing::run_crossboard({"index", corpus_, "--db", a, "-q"}, dir_.path()).exit_code, 0);
  ASSERT_EQ(testing::run_crossboard({"index", CROSSBOARD_SAMPLES, "--db", b, "-q"}, dir_.path()).exit_code,
            0);
  query::SearchOptions options;
  options.facets = true;
  auto total_at = [&](const std::string& db) { return query::Searcher({db}).search("CSE", options).total; };
  const size_t total_a = total_at(a), total_b = total_at(b);
  ASSERT_NE(total_a, total_b);  // so each search shows which index it read

  // A run swaps once. Here the swaps come one after another, each after a
  // pause longer than a whole open and search takes on this build (a
  // sanitizer build is ten times slower), so many searches straddle one swap
  // but never two: two swaps inside one open put the first directory back,
  // which no reader can tell from none.
  auto slowest = std::chrono::steady_clock::duration::zero();
  for (int i = 0; i < 3; ++i) {
    auto start = std::chrono::steady_clock::now();
    total_at(a);
    slowest = std::max(slowest, std::chrono::steady_clock::now() - start);
  }
  const auto pause = std::max<std::chrono::steady_clock::duration>(std::chrono::microseconds(500), 4 * slowest);
  constexpr int kSwaps = 100;  // enough straddled opens to have caught the old fault (26 in 2,131 searches)
  std::atomic<bool> stop{false};
  std::atomic<int> swaps{0};
  std::thread swapper([&] {
    while (!stop && swaps < kSwaps) {
      std::this_thread::sleep_for(pause);
      if (renameat2(AT_FDCWD, a.c_str(), AT_FDCWD, b.c_str(), RENAME_EXCHANGE) != 0) break;
      ++swaps;
    }
    stop = true;
  });
  // Stops and joins the swapper however the loop below ends, so a failure is
  // reported instead of std::terminate on a joinable thread.
  struct JoinSwapper {
    std::atomic<bool>& stop;
    std::thread& thread;
    ~JoinSwapper() {
      stop = true;
      if (thread.joinable()) thread.join();
    }
  } join_swapper{stop, swapper};
  int searches = 0, failures = 0;
  std::set<size_t> seen;
  while (!stop) {
    try {
      size_t total = total_at(a);
      seen.insert(total);
      if (total != total_a && total != total_b) ADD_FAILURE() << "a total of neither index: " << total;
    } catch (const std::exception& e) {
      if (++failures <= 3) ADD_FAILURE() << "search " << searches << " failed: " << e.what();
    } catch (const Xapian::Error& e) {  // not a std::exception: must not escape past the swapper
      if (++failures <= 3)
        ADD_FAILURE() << "search " << searches << " failed: " << e.get_type() << ": " << e.get_msg();
    }
    ++searches;
  }
  swapper.join();
  EXPECT_EQ(swaps.load(), kSwaps) << "the swap loop stopped early";
  EXPECT_EQ(failures, 0) << "of " << searches << " searches, during " << swaps << " swaps";
}

}  // namespace
}  // namespace crossboard
