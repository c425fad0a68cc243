// A small hand-made index for indexer and query tests: three meetings of three boards.
#pragma once

#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "corpus/annotate.h"
#include "corpus/extract.h"
#include "corpus/meeting.h"
#include "corpus/topics.h"
#include "indexer/index_writer.h"

namespace crossboard::testing {

// A fresh directory under the system temp dir, removed with the object.
class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() / ("crossboard-test-" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  const std::filesystem::path& path() const { return path_; }
  std::string str(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

inline corpus::Attendee attendee(const std::string& name, corpus::AttendanceStatus status, bool chair = false,
                                 const std::string& organisation = "") {
  corpus::Attendee a;
  a.name = name;
  a.person_id = corpus::person_id(name);
  a.status = status;
  a.chair = chair;
  a.organisation = organisation;
  return a;
}

inline corpus::Item item(const std::string& number, const std::string& title, const std::string& text,
                         std::vector<std::string> topics = {}, int first_line = 1, int last_line = 1) {
  corpus::Item i;
  i.number = number;
  i.title = title;
  i.text = text;
  i.topics = std::move(topics);
  i.span = {first_line, last_line, 0};
  return i;
}

inline corpus::FileRecord record(const std::string& path, const std::string& sha, corpus::Meeting m) {
  corpus::FileRecord r;
  r.source.path = path;
  r.source.sha256 = sha;
  m.source = r.source;
  r.meetings.push_back(std::move(m));
  return r;
}

inline corpus::FileRecord halton() {
  using S = corpus::AttendanceStatus;
  corpus::Meeting m;
  m.board = "Halton Children's Trust Executive Group";
  m.board_id = "halton-childrens-trust-executive-group";
  m.area = "Halton";
  m.date = "2011-11-29";
  m.kind = "minutes";
  m.span = {1, 40, 0};
  m.attendance = {attendee("Gerald Meehan", S::present, true, "Halton Borough Council"),
                  attendee("Karen Hickey", S::present, false, "Halton Borough Council"),
                  attendee("Jane Lunt", S::apologies, false, "Halton & St Helens PCT")};
  m.items = {item("1.0", "Matters arising", "The minutes were agreed as a true and accurate record.", {}, 10, 11),
             item("2.0", "Exploitation", "The board discussed child sexual exploitation and the missing children "
                  "protocol. Safeguarding training continues.", {"cse"}, 12, 20),
             item("3.0", "Practice model", "Signs of Safety will be adopted across children's services.",
                  {"signs-of-safety"}, 21, 25)};
  m.items[1].people = {"karen-hickey"};
  m.items[1].organisations = {"Halton Borough Council"};
  return record("halton.txt", std::string(64, 'a'), m);
}

inline corpus::FileRecord west_cheshire() {
  using S = corpus::AttendanceStatus;
  corpus::Meeting m;
  m.board = "West Cheshire Children's Trust Executive";
  m.board_id = "west-cheshire-childrens-trust-executive";
  m.area = "West Cheshire";
  m.date = "2016-11-21";
  m.kind = "action note";
  m.span = {1, 55, 0};
  m.attendance = {attendee("Nicole Meardon", S::present, true, "Cheshire West and Chester Council"),
                  attendee("Gerald Meehan", S::apologies)};
  m.items = {item("4", "Early Years", "Dave Spender explained that with exception of CSE the use of toolkits "
                  "has now been built into the referral form.", {"cse"}, 36, 38),
             item("5", "Front Door", "The MASH front door went live. Safety of signs was not discussed.", {}, 40, 42),
             item("6", "Safeguarding board", "The safeguarding board report was noted. Fay to send the report.", {},
                  43, 44)};
  return record("west-cheshire.txt", std::string(64, 'b'), m);
}

inline corpus::FileRecord cheshire_east() {
  corpus::Meeting m;
  m.board = "Cheshire East Health and Wellbeing Board";
  m.board_id = "cheshire-east-health-and-wellbeing-board";
  m.area = "Cheshire East";
  m.date = "2017-11-28";
  m.kind = "agenda";
  m.span = {1, 2000, 0};
  m.items = {item("6", "Improvement plan", "CSE screening tools are embedded. We will adopt Signs of\nSafety. "
                  "The CSE's team reported.", {"cse", "signs-of-safety"}, 474, 1642),
             item("7", "Delayed transfers", "Delayed transfers of care remain high.", {}, 1643, 1650)};
  return record("cheshire-east.txt", std::string(64, 'c'), m);
}

// Writes the three meetings and the built-in taxonomy's synonyms into `db_path`.
inline void build_fixture_index(const std::string& db_path) {
  indexer::IndexWriter writer(db_path);
  writer.write_synonyms(corpus::Taxonomy::builtin());
  for (const corpus::FileRecord& r : {halton(), west_cheshire(), cheshire_east()}) writer.write_file(r);
  writer.commit();
}

// Writes `minutes` to `dir`/`name`, parses and annotates it as `index`
// does, and indexes it into `dir`/db with the built-in taxonomy's synonyms.
// Returns the parsed record (`error` set when the file could not be read).
inline corpus::FileRecord index_minutes(const TempDir& dir, const std::string& name, const std::string& minutes) {
  std::string path = dir.str(name);
  std::ofstream(path) << minutes;
  corpus::Annotator annotator;
  corpus::FileRecord record = corpus::extract_file(path, &annotator);
  if (!record.ok()) return record;
  indexer::IndexWriter writer(dir.str("db"));
  writer.write_synonyms(corpus::Taxonomy::builtin());
  writer.write_file(record);
  writer.commit();
  return record;
}

}  // namespace crossboard::testing
