// The one slug rule and the one word rule end to end: invented minutes are
// parsed, annotated, indexed and searched, and a name or number typed as the
// minutes write it finds them.
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <string>

#include "corpus/annotate.h"
#include "corpus/extract.h"
#include "corpus/text_util.h"
#include "indexer/index_writer.h"
#include "query/search.h"
#include "query_fixture.h"

namespace crossboard {
namespace {

// Invented minutes: a board whose name holds '&', numbers, money, a minute
// number, a possessive and a "+" word.
constexpr const char* kMinutes =
    "Minutes of the Riverside Health & Wellbeing Board held on 14 March 2019\n"
    "\n"
    "Present: Cllr Petra Vossberg (Chair), Anil Fairweather, Oona Trelawny\n"
    "\n"
    "1. Planning obligations\n"
    "The section 106 agreement secures a new hedge 400 metres long; the invoice of\n"
    "£2808.30 was approved in 2019.\n"
    "\n"
    "2. Matters arising\n"
    "Minute 142/19 was confirmed. The CSE's new lead and the LGBTQ+ youth forum reported.\n";

class OneRule : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new testing::TempDir;
    corpus::FileRecord record = testing::index_minutes(*dir_, "riverside.txt", kMinutes);
    ASSERT_TRUE(record.ok()) << record.error;
    ASSERT_EQ(record.meetings.size(), 1u);
    board_id_ = new std::string(record.meetings[0].board_id);
  }
  static void TearDownTestSuite() {
    delete dir_;
    delete board_id_;
  }

  // "meeting" or the item number of each hit.
  static std::set<std::string> hits(const std::string& q) {
    query::SearchOptions options;
    options.limit = 100;
    std::set<std::string> out;
    for (const query::Hit& h : query::Searcher({dir_->str("db")}).search(q, options).hits)
      out.insert(h.type == "meeting" ? "meeting" : h.item_number);
    return out;
  }

  static testing::TempDir* dir_;
  static std::string* board_id_;
};

testing::TempDir* OneRule::dir_ = nullptr;
std::string* OneRule::board_id_ = nullptr;

using Set = std::set<std::string>;

TEST_F(OneRule, ABoardNameWithAnAmpersandIsFoundAsCrossboardPrintsIt) {
  EXPECT_EQ(*board_id_, "riverside-health-and-wellbeing-board");
  Set all{"meeting", "1", "2"};
  EXPECT_EQ(hits("board:\"Riverside Health & Wellbeing Board\""), all);
  EXPECT_EQ(hits("board:riverside-health-and-wellbeing-board"), all);
  EXPECT_EQ(hits("board:\"health & wellbeing\""), all);
  EXPECT_EQ(hits("board:\"health and wellbeing\""), all);
}

TEST_F(OneRule, UnquotedNumbersMatchAsTheIndexHoldsThem) {
  EXPECT_EQ(hits("2019"), (Set{"1"}));  // the year in the item's text; the header's date is no text
  EXPECT_EQ(hits("400"), (Set{"1"}));
  EXPECT_EQ(hits("section 106"), (Set{"1"}));
  EXPECT_EQ(hits("hedge 400"), (Set{"1"}));
}

TEST_F(OneRule, QuotedMoneyAndMinuteNumbersMatch) {
  EXPECT_EQ(hits("\"2808.30\""), (Set{"1"}));
  EXPECT_EQ(hits("2808.30"), (Set{"1"}));
  EXPECT_EQ(hits("\"142/19\""), (Set{"2"}));
  EXPECT_EQ(hits("\"section 106\""), (Set{"1"}));
}

TEST_F(OneRule, AQuotedWordFindsItsPossessive) {
  EXPECT_EQ(hits("\"CSE\""), (Set{"2"}));
  EXPECT_EQ(hits("\"CSE new lead\""), (Set{"2"}));
  EXPECT_EQ(hits("\"LGBTQ+\""), (Set{"2"}));
}

}  // namespace
}  // namespace crossboard
