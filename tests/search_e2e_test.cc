// End to end: the real crossboard binary indexes a copy of the seed minutes and answers the issue's questions.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>

#include "query_fixture.h"
#include "shared_data.h"

namespace crossboard {
namespace {

using nlohmann::json;

const std::string kWestCheshire = "000_8ba4114e8dc7f43b.txt";
const std::string kHalton = "001_9134d5d3d4d82416.txt";
const std::string kCheshireEast = "004_353d7f592f4ec596.txt";

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

class SearchEndToEnd : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new testing::TempDir;
    if (!shared::has("corpus/seeds")) return;  // each test skips in SetUp
    std::filesystem::copy(shared::seeds_dir(), dir_->path() / "seeds",
                          std::filesystem::copy_options::recursive);
    first_index_ = new ProcessRun(crossboard({"index", seeds(), "--db", db()}));
  }
  // Every value here was checked by hand in the seeds (../shared): without them, skip.
  void SetUp() override { CROSSBOARD_NEEDS_SEEDS(); }
  static void TearDownTestSuite() {
    delete first_index_;
    delete dir_;
  }

  static std::string seeds() { return (dir_->path() / "seeds").string(); }
  static std::string db() { return dir_->str("db"); }

  static ProcessRun crossboard(const std::vector<std::string>& args) {
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

  static json search_json(const std::string& query, std::vector<std::string> extra = {}) {
    std::vector<std::string> args{"search", query, "--db", db(), "--json", "--limit", "1000"};
    args.insert(args.end(), extra.begin(), extra.end());
    ProcessRun run = crossboard(args);
    EXPECT_EQ(run.exit_code, 0) << run.err;
    return json::parse(run.out);
  }

  static std::string file_of(const json& hit) {
    return std::filesystem::path(hit["source"]["path"].get<std::string>()).filename().string();
  }

  // The placeholder parser finds no date; the facts below need the real one.
  void skip_without_parser() {
    json extract = json::parse(crossboard({"extract", "--json", seeds() + "/" + kHalton}).out);
    if (extract["meetings"].empty() || extract["meetings"][0].value("date", "").empty())
      GTEST_SKIP() << "the minutes parser has not landed yet (no date for " << kHalton << ")";
  }

  static testing::TempDir* dir_;
  static ProcessRun* first_index_;
};

testing::TempDir* SearchEndToEnd::dir_ = nullptr;
ProcessRun* SearchEndToEnd::first_index_ = nullptr;

TEST_F(SearchEndToEnd, IndexesEverySeedAndSaysSo) {
  EXPECT_EQ(first_index_->exit_code, 0) << first_index_->err;
  EXPECT_NE(first_index_->out.find("indexed 5 files"), std::string::npos) << first_index_->out;
  EXPECT_NE(first_index_->out.find("5 new"), std::string::npos) << first_index_->out;
}

TEST_F(SearchEndToEnd, ReindexingAnUnchangedFolderWritesNothing) {
  ProcessRun again = crossboard({"index", seeds(), "--db", db()});
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.out.find("index unchanged"), std::string::npos) << again.out;
  EXPECT_NE(again.out.find("5 already indexed; nothing written"), std::string::npos) << again.out;
}

// Lines of `file` naming CSE, by acronym or in full.
std::vector<int> cse_lines(const std::filesystem::path& file) {
  std::regex cse(R"(\bCSE\b|child sexual exploitation)", std::regex::icase);
  std::vector<int> lines;
  std::ifstream in(file);
  std::string line;
  for (int n = 1; std::getline(in, line); ++n)
    if (std::regex_search(line, cse)) lines.push_back(n);
  return lines;
}

TEST_F(SearchEndToEnd, CseFindsWestCheshireItem4AndEveryCheshireEastPassageAndNothingElse) {
  skip_without_parser();
  ProcessRun run = crossboard({"search", "CSE", "--all", "--json", "--db", db()});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  std::vector<json> hits;
  std::istringstream lines(run.out);
  for (std::string line; std::getline(lines, line);) hits.push_back(json::parse(line));
  ASSERT_FALSE(hits.empty());
  json summary = hits.back();  // JSON Lines: the hits, then a summary line
  hits.pop_back();
  EXPECT_EQ(summary["query"], "CSE");
  EXPECT_EQ(summary["total"], hits.size());

  bool west_cheshire_item_4 = false;
  std::vector<std::pair<int, int>> east_spans;
  for (const json& h : hits) {
    std::string file = file_of(h);
    ASSERT_TRUE(file == kWestCheshire || file == kCheshireEast) << h.dump();
    if (file == kWestCheshire) {
      EXPECT_EQ(h["item_number"], "4") << h.dump();
      EXPECT_EQ(h["kind"], "action note");
      EXPECT_NE(h["snippet"].get<std::string>().find("**CSE**"), std::string::npos);
      west_cheshire_item_4 = true;
    } else {
      EXPECT_EQ(h["area"], "Cheshire East");
      east_spans.emplace_back(h["source"]["first_line"], h["source"]["last_line"]);
    }
  }
  EXPECT_TRUE(west_cheshire_item_4);
  for (int line : cse_lines(dir_->path() / "seeds" / kCheshireEast)) {
    bool covered = std::any_of(east_spans.begin(), east_spans.end(),
                               [&](auto span) { return span.first <= line && line <= span.second; });
    EXPECT_TRUE(covered) << kCheshireEast << ":" << line << " mentions CSE but no hit covers it";
  }
}

TEST_F(SearchEndToEnd, SignsOfSafetyFacetsCountOnlyCheshireEast) {
  skip_without_parser();
  json r = search_json("\"signs of safety\"", {"--facets"});
  EXPECT_GT(r["total"].get<int>(), 0);
  EXPECT_EQ(r["facets"]["area"], (json{{"Cheshire East", r["total"]}}));
  EXPECT_EQ(r["facets"]["board"], (json{{"Cheshire East Health and Wellbeing Board", r["total"]}}));
  for (const json& h : r["hits"]) EXPECT_EQ(file_of(h), kCheshireEast);
}

TEST_F(SearchEndToEnd, GeraldMeehanAtHaltonAsChairAndAtWestCheshireWithApologies) {
  skip_without_parser();
  json halton = json::parse(crossboard({"extract", "--json", seeds() + "/" + kHalton}).out);
  bool listed = false;
  for (const json& a : halton["meetings"][0]["attendance"]) listed = listed || a.value("person_id", "") == "gerald-meehan";
  if (!listed) GTEST_SKIP() << "the parser does not list Halton's attendance yet (" << kHalton << ")";

  std::set<std::string> areas;
  json person = search_json("person:\"gerald meehan\"");
  for (const json& h : person["hits"])
    if (h["type"] == "meeting") areas.insert(h["area"].get<std::string>());
  EXPECT_EQ(areas, (std::set<std::string>{"Halton", "Cheshire West and Chester"}));

  auto meeting_areas = [&](const std::string& q) {
    std::set<std::string> out;
    json r = search_json(q);
    for (const json& h : r["hits"]) out.insert(h["area"].get<std::string>());
    return out;
  };
  EXPECT_EQ(meeting_areas("person:\"gerald meehan\" status:present"), (std::set<std::string>{"Halton"}));
  EXPECT_EQ(meeting_areas("person:\"gerald meehan\" status:chair"), (std::set<std::string>{"Halton"}));
  EXPECT_EQ(meeting_areas("person:\"gerald meehan\" status:apologies"), (std::set<std::string>{"Cheshire West and Chester"}));
}

TEST_F(SearchEndToEnd, DateAndBoardFiltersNarrow) {
  skip_without_parser();
  auto files = [&](const std::string& q) {
    std::set<std::string> out;
    json r = search_json(q);
    for (const json& h : r["hits"]) out.insert(file_of(h));
    return out;
  };
  EXPECT_EQ(files("CSE"), (std::set<std::string>{kWestCheshire, kCheshireEast}));
  EXPECT_EQ(files("CSE date:2017-01-01..2017-12-31"), (std::set<std::string>{kCheshireEast}));
  EXPECT_EQ(files("CSE date:2016-11-21"), (std::set<std::string>{kWestCheshire}));
  EXPECT_EQ(files("CSE year:2016"), (std::set<std::string>{kWestCheshire}));
  EXPECT_EQ(files("CSE board:west-cheshire"), (std::set<std::string>{kWestCheshire}));
  EXPECT_EQ(files("CSE area:\"cheshire east\""), (std::set<std::string>{kCheshireEast}));
}

// The schema README.md documents under "Search output".
TEST_F(SearchEndToEnd, JsonOutputFollowsTheDocumentedSchema) {
  skip_without_parser();
  json r = search_json("CSE OR MASH", {"--facets"});
  ASSERT_TRUE(r.is_object());
  EXPECT_EQ(r["query"], "CSE OR MASH");
  ASSERT_TRUE(r["total"].is_number_unsigned());
  ASSERT_TRUE(r["hits"].is_array());
  EXPECT_EQ(r["total"].get<size_t>(), r["hits"].size());
  EXPECT_GT(r["hits"].size(), 0u);
  for (const json& h : r["hits"]) {
    EXPECT_TRUE(h["rank"].is_number_unsigned());
    EXPECT_TRUE(h["type"] == "item" || h["type"] == "meeting");
    for (const char* key : {"meeting_id", "board", "board_id", "area", "date", "kind", "item_number", "item_title",
                            "snippet"})
      EXPECT_TRUE(h[key].is_string()) << key;
    EXPECT_FALSE(h["meeting_id"].get<std::string>().empty());
    EXPECT_TRUE(h["source"]["path"].is_string());
    EXPECT_TRUE(h["source"]["first_line"].is_number_integer());
    EXPECT_TRUE(h["source"]["last_line"].is_number_integer());
    EXPECT_LE(h["source"]["first_line"].get<int>(), h["source"]["last_line"].get<int>());
    EXPECT_TRUE(h["score"].is_number());
  }
  for (const char* facet : {"board", "area", "year", "topic", "person", "organisation"}) {
    ASSERT_TRUE(r["facets"][facet].is_object()) << facet;
    for (const auto& [value, count] : r["facets"][facet].items()) EXPECT_TRUE(count.is_number_unsigned()) << value;
  }
}

TEST_F(SearchEndToEnd, CsvHasAHeaderAndOneRowPerHit) {
  ProcessRun run = crossboard({"search", "the", "--db", db(), "--csv", "--limit", "3"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out.substr(0, run.out.find('\n')),
            "rank,type,meeting_id,board,area,date,kind,item_number,item_title,snippet,source_path,first_line,"
            "last_line,page,score");
}

TEST_F(SearchEndToEnd, BadQueryExitsTwoAndPointsAtTheProblem) {
  ProcessRun run = crossboard({"search", "board:\"halton CSE", "--db", db()});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(run.err,
            "crossboard: bad query: unbalanced quote: this \" is never closed (column 7)\n"
            "  board:\"halton CSE\n"
            "        ^\n");
  EXPECT_EQ(crossboard({"search", "colour:red", "--db", db()}).exit_code, 2);
  EXPECT_EQ(crossboard({"search", "date:2017..2016", "--db", db()}).exit_code, 2);
}

TEST_F(SearchEndToEnd, MissingIndexExitsThree) {
  ProcessRun run = crossboard({"search", "CSE", "--db", dir_->str("no-such-index")});
  EXPECT_EQ(run.exit_code, 3);
  EXPECT_NE(run.err.find("no index at"), std::string::npos) << run.err;
}

}  // namespace
}  // namespace crossboard
