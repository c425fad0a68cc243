// Index format version: an index of another format is refused with advice to re-index, never misread.
#include <gtest/gtest.h>

#include "reliability.h"

namespace crossboard {
namespace {

namespace fs = std::filesystem;
using testing::ChildResult;

class FormatVersion : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::create_directories(dir_.path() / "minutes");
    fs::copy(fs::path(CROSSBOARD_SAMPLES) / "2015-03-10-brackenmoor-lscb.txt", dir_.path() / "minutes");
  }

  // An index holding one document, written with format `format` ("" for none).
  std::string index_with_format(const std::string& format) {
    std::string db = dir_.str("db-" + (format.empty() ? std::string("none") : format));
    Xapian::WritableDatabase w(db, Xapian::DB_CREATE_OR_OPEN);
    Xapian::Document doc;
    doc.add_term(std::string(indexer::prefix::kDocType) + "item");
    doc.add_term("safeguarding");
    doc.set_data("not what this crossboard writes");
    w.add_document(doc);
    if (!format.empty()) w.set_metadata(std::string(indexer::metadata::kFormatKey), format);
    w.commit();
    return db;
  }

  void expect_refused(const std::string& db, const std::string& format_shown) {
    ChildResult index = testing::run_crossboard({"index", dir_.str("minutes"), "--db", db, "-q"}, dir_.path());
    EXPECT_EQ(index.exit_code, 3) << index.err;
    EXPECT_NE(index.err.find("re-index"), std::string::npos) << index.err;
    EXPECT_NE(index.err.find("format '" + format_shown + "'"), std::string::npos) << index.err;
    EXPECT_EQ(std::count(index.err.begin(), index.err.end(), '\n'), 1) << index.err;

    ChildResult search = testing::run_crossboard({"search", "safeguarding", "--db", db}, dir_.path());
    EXPECT_EQ(search.exit_code, 3) << search.err;
    EXPECT_NE(search.err.find("re-index"), std::string::npos) << search.err;
    EXPECT_EQ(search.out, "");
    // Refusing wrote nothing: the old index is as it was.
    EXPECT_EQ(Xapian::Database(db).get_doccount(), 1u);
  }

  testing::TempDir dir_;
};

TEST_F(FormatVersion, OlderFormatIsRefusedWithReindexAdvice) { expect_refused(index_with_format("1"), "1"); }

TEST_F(FormatVersion, NewerFormatIsRefusedWithReindexAdvice) { expect_refused(index_with_format("99"), "99"); }

// An index written before versioning (no format key) is not guessed at.
TEST_F(FormatVersion, UnversionedIndexIsRefused) { expect_refused(index_with_format(""), ""); }

TEST_F(FormatVersion, CurrentFormatIsWrittenAndRead) {
  std::string db = dir_.str("db");
  ChildResult index = testing::run_crossboard({"index", dir_.str("minutes"), "--db", db, "-q"}, dir_.path());
  ASSERT_EQ(index.exit_code, 0) << index.err;
  EXPECT_EQ(Xapian::Database(db).get_metadata(std::string(indexer::metadata::kFormatKey)),
            std::string(indexer::metadata::kFormatVersion));
  ChildResult search = testing::run_crossboard({"search", "safeguarding", "--db", db}, dir_.path());
  EXPECT_EQ(search.exit_code, 0) << search.err;
}

// Not an index: search says so in one line, exit 3. `index` (Xapian's
// DB_CREATE_OR_OPEN) takes a directory whose version file is unreadable for
// one whose creation was cut short, and creates the index there afresh.
TEST_F(FormatVersion, UnreadableVersionFileIsNotAnIndex) {
  std::string junk = dir_.str("junk-db");
  fs::create_directories(junk);
  std::ofstream(junk + "/iamglass") << "garbage";
  ChildResult search = testing::run_crossboard({"search", "safeguarding", "--db", junk}, dir_.path());
  EXPECT_EQ(search.exit_code, 3) << search.err;
  EXPECT_EQ(std::count(search.err.begin(), search.err.end(), '\n'), 1) << search.err;
  ChildResult index = testing::run_crossboard({"index", dir_.str("minutes"), "--db", junk, "-q"}, dir_.path());
  EXPECT_EQ(index.exit_code, 0) << index.err;
  EXPECT_EQ(testing::run_crossboard({"search", "safeguarding", "--db", junk}, dir_.path()).exit_code, 0);
}

// A file where the index should be: one line, exit 3, the file untouched.
TEST_F(FormatVersion, FileInPlaceOfTheIndexIsRefused) {
  std::string file = dir_.str("minutes/2015-03-10-brackenmoor-lscb.txt");
  std::string before = testing::slurp(file);
  for (std::string command : {"index", "search"}) {
    ChildResult run = command == "index"
                          ? testing::run_crossboard({"index", dir_.str("minutes"), "--db", file, "-q"}, dir_.path())
                          : testing::run_crossboard({"search", "safeguarding", "--db", file}, dir_.path());
    EXPECT_EQ(run.exit_code, 3) << command << ": " << run.err;
    EXPECT_EQ(std::count(run.err.begin(), run.err.end(), '\n'), 1) << command << ": " << run.err;
  }
  EXPECT_EQ(testing::slurp(file), before);
}

}  // namespace
}  // namespace crossboard
