// Crash safety: SIGKILL and SIGINT during `crossboard index` leave the last commit, whole; a re-run completes it.
#include <gtest/gtest.h>

#include "reliability.h"

namespace crossboard {
namespace {

namespace fs = std::filesystem;
using testing::Child;
using testing::ChildResult;

constexpr int kDocs = 300;
// Small batches and a tiny automatic-flush threshold make many commits, so a
// kill lands between them often and a commit that split a file would show.
const std::vector<std::pair<std::string, std::string>> kTinyFlushes = {{"XAPIAN_FLUSH_THRESHOLD", "7"}};

class CrashSafety : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new testing::TempDir;
    if (!shared::has("bench/make-corpus")) return;  // each test skips in SetUp
    corpus_ = new std::string(testing::shared_corpus(kDocs, 1.5).string());
    reference_db_ = new std::string(
        testing::cached("reference-db-" + testing::binary_tag(), [](const fs::path& db) {
          ChildResult run = testing::run_crossboard({"index", corpus(), "--db", db.string(), "-q"}, dir_->path());
          if (run.exit_code != 0) throw std::runtime_error("reference index run failed: " + run.err);
        }).string());
    reference_ = new std::map<std::string, testing::IndexedFile>(
        testing::indexed_files(Xapian::Database(reference_db())));
    sorted_keys_ = new std::vector<std::string>;
    for (const auto& entry : fs::directory_iterator(corpus()))
      if (entry.path().extension() == ".txt") sorted_keys_->push_back(indexer::file_key(entry.path()));
    std::sort(sorted_keys_->begin(), sorted_keys_->end());
  }
  void SetUp() override { CROSSBOARD_NEEDS_MAKE_CORPUS(); }
  static void TearDownTestSuite() {
    delete sorted_keys_;
    delete reference_;
    delete reference_db_;
    delete corpus_;
    delete dir_;
  }

  static const std::string& corpus() { return *corpus_; }
  static const std::string& reference_db() { return *reference_db_; }

  // An index run on the corpus into `db`, in the background.
  static std::unique_ptr<Child> start_index(const std::string& db) {
    return std::make_unique<Child>(
        std::vector<std::string>{CROSSBOARD_BINARY, "index", corpus(), "--db", db, "-q", "--commit-every", "10"},
        dir_->path(), kTinyFlushes);
  }

  // Waits until `db` has at least `revision` commits (or the child ended).
  static void wait_for_revision(const std::string& db, Xapian::rev revision, Child& child) {
    for (;;) {
      if (!child.running()) return;
      try {
        if (Xapian::Database(db).get_revision() >= revision) return;
      } catch (const Xapian::Error&) {
        // Not created yet.
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
  }

  // The index at `db` opens, every file in it is whole and as in the reference
  // run, and the files are a prefix of the sorted walk (commits follow it).
  static size_t expect_whole_prefix(const std::string& db) {
    auto problems = testing::read_index(db, [](const Xapian::Database& d) { return testing::consistency_problems(d); });
    for (const std::string& p : problems) ADD_FAILURE() << db << ": " << p;
    auto files = testing::read_index(db, [](const Xapian::Database& d) { return testing::indexed_files(d); });
    for (size_t n = 0; n < files.size(); ++n) {
      const std::string& key = (*sorted_keys_)[n];
      auto it = files.find(key);
      if (it == files.end()) {
        ADD_FAILURE() << key << " (file " << n << ") missing, but " << files.size() << " files are indexed";
        break;
      }
      const testing::IndexedFile& want = reference_->at(key);
      EXPECT_EQ(it->second.sha256, want.sha256) << key;
      EXPECT_EQ(it->second.documents, want.documents) << key;
      EXPECT_EQ(it->second.terms_digest, want.terms_digest) << key;
    }
    return files.size();
  }

  // The index at `db` holds what the uninterrupted reference run wrote.
  static void expect_same_as_reference(const std::string& db) {
    Xapian::Database got(db), want(reference_db());
    EXPECT_EQ(got.get_doccount(), want.get_doccount());
    auto files = testing::indexed_files(got);
    ASSERT_EQ(files.size(), reference_->size());
    for (const auto& [key, f] : *reference_) {
      ASSERT_TRUE(files.count(key)) << key;
      EXPECT_EQ(files[key].sha256, f.sha256) << key;
      EXPECT_EQ(files[key].terms_digest, f.terms_digest) << key;
    }
    EXPECT_EQ(got.get_metadata(std::string(indexer::metadata::kFormatKey)),
              std::string(indexer::metadata::kFormatVersion));
  }

  static testing::TempDir* dir_;
  static std::string* corpus_;
  static std::string* reference_db_;
  static std::map<std::string, testing::IndexedFile>* reference_;
  static std::vector<std::string>* sorted_keys_;
};

testing::TempDir* CrashSafety::dir_ = nullptr;
std::string* CrashSafety::corpus_ = nullptr;
std::string* CrashSafety::reference_db_ = nullptr;
std::map<std::string, testing::IndexedFile>* CrashSafety::reference_ = nullptr;
std::vector<std::string>* CrashSafety::sorted_keys_ = nullptr;

TEST_F(CrashSafety, ReferenceRunIsConsistent) {
  EXPECT_EQ(reference_->size(), static_cast<size_t>(kDocs));
  EXPECT_EQ(expect_whole_prefix(reference_db()), static_cast<size_t>(kDocs));
}

// Kills at several points of successive runs: at once, after the first
// commits, in the middle; each time the index holds whole files of the
// walk's start, and the last run completes it to the reference's content.
TEST_F(CrashSafety, SigkillAtSeveralPointsLosesNothingCommitted) {
  std::string db = dir_->str("killed-db");
  size_t indexed = 0;
  const Xapian::rev kill_after[] = {0, 2, 15, 40, 90};
  for (Xapian::rev revisions : kill_after) {
    auto child = start_index(db);
    Xapian::rev before = 0;
    try {
      before = Xapian::Database(db).get_revision();
    } catch (const Xapian::Error&) {
    }
    wait_for_revision(db, before + revisions, *child);
    std::this_thread::sleep_for(std::chrono::milliseconds(revisions % 7));
    child->kill(SIGKILL);
    ChildResult killed = child->wait();
    if (killed.signal != SIGKILL) continue;  // finished first: nothing to check here
    if (!fs::exists(db)) continue;           // killed before it created the index
    SCOPED_TRACE("killed after " + std::to_string(revisions) + " more commits");
    size_t now = expect_whole_prefix(db);
    EXPECT_GE(now, indexed) << "a kill lost committed files";
    indexed = now;
  }
  EXPECT_LT(indexed, static_cast<size_t>(kDocs)) << "every run finished before its kill: nothing was tested";
  ChildResult finish = testing::run_crossboard({"index", corpus(), "--db", db, "-q"}, dir_->path());
  ASSERT_EQ(finish.exit_code, 0) << finish.err;
  expect_same_as_reference(db);
}

// A kill while the index is being created for the first time leaves
// nothing a re-run cannot use: killed at once, and killed the moment
// anything of the index appears on disk.
TEST_F(CrashSafety, SigkillWhileCreatingTheIndex) {
  for (bool on_appearance : {false, true}) {
    std::string name = on_appearance ? "created-db-on-appearance" : "created-db-at-once";
    std::string db = dir_->str(name);
    auto child = start_index(db);
    while (on_appearance && child->running()) {
      bool appeared = false;
      for (const auto& entry : fs::directory_iterator(dir_->path()))
        appeared = appeared || entry.path().filename().string().starts_with(name);
      if (appeared) break;
    }
    child->kill(SIGKILL);
    child->wait();
    ChildResult finish = testing::run_crossboard({"index", corpus(), "--db", db, "-q"}, dir_->path());
    ASSERT_EQ(finish.exit_code, 0) << name << ": " << finish.err;
    expect_same_as_reference(db);
    for (const auto& entry : fs::directory_iterator(dir_->path()))
      EXPECT_FALSE(entry.path().filename().string().starts_with(name + ".partial")) << entry.path() << " left behind";
  }
}

TEST_F(CrashSafety, SigintCommitsWhatIsDoneAndSaysSo) {
  std::string db = dir_->str("interrupted-db");
  auto child = start_index(db);
  wait_for_revision(db, 5, *child);
  ASSERT_TRUE(child->running()) << "finished before the interrupt";
  child->wait_until_catching(SIGINT);
  child->kill(SIGINT);
  ChildResult interrupted = child->wait(std::chrono::seconds(60));
  EXPECT_FALSE(interrupted.timed_out);
  EXPECT_EQ(interrupted.exit_code, 130) << interrupted.err;
  EXPECT_NE(interrupted.out.find("interrupted: "), std::string::npos) << interrupted.out;
  EXPECT_NE(interrupted.out.find("run the same command again to finish"), std::string::npos) << interrupted.out;
  EXPECT_EQ(interrupted.err, "");
  // "interrupted: N of M files done and committed": N is what the index holds.
  size_t done = std::stoul(interrupted.out.substr(interrupted.out.find(": ") + 2));
  EXPECT_EQ(expect_whole_prefix(db), done);
  EXPECT_LT(done, static_cast<size_t>(kDocs));

  ChildResult finish = testing::run_crossboard({"index", corpus(), "--db", db, "-q"}, dir_->path());
  ASSERT_EQ(finish.exit_code, 0) << finish.err;
  EXPECT_NE(finish.out.find(std::to_string(done) + " unchanged"), std::string::npos) << finish.out;
  expect_same_as_reference(db);
}

// An interrupted run has not walked every file, so --prune must not take
// the files it did not reach for deleted ones.
TEST_F(CrashSafety, SigintDoesNotPruneUnvisitedFiles) {
  std::string db = dir_->str("prune-db");
  fs::copy(reference_db(), db, fs::copy_options::recursive);
  fs::remove(db + "/flintlock");
  auto child = std::make_unique<Child>(
      std::vector<std::string>{CROSSBOARD_BINARY, "index", corpus(), "--db", db, "-q", "--prune"},
      dir_->path());
  // Unchanged files go fast; interrupt as soon as the run can take it.
  child->wait_until_catching(SIGINT);
  child->kill(SIGINT);
  ChildResult r = child->wait(std::chrono::seconds(60));
  EXPECT_TRUE(r.exit_code == 130 || r.exit_code == 0) << r.err;
  EXPECT_EQ(testing::indexed_files(Xapian::Database(db)).size(), static_cast<size_t>(kDocs));
}

}  // namespace
}  // namespace crossboard
