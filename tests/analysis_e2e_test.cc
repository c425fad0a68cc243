// End to end: the real binary indexes the seed minutes; compare, timeline, registers and evidence
// give figures checked by hand against the seed files (line numbers cited beside each).
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "query_fixture.h"
#include "shared_data.h"

namespace crossboard {
namespace {

using nlohmann::json;

const std::string kWestCheshireId = "west-cheshire-childrens-trust-executive";
const std::string kCheshireEastId = "cheshire-east-health-and-wellbeing-board";
const std::string kHaltonId = "halton-childrens-trust-executive-group";

struct ProcessRun {
  int exit_code = -1;
  std::string out;
  std::string err;
};

std::string quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

class AnalysisEndToEnd : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new testing::TempDir;
    if (!shared::has("corpus/seeds")) return;  // each test skips in SetUp
    std::filesystem::copy(shared::seeds_dir(), dir_->path() / "seeds",
                          std::filesystem::copy_options::recursive);
    ProcessRun index = crossboard({"index", (dir_->path() / "seeds").string(), "--db", db()});
    ASSERT_EQ(index.exit_code, 0) << index.err;
  }
  static void TearDownTestSuite() { delete dir_; }
  // Every value here was checked by hand in the seeds (../shared): without them, skip.
  void SetUp() override { CROSSBOARD_NEEDS_SEEDS(); }

  static std::string db() { return dir_->str("db"); }

  static ProcessRun crossboard(std::vector<std::string> args) {
    std::string command = quote(CROSSBOARD_BINARY);
    for (const std::string& a : args) command += " " + quote(a);
    std::string err_path = dir_->str("stderr.txt");
    command += " 2>" + quote(err_path);
    ProcessRun run;
    FILE* pipe = popen(command.c_str(), "r");
    char buffer[4096];
    size_t n;
    while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) run.out.append(buffer, n);
    int status = pclose(pipe);
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.err = slurp(err_path);
    return run;
  }

  // `args` with --db and --json added; the parsed output.
  static json run_json(std::vector<std::string> args) {
    args.insert(args.end(), {"--db", db(), "--json"});
    ProcessRun run = crossboard(args);
    EXPECT_EQ(run.exit_code, 0) << run.err;
    return json::parse(run.out, nullptr, false);
  }

  static json row_of(const json& compare, const std::string& key, const std::string& value,
                     const std::string& year = "") {
    for (const json& row : compare["rows"])
      if (row.value(key, "") == value && (year.empty() || row.value("year", "") == year)) return row;
    ADD_FAILURE() << "no row " << key << "=" << value << " " << year;
    return json::object();
  }

  static testing::TempDir* dir_;
};

testing::TempDir* AnalysisEndToEnd::dir_ = nullptr;

// 000 line 38 (item 4, lines 36-38) is West Cheshire's one "CSE"; 004 names CSE
// 46 times (37 "CSE", 8 "child sexual exploitation", 1 "sexual exploitation"),
// all in 8 report sections of the 2017-11-28 agenda pack, none in the
// 2017-09-26 minutes embedded in it (lines 100-252).
TEST_F(AnalysisEndToEnd, CompareCseByBoardGivesWestCheshireOneItemInOneMeeting) {
  json c = run_json({"compare", "cse", "--by", "board"});
  json west = row_of(c, "board_id", kWestCheshireId);
  EXPECT_EQ(west["meetings_held"], 1);
  EXPECT_EQ(west["meetings"], 1);
  EXPECT_EQ(west["items"], 1);
  EXPECT_EQ(west["mentions"], 1);
  EXPECT_DOUBLE_EQ(west["share"].get<double>(), 1.0);
  json east = row_of(c, "board_id", kCheshireEastId);
  EXPECT_EQ(east["meetings_held"], 2);
  EXPECT_EQ(east["meetings"], 1);
  EXPECT_EQ(east["items"], 8);
  EXPECT_EQ(east["mentions"], 46);
  EXPECT_DOUBLE_EQ(east["share"].get<double>(), 0.5);
  json halton = row_of(c, "board_id", kHaltonId);  // met, never named CSE: zero, not absent
  EXPECT_EQ(halton["meetings_held"], 1);
  EXPECT_EQ(halton["meetings"], 0);
  EXPECT_EQ(halton["absent"], false);
  EXPECT_EQ(c["rows"].size(), 5u);  // five boards: Children's Trust Board 2009 is the fifth
}

TEST_F(AnalysisEndToEnd, CompareByBoardAndYearShowsYearsWithoutMeetingsAsAbsent) {
  json c = run_json({"compare", "cse", "--by", "board,year"});
  // Seeds run from 2009 (Children's Trust Board) to 2017: 9 years × 5 boards.
  EXPECT_EQ(c["rows"].size(), 45u);
  json west2015 = row_of(c, "board_id", kWestCheshireId, "2015");
  EXPECT_EQ(west2015["absent"], true);
  EXPECT_TRUE(west2015["meetings"].is_null());
  EXPECT_TRUE(west2015["items"].is_null());
  json west2016 = row_of(c, "board_id", kWestCheshireId, "2016");
  EXPECT_EQ(west2016["absent"], false);
  EXPECT_EQ(west2016["items"], 1);
}

TEST_F(AnalysisEndToEnd, CompareByYearPerMeeting) {
  json c = run_json({"compare", "cse", "--by", "year", "--per-meeting"});
  json y2010 = row_of(c, "year", "2010");  // no seed meeting in 2010
  EXPECT_EQ(y2010["absent"], true);
  json y2017 = row_of(c, "year", "2017");  // Nottinghamshire 19 Jan, Cheshire East 26 Sep and 28 Nov
  EXPECT_EQ(y2017["meetings_held"], 3);
  EXPECT_EQ(y2017["meetings"], 1);
  EXPECT_EQ(y2017["items"], 8);
  EXPECT_NEAR(y2017["items_per_meeting"].get<double>(), 8.0 / 3, 1e-9);
}

TEST_F(AnalysisEndToEnd, CompareCsvAndTableHaveTheDocumentedColumns) {
  ProcessRun csv = crossboard({"compare", "cse", "--by", "board", "--db", db(), "--csv"});
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  EXPECT_EQ(csv.out.substr(0, csv.out.find('\n')),
            "topic,topic_label,board_id,board,area,year,meetings_held,meetings,share,items,mentions,"
            "items_per_meeting,mentions_per_meeting");
  EXPECT_NE(
      csv.out.find(
          "cse,Child sexual exploitation," + kWestCheshireId +
          ",West Cheshire Children's Trust Executive,Cheshire West and Chester,,1,1,1.00,1,1,1.00,1.00"),
      std::string::npos)
      << csv.out;
  ProcessRun table = crossboard({"compare", "cse", "--by", "board,year", "--db", db()});
  EXPECT_NE(table.out.find("absent"), std::string::npos);
}

// 004 lines 120-250: the minutes of 26 September 2017 resolve 14 times.
TEST_F(AnalysisEndToEnd, DecisionsListCheshireEastResolutionsOf26September2017) {
  json d = run_json({"decisions", "date:2017-09-26"});
  ASSERT_EQ(d.size(), 14u);
  EXPECT_EQ(d[0]["decision"], "That the minutes be approved as a correct record.");
  EXPECT_EQ(d[0]["item_number"], "23");
  EXPECT_EQ(d[0]["line"], 124);
  EXPECT_EQ(d[0]["board_id"], kCheshireEastId);
  EXPECT_EQ(d[0]["date"], "2017-09-26");
  std::vector<std::string> texts;
  for (const json& e : d) texts.push_back(e["decision"]);
  EXPECT_NE(std::find(texts.begin(), texts.end(), "4. That the SEND Strategy Action Plan be agreed."),
            texts.end());
  EXPECT_NE(std::find(texts.begin(), texts.end(), "That the update be noted."), texts.end());
}

// 001 lines 39, 45, 46, 57: agreed as a true record, endorsed the approach and the protocol, a date agreed.
TEST_F(AnalysisEndToEnd, DecisionsFilteredByBoardAndTopic) {
  json halton = run_json({"decisions", "board:halton"});
  ASSERT_EQ(halton.size(), 4u);
  EXPECT_EQ(halton[2]["decision"], "The Executive group endorsed the protocol.");
  EXPECT_EQ(halton[2]["item_title"], "Halton Transition Protocol");
  json adoption = run_json({"decisions", "topic:adoption", "board:cheshire-east"});
  // 004 lines 214-216: the three Adoption Counts resolutions (item 28 of 26 September).
  ASSERT_EQ(adoption.size(), 3u);
  EXPECT_EQ(adoption[0]["decision"], "1 That the contents of the report be noted.");
  json none = run_json({"decisions", "topic:cse"});
  EXPECT_EQ(none.size(), 0u) << none.dump();
}

// 003 lines 26 and 28: Lead column "SK KAd KAd KAd" and "SK/KAd/ DHi": Kerrie Adams owns 3 + 2 actions.
TEST_F(AnalysisEndToEnd, ActionsByOwner) {
  json kerrie = run_json({"actions", "--owner", "kerrie"});
  ASSERT_EQ(kerrie.size(), 5u);
  for (const json& a : kerrie) EXPECT_EQ(a["date"], "2017-01-19");
  EXPECT_EQ(
      kerrie[4]["action"],
      "DHi and KAd to discuss mechanisms for data collection and analysis to assist in option mapping for "
      "future commissioning prior to presentation to the Children’s Trust Executive.");
  // 001 line 44: "KH to obtain copy of report off Tracey Holyhead."
  json halton = run_json({"actions", "board:halton", "--owner", "karen-hickey"});
  ASSERT_GE(halton.size(), 1u);
  EXPECT_EQ(halton[0]["action"], "KH to obtain copy of report off Tracey Holyhead.");
  EXPECT_EQ(halton[0]["owners"], json::array({"Karen Hickey"}));
  EXPECT_EQ(run_json({"actions", "--owner", "nobody-at-all"}).size(), 0u);
}

TEST_F(AnalysisEndToEnd, TimelineOfCse) {
  json t = run_json({"timeline", "CSE"});
  EXPECT_EQ(t["topic"]["id"], "cse");
  ASSERT_EQ(t["meetings"].size(), 2u);
  EXPECT_EQ(t["meetings"][0]["date"], "2016-11-21");
  EXPECT_EQ(t["meetings"][0]["items"][0]["item_number"], "4");
  EXPECT_EQ(
      t["meetings"][0]["items"][0]["sentence"],
      "Dave Spender explained that with exception of CSE the use of toolkits has now been built into the "
      "referral form to monitor more closely.");
  EXPECT_EQ(t["meetings"][1]["date"], "2017-11-28");
  EXPECT_EQ(t["meetings"][1]["items"].size(), 8u);
  ASSERT_EQ(t["boards"].size(), 2u);
  EXPECT_EQ(t["boards"][0]["board_id"], kWestCheshireId);
  EXPECT_EQ(t["boards"][0]["first"], "2016-11-21");
  EXPECT_EQ(t["boards"][0]["latest"], "2016-11-21");
  json east = run_json({"timeline", "cse", "--board", "cheshire-east"});
  EXPECT_EQ(east["meetings"].size(), 1u);
}

TEST_F(AnalysisEndToEnd, EvidencePackCitesEveryCsePassage) {
  std::string out = dir_->str("cse.json");
  ProcessRun run = crossboard({"evidence", "cse", "--db", db(), "--out", out});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  json pack = json::parse(slurp(out));
  EXPECT_EQ(pack["passages"], 9);  // 1 West Cheshire + 8 Cheshire East
  ASSERT_EQ(pack["themes"].size(), 1u);
  EXPECT_EQ(pack["themes"][0]["id"], "cse");
  const json& boards = pack["themes"][0]["boards"];
  ASSERT_EQ(boards.size(), 2u);
  const json& west = boards[1]["passages"][0];  // boards by name: Cheshire East first
  EXPECT_EQ(west["item_number"], "4");
  EXPECT_EQ(west["source"]["first_line"], 36);
  EXPECT_EQ(west["source"]["last_line"], 38);
  EXPECT_NE(west["quote"].get<std::string>().find("with exception of CSE"), std::string::npos);
  ASSERT_EQ(west["actions"].size(), 1u);
  EXPECT_EQ(west["actions"][0]["text"],
            "Mark Parkinson requested that provider colleagues be encouraged to use the documentation.");
  std::string md_path = dir_->str("cse.md");
  ASSERT_EQ(crossboard({"evidence", "cse", "--db", db(), "--out", md_path}).exit_code, 0);
  std::string md = slurp(md_path);
  EXPECT_NE(md.find("## Child sexual exploitation (9)"), std::string::npos);
  EXPECT_NE(md.find("000_8ba4114e8dc7f43b.txt`, lines 36–38"), std::string::npos) << md;
  std::string csv_path = dir_->str("cse.csv");
  ASSERT_EQ(crossboard({"evidence", "cse", "--db", db(), "--out", csv_path}).exit_code, 0);
  std::string csv = slurp(csv_path);
  EXPECT_EQ(csv.substr(0, csv.find('\n')),
            "theme,theme_label,board,board_id,area,date,kind,meeting_id,item_number,item_title,source_path,"
            "first_line,last_line,page,quote,decisions,actions");
}

TEST_F(AnalysisEndToEnd, BadInputIsAUsageErrorAndAMissingIndexAnEnvironmentError) {
  EXPECT_EQ(crossboard({"compare", "no-such-topic", "--db", db()}).exit_code, 2);
  EXPECT_EQ(crossboard({"compare", "cse", "--by", "month", "--db", db()}).exit_code, 2);
  EXPECT_EQ(crossboard({"decisions", "\"unbalanced", "--db", db()}).exit_code, 2);
  EXPECT_EQ(crossboard({"evidence", "cse", "--db", db(), "--out", dir_->str("pack.txt")}).exit_code, 2);
  EXPECT_EQ(crossboard({"compare", "cse", "--db", dir_->str("no-index")}).exit_code, 3);
}

}  // namespace
}  // namespace crossboard
