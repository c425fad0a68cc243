// What the index stores in each document's data, one struct per kind with
// its encoder and decoder side by side: the only place where the stored
// field names are spelled (tests/records_test.cc greps the readers for them).
// The data is JSON; query/document_data.h reads an item's long text apart
// from the small header, so readers decode the header only.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace crossboard::indexer {

// Where a passage or a meeting's attendance record comes from: what every
// output cites. Search hits, the decision and action registers, timelines,
// evidence packs, watches and people's meetings all carry this one record.
struct Citation {
  std::string meeting_id;
  std::string board;
  std::string board_id;
  std::string area;
  std::string date;  // ISO, or empty
  std::string kind;
  std::string item_number;
  std::string item_title;  // "Attendance" for a meeting record
  std::string source_path;
  int first_line = 0;
  int last_line = 0;
  int page = 0;  // the page the passage starts on, for PDF and Word sources; 0 for text
};

struct ActionRecord {
  std::string text;
  std::vector<std::string> owners;
  std::vector<std::string> owner_ids;
  std::string due;
  int line = 0;
};

struct DecisionRecord {
  std::string text;
  int line = 0;
};

// An attendance entry of a meeting document, fields as in `extract --json`.
struct AttendeeRecord {
  std::string name;
  std::string person_id;
  std::string role;
  std::string organisation;
  std::string organisation_as_written;
  std::string status;
  bool chair = false;
  std::string deputy_for;
  std::string alias;  // the aliases-file rule that gave the id; empty when the name did
  int line = 0;
};

// An item or meeting document: "item" documents carry actions and
// decisions, "meeting" documents the attendance list.
struct PassageRecord {
  std::string type;  // "item" or "meeting"
  Citation citation;
  std::vector<ActionRecord> actions;
  std::vector<DecisionRecord> decisions;
  std::vector<AttendeeRecord> attendance;
};

// The document data of `record` with its passage `text`.
std::string encode_passage(const PassageRecord& record, const std::string& text);

// Decoders of the header of a passage's data (query::DocumentData::fields);
// a missing or mistyped field reads as empty. An index written before a
// field existed reads it as empty too.
std::string decode_type(const nlohmann::json& fields);
Citation decode_citation(const nlohmann::json& fields);
std::vector<ActionRecord> decode_actions(const nlohmann::json& fields);
std::vector<DecisionRecord> decode_decisions(const nlohmann::json& fields);
// Empty when the document was written before attendance was kept.
std::optional<std::vector<AttendeeRecord>> decode_attendance(const nlohmann::json& fields);

// A file's own document: what `index` needs to skip it unchanged next time.
struct FileData {
  std::string path;
  std::string sha256;
  size_t meetings = 0;
  size_t items = 0;
  uintmax_t size = 0;    // 0 with mtime_ns 0: the stamp is unknown
  int64_t mtime_ns = 0;
};
std::string encode_file(const FileData& file);
// Nothing when `data` is not a file record.
std::optional<FileData> decode_file(const std::string& data);

// The aliases file the index's person ids follow and the boards file its
// board ids follow (metadata::kAliasesKey): each one's name as given and its
// text, empty when not given.
struct AliasesData {
  std::string file;
  std::string text;
  std::string boards_file;
  std::string boards_text;
};
// "" when neither file was given.
std::string encode_aliases(const AliasesData& aliases);
// Nothing when `record` is empty or unreadable.
std::optional<AliasesData> decode_aliases(const std::string& record);

}  // namespace crossboard::indexer
