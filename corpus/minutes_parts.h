// The parser's parts, each testable alone: header fields, item starts, titles,
// actions, decisions and owner resolution.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/meeting.h"
#include "corpus/text.h"

namespace crossboard::corpus {

// ---- header (header.cc) ----

struct Header {
  std::string board;
  std::string area;
  std::string date;
  std::string time;
  std::string venue;
  std::string kind;
  std::string chair;  // from a "Chair:" line, when the attendance does not mark one
};

// Reads board, area, date, time, venue and kind from the lines before the
// first attendance heading or item of a meeting.
Header parse_header(const std::vector<const Line*>& lines);

// "Minutes of", "Action Note", "Agenda", ... at the start of `text`: the line
// that names a document, and so may start a new meeting in a file.
bool is_meeting_title(std::string_view text);

// The area a board serves, from the place words that start its name:
// "Halton Children's Trust" → "Halton"; "Children's Trust Board" → "".
std::string area_from_board(std::string_view board);

// A board name from a document or post title: "Roxholme PC Meeting
// November" → "Roxholme PC"; empty if the title names no body.
std::string board_from_title(std::string_view title);

// The body a sentence says the meeting was of: "A meeting of Barset
// Children's Partnership was held on ...", "welcomed everyone to this meeting
// of the Barset Safeguarding Adults Board" → the name; "" when none.
std::string board_named_in(std::string_view text);

// "The meeting closed at 4pm", "The meeting commenced at 2.00 pm and concluded at 3.20 pm".
bool is_meeting_close(std::string_view text);

// ---- items (items.cc) ----

struct ItemNumber {
  std::string number;  // as written, without a trailing full stop: "2.1", "19.01.17"
  int top = 0;         // the leading number: 2 for "2.1"; 0 for a date
  bool date_like = false;
  bool reference = false;  // a board's minute reference: "HWB/21/22/14", top from its last number
  bool sub = false;        // a sub-item: "4(a)"
};

// "1.", "2.1", "1.0", "22", "19.01.17", "<p>5.</p>" (tags already gone),
// "4(a)", minute references "107/14", "HWB/21/22/14", "GB 19/101".
std::optional<ItemNumber> read_item_number(std::string_view token);

// "(Item 3)", "(Agenda Item 5a)", "(Items 5 and 6)" ending `text` (or all of
// it): the agenda item a minute records, as Kent's minutes write it under
// or after each minute's title. `at` is where the reference opens.
std::optional<ItemNumber> item_reference(std::string_view text, size_t& at);

// Where a table keeps its columns, learnt from a header row such as
// "Item No | Minute/Action | Who" or "Date of Meeting | Action Point | Lead".
struct Columns {
  int text = 1;
  int owner = -1;
};
std::optional<Columns> read_table_header(const Line& line);

struct ItemStart {
  ItemNumber number;
  std::string title;
  std::vector<Block> body;  // the rest of the line's content
  std::string owner;        // the Who/Lead cell of the row
  bool strong = false;      // a heading in capitals or bold: trust its number more
};

// Whether `line` starts an agenda item. `last_top` is the number of the
// previous item (0 before the first); numbers that go backwards are lists
// inside an item, not new items.
std::optional<ItemStart> item_start(const Line& line, const Columns& columns, int last_top,
                                    const std::vector<std::string>& people);

// "Minutes:" between an item's title and its minute (modern.gov pages): a
// label, not a title or text.
bool is_minute_label(std::string_view text);

// "PDF 58 KB": the link to an item's papers on a modern.gov page.
bool is_paper_link(std::string_view text);

// Splits the title off the opening words of an item whose title runs into
// its text ("Welcome, introductions and apologies Councillor Meardon
// welcomed all"). `people` are the meeting's names, which start sentences.
std::string split_title(std::string_view text, const std::vector<std::string>& people,
                        size_t& title_end);

// A row of an item: the blocks of one source line and its owner cell.
struct ItemRow {
  int line = 0;
  std::vector<Block> blocks;
  std::string owner;
};

// Fills `item` actions and decisions from its rows; owners are resolved
// against `attendance`.
void read_actions_and_decisions(Item& item, const std::vector<ItemRow>& rows,
                                const std::vector<Attendee>& attendance);

// Sentences of `text` (split at ". ", "? ", "! " before a capital).
std::vector<std::string> split_sentences(std::string_view text);

// Whether a sentence records a decision: "The group endorsed this approach",
// "it was agreed that...", "The minutes were agreed as a true record".
bool is_decision_sentence(std::string_view sentence);

// Resolves an owner as written ("KH", "Alison", "Councillor Meardon") to
// the index of an attendee, or -1.
int resolve_person(std::string_view written, const std::vector<Attendee>& attendance);

}  // namespace crossboard::corpus
