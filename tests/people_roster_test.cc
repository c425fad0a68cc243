// read_roster on a small built index (name clash, alias merge and split, one board only) and `people` on the seeds.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

#include "analysis/people.h"
#include "corpus/text_util.h"
#include "indexer/documents.h"
#include "query_fixture.h"
#include "shared_data.h"

namespace crossboard {
namespace {

using corpus::AttendanceStatus;
using nlohmann::json;

corpus::Attendee listed(const std::string& name, AttendanceStatus status, const std::string& organisation = "",
                        const std::string& role = "") {
  corpus::Attendee a;
  a.name = name;
  a.status = status;
  a.organisation = organisation;
  a.role = role;
  return a;
}

corpus::Meeting meeting(const std::string& board, const std::string& area, const std::string& date,
                        std::vector<corpus::Attendee> attendance) {
  corpus::Meeting m;
  m.board = board;
  m.board_id = corpus::slugify(board);
  m.area = area;
  m.date = date;
  m.kind = "minutes";
  m.attendance = std::move(attendance);
  return m;
}

// Four meetings: a Halton officer who moves to Cheshire East (one person),
// two Sarah Lees in the North West and the East Midlands (a clash), one
// name spelt two ways, one person on one board only.
std::vector<corpus::Meeting> meetings() {
  using S = AttendanceStatus;
  return {
      meeting("Halton Children's Trust Executive Group", "Halton", "2011-11-29",
              {listed("Nigel Moorhouse", S::present, "HBC", "Operational Director"),
               listed("Anna-Marie Challinor", S::present),
               listed("Paula St Aubyn", S::apologies, "HBC")}),
      meeting("Cheshire East Health and Wellbeing Board", "Cheshire East", "2017-09-26",
              {listed("Nigel Moorhouse", S::in_attendance, "Cheshire East Council", "Director of Children Social Care"),
               listed("Annamarie Challinor", S::in_attendance, "The End of Life Partnership")}),
      meeting("Children's Trust Board", "Cheshire West and Chester", "2009-10-07",
              {listed("Sarah Lee", S::present, "School Forum", "Headteacher")}),
      meeting("Nottinghamshire Children's Trust Executive", "Nottinghamshire", "2017-01-19",
              {listed("Sarah Lee", S::observer), listed("Derek Higton", S::present, "Nottinghamshire County Council")}),
  };
}

class PeopleRosterTest : public ::testing::Test {
 protected:
  // Annotates the meetings with `aliases` (a file's text; none when empty) and indexes them.
  Xapian::Database build(const std::string& aliases = "") {
    corpus::AnnotateOptions options;
    if (!aliases.empty()) {
      options.aliases_file = dir_.str("aliases.txt");
      std::ofstream(options.aliases_file) << aliases;
    }
    corpus::Annotator annotator(options);
    indexer::IndexWriter writer(dir_.str("db"));
    int n = 0;
    for (corpus::Meeting m : meetings()) {
      annotator.annotate(m);
      ++n;
      writer.write_file(testing::record("m" + std::to_string(n) + ".txt", std::string(64, 'a' + n), m));
    }
    writer.set_aliases_record(annotator.aliases().label().empty()
                                  ? ""
                                  : json{{"file", annotator.aliases().label()}, {"text", annotator.aliases().text()}}
                                        .dump());
    writer.commit();
    return Xapian::Database(dir_.str("db"));
  }

  static std::string ids(const analysis::Roster& roster) {
    std::string out;
    for (const analysis::PersonRecord& p : roster.people)
      out += (out.empty() ? "" : " ") + p.person_id + (p.group ? "#" + std::to_string(p.group) : "");
    return out;
  }

  testing::TempDir dir_;
};

TEST_F(PeopleRosterTest, OnePersonAcrossNeighbouringBoardsWithStatusAtEach) {
  analysis::Roster roster = analysis::read_roster(build(), {"Nigel Moorhouse", false, {}});
  ASSERT_EQ(roster.people.size(), 1u);
  const analysis::PersonRecord& p = roster.people[0];
  EXPECT_EQ(p.group, 0);
  EXPECT_EQ(p.boards, (std::vector<std::string>{"Halton Children's Trust Executive Group",
                                                "Cheshire East Health and Wellbeing Board"}));
  EXPECT_EQ(p.organisations, (std::vector<std::string>{"Halton Borough Council", "Cheshire East Council"}));
  EXPECT_EQ(p.years, (std::vector<std::string>{"2011", "2017"}));
  ASSERT_EQ(p.meetings.size(), 2u);
  EXPECT_EQ(p.meetings[0].status, "present");
  EXPECT_EQ(p.meetings[0].organisation_as_written, "HBC");
  EXPECT_EQ(p.meetings[1].status, "in_attendance");
  EXPECT_TRUE(roster.clashes.empty());
}

TEST_F(PeopleRosterTest, NameClashIsShownApartAndReported) {
  analysis::Roster roster = analysis::read_roster(build(), {"Sarah Lee", false, {}});
  EXPECT_EQ(ids(roster), "sarah-lee#1 sarah-lee#2");
  ASSERT_EQ(roster.clashes.size(), 1u);
  EXPECT_EQ(roster.clashes[0].person_id, "sarah-lee");
  EXPECT_EQ(roster.people[0].region, "North West");
  EXPECT_EQ(roster.people[0].organisations, std::vector<std::string>{"School Forum"});
  EXPECT_EQ(roster.people[1].region, "East Midlands");
  EXPECT_EQ(roster.people[1].meetings[0].status, "observer");
  EXPECT_NE(roster.clashes[0].reason.find("(1) North West: Children's Trust Board 2009, School Forum"),
            std::string::npos)
      << roster.clashes[0].reason;
  // Across boards: neither Sarah Lee sat on two boards, but the clash is still reported.
  analysis::Roster across = analysis::read_roster(build(), {"", true, {}});
  EXPECT_EQ(ids(across), "nigel-moorhouse");
  EXPECT_EQ(across.clashes.size(), 1u);
}

TEST_F(PeopleRosterTest, AliasesMergeAndSplitAndAreMarked) {
  Xapian::Database db = build(
      "Anna-Marie Challinor = Annamarie Challinor\n"
      "Sarah Lee [board: nottinghamshire] = Sarah Lee of Nottinghamshire\n");
  analysis::Roster merged = analysis::read_roster(db, {"Anna-Marie Challinor", false, {}});
  ASSERT_EQ(merged.people.size(), 1u);
  const analysis::PersonRecord& anna = merged.people[0];
  EXPECT_EQ(anna.person_id, "anna-marie-challinor");
  EXPECT_TRUE(anna.from_aliases);
  ASSERT_EQ(anna.meetings.size(), 2u);
  EXPECT_EQ(anna.meetings[0].alias, "");               // Halton: the canonical spelling
  EXPECT_EQ(anna.meetings[1].alias, "aliases.txt:1");  // Cheshire East: "Annamarie"
  // Halton and Cheshire East are both North West; a vouched id would not be split anyway.
  EXPECT_TRUE(merged.clashes.empty());

  // Either spelling finds the whole person.
  analysis::Roster by_other_spelling = analysis::read_roster(db, {"Annamarie Challinor", false, {}});
  ASSERT_EQ(ids(by_other_spelling), "anna-marie-challinor");
  EXPECT_EQ(by_other_spelling.people[0].meetings.size(), 2u);

  analysis::Roster split = analysis::read_roster(db, {"Sarah Lee", false, {}});
  EXPECT_EQ(ids(split), "sarah-lee sarah-lee-of-nottinghamshire");
  EXPECT_TRUE(split.clashes.empty());
  EXPECT_EQ(split.people[1].meetings[0].alias, "aliases.txt:2");

  // Aliases given at query time replace those the index was built with.
  analysis::RosterOptions none{"Sarah Lee", false, corpus::PersonAliases()};
  EXPECT_EQ(ids(analysis::read_roster(db, none)), "sarah-lee#1 sarah-lee#2");
}

TEST_F(PeopleRosterTest, VouchedIdIsNeverShownApart) {
  Xapian::Database db = build("Sarah Lee = S Lee\n");
  analysis::Roster roster = analysis::read_roster(db, {"Sarah Lee", false, {}});
  EXPECT_EQ(ids(roster), "sarah-lee");
  EXPECT_TRUE(roster.clashes.empty());
}

TEST_F(PeopleRosterTest, PersonOnOneBoardOnlyAndPartialNames) {
  Xapian::Database db = build();
  analysis::Roster roster = analysis::read_roster(db, {"Aubyn", false, {}});
  ASSERT_EQ(ids(roster), "paula-st-aubyn");
  EXPECT_EQ(roster.people[0].boards, std::vector<std::string>{"Halton Children's Trust Executive Group"});
  EXPECT_EQ(roster.people[0].meetings[0].status, "apologies");
  EXPECT_EQ(ids(analysis::read_roster(db, {"Nobody", false, {}})), "");
  EXPECT_EQ(ids(analysis::read_roster(db, {"", true, {}})), "nigel-moorhouse");
}

TEST(RegionTest, AreasOfTheSeeds) {
  EXPECT_EQ(analysis::region_of("Halton"), "North West");
  EXPECT_EQ(analysis::region_of("Cheshire West and Chester"), "North West");
  EXPECT_EQ(analysis::region_of("Cheshire East"), "North West");
  EXPECT_EQ(analysis::region_of("Nottinghamshire"), "East Midlands");
  EXPECT_EQ(analysis::region_of("West Cheshire"), "");
}

// The real binary on the seed minutes. Every value checked by hand in ../shared/corpus/seeds.
class PeopleSeedsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new testing::TempDir;
    if (!shared::has("corpus/seeds")) return;  // each test skips in SetUp
    ASSERT_EQ(run({"index", "-q", shared::seeds_dir().string(), "--db", dir_->str("db")}).first, 0);
  }
  static void TearDownTestSuite() { delete dir_; }
  void SetUp() override { CROSSBOARD_NEEDS_SEEDS(); }

  static std::pair<int, std::string> run(const std::vector<std::string>& args) {
    std::string command = std::string("'") + CROSSBOARD_BINARY + "'";
    for (const std::string& a : args) command += " '" + a + "'";
    FILE* pipe = popen((command + " 2>/dev/null").c_str(), "r");
    std::string out;
    char buffer[4096];
    for (size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
    int status = pclose(pipe);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out};
  }

  static json people(std::vector<std::string> args) {
    args.insert(args.begin(), "people");
    for (const char* a : {"--json", "--db"}) args.push_back(a);
    args.push_back(dir_->str("db"));
    return json::parse(run(args).second);
  }

  // "2011 Halton Children's Trust Executive Group: present, chair" for each meeting.
  static std::vector<std::string> statuses(const json& person) {
    std::vector<std::string> out;
    for (const json& m : person["meetings"])
      out.push_back(m["date"].get<std::string>().substr(0, 4) + " " + m["board"].get<std::string>() + ": " +
                    m["status"].get<std::string>() + (m["chair"].get<bool>() ? ", chair" : ""));
    return out;
  }

  static testing::TempDir* dir_;
};

testing::TempDir* PeopleSeedsTest::dir_ = nullptr;

TEST_F(PeopleSeedsTest, AcrossBoardsNamesTheOfficersOnMoreThanOneBoard) {
  json out = people({"--across-boards"});
  const std::string halton = "Halton Children's Trust Executive Group";
  const std::string west = "West Cheshire Children's Trust Executive";
  const std::string east = "Cheshire East Health and Wellbeing Board";
  std::map<std::string, std::vector<std::string>> expected = {
      // 001 line 10 "(Chair)"; 000 line 29 apologies.
      {"gerald-meehan", {"2011 " + halton + ": present, chair", "2016 " + west + ": apologies"}},
      // 002 line 11; 000 line 16.
      {"sarah-blaylock", {"2009 Children's Trust Board: present", "2016 " + west + ": present"}},
      // 001 line 16; 004 line 108 "in attendance".
      {"nigel-moorhouse", {"2011 " + halton + ": present", "2017 " + east + ": in_attendance"}},
      // 000 line 29 apologies; 004 line 110.
      {"gill-frame", {"2016 " + west + ": apologies", "2017 " + east + ": in_attendance"}},
      // 001 lines 15 and 18; 000 line 29.
      {"lorraine-crane", {"2011 " + halton + ": present", "2016 " + west + ": apologies"}},
      {"emma-taylor", {"2011 " + halton + ": present", "2016 " + west + ": apologies"}},
  };
  std::map<std::string, std::vector<std::string>> found;
  for (const json& p : out["people"]) found[p["person_id"]] = statuses(p);
  EXPECT_EQ(found, expected);
  // Sarah Lee (002 line 24, Cheshire West 2009; 003 line 10, Nottinghamshire 2017) is two people.
  ASSERT_EQ(out["clashes"].size(), 1u);
  EXPECT_EQ(out["clashes"][0]["person_id"], "sarah-lee");
}

TEST_F(PeopleSeedsTest, OnePersonsRolesOrganisationsAndYears) {
  json out = people({"Gerald Meehan"});
  ASSERT_EQ(out["people"].size(), 1u);
  const json& p = out["people"][0];
  EXPECT_EQ(p["roles"], json({"Strategic Director of Children's Services"}));
  EXPECT_EQ(p["organisations"], json({"Halton Borough Council"}));
  EXPECT_EQ(p["years"], json({"2011", "2016"}));
  EXPECT_EQ(p["meetings"][0]["organisation_as_written"], "HBC");
  EXPECT_EQ(p["meetings"][0]["from_aliases"], nullptr);

  json lee = people({"Sarah Lee"});
  ASSERT_EQ(lee["people"].size(), 2u);
  EXPECT_EQ(lee["people"][0]["clash_group"], 1);
  EXPECT_EQ(lee["people"][0]["roles"], json({"Headteacher"}));
  EXPECT_EQ(lee["people"][1]["clash_group"], 2);
  EXPECT_EQ(lee["people"][1]["meetings"][0]["status"], "observer");

  // 003: "Kerrie Adams (KAd) (representing Kate Allen - ...".
  json kerrie = people({"Kerrie Adams"});
  EXPECT_EQ(kerrie["people"][0]["meetings"][0]["status"], "deputy");
  EXPECT_EQ(kerrie["people"][0]["meetings"][0]["deputy_for"], "Kate Allen");

  EXPECT_EQ(run({"people", "No Such Person", "--db", dir_->str("db")}).first, 1);
  EXPECT_EQ(run({"people", "--db", dir_->str("missing-db")}).first, 3);
}

}  // namespace
}  // namespace crossboard
