// A new index written by several lanes and merged holds exactly what one writer writes.
#include <gtest/gtest.h>

#include "reliability.h"

namespace crossboard {
namespace {

namespace fs = std::filesystem;
using testing::ChildResult;

// Everything a document holds but its indexed-at time, which differs between runs.
std::string describe(const Xapian::Document& doc) {
  std::string out = doc.get_data() + "\n";
  for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
    out += *t + ":" + std::to_string(t.get_wdf()) + "@";
    for (auto p = t.positionlist_begin(); p != t.positionlist_end(); ++p) out += std::to_string(*p) + ",";
    out += " ";
  }
  for (auto v = doc.values_begin(); v != doc.values_end(); ++v)
    if (v.get_valueno() != indexer::slot::kIndexedAt)
      out += "\n" + std::to_string(v.get_valueno()) + "=" + *v;
  return out;
}

class LanesIndex : public ::testing::Test {
 protected:
  // Indexes `corpus` into a new index with `threads` threads; returns the index path.
  std::string index(const std::string& corpus, const std::string& name, int threads) {
    std::string db = dir_.str(name);
    ChildResult run = testing::run_crossboard(
        {"index", corpus, "--db", db, "-q", "--threads", std::to_string(threads)}, dir_.path());
    EXPECT_EQ(run.exit_code, 0) << run.out << run.err;
    return db;
  }

  // The two indexes hold the same documents under the same ids, term statistics and metadata.
  static void expect_same_index(const std::string& one, const std::string& merged) {
    Xapian::Database a(one), b(merged);
    ASSERT_EQ(a.get_doccount(), b.get_doccount());
    EXPECT_EQ(a.get_lastdocid(), b.get_lastdocid());
    EXPECT_EQ(a.get_total_length(), b.get_total_length());
    for (Xapian::docid id = 1; id <= a.get_lastdocid(); ++id)
      ASSERT_EQ(describe(a.get_document(id)), describe(b.get_document(id))) << "document " << id;
    size_t terms = 0;
    for (auto t = a.allterms_begin(); t != a.allterms_end(); ++t, ++terms) {
      EXPECT_EQ(a.get_termfreq(*t), b.get_termfreq(*t)) << *t;
      EXPECT_EQ(a.get_collection_freq(*t), b.get_collection_freq(*t)) << *t;
    }
    size_t terms_b = 0;
    for (auto t = b.allterms_begin(); t != b.allterms_end(); ++t) ++terms_b;
    EXPECT_EQ(terms, terms_b);
    for (auto k = a.metadata_keys_begin(); k != a.metadata_keys_end(); ++k)
      EXPECT_EQ(a.get_metadata(*k), b.get_metadata(*k)) << *k;
    size_t synonyms_a = 0, synonyms_b = 0;
    for (auto k = a.synonym_keys_begin(); k != a.synonym_keys_end(); ++k) ++synonyms_a;
    for (auto k = b.synonym_keys_begin(); k != b.synonym_keys_end(); ++k) ++synonyms_b;
    EXPECT_EQ(synonyms_a, synonyms_b);
    EXPECT_GT(synonyms_a, 0u);  // the built-in taxonomy's names: CSE ≡ child sexual exploitation
  }

  // `search` prints the same hits, in the same order, from both indexes.
  void expect_same_search(const std::string& one, const std::string& merged, const std::string& query) {
    ChildResult a = testing::run_crossboard({"search", query, "--db", one, "--all", "--json"}, dir_.path());
    ChildResult b =
        testing::run_crossboard({"search", query, "--db", merged, "--all", "--json"}, dir_.path());
    ASSERT_EQ(a.exit_code, 0) << a.err;
    EXPECT_EQ(a.out, b.out) << query;
    EXPECT_GT(std::count(a.out.begin(), a.out.end(), '\n'), 1) << query << ": no hits, nothing compared";
  }

  // A copy of `corpus` whose files were last written a day ago: a file
  // written in the last two seconds gets no stamp, so the two runs' file
  // records could differ by whether the files had settled.
  std::string settled_copy(const std::string& corpus) {
    fs::path copy = dir_.path() / "corpus";
    fs::create_directories(copy);
    for (const auto& entry : fs::directory_iterator(corpus)) {
      if (!entry.is_regular_file() || entry.path().filename() == "manifest.jsonl") continue;
      fs::copy_file(entry.path(), copy / entry.path().filename());
      fs::last_write_time(copy / entry.path().filename(),
                          fs::file_time_type::clock::now() - std::chrono::hours(24));
    }
    return copy.string();
  }

  testing::TempDir dir_;
};

TEST_F(LanesIndex, SamplesMergedFromTwoLanesAreTheOneWriterIndex) {
  std::string samples = settled_copy(CROSSBOARD_SAMPLES);
  std::string one = index(samples, "one", 1);
  std::string two = index(samples, "two", 2);
  expect_same_index(one, two);
  // Each file of samples/ (text, markdown and HTML) has its file record.
  auto files = std::distance(fs::directory_iterator(CROSSBOARD_SAMPLES), fs::directory_iterator());
  EXPECT_EQ(Xapian::Database(two).get_termfreq("XDTfile"), static_cast<Xapian::doccount>(files));
  for (const char* query : {"safeguarding", "\"children's trust\"", "CSE", "year:2018"})
    expect_same_search(one, two, query);
  for (const auto& entry : fs::directory_iterator(dir_.path()))
    EXPECT_FALSE(entry.path().filename().string().starts_with("two.build-"))
        << entry.path() << " left behind";
}

TEST_F(LanesIndex, GeneratedCorpusMergedFromThreeLanesIsTheOneWriterIndex) {
  CROSSBOARD_NEEDS_MAKE_CORPUS();
  // 60 generated files: the back lanes write several blocks, each its own shard.
  std::string corpus = settled_copy(testing::shared_corpus(60, 2.0).string());
  std::string one = index(corpus, "one", 1);
  std::string three = index(corpus, "three", 3);
  expect_same_index(one, three);
  EXPECT_EQ(Xapian::Database(three).get_termfreq("XDTfile"), 60u);
  for (const char* query : {"safeguarding", "\"signs of safety\"", "CSE", "topic:cse year:2016"})
    expect_same_search(one, three, query);
  // Each file record keeps the file's size and time, so a second run finds
  // every file unchanged without reading it.
  fs::path first = fs::path(corpus) / "000000_73492dc25ccfae0b.txt";
  auto record = nlohmann::json::parse(Xapian::Database(three).get_document(10).get_data());
  EXPECT_EQ(record.value("path", ""), first.string());
  EXPECT_EQ(record.value("size", uintmax_t{0}), fs::file_size(first));
  ChildResult again =
      testing::run_crossboard({"index", corpus, "--db", three, "-q", "--threads", "3"}, dir_.path());
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.out.find("60 already indexed"), std::string::npos) << again.out;
}

}  // namespace
}  // namespace crossboard
