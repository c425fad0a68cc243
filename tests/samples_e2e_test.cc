// End to end on the repository's own sample minutes (samples/, invented): what the parser finds in each
// file, and what search, people, compare, timeline, the registers and evidence answer from their index.
// Every expected value was counted by hand in the sample files; no ../shared needed.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "reliability.h"

namespace crossboard {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using testing::ChildResult;

std::string sample(const std::string& name) { return (fs::path(CROSSBOARD_SAMPLES) / name).string(); }

// What a reader finds in each sample: its header and how many of each thing it lists.
struct Expected {
  const char* file;
  const char* board_id;
  const char* date;
  const char* chair;
  size_t present, apologies, items, actions, decisions;
};

const std::vector<Expected> kSamples = {
    {"2015-03-10-brackenmoor-lscb.txt", "brackenmoor-safeguarding-children-board", "2015-03-10",
     "Marguerite Dunsany", 7, 2, 6, 3, 2},
    {"2016-06-14-wrenfield-cte.txt", "wrenfield-childrens-trust-executive", "2016-06-14", "Hamish Wetherby",
     7, 2, 6, 2, 3},
    {"2016-09-22-calderbeck-hwb.txt", "calderbeck-health-and-wellbeing-board", "2016-09-22",
     "Maeve Brathwaite", 5, 1, 6, 0, 4},
    {"2017-02-07-brackenmoor-hwb.md", "brackenmoor-health-and-wellbeing-board", "2017-02-07", "Adela Pellow",
     5, 2, 5, 2, 2},
    {"2017-11-30-wrenfield-hwb.txt", "wrenfield-health-and-wellbeing-board", "2017-11-30", "Hamish Wetherby",
     6, 1, 5, 2, 3},
    {"2018-01-17-calderbeck-corporate-parenting.html", "calderbeck-corporate-parenting-panel", "2018-01-17",
     "Anselm Thornbury", 5, 1, 5, 2, 3},
    {"2018-05-15-brackenmoor-lscb.html", "brackenmoor-safeguarding-children-board", "2018-05-15",
     "Marguerite Dunsany", 5, 2, 4, 2, 2},
    {"2019-04-09-calderbeck-scp.txt", "calderbeck-safeguarding-children-partnership", "2019-04-09",
     "Marguerite Dunsany", 5, 1, 5, 2, 2},
    {"2019-10-08-wrenfield-cte.md", "wrenfield-childrens-trust-executive", "2019-10-08", "Hamish Wetherby", 5,
     2, 5, 2, 3},
};

TEST(SamplesExtract, EachFileIsOneMeetingAsAReaderFindsIt) {
  EXPECT_EQ(std::distance(fs::directory_iterator(CROSSBOARD_SAMPLES), fs::directory_iterator()),
            static_cast<long>(kSamples.size()));
  testing::TempDir dir;
  for (const Expected& e : kSamples) {
    SCOPED_TRACE(e.file);
    ChildResult run = testing::run_crossboard({"extract", "--json", sample(e.file)}, dir.path());
    ASSERT_EQ(run.exit_code, 0) << run.err;
    json file = json::parse(run.out);
    ASSERT_EQ(file["meetings"].size(), 1u);
    const json& m = file["meetings"][0];
    EXPECT_EQ(m["board_id"], e.board_id);
    EXPECT_EQ(m["date"], e.date);
    EXPECT_EQ(m["chair"], e.chair);
    // The samples' places are invented, so no gazetteer knows them: the area
    // is left empty and the one warning says so.
    EXPECT_EQ(m["area"], "");
    ASSERT_EQ(m["warnings"].size(), 1u) << m["warnings"];
    EXPECT_NE(m["warnings"][0]["message"].get<std::string>().find("is not a local authority or parish the gazetteer knows"),
              std::string::npos);
    size_t present = 0, apologies = 0, actions = 0, decisions = 0;
    for (const json& a : m["attendance"]) {
      present += a["status"] == "present";
      apologies += a["status"] == "apologies";
    }
    for (const json& item : m["items"]) {
      actions += item["actions"].size();
      decisions += item["decisions"].size();
    }
    EXPECT_EQ(present, e.present);
    EXPECT_EQ(apologies, e.apologies);
    EXPECT_EQ(m["items"].size(), e.items);
    EXPECT_EQ(actions, e.actions);
    EXPECT_EQ(decisions, e.decisions);
  }
}

// Initials, first names and titles in actions resolve against the meeting's attendance.
TEST(SamplesExtract, ActionOwnersResolveFromInitialsAndNames) {
  testing::TempDir dir;
  ChildResult run =
      testing::run_crossboard({"extract", "--json", sample("2015-03-10-brackenmoor-lscb.txt")}, dir.path());
  ASSERT_EQ(run.exit_code, 0) << run.err;
  json file = json::parse(run.out);
  const json& items = file["meetings"][0]["items"];
  ASSERT_EQ(items.size(), 6u);
  // Item 3: "Action: TH to bring an analysis ..." (line 30).
  EXPECT_EQ(items[2]["title"], "Child Sexual Exploitation");
  EXPECT_EQ(items[2]["actions"][0]["owner_ids"], json({"tobias-harcastle"}));
  EXPECT_EQ(items[2]["actions"][0]["line"], 30);
  // Item 4: "Action: Felicity to arrange ..."; item 5: "Action: RV and PR to map ...".
  EXPECT_EQ(items[3]["actions"][0]["owner_ids"], json({"felicity-kettleby"}));
  EXPECT_EQ(items[4]["actions"][0]["owner_ids"], json({"rosalind-vallender", "priya-ramasamy"}));
}

class SamplesIndex : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new testing::TempDir;
    index_ = new ChildResult(
        testing::run_crossboard({"index", CROSSBOARD_SAMPLES, "--db", db(), "-q"}, dir_->path()));
  }
  static void TearDownTestSuite() {
    delete index_;
    delete dir_;
  }
  static std::string db() { return dir_->str("db"); }

  static json run_json(std::vector<std::string> args) {
    args.insert(args.end(), {"--db", db()});
    ChildResult run = testing::run_crossboard(args, dir_->path());
    EXPECT_EQ(run.exit_code, 0) << run.err;
    return run.exit_code == 0 ? json::parse(run.out) : json();
  }

  static inline testing::TempDir* dir_ = nullptr;
  static inline ChildResult* index_ = nullptr;
};

TEST_F(SamplesIndex, IndexesEveryFile) {
  EXPECT_EQ(index_->exit_code, 0) << index_->err;
  EXPECT_EQ(Xapian::Database(db()).get_termfreq(std::string(indexer::prefix::kDocType) + "file"),
            kSamples.size());
}

// CSE is named (as CSE or child sexual exploitation) in three items: Brackenmoor 2015 item 3 and
// 2018 item 2, Calderbeck 2019 item 3.
TEST_F(SamplesIndex, SearchFindsTheTopicByAcronymOrName) {
  json cse = run_json({"search", "CSE", "--json", "--facets"});
  EXPECT_EQ(cse["total"], 3);
  std::set<std::string> found;
  for (const json& h : cse["hits"])
    found.insert(h["date"].get<std::string>() + " " + h["item_number"].get<std::string>());
  EXPECT_EQ(found, (std::set<std::string>{"2015-03-10 3", "2018-05-15 2", "2019-04-09 3"}));
  EXPECT_EQ(cse["facets"]["board"], json({{"Brackenmoor Local Safeguarding Children Board", 2},
                                          {"Calderbeck Safeguarding Children Partnership", 1}}));
  json sos = run_json({"search", "\"signs of safety\"", "--json", "--facets"});
  EXPECT_EQ(sos["total"], 3);
  EXPECT_EQ(sos["facets"]["board"], json({{"Brackenmoor Local Safeguarding Children Board", 2},
                                          {"Wrenfield Children's Trust Executive", 1}}));
}

TEST_F(SamplesIndex, PeopleAcrossBoardsAreTheOnesListedOnSeveral) {
  json people = run_json({"people", "--across-boards", "--json"});
  std::map<std::string, size_t> boards;
  for (const json& p : people["people"]) boards[p["person_id"]] = p["board_ids"].size();
  EXPECT_EQ(boards["marguerite-dunsany"], 2u);      // Brackenmoor LSCB (chair twice), Calderbeck partnership
  EXPECT_EQ(boards["declan-ostrowe"], 3u);          // Wrenfield trust and board, then Calderbeck
  EXPECT_EQ(boards["oskar-lisburne"], 2u);          // both health and wellbeing boards
  EXPECT_FALSE(boards.count("felicity-kettleby"));  // Brackenmoor LSCB only
  EXPECT_FALSE(boards.count("greta-kettleby"));     // another person, Wrenfield board only
}

TEST_F(SamplesIndex, CompareTimelineAndRegisters) {
  // Brackenmoor's LSCB met twice and named CSE both times; Calderbeck's partnership once, naming it;
  // Wrenfield's trust executive met twice and never named it.
  json compare = run_json({"compare", "cse", "--by", "board", "--json"});
  std::map<std::string, std::pair<int, int>> by_board;
  for (const json& row : compare["rows"]) by_board[row["board_id"]] = {row["meetings"], row["meetings_held"]};
  EXPECT_EQ(by_board["brackenmoor-safeguarding-children-board"], std::make_pair(2, 2));
  EXPECT_EQ(by_board["calderbeck-safeguarding-children-partnership"], std::make_pair(1, 1));
  EXPECT_EQ(by_board["wrenfield-childrens-trust-executive"], std::make_pair(0, 2));

  json timeline = run_json({"timeline", "signs of safety", "--json"});
  std::vector<std::string> dates;
  for (const json& m : timeline["meetings"]) dates.push_back(m["date"]);
  EXPECT_EQ(dates, (std::vector<std::string>{"2015-03-10", "2018-05-15", "2019-10-08"}));

  // 2017: two decisions at Brackenmoor's board in February, three at Wrenfield's in November.
  EXPECT_EQ(run_json({"decisions", "year:2017", "--json"}).size(), 5u);
  json actions = run_json({"actions", "--owner", "ostrowe", "--json"});
  ASSERT_EQ(actions.size(), 2u);
  EXPECT_EQ(actions[0]["action"], "DO to circulate the consultation timetable to all members.");
  EXPECT_EQ(actions[1]["action"], "DO to present an implementation plan in July.");
  EXPECT_EQ(actions[1]["source"]["path"], sample("2019-04-09-calderbeck-scp.txt"));
  EXPECT_EQ(actions[1]["line"], 20);
}

// Looked after children come up in eight items at six boards (counted in the files).
TEST_F(SamplesIndex, EvidenceGroupsThePassagesByBoard) {
  std::string out = dir_->str("evidence.json");
  ChildResult run =
      testing::run_crossboard({"evidence", "topic:lac", "--out", out, "--db", db()}, dir_->path());
  ASSERT_EQ(run.exit_code, 0) << run.err;
  json pack = json::parse(testing::slurp(out));
  EXPECT_EQ(pack["passages"], 8);
  EXPECT_EQ(pack["boards"], 6);
  ASSERT_EQ(pack["themes"].size(), 1u);
  EXPECT_EQ(pack["themes"][0]["id"], "looked-after-children");
}

}  // namespace
}  // namespace crossboard
