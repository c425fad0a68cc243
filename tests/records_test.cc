// The stored records (indexer/records.h): what the indexer writes is what
// every reader decodes, from minutes text to a citation, and no reader spells
// a stored field name.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "analysis/registers.h"
#include "corpus/annotate.h"
#include "corpus/extract.h"
#include "indexer/index_writer.h"
#include "indexer/records.h"
#include "query/document_data.h"
#include "query/search.h"
#include "query_fixture.h"

namespace crossboard {
namespace {

// Invented minutes; the line numbers the rows below cite are written beside them.
constexpr const char* kMinutes =
    "Minutes of the Thornbury Vale Children's Partnership held on 7 June 2021\n"  // 1
    "\n"                                                                          // 2
    "Present: Cllr Maud Ellery (Chair), Ivo Pennant, Sian Rowe\n"                 // 3
    "\n"                                                                          // 4
    "1. Apologies\n"                                                              // 5
    "None were received.\n"                                                       // 6
    "\n"                                                                          // 7
    "2. Foster carer recruitment\n"                                               // 8
    "The partnership reviewed the campaign for kinship carers.\n"                 // 9
    "RESOLVED: That the campaign be extended to December.\n"                      // 10
    "\n"                                                                          // 11
    "3. Youth hub\n"                                                              // 12
    "Action: Ivo Pennant to book the hall for the opening.\n";                    // 13

struct Row {
  const char* query;
  const char* type;
  const char* item_number;
  const char* item_title;
  int first_line;
  int last_line;
};

// Each query finds one passage; its citation is read off the minutes above.
constexpr Row kRows[] = {
    {"kinship", "item", "2", "Foster carer recruitment", 8, 10},
    {"\"book the hall\"", "item", "3", "Youth hub", 12, 13},
    {"received", "item", "1", "Apologies", 5, 6},
    {"person:\"Maud Ellery\" status:chair", "meeting", "", "Attendance", 1, 13},
};

class Records : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new testing::TempDir;
    corpus::FileRecord record = testing::index_minutes(*dir_, "thornbury.txt", kMinutes);
    ASSERT_TRUE(record.ok()) << record.error;
  }
  static void TearDownTestSuite() { delete dir_; }
  static testing::TempDir* dir_;
};

testing::TempDir* Records::dir_ = nullptr;

TEST_F(Records, MinutesTextToIndexToCitationRoundTrips) {
  query::Searcher searcher({dir_->str("db")});
  query::SearchOptions options;
  options.limit = 10;
  for (const Row& row : kRows) {
    query::SearchResult r = searcher.search(row.query, options);
    ASSERT_EQ(r.hits.size(), 1u) << row.query;
    const query::Hit& h = r.hits[0];
    EXPECT_EQ(h.type, row.type) << row.query;
    EXPECT_EQ(h.board, "Thornbury Vale Children's Partnership") << row.query;
    EXPECT_EQ(h.board_id, "thornbury-vale-childrens-partnership") << row.query;
    EXPECT_EQ(h.date, "2021-06-07") << row.query;
    EXPECT_EQ(h.item_number, row.item_number) << row.query;
    EXPECT_EQ(h.item_title, row.item_title) << row.query;
    EXPECT_EQ(h.source_path, dir_->str("thornbury.txt")) << row.query;
    EXPECT_EQ(h.first_line, row.first_line) << row.query;
    EXPECT_EQ(h.last_line, row.last_line) << row.query;
    EXPECT_EQ(h.page, 0) << row.query;
  }
  // The registers decode the same record: the same citation, and the decision's own line.
  Xapian::Database db(dir_->str("db"));
  std::vector<analysis::DecisionEntry> decisions = analysis::decision_register(db, "kinship");
  ASSERT_EQ(decisions.size(), 1u);
  EXPECT_EQ(decisions[0].text, "That the campaign be extended to December.");
  EXPECT_EQ(decisions[0].line, 10);
  EXPECT_EQ(decisions[0].item.item_title, "Foster carer recruitment");
  EXPECT_EQ(decisions[0].item.first_line, 8);
}

// Every field an encoder writes, its decoder reads back.
TEST(RecordsCodec, EveryFieldRoundTrips) {
  indexer::PassageRecord item{"item",
                              {"m1", "Board", "board", "Area", "2020-01-02", "minutes", "4.1", "Title", "a.pdf", 3, 9, 2},
                              {{"Do it", {"Ann Bell"}, {"ann-bell"}, "2020-02-01", 7}},
                              {{"Agreed.", 8}},
                              {}};
  query::DocumentData data = query::read_document_data(indexer::encode_passage(item, "body text"), true);
  EXPECT_EQ(data.text, "body text");
  EXPECT_EQ(indexer::decode_type(data.fields), "item");
  indexer::Citation c = indexer::decode_citation(data.fields);
  EXPECT_EQ(std::tie(c.meeting_id, c.board, c.board_id, c.area, c.date, c.kind, c.item_number, c.item_title,
                     c.source_path, c.first_line, c.last_line, c.page),
            std::tie(item.citation.meeting_id, item.citation.board, item.citation.board_id, item.citation.area,
                     item.citation.date, item.citation.kind, item.citation.item_number, item.citation.item_title,
                     item.citation.source_path, item.citation.first_line, item.citation.last_line,
                     item.citation.page));
  std::vector<indexer::ActionRecord> actions = indexer::decode_actions(data.fields);
  ASSERT_EQ(actions.size(), 1u);
  EXPECT_EQ(actions[0].text, "Do it");
  EXPECT_EQ(actions[0].owners, std::vector<std::string>{"Ann Bell"});
  EXPECT_EQ(actions[0].owner_ids, std::vector<std::string>{"ann-bell"});
  EXPECT_EQ(actions[0].due, "2020-02-01");
  EXPECT_EQ(actions[0].line, 7);
  std::vector<indexer::DecisionRecord> decisions = indexer::decode_decisions(data.fields);
  ASSERT_EQ(decisions.size(), 1u);
  EXPECT_EQ(decisions[0].text, "Agreed.");
  EXPECT_EQ(decisions[0].line, 8);
  EXPECT_FALSE(indexer::decode_attendance(data.fields));  // an item keeps no attendance

  indexer::PassageRecord meeting{"meeting", {}, {}, {}, {{"Ann Bell", "ann-bell", "Chair of governors", "Hale School",
                                                          "HS", "deputy", true, "Bo Dee", "aliases.txt:2", 5}}};
  data = query::read_document_data(indexer::encode_passage(meeting, ""), true);
  auto attendance = indexer::decode_attendance(data.fields);
  ASSERT_TRUE(attendance);
  ASSERT_EQ(attendance->size(), 1u);
  const indexer::AttendeeRecord& a = (*attendance)[0];
  EXPECT_EQ(std::tie(a.name, a.person_id, a.role, a.organisation, a.organisation_as_written, a.status, a.chair,
                     a.deputy_for, a.alias, a.line),
            std::tie(meeting.attendance[0].name, meeting.attendance[0].person_id, meeting.attendance[0].role,
                     meeting.attendance[0].organisation, meeting.attendance[0].organisation_as_written,
                     meeting.attendance[0].status, meeting.attendance[0].chair, meeting.attendance[0].deputy_for,
                     meeting.attendance[0].alias, meeting.attendance[0].line));

  std::optional<indexer::FileData> file = indexer::decode_file(indexer::encode_file({"a.txt", "ab12", 2, 5, 100, 7}));
  ASSERT_TRUE(file);
  EXPECT_EQ(std::tie(file->path, file->sha256, file->meetings, file->items, file->size, file->mtime_ns),
            std::make_tuple(std::string("a.txt"), std::string("ab12"), size_t{2}, size_t{5}, uintmax_t{100}, int64_t{7}));
  EXPECT_FALSE(indexer::decode_file("not json"));
  std::optional<indexer::AliasesData> aliases = indexer::decode_aliases(indexer::encode_aliases({"al.txt", "A = B\n", "", ""}));
  ASSERT_TRUE(aliases);
  EXPECT_EQ(aliases->file, "al.txt");
  EXPECT_EQ(aliases->text, "A = B\n");
}

// Readers decode stored data through indexer/records.h only: no file of
// query/, analysis/ or cli/ reads a field only the index's data has by name.
// (query/document_data.cc, the fast reader of an item's text beside its
// header, reads "text" and is the records' other half.)
TEST(RecordsCodec, NoReaderSpellsAStoredFieldName) {
  const std::regex read_by_name(
      R"re((\.value|\.find|\.contains|\.at)\("(meeting|board_id|item_number|item_title|source|first_line|last_line|)re"
      R"re(actions|decisions|attendance|owner_ids|person_id|organisation_as_written|deputy_for|sha256|mtime_ns)")re");
  for (const char* dir : {"query", "analysis", "cli"})
    for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(CROSSBOARD_SOURCE_ROOT) / dir)) {
      std::ifstream in(entry.path());
      std::stringstream text;
      text << in.rdbuf();
      std::string s = text.str();
      std::smatch m;
      EXPECT_FALSE(std::regex_search(s, m, read_by_name)) << entry.path() << ": " << m.str();
    }
}

}  // namespace
}  // namespace crossboard
