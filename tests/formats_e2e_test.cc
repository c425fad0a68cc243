// End to end: the real binary extracts and indexes a folder of PDF, Word, HTML and text minutes and bad files.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sys/wait.h>

#include <cstdio>
#include <regex>
#include <sstream>
#include <set>

#include "format_fixtures.h"
#include "query/search.h"

namespace crossboard {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

struct CommandRun {
  int exit_code = -1;
  std::string out, err;
};

std::string quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

CommandRun crossboard(const std::vector<std::string>& args, const fs::path& scratch) {
  std::string command = quote(CROSSBOARD_BINARY);
  for (const std::string& a : args) command += " " + quote(a);
  fs::path err = scratch / "stderr.txt";
  command += " 2>" + quote(err.string());
  CommandRun run;
  FILE* pipe = popen(command.c_str(), "r");
  char buffer[4096];
  for (size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) run.out.append(buffer, n);
  int status = pclose(pipe);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  run.err = test::read_bytes(err);
  return run;
}

// A downloads folder: the fixture meeting in four formats, and five bad files.
class FormatsEndToEnd : public ::testing::Test {
 protected:
  FormatsEndToEnd() : scratch_("formats_e2e"), minutes_(scratch_ / "minutes") {
    fs::create_directories(minutes_);
    test::write_two_column_pdf(minutes_ / "board.pdf");
    test::write_docx(minutes_ / "board.docx");
    test::write_bytes(minutes_ / "board.html", test::html_page());
    test::write_bytes(minutes_ / "board.txt", test::plain_minutes());
    std::string docx = test::read_bytes(minutes_ / "board.docx");
    std::string pdf = test::read_bytes(minutes_ / "board.pdf");
    bad_ = {{"truncated.docx", docx.substr(0, docx.size() / 3)},
            {"broken.pdf", "%PDF-1.5\n1 0 obj\n<< /Type /Catalog\nxref\n0 0\ntrailer\n<<>>\n%%EOF\n"},
            {"empty.pdf", ""},
            {"notes.pdf", "These are not minutes, just notes saved with the wrong name.\n"},
            {"old.doc", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(600, 'x')}};
    for (const auto& [name, bytes] : bad_) test::write_bytes(bad_dir() / name, bytes);
  }

  fs::path bad_dir() const {
    fs::create_directories(minutes_ / "bad");
    return minutes_ / "bad";
  }
  std::vector<std::string> files(const std::vector<std::string>& names) const {
    std::vector<std::string> out;
    for (const std::string& n : names) out.push_back((minutes_ / n).string());
    return out;
  }

  test::ScratchDir scratch_;
  fs::path minutes_;
  std::vector<std::pair<std::string, std::string>> bad_;
};

// The parts of a meeting every format must agree on.
json essentials(const json& meeting) {
  json attendance = json::array();
  for (const json& a : meeting["attendance"]) attendance.push_back({a["name"], a["status"], a["role"], a["organisation"]});
  json items = json::array();
  for (const json& i : meeting["items"]) items.push_back({i["number"], i["title"], i["actions"].size(), i["decisions"]});
  return {{"board", meeting["board"]}, {"date", meeting["date"]}, {"chair", meeting["chair"]},
          {"attendance", attendance}, {"items", items}};
}

TEST_F(FormatsEndToEnd, ExtractGivesTheSameMeetingFromEveryFormat) {
  std::vector<std::string> args = {"extract", "--json"};
  for (const std::string& f : files({"board.txt", "board.pdf", "board.docx", "board.html"})) args.push_back(f);
  CommandRun run = crossboard(args, scratch_.path());
  ASSERT_EQ(run.exit_code, 0) << run.err;
  std::vector<json> records;
  std::istringstream lines(run.out);
  for (std::string line; std::getline(lines, line);) records.push_back(json::parse(line));
  ASSERT_EQ(records.size(), 4u);
  json text = essentials(records[0]["meetings"][0]);
  EXPECT_EQ(text["board"], test::kBoard);
  EXPECT_EQ(text["date"], "2015-03-12");
  EXPECT_EQ(text["attendance"].size(), 5u);
  EXPECT_EQ(text["items"].size(), 5u);
  for (size_t i = 1; i < records.size(); ++i) {
    ASSERT_EQ(records[i]["meetings"].size(), 1u) << records[i]["source"];
    EXPECT_EQ(essentials(records[i]["meetings"][0]).dump(1), text.dump(1)) << records[i]["source"];
  }
}

TEST_F(FormatsEndToEnd, BadFilesGetOneLineEachAndTheRunGoesOn) {
  std::vector<std::string> args = {"extract"};
  for (const auto& [name, bytes] : bad_) args.push_back((bad_dir() / name).string());
  args.push_back((minutes_ / "board.pdf").string());
  CommandRun run = crossboard(args, scratch_.path());
  EXPECT_EQ(run.exit_code, 1) << "something was skipped";
  EXPECT_NE(run.out.find("board: " + test::kBoard), std::string::npos) << "the good file after the bad ones";
  for (const char* line : {"truncated.docx: skipped: damaged Word file", "broken.pdf: skipped: damaged PDF",
                           "empty.pdf: skipped: empty file", "old.doc: skipped: legacy Word .doc files are not supported"})
    EXPECT_NE(run.err.find(line), std::string::npos) << line << " in:\n" << run.err;
  // A .pdf that is text is read as text: no error, only the parser's warnings.
  EXPECT_EQ(run.err.find("notes.pdf: skipped"), std::string::npos) << run.err;
  size_t skipped = 0;
  for (size_t at = 0; (at = run.err.find(": skipped:", at)) != std::string::npos; ++at) ++skipped;
  EXPECT_EQ(skipped, 4u) << run.err;
  EXPECT_EQ(run.err.find("terminate"), std::string::npos);
  EXPECT_EQ(run.err.find("Syntax Error"), std::string::npos) << "Poppler's own messages stay quiet";
}

TEST_F(FormatsEndToEnd, IndexAcceptsEveryFormatAndHitsCiteThePage) {
  fs::path db = scratch_ / "db";
  CommandRun run = crossboard({"index", minutes_.string(), "--db", db.string(), "--quiet"}, scratch_.path());
  EXPECT_NE(run.out.find("indexed"), std::string::npos) << run.out << run.err;
  query::Searcher searcher({db.string()});
  query::SearchOptions options;
  options.limit = 100;
  query::SearchResult result = searcher.search("\"licensing officers\"", options);
  std::set<std::string> sources;
  for (const query::Hit& hit : result.hits) {
    std::string ext = fs::path(hit.source_path).extension().string();
    sources.insert(ext);
    EXPECT_EQ(hit.board, test::kBoard) << hit.source_path;
    EXPECT_EQ(hit.date, "2015-03-12") << hit.source_path;
    EXPECT_EQ(hit.item_number, "3") << hit.source_path;
    if (ext == ".pdf") {
      EXPECT_EQ(hit.page, 1);
    }
  }
  EXPECT_EQ(sources, (std::set<std::string>{".pdf", ".docx", ".html", ".txt"}));
  query::SearchResult page_two = searcher.search("\"health visitors\"", options);
  for (const query::Hit& hit : page_two.hits) {
    if (fs::path(hit.source_path).extension() == ".pdf") {
      EXPECT_EQ(hit.page, 2) << "item 4 opens page 2";
    }
  }
}

// What a reader of `search` sees: the PDF hit names its page, the text file's has none.
TEST_F(FormatsEndToEnd, SearchOutputCitesThePageOfAPdfHit) {
  fs::path db = scratch_ / "db";
  crossboard({"index", minutes_.string(), "--db", db.string(), "--quiet"}, scratch_.path());
  CommandRun json = crossboard({"search", "\"health visitors\"", "--db", db.string(), "--json"}, scratch_.path());
  ASSERT_EQ(json.exit_code, 0) << json.err;
  nlohmann::json result = nlohmann::json::parse(json.out);
  size_t pdf_hits = 0;
  for (const auto& hit : result["hits"]) {
    std::string path = hit["source"]["path"];
    if (fs::path(path).extension() == ".pdf") {
      ++pdf_hits;
      EXPECT_EQ(hit["source"]["page"], 2) << "item 4 opens page 2 of the fixture PDF";
    } else if (fs::path(path).extension() == ".txt") {
      EXPECT_FALSE(hit["source"].contains("page")) << "a text file has no pages";
    }
  }
  EXPECT_EQ(pdf_hits, 1u);
  CommandRun text = crossboard({"search", "\"health visitors\"", "--db", db.string()}, scratch_.path());
  EXPECT_NE(text.out.find("board.pdf:"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find(" (page 2)"), std::string::npos) << text.out;
}

// Every output that cites an item names the page it starts on for a PDF:
// items 1-3 are on page 1 of the fixture, 4 and 5 on page 2.
TEST_F(FormatsEndToEnd, AnalysisOutputsCiteThePageOfAPdfItem) {
  fs::path db = scratch_ / "db";
  crossboard({"index", minutes_.string(), "--db", db.string(), "--quiet"}, scratch_.path());
  auto csv_rows = [](const std::string& out, const std::string& file) {
    std::vector<std::string> rows;
    std::istringstream in(out);
    for (std::string line; std::getline(in, line);)
      if (line.find(file) != std::string::npos) rows.push_back(line);
    return rows;
  };
  // The action of item 3 (page 1): a page column after last_line; empty for the text file.
  CommandRun actions = crossboard({"actions", "--db", db.string(), "--csv"}, scratch_.path());
  ASSERT_EQ(actions.exit_code, 0) << actions.err;
  EXPECT_NE(actions.out.find(",first_line,last_line,page,line,"), std::string::npos) << actions.out;
  std::vector<std::string> pdf_rows = csv_rows(actions.out, "board.pdf");
  ASSERT_EQ(pdf_rows.size(), 1u) << actions.out;
  EXPECT_TRUE(std::regex_search(pdf_rows[0], std::regex(R"(board\.pdf,\d+,\d+,1,\d+,)"))) << pdf_rows[0];
  std::vector<std::string> txt_rows = csv_rows(actions.out, "board.txt");
  ASSERT_EQ(txt_rows.size(), 1u) << actions.out;
  std::regex empty_page(R"(board\.txt,\d+,\d+,,\d+,)");
  EXPECT_TRUE(std::regex_search(txt_rows[0], empty_page)) << txt_rows[0];
  // The table names it beside the line.
  CommandRun table = crossboard({"actions", "--db", db.string()}, scratch_.path());
  EXPECT_NE(table.out.find("(item from page 1)"), std::string::npos) << table.out;
  // The decision of item 4 (page 2), in JSON: source.page, absent for text.
  CommandRun decisions = crossboard({"decisions", "endorsed", "--db", db.string(), "--json"}, scratch_.path());
  ASSERT_EQ(decisions.exit_code, 0) << decisions.err;
  size_t pdf_decisions = 0;
  for (const auto& d : nlohmann::json::parse(decisions.out)) {
    std::string path = d["source"]["path"];
    if (fs::path(path).extension() == ".pdf") {
      ++pdf_decisions;
      EXPECT_EQ(d["item_number"], "4");
      EXPECT_EQ(d["source"]["page"], 2);
    } else {
      EXPECT_FALSE(d["source"].contains("page")) << path;
    }
  }
  EXPECT_EQ(pdf_decisions, 1u) << decisions.out;
  // Evidence in Markdown: "`board.pdf`, lines N–M, from page 1".
  fs::path md = scratch_ / "cse.md";
  ASSERT_EQ(crossboard({"evidence", "cse", "--db", db.string(), "--out", md.string()}, scratch_.path()).exit_code, 0);
  std::string pack = test::read_bytes(md);
  std::regex pdf_source(R"(board\.pdf`, lines \d+\xE2\x80\x93\d+, from page 1 )");
  EXPECT_TRUE(std::regex_search(pack, pdf_source)) << pack;
  // search --csv: the item 4 hit in the PDF has page 2.
  CommandRun search = crossboard({"search", "\"health visitors\"", "--db", db.string(), "--csv"}, scratch_.path());
  EXPECT_NE(search.out.find(",first_line,last_line,page,score\n"), std::string::npos) << search.out;
  std::vector<std::string> hits = csv_rows(search.out, "board.pdf");
  ASSERT_EQ(hits.size(), 1u) << search.out;
  EXPECT_TRUE(std::regex_search(hits[0], std::regex(R"(board\.pdf,\d+,\d+,2,)"))) << hits[0];
}

}  // namespace
}  // namespace crossboard
