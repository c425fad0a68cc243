// Board identity, the boards file, header boards from real layouts' shapes,
// glued dates and areas. Every name and place here is invented.
#include <gtest/gtest.h>

#include <stdexcept>

#include "corpus/annotate.h"
#include "corpus/boards.h"
#include "corpus/dates.h"
#include "corpus/minutes_parser.h"

namespace crossboard::corpus {
namespace {

TEST(BoardIdentity, OneIdForTheSpellingsOfOneBody) {
  // Case, title words, occasion words, "PC", glue and a trailing month: one parish council.
  for (const char* name : {"Gorsby Vale Parish Council", "GORSBY VALE PARISH COUNCIL", "Minutes of the Gorsby Vale PC",
                           "Virtual Gorsby Vale Parish Council", "Gorsby Vale Annual Parish Council",
                           "Draft Minutes of the Gorsby Vale Parish Council meeting", "Gorsby ValeParish Council",
                           "MINUTES OFGORSBY VALE PARISH COUNCIL", "July meeting of the Gorsby Vale Parish Council",
                           "Gorsby Vale Extraordinary Parish Council", "Gorsby Vale PC Minutes March"})
    EXPECT_EQ(board_identity(tidy_board_name(name)), "gorsby-vale-parish-council") << name;
}

TEST(BoardIdentity, AbbreviationsAndAmpersands) {
  EXPECT_EQ(board_identity("Barset LSCB"), board_identity("Barset Local Safeguarding Children Board"));
  EXPECT_EQ(board_identity("Barset LSCB"), "barset-safeguarding-children-board");
  EXPECT_EQ(board_identity("Barset HWB"), "barset-health-and-wellbeing-board");
  EXPECT_EQ(board_identity("Barset Health & Well-being Board"), "barset-health-and-wellbeing-board");
  EXPECT_EQ(board_identity("Barset Safeguarding Adult Board"), board_identity("Barset SAB"));
  EXPECT_EQ(board_identity("Barset CCG Governing Body"), "barset-clinical-commissioning-group-governing-body");
  EXPECT_EQ(board_identity("Barset YOT Management Board"), "barset-youth-offending-team-management-board");
  EXPECT_EQ(board_identity("Barset CSP"), "barset-community-safety-partnership");
  EXPECT_EQ(board_identity("Barset CPP"), "barset-corporate-parenting-panel");
}

TEST(BoardIdentity, TheAuthorityBeforeOrAfterTheBody) {
  EXPECT_EQ(board_identity("Barset County Council Corporate Parenting Panel"), "barset-corporate-parenting-panel");
  EXPECT_EQ(board_identity("Corporate Parenting Panel of Barset County Council"), "barset-corporate-parenting-panel");
  // A name without a place takes the meeting's stated area.
  EXPECT_EQ(board_identity("Corporate Parenting Panel", "Barset"), "barset-corporate-parenting-panel");
  EXPECT_EQ(board_identity("Barset Corporate Parenting Panel", "Barset"), "barset-corporate-parenting-panel");
  // A council meeting as a whole keeps its council words.
  EXPECT_EQ(board_identity("BARSET COUNTY COUNCIL"), "barset-county-council");
  // A parish meeting (the electors) is not the parish council.
  EXPECT_EQ(board_identity("Gorsby Annual Parish Meeting"), "gorsby-parish-meeting");
}

TEST(BoardIdentity, WordsAfterTheBodyAreNotItsName) {
  EXPECT_EQ(board_identity("Gorsby Parish Council Councillors are summoned"), "gorsby-parish-council");
  EXPECT_EQ(board_identity("5 Gorsby Parish Council Page 1"), "gorsby-parish-council");
}

TEST(LocalCouncil, ThePlaceIsTheParish) {
  std::string place;
  ASSERT_TRUE(is_local_council("Minutes of the meeting of the Little Gorsby Parish Council", place));
  EXPECT_EQ(place, "Little Gorsby");
  ASSERT_TRUE(is_local_council("Oxley Town Council", place));
  EXPECT_EQ(place, "Oxley");
  ASSERT_TRUE(is_local_council("Nether Brill and Stowe PC", place));
  EXPECT_EQ(place, "Nether Brill and Stowe");
  ASSERT_TRUE(is_local_council("Minutes of Stoke brilling Parish Council", place));
  EXPECT_EQ(place, "Stoke brilling");  // spelled one way by annotate: "Stoke Brilling"
  EXPECT_FALSE(is_local_council("NB PC", place));  // initials name no parish
  EXPECT_FALSE(is_local_council("the minutes of our Parish Council", place));
  EXPECT_FALSE(is_local_council("Barset Safeguarding Adults Board", place));
}

TEST(BoardNames, MergesGiveTheFirstNameAndLineageTheLast) {
  BoardNames b = BoardNames::from_string(
      "# invented\n"
      "Gorsby Vale Parish Council = Grosby Vale PC = GV Parish Council\n"
      "Barset Local Safeguarding Children Board -> Barset Safeguarding Children Partnership\n"
      "Barset PCT -> Barset CCG\n",
      "boards.txt");
  BoardNames::Resolved r = b.resolve(board_identity("Grosby Vale Parish Council"));
  EXPECT_EQ(r.id, "gorsby-vale-parish-council");
  EXPECT_EQ(r.name, "Gorsby Vale Parish Council");
  EXPECT_EQ(r.rule, "boards.txt:2");
  EXPECT_EQ(b.resolve("barset-cabinet").id, "barset-cabinet");  // not in the file: as it was
  EXPECT_EQ(b.lineage_head("barset-safeguarding-children-board"), "barset-safeguarding-children-partnership");
  EXPECT_EQ(b.lineage("barset-safeguarding-children-partnership"),
            (std::vector<std::string>{"barset-safeguarding-children-board", "barset-safeguarding-children-partnership"}));
  EXPECT_EQ(b.lineage_head("barset-primary-care-trust"), "barset-clinical-commissioning-group");
  EXPECT_EQ(b.name_of("barset-clinical-commissioning-group"), "Barset CCG");
}

TEST(BoardNames, BadLinesNameTheFileAndLine) {
  auto error = [](const char* text) {
    try {
      BoardNames::from_string(text, "b.txt");
    } catch (const std::runtime_error& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_TRUE(error("Barset Panel\n").starts_with("b.txt:1: expected")) << error("Barset Panel\n");
  EXPECT_TRUE(error("A Board -> \n").starts_with("b.txt:1: expected"));
  EXPECT_TRUE(error("# c\nA Board -> B Board\nB Board -> A Board\n").starts_with("b.txt:3:"));
  EXPECT_TRUE(error("A Board -> A Board\n").starts_with("b.txt:1: a board cannot follow itself"));
}

TEST(Dates, GluedAndSplitOrdinals) {
  EXPECT_EQ(find_date("Date:4thApril2016")->iso, "2016-04-04");
  EXPECT_EQ(find_date("Thursday12thJune2014")->iso, "2014-06-12");
  EXPECT_EQ(find_date("Friday 2 nd October 2015")->iso, "2015-10-02");
  // A word glued on a number that is no weekday is not a date's start.
  EXPECT_FALSE(find_date("Room12thMay").has_value());
}

const Meeting& only(const std::vector<Meeting>& meetings) {
  EXPECT_EQ(meetings.size(), 1u);
  return meetings.front();
}

TEST(HeaderBoard, AuthorityOnTheLineAboveTheTitle) {
  std::vector<Meeting> m = parse_minutes_string(
      "TORVALE YOUTH OFFENDING SERVICE\n\nMinutes of the YOS Management Board\n\nMonday 6th May 2019, 2pm\n\n"
      "Present:\nAnn Pole, Head of Service\n\n1. Welcome\nThe chair welcomed members.\n");
  EXPECT_EQ(only(m).board, "Torvale YOS Management Board");
  EXPECT_EQ(m[0].board_id, "torvale-youth-offending-service-management-board");
  EXPECT_EQ(m[0].date, "2019-05-06");
}

TEST(HeaderBoard, CouncilBannerOverAModernGovTitle) {
  std::vector<Meeting> m = parse_minutes_string(
      "Agenda and minutes - Health and Wellbeing Board - Tuesday, 3rd March, 2020 2.00 pm\nOxley Borough Council\n"
      "Home > Committees > Health and Wellbeing Board\nHealth and Wellbeing Board\nTuesday, 3rd March, 2020 2.00 pm\n"
      "Present:\nCllr Di Ung (Chair)\n\n1. Apologies\nNone.\n");
  EXPECT_EQ(only(m).board, "Oxley Health and Wellbeing Board");
  EXPECT_EQ(m[0].date, "2020-03-03");
}

TEST(HeaderBoard, NotATableRowOrAPersonOrAnUploadStamp) {
  std::vector<Meeting> m = parse_minutes_string(
      "Brill Safeguarding Adults Board minutes - May 2009 (PDF) uploaded 2014-02-11 10:12\n"
      "BSAB meeting\n\nMeeting Title:\tBrill Safeguarding Adults Board\nthDate:\t12 May 2009\n\n"
      "Ann Pole\tIndependent Chair\tBrill Council\nBo Reed\tDirector\tBrill County Council\n\n1. Welcome\nNoted.\n");
  EXPECT_EQ(only(m).board, "Brill Safeguarding Adults Board");
  EXPECT_EQ(m[0].date, "2009-05-12");  // not the upload stamp's date
}

TEST(HeaderBoard, NamedOnlyInTheOpeningSentence) {
  std::vector<Meeting> m = parse_minutes_string(
      "MINUTES\n\nA meeting of Oxley Children's Partnership was held on Wednesday, 9th June, 2021 at 10 a.m.\n\n"
      "Present:\nCllr Di Ung (Chair)\n\n1. Apologies\nNone.\n");
  EXPECT_EQ(only(m).board, "Oxley Children's Partnership");
  EXPECT_EQ(m[0].date, "2021-06-09");
}

TEST(HeaderBoard, NamedOnlyInTheWelcome) {
  std::vector<Meeting> m = parse_minutes_string(
      "MINUTES\n\nTuesday 4th May 2021, 2pm\n\n1. Welcome\nThe Chair welcomed all to the first meeting of the newly "
      "formed Oxley Safeguarding Adults Board.\n\n2. Apologies\nNone.\n");
  EXPECT_EQ(only(m).board, "Oxley Safeguarding Adults Board");
  bool said = false;
  for (const Diagnostic& d : m[0].diagnostics) said = said || d.message.find("taken from the text of item 1") != std::string::npos;
  EXPECT_TRUE(said);
}

TEST(HeaderBoard, FlattenedHeaderLine) {
  std::vector<Meeting> m = parse_minutes_string(
      "OXLEY LOCAL SAFEGUARDING CHILDREN BOARD MINUTES OF BOARD MEETING Tuesday 3rd March 2015, 10am Room 4 "
      "Present Ann Pole Chair Bo Reed Director 1. Minutes The minutes of the meeting held on 6th January 2015 "
      "were agreed.\n");
  EXPECT_EQ(only(m).board, "OXLEY LOCAL SAFEGUARDING CHILDREN BOARD");
  EXPECT_EQ(m[0].date, "2015-03-03");  // not the last meeting's date
}

TEST(Areas, RealAuthoritiesAndParishesOnly) {
  Annotator annotator;
  auto area_of = [&](const char* text) {
    std::vector<Meeting> m = parse_minutes_string(text);
    annotator.annotate(m[0]);
    return m[0];
  };
  // A county in capitals is the county by its one name.
  EXPECT_EQ(area_of("KENT COUNTY COUNCIL\n\nMinutes of a meeting of the Corporate Parenting Panel held on 2 May 2019\n\n"
                    "1. Apologies\nNone.\n")
                .area,
            "Kent");
  // A parish council's area is its parish, spelled one way; "Stoke" in its name is no Stoke-on-Trent.
  Meeting parish = area_of("STOKE BRILLING PARISH COUNCIL\nMinutes of the meeting held on 2 May 2019\n\n1. Apologies\nNone.\n");
  EXPECT_EQ(parish.area, "Stoke Brilling");
  // A place no gazetteer knows is no area: empty, and said.
  Meeting unknown = area_of("Torvale Safeguarding Adults Board\nMinutes of the meeting held on 2 May 2019\n\n"
                            "1. Apologies\nNone.\n");
  EXPECT_EQ(unknown.area, "");
  bool warned = false;
  for (const Diagnostic& d : unknown.diagnostics) warned = warned || d.message.find("\"Torvale\"") != std::string::npos;
  EXPECT_TRUE(warned);
}

TEST(MeetingId, PublishedTwiceIsOneMeeting) {
  const char* text = "Oxley Town Council\nMinutes of the meeting held on 2 May 2019\n\n1. Apologies\nNone.\n";
  Meeting a = parse_minutes_string(text, "a.txt")[0];
  Meeting b = parse_minutes_string(text, "copy/b.txt")[0];
  EXPECT_EQ(a.id, b.id);
  Meeting other = parse_minutes_string("Oxley Town Council\nMinutes of the meeting held on 9 May 2019\n\n"
                                       "1. Apologies\nNone.\n",
                                       "a.txt")[0];
  EXPECT_NE(a.id, other.id);
}

}  // namespace
}  // namespace crossboard::corpus
