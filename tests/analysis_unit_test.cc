// Analyses on small indexes built from hand-made meetings: no hits, one board, empty years, registers,
// watches.
#include <gtest/gtest.h>

#include "analysis/compare.h"
#include "analysis/cooccur.h"
#include "analysis/evidence.h"
#include "analysis/passages.h"
#include "analysis/registers.h"
#include "analysis/table.h"
#include "analysis/terms.h"
#include "analysis/timeline.h"
#include "analysis/watch.h"
#include "corpus/text_util.h"
#include "indexer/documents.h"
#include "query/query_parser.h"
#include "query_fixture.h"

namespace crossboard {
namespace {

using testing::TempDir;

corpus::Meeting meeting(const std::string& board, const std::string& area, const std::string& date,
                        std::vector<corpus::Item> items) {
  corpus::Meeting m;
  m.board = board;
  m.board_id = corpus::slugify(board);
  m.area = area;
  m.date = date;
  m.kind = "minutes";
  m.items = std::move(items);
  return m;
}

corpus::FileRecord file(const std::string& name, corpus::Meeting m) {
  return testing::record(name, std::string(64, name[0]), std::move(m));
}

// Alpha met in 2014 and 2016 (not 2015); Beta met once, in 2016.
void build(const std::string& db_path) {
  corpus::Item cse = testing::item("1", "Exploitation",
                                   "CSE was discussed. The CSE team and child sexual "
                                   "exploitation leads reported.",
                                   {"cse", "missing-children"}, 5, 9);
  cse.decisions = {{"That the CSE strategy be approved.", 8}};
  cse.actions = {{"KH to circulate the strategy.", {"Karen Hickey"}, {"karen-hickey"}, {}, "2014-05-01", 9}};
  corpus::Item other = testing::item("2", "Budget", "The budget was noted.", {}, 10, 11);
  corpus::Item cse2016 =
      testing::item("3", "Missing", "Missing children and CSE.", {"cse", "missing-children"}, 3, 4);
  corpus::Item beta = testing::item("1", "Missing", "Missing children audit.", {"missing-children"}, 2, 3);
  beta.actions = {{"Audit to go to the board.", {"ALL"}, {}, {}, "", 3}};
  indexer::IndexWriter writer(db_path);
  writer.write_synonyms(corpus::Taxonomy::builtin());
  writer.write_file(file("a2014.txt", meeting("Alpha Board", "Alphashire", "2014-03-01", {cse, other})));
  writer.write_file(file("b2016.txt", meeting("Alpha Board", "Alphashire", "2016-03-01", {cse2016})));
  writer.write_file(file("c2016.txt", meeting("Beta Board", "Betashire", "2016-06-01", {beta})));
  writer.commit();
}

class AnalysisUnit : public ::testing::Test {
 protected:
  void SetUp() override {
    build(dir_.str("db"));
    db_ = Xapian::Database(dir_.str("db"));
  }
  TempDir dir_;
  Xapian::Database db_;
};

const analysis::CompareRow& row(const analysis::Comparison& c, const std::string& board,
                                const std::string& year) {
  for (const auto& r : c.rows)
    if (r.board_id == board && r.year == year) return r;
  throw std::runtime_error("no row " + board + " " + year);
}

TEST_F(AnalysisUnit, CompareCountsMeetingsItemsAndMentions) {
  analysis::Comparison c = analysis::compare(db_, {"CSE"}, analysis::GroupBy::board);
  ASSERT_EQ(c.rows.size(), 2u);
  const auto& alpha = row(c, "alpha-board", "");
  EXPECT_EQ(alpha.meetings_held, 2u);
  EXPECT_EQ(alpha.meetings, 2u);
  EXPECT_EQ(alpha.items, 2u);
  // "Exploitation" title names nothing; text: CSE, CSE, child sexual exploitation; then CSE in 2016.
  EXPECT_EQ(alpha.mentions, 4u);
  const auto& beta = row(c, "beta-board", "");
  EXPECT_EQ(beta.meetings_held, 1u);
  EXPECT_EQ(beta.items, 0u);
  EXPECT_FALSE(beta.absent());
}

TEST_F(AnalysisUnit, CompareEmptyYearIsAbsentNotZero) {
  analysis::Comparison c = analysis::compare(db_, {"cse"}, analysis::GroupBy::board_year);
  EXPECT_EQ(c.rows.size(), 6u);  // 2 boards × 2014..2016
  EXPECT_TRUE(row(c, "alpha-board", "2015").absent());
  EXPECT_TRUE(row(c, "beta-board", "2014").absent());
  EXPECT_FALSE(row(c, "beta-board", "2016").absent());
  EXPECT_EQ(row(c, "beta-board", "2016").items, 0u);
  analysis::Comparison years = analysis::compare(db_, {"cse"}, analysis::GroupBy::year);
  ASSERT_EQ(years.rows.size(), 3u);
  EXPECT_TRUE(years.rows[1].absent());  // 2015: no board met
  EXPECT_EQ(years.rows[2].meetings_held, 2u);
  analysis::Table table = analysis::compare_table(c, false);
  EXPECT_NE(analysis::render_text(table).find("absent"), std::string::npos);
  EXPECT_TRUE(analysis::compare_json(c)["rows"][1]["items"].is_null());
}

TEST_F(AnalysisUnit, CompareTopicWithNoHitsGivesZeros) {
  analysis::Comparison c = analysis::compare(db_, {"adoption"}, analysis::GroupBy::area);
  ASSERT_EQ(c.rows.size(), 2u);
  for (const auto& r : c.rows) EXPECT_EQ(r.items, 0u);
  EXPECT_THROW(analysis::compare(db_, {"not-a-topic"}, analysis::GroupBy::board), analysis::InputError);
}

TEST_F(AnalysisUnit, EmptyIndexHasNoRowsAndNoYears) {
  TempDir empty;
  {
    indexer::IndexWriter writer(empty.str("db"));
    writer.commit();
  }
  Xapian::Database db(empty.str("db"));
  EXPECT_TRUE(analysis::compare(db, {"cse"}, analysis::GroupBy::board_year).rows.empty());
  EXPECT_TRUE(analysis::timeline(db, "cse").meetings.empty());
  EXPECT_TRUE(analysis::decision_register(db, "").empty());
  EXPECT_EQ(analysis::cooccur(db, "cse").items, 0u);
  EXPECT_TRUE(analysis::evidence_pack(db, "cse").themes.empty());
}

TEST_F(AnalysisUnit, RegistersCarryTextOwnersAndLines) {
  auto decisions = analysis::decision_register(db_, "");
  ASSERT_EQ(decisions.size(), 1u);
  EXPECT_EQ(decisions[0].text, "That the CSE strategy be approved.");
  EXPECT_EQ(decisions[0].line, 8);
  EXPECT_EQ(decisions[0].item.date, "2014-03-01");
  auto actions = analysis::action_register(db_, "", "hickey");
  ASSERT_EQ(actions.size(), 1u);
  EXPECT_EQ(actions[0].due, "2014-05-01");
  EXPECT_EQ(analysis::action_register(db_, "board:beta").size(), 1u);
  EXPECT_TRUE(analysis::action_register(db_, "board:beta", "hickey").empty());
  EXPECT_TRUE(analysis::decision_register(db_, "year:2016").empty());
}

TEST_F(AnalysisUnit, TimelineIsInDateOrderWithFirstAndLatestPerBoard) {
  analysis::Timeline t = analysis::timeline(db_, "missing children");
  ASSERT_EQ(t.meetings.size(), 3u);
  EXPECT_EQ(t.meetings[0].first().date, "2014-03-01");
  EXPECT_EQ(t.meetings[2].first().board, "Beta Board");
  ASSERT_EQ(t.boards.size(), 2u);
  EXPECT_EQ(t.boards[0].first_date, "2014-03-01");
  EXPECT_EQ(t.boards[0].latest_date, "2016-03-01");
  EXPECT_EQ(t.meetings[2].items[0].sentence, "Missing children audit.");
  EXPECT_EQ(analysis::timeline(db_, "cse", "beta").meetings.size(), 0u);
}

TEST_F(AnalysisUnit, CooccurLift) {
  analysis::Cooccurrence c = analysis::cooccur(db_, "cse");
  EXPECT_EQ(c.items, 2u);
  EXPECT_EQ(c.total_items, 4u);
  ASSERT_EQ(c.rows.size(), 1u);
  EXPECT_EQ(c.rows[0].topic.id, "missing-children");
  EXPECT_EQ(c.rows[0].together, 2u);
  EXPECT_DOUBLE_EQ(c.rows[0].lift, 2.0 * 4 / (2 * 3));
}

TEST_F(AnalysisUnit, EvidenceGroupsByTheQueryTopics) {
  // The parser reports the topics a query names; evidence groups by them.
  std::vector<std::string> topics =
      query::parse_query("cse OR \"missing children\" -adoption board:x", db_).topics;
  EXPECT_EQ(topics, (std::vector<std::string>{"cse", "missing-children"}));
  // In the query's order, each once, never what it excludes, whatever the brackets.
  EXPECT_EQ(query::parse_query("(topic:missing-children OR CSE) child sexual exploitation NOT adoption", db_).topics,
            (std::vector<std::string>{"missing-children", "cse"}));
  analysis::EvidencePack pack = analysis::evidence_pack(db_, "topic:cse OR topic:missing-children");
  EXPECT_EQ(pack.passages.size(), 3u);
  ASSERT_EQ(pack.themes.size(), 2u);
  EXPECT_EQ(pack.themes[0].boards.size(), 1u);  // CSE: Alpha only
  EXPECT_EQ(pack.themes[1].boards.size(), 2u);
  std::string md = analysis::evidence_markdown(pack);
  EXPECT_NE(md.find("`a2014.txt`, lines 5–9"), std::string::npos) << md;
  EXPECT_NE(md.find("- KH to circulate the strategy. — Karen Hickey (due 2014-05-01)"), std::string::npos)
      << md;
  EXPECT_TRUE(analysis::evidence_pack(db_, "nothingmatchesthis").passages.empty());
}

TEST_F(AnalysisUnit, TermsOfOneBoardAgainstTheRest) {
  analysis::DistinctiveTerms t = analysis::distinctive_terms(db_, "alpha", 10, 2);
  ASSERT_FALSE(t.terms.empty());
  // "cse" 3 times in Alpha's text, never elsewhere; "budget" as often (a title counts twice).
  auto cse = std::find_if(t.terms.begin(), t.terms.end(), [](const auto& s) { return s.term == "cse"; });
  ASSERT_NE(cse, t.terms.end());
  EXPECT_EQ(cse->board_count, 3u);
  EXPECT_EQ(cse->rest_count, 0u);
  EXPECT_EQ(t.terms[0].g2, cse->g2);
  EXPECT_TRUE(std::none_of(t.terms.begin(), t.terms.end(), [](const auto& s) { return s.term == "audit"; }));
  EXPECT_THROW(analysis::distinctive_terms(db_, "gamma"), analysis::InputError);
}

TEST_F(AnalysisUnit, WatchReportsOnlyWhatWasIndexedAfterItsMark) {
  analysis::Watch w{"missing", "topic:missing-children", "t0", "", db_.get_lastdocid()};
  EXPECT_TRUE(analysis::run_watch(db_, w, "").hits.empty());
  {
    indexer::IndexWriter writer(dir_.str("db"));
    corpus::Item item = testing::item("1", "Missing", "Missing children again.", {"missing-children"});
    writer.write_file(file("d2017.txt", meeting("Beta Board", "Betashire", "2017-01-01", {item})));
    writer.commit();
  }
  Xapian::Database db(dir_.str("db"));
  analysis::WatchReport r = analysis::run_watch(db, w, "");
  ASSERT_EQ(r.hits.size(), 1u);
  EXPECT_EQ(r.hits[0].item.date, "2017-01-01");
  EXPECT_EQ(r.total, 4u);
  EXPECT_TRUE(analysis::run_watch(db, w, "").hits.empty());  // marked as run
  EXPECT_EQ(analysis::run_watch(db, w, "2000-01-01").hits.size(), 4u);

  analysis::WatchList list;
  list.add(w);
  EXPECT_THROW(list.add(w), analysis::InputError);
  EXPECT_THROW(list.add({"bad name", "x", "", "", 0}), analysis::InputError);
  std::string path = analysis::WatchList::path_for(dir_.str("db"));
  list.save(path);
  EXPECT_EQ(analysis::WatchList::load(path).watches().at(0).seen_up_to, w.seen_up_to);
}

TEST(AnalysisPassages, SentencesAndTables) {
  EXPECT_EQ(analysis::sentence_at("First one. Second has CSE here. Third.", 25), "Second has CSE here.");
  EXPECT_EQ(analysis::topic_sentence("The budget. Then CSE came up.\nNext.", "cse"), "Then CSE came up.");
  EXPECT_EQ(analysis::topic_sentence("No topic here. None.", "cse"), "No topic here.");
  EXPECT_EQ(analysis::strip_marks("a **b** c"), "a b c");
  analysis::Table t{{"name", "n"}, {false, true}, {{"é", "1"}, {"ab", "10"}}};
  EXPECT_EQ(analysis::render_text(t), "name   n\n----  --\né      1\nab    10\n");
  EXPECT_EQ(analysis::render_csv({{"a", "b"}, {}, {{"x,y", "say \"hi\""}}}),
            "a,b\n\"x,y\",\"say \"\"hi\"\"\"\n");
}

TEST(AnalysisPassages, TopicSentenceIsFoundLineByLine) {
  // The text is matched a line at a time; a mention on any line, at a line's
  // start or as a several-word synonym, is found as in the whole text.
  EXPECT_EQ(analysis::topic_sentence("Budget first.\nStaffing next.\nThen CSE came up. More.\n", "cse"),
            "Then CSE came up.");
  EXPECT_EQ(analysis::topic_sentence("Intro.\nCSE update given.\nEnd.", "cse"), "CSE update given.");
  EXPECT_EQ(analysis::topic_sentence("Intro.\n\nWork on child sexual exploitation continues.", "cse"),
            "Work on child sexual exploitation continues.");
}

TEST(AnalysisTables, TextCutsLongCellsJoinsLinesAndFillsShortRows) {
  // max_cell 5: "abcdefgh" becomes "abcd…"; "x\ny" is shown "x y"; the short
  // row's missing cells are blank; the header is never cut. Column widths
  // 3, 11 ("long header") and 1; "n" is right-aligned, so padded even last.
  analysis::Table t{{"a", "long header", "n"}, {false, false, true}, {{"x\ny", "abcdefgh", "7"}, {"z"}}};
  EXPECT_EQ(
      analysis::render_text(t, 5),
      "a    long header  n\n---  -----------  -\nx y  abcd\u2026        7\nz" + std::string(18, ' ') + "\n");
  EXPECT_EQ(analysis::render_csv({{"a"}, {}, {{"line\nbreak"}, {"plain"}}}), "a\n\"line\nbreak\"\nplain\n");
}

}  // namespace
}  // namespace crossboard
