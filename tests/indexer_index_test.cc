// Tests of the indexer: which terms, values and data each document gets, and incremental runs.
#include <gtest/gtest.h>
#include <xapian.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "corpus/annotate.h"
#include "corpus/text_util.h"
#include "indexer/documents.h"
#include "indexer/index_store.h"
#include "indexer/index_writer.h"
#include "indexer/term_prefixes.h"
#include "query/query_parser.h"
#include "query_fixture.h"

namespace crossboard {
namespace {

using testing::TempDir;

Xapian::Document only_doc_with(const Xapian::Database& db, const std::string& term) {
  EXPECT_EQ(db.get_termfreq(term), 1u) << term;
  return db.get_document(*db.postlist_begin(term));
}

bool has_term(const Xapian::Document& doc, const std::string& term) {
  auto it = doc.termlist_begin();
  it.skip_to(term);
  return it != doc.termlist_end() && *it == term;
}

// The one slug of board ids, index terms and query fields (corpus/text_util.h).
TEST(IndexerDocuments, SlugFoldsCaseAndPunctuation) {
  EXPECT_EQ(corpus::slugify("Cheshire East"), "cheshire-east");
  EXPECT_EQ(corpus::slugify("  Action Note "), "action-note");
  EXPECT_EQ(corpus::slugify("Halton & St Helens PCT"), "halton-and-st-helens-pct");
  EXPECT_EQ(corpus::slugify("Children's Society"), "childrens-society");
  EXPECT_EQ(corpus::slugify("Children\u2019s Trust \u2013 Board"), "childrens-trust-board");
  EXPECT_EQ(corpus::slugify("A&E Delivery Board"), "a-and-e-delivery-board");
  EXPECT_EQ(corpus::slugify("Ynys M\u00f4n Caf\u00e9 \u0141\u00f3d\u017a Stra\u00dfe"), "ynys-mon-cafe-lodz-strasse");
  EXPECT_EQ(corpus::slugify("in_attendance"), "in-attendance");
  EXPECT_EQ(corpus::slugify("\u00d7 \u03b1\u03b2 x"), "x");  // no letters to fold: a gap
}

TEST(IndexerDocuments, IsoDatesAreRealCalendarDays) {
  EXPECT_TRUE(indexer::is_iso_date("2016-02-29"));
  EXPECT_FALSE(indexer::is_iso_date("2017-02-29"));
  EXPECT_FALSE(indexer::is_iso_date("2016-13-01"));
  EXPECT_FALSE(indexer::is_iso_date("21/11/2016"));
}

TEST(IndexerIndex, ItemDocumentCarriesMeetingAndItemTerms) {
  TempDir dir;
  testing::build_fixture_index(dir.str("db"));
  Xapian::Database db(dir.str("db"));
  // 3 meeting documents + 8 items + 3 file documents.
  EXPECT_EQ(db.get_doccount(), 14u);
  EXPECT_EQ(db.get_termfreq("XDTitem"), 8u);
  EXPECT_EQ(db.get_termfreq("XDTmeeting"), 3u);
  EXPECT_EQ(db.get_termfreq("XDTfile"), 3u);

  std::string id = indexer::meeting_id(testing::halton().meetings[0], 0);
  EXPECT_EQ(id, "aaaaaaaaaaaa-2011-11-29");
  Xapian::Document doc = only_doc_with(db, "Qitem:" + id + ":2");
  for (const char* term :
       {"XBhalton-childrens-trust-executive-group", "XAhalton", "XKminutes", "Y2011", "D20111129", "XTcse",
        "XPkaren-hickey", "XOhalton-borough-council", "exploitation", "Zexploit", "XDTitem"})
    EXPECT_TRUE(has_term(doc, term)) << term;
  EXPECT_FALSE(has_term(doc, "XPgerald-meehan"));  // attendance is on the meeting document
  EXPECT_EQ(doc.get_value(indexer::slot::kDate), "2011-11-29");
  EXPECT_EQ(doc.get_value(indexer::slot::kBoard), "Halton Children's Trust Executive Group");
  EXPECT_EQ(doc.get_value(indexer::slot::kTopics), "cse");
  auto data = nlohmann::json::parse(doc.get_data());
  EXPECT_EQ(data["item_number"], "2.0");
  EXPECT_EQ(data["item_title"], "Exploitation");
  EXPECT_EQ(data["source"]["path"], "halton.txt");
  EXPECT_EQ(data["source"]["first_line"], 12);
  EXPECT_EQ(data["source"]["last_line"], 20);
}

TEST(IndexerIndex, MeetingDocumentCarriesAttendanceWithStatus) {
  TempDir dir;
  testing::build_fixture_index(dir.str("db"));
  Xapian::Database db(dir.str("db"));
  Xapian::Document doc = only_doc_with(db, "Qmeeting:aaaaaaaaaaaa-2011-11-29");
  for (const char* term : {"XPgerald-meehan", "XSpresent:gerald-meehan", "XSchair:gerald-meehan",
                           "XSapologies:jane-lunt", "XOhalton-and-st-helens-pct", "meehan"})
    EXPECT_TRUE(has_term(doc, term)) << term;
  EXPECT_EQ(db.get_termfreq("XSapologies:gerald-meehan"), 1u);  // West Cheshire only
  EXPECT_EQ(doc.get_value(indexer::slot::kPeople), std::string("gerald-meehan\x1fjane-lunt\x1fkaren-hickey"));
}

TEST(IndexerIndex, TopicNamesAreSynonymsOfEachOther) {
  TempDir dir;
  testing::build_fixture_index(dir.str("db"));
  Xapian::Database db(dir.str("db"));
  std::vector<std::string> synonyms(db.synonyms_begin("cse"), db.synonyms_end("cse"));
  EXPECT_NE(std::find(synonyms.begin(), synonyms.end(), "child sexual exploitation"), synonyms.end());
  std::vector<std::string> back(db.synonyms_begin("child sexual exploitation"),
                                db.synonyms_end("child sexual exploitation"));
  EXPECT_NE(std::find(back.begin(), back.end(), "cse"), back.end());
  EXPECT_EQ(db.get_metadata("crossboard.format"), indexer::metadata::kFormatVersion);
}

TEST(IndexerIndex, ReopeningAnotherFormatIsAnEnvironmentError) {
  TempDir dir;
  {
    Xapian::WritableDatabase db(dir.str("db"), Xapian::DB_CREATE);
    db.set_metadata("crossboard.format", "0");
    db.add_document(Xapian::Document());
    db.commit();
  }
  EXPECT_THROW(indexer::IndexWriter writer(dir.str("db")), indexer::EnvironmentError);
}

// ---- Incremental runs over real files ----

void write_file(const std::filesystem::path& path, const std::string& content) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path) << content;
}

class IncrementalIndex : public ::testing::Test {
 protected:
  void SetUp() override {
    write_file(dir_.path() / "minutes" / "a.txt",
               "Board A\nMinutes of the meeting held on 1 March 2016\nCSE was discussed.\n");
    write_file(dir_.path() / "minutes" / "b.md",
               "Board B\nMinutes of the meeting held on 2 March 2016\nNothing.\n");
    write_file(dir_.path() / "minutes" / "notes.csv", "not,minutes\n");
    options_.paths = {(dir_.path() / "minutes").string()};
    options_.db_path = dir_.str("db");
  }
  indexer::IndexSummary run() { return indexer::run_index(options_, annotator_); }
  Xapian::rev revision() { return Xapian::Database(options_.db_path).get_revision(); }

  TempDir dir_;
  indexer::IndexOptions options_;
  corpus::Annotator annotator_;
};

TEST_F(IncrementalIndex, FirstRunIndexesEveryMinutesFile) {
  indexer::IndexSummary s = run();
  EXPECT_EQ(s.files, 2u);  // the .csv is not a minutes file
  EXPECT_EQ(s.added, 2u);
  EXPECT_EQ(s.unchanged, 0u);
  EXPECT_TRUE(s.wrote);
  EXPECT_EQ(Xapian::Database(options_.db_path).get_termfreq("XDTfile"), 2u);
}

TEST_F(IncrementalIndex, UnchangedRunWritesNothing) {
  run();
  Xapian::rev before = revision();
  indexer::IndexSummary s = run();
  EXPECT_EQ(s.unchanged, 2u);
  EXPECT_EQ(s.added + s.replaced + s.removed, 0u);
  EXPECT_FALSE(s.wrote);
  EXPECT_EQ(revision(), before);
}

TEST_F(IncrementalIndex, ChangedFileReplacesItsDocuments) {
  run();
  Xapian::Database first(options_.db_path);
  Xapian::doccount docs = first.get_doccount();
  write_file(dir_.path() / "minutes" / "a.txt",
             "Board A\nMinutes of the meeting held on 1 March 2016\nMASH was discussed.\n");
  indexer::IndexSummary s = run();
  EXPECT_EQ(s.replaced, 1u);
  EXPECT_EQ(s.unchanged, 1u);
  Xapian::Database db(options_.db_path);
  EXPECT_EQ(db.get_doccount(), docs);
  indexer::IndexWriter writer(dir_.str("db2"));  // a writer elsewhere does not disturb the first
  EXPECT_EQ(db.get_termfreq("XDTfile"), 2u);
}

// Topic and name-group terms follow the taxonomy: a run with another topics
// file reads every file again, and a run with the same one reads none.
TEST_F(IncrementalIndex, AnotherTopicsFileRereadsEveryFile) {
  write_file(dir_.path() / "minutes" / "c.txt",
             "Board C\nMinutes of the meeting held on 3 March 2016\n\n1. Updates\n"
             "The parking report was discussed and noted.\n");
  run();
  std::filesystem::path topics = dir_.path() / "topics.tsv";
  write_file(topics, "parking\tCar parking\t\t\tparking report\n");
  // As `index --topics` does: the annotator and the index follow one file.
  corpus::AnnotateOptions with_topics;
  with_topics.topics_file = topics.string();
  corpus::Annotator annotator(with_topics);
  options_.topics_file = topics.string();
  indexer::IndexSummary s = indexer::run_index(options_, annotator);
  EXPECT_EQ(s.replaced, 3u);
  EXPECT_EQ(s.unchanged, 0u);
  // Board C's item 1 names the new topic: its term is there now.
  EXPECT_EQ(Xapian::Database(options_.db_path).get_termfreq("XTparking"), 1u);
  {
    // The index is queried with its own topics: the label and the synonym
    // the file gives name the topic, as the built-in taxonomy never does.
    Xapian::Database db(options_.db_path);
    EXPECT_EQ(indexer::index_taxonomy(db)->find("car parking")->id, "parking");
    query::ParsedQuery by_label = query::parse_query("topic:\"Car parking\"", db);
    EXPECT_EQ(by_label.topics, std::vector<std::string>{"parking"});
    Xapian::Enquire enquire(db);
    enquire.set_query(by_label.query);
    EXPECT_EQ(enquire.get_mset(0, 10).get_matches_estimated(), 1u);
    EXPECT_EQ(query::parse_query("the parking report", db).topics, std::vector<std::string>{"parking"});
  }
  s = indexer::run_index(options_, annotator);
  EXPECT_EQ(s.unchanged, 3u);
  EXPECT_FALSE(s.wrote);
  options_.topics_file.clear();  // back to the built-in taxonomy: read again, the topic gone
  s = run();
  EXPECT_EQ(s.replaced, 3u);
  EXPECT_EQ(Xapian::Database(options_.db_path).get_termfreq("XTparking"), 0u);
  EXPECT_THROW(query::parse_query("topic:\"Car parking\"", Xapian::Database(options_.db_path)), query::QueryError);
}

TEST_F(IncrementalIndex, PruneRemovesFilesGoneFromTheGivenPaths) {
  run();
  std::filesystem::remove(dir_.path() / "minutes" / "b.md");
  indexer::IndexSummary kept = run();
  EXPECT_EQ(kept.removed, 0u);
  EXPECT_EQ(Xapian::Database(options_.db_path).get_termfreq("XDTfile"), 2u);
  options_.prune = true;
  indexer::IndexSummary pruned = run();
  EXPECT_EQ(pruned.removed, 1u);
  Xapian::Database db(options_.db_path);
  EXPECT_EQ(db.get_termfreq("XDTfile"), 1u);
  EXPECT_FALSE(db.term_exists("XF" + indexer::file_key(dir_.path() / "minutes" / "b.md")));
}

TEST_F(IncrementalIndex, PruneLeavesFilesOutsideTheGivenPaths) {
  write_file(dir_.path() / "other" / "c.txt", "Board C\nMinutes\n");
  options_.paths.push_back((dir_.path() / "other").string());
  run();
  options_.paths = {(dir_.path() / "minutes").string()};
  options_.prune = true;
  EXPECT_EQ(run().removed, 0u);
  EXPECT_EQ(Xapian::Database(options_.db_path).get_termfreq("XDTfile"), 3u);
}

TEST_F(IncrementalIndex, BadFilesAreSkippedWithAReasonAndTheRunGoesOn) {
  write_file(dir_.path() / "minutes" / "empty.txt", "");
  options_.paths.push_back(dir_.str("missing-folder"));
  indexer::IndexSummary s = run();
  EXPECT_EQ(s.added, 2u);
  ASSERT_EQ(s.skipped.size(), 2u);
  EXPECT_EQ(s.skipped[0].reason, "no such file or directory");
  EXPECT_EQ(s.skipped[1].reason, "empty file");
}

// Two threads write a new index in two lanes, merged; into the existing
// index the next run writes with one writer (a merge would rewrite it all).
TEST_F(IncrementalIndex, OnlyANewIndexIsWrittenInLanes) {
  options_.threads = 2;
  indexer::IndexSummary first = run();
  EXPECT_EQ(first.lanes, 2u);
  EXPECT_EQ(first.added, 2u);
  EXPECT_EQ(Xapian::Database(options_.db_path).get_termfreq("XDTfile"), 2u);
  write_file(dir_.path() / "minutes" / "c.txt",
             "Board C\nMinutes of the meeting held on 3 March 2016\nCSE.\n");
  indexer::IndexSummary second = run();
  EXPECT_EQ(second.lanes, 1u);
  EXPECT_EQ(second.added, 1u);
  EXPECT_EQ(second.unchanged, 2u);
  EXPECT_EQ(Xapian::Database(options_.db_path).get_termfreq("XDTfile"), 3u);
}

}  // namespace
}  // namespace crossboard
