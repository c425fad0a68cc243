// The data model of a meeting record: what the parser fills and the indexer reads.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace crossboard::corpus {

// A range of lines in the source file, 1-based and inclusive. `page` is the
// first page of the range for paginated formats (PDF), 0 when unknown.
struct Span {
  int first_line = 0;
  int last_line = 0;
  int page = 0;
};

// Where a meeting came from. Set by the reader.
struct Source {
  std::string path;    // as given on the command line or found by the walk
  std::string sha256;  // hex digest of the file's bytes
  std::string format;  // "text", "markdown", "html", "pdf", "docx"
};

enum class AttendanceStatus { present, apologies, in_attendance, observer, deputy, absent };

std::string_view to_string(AttendanceStatus status);

// One person listed at a meeting. Set by the parser; `person_id` by annotate.
struct Attendee {
  std::string name;          // cleaned of titles: "Nicole Meardon"
  std::string as_written;    // the entry as in the source: "Cllr Nicole Meardon (Chair)"
  std::string person_id;     // canonical id: "nicole-meardon"
  std::string initials;      // as the minutes give or imply them: "KAd"
  std::string title;         // "Cllr", "Dr", ... when given
  std::string role;
  std::string organisation;  // by annotate: the gazetteer's official name when unambiguous
  std::string organisation_as_written;  // by annotate: the organisation as the parser read it
  std::string deputy_for;    // for status deputy: the person stood in for
  AttendanceStatus status = AttendanceStatus::present;
  bool chair = false;
  int line = 0;              // source line of the entry
  // The part of the meeting the person was there for, as written, when the
  // list limits it: "item 4", "from item 4", "left the meeting at 3.10pm".
  // Empty when the entry says nothing (there for the whole meeting).
  std::string presence;
  // By annotate: the aliases-file rule that set person_id ("aliases.txt:3"),
  // empty when the id comes from the name alone.
  std::string alias;
};

// An action of an item. `owners` are display names: resolved people where
// initials or first names allow, otherwise the owner as written.
struct Action {
  std::string text;
  std::vector<std::string> owners;
  std::vector<std::string> owner_ids;   // person ids of resolved owners
  std::vector<std::string> unresolved;  // owners as written that named nobody listed
  std::string due;                      // ISO date or empty
  int line = 0;
};

// A resolution or agreement recorded in an item.
struct Decision {
  std::string text;
  int line = 0;
};

struct Item {
  std::string number;  // as written: "2.1", "7", "19.01.17"; empty if unnumbered
  std::string title;
  std::string text;    // the item's words, tags removed, paragraphs joined by "\n"
  Span span;
  std::vector<Action> actions;
  std::vector<Decision> decisions;
  std::vector<std::string> topics;         // topic ids, by annotate
  std::vector<std::string> people;         // person ids mentioned, by annotate
  std::vector<std::string> organisations;  // organisation names, by annotate
  // Text the parser placed in no agenda item (before the first item, or
  // minutes with none), kept so that it is searchable; number and title
  // are empty. `extract --json` lists passages apart from items.
  bool passage = false;
};

// A problem met while reading or parsing; never fatal to the run.
struct Diagnostic {
  int line = 0;  // 0 when it concerns the whole file
  std::string message;
};

struct Meeting {
  std::string id;        // stable: from the board id, date and the meeting's text (one id for a meeting published twice)
  Source source;
  Span span;             // the lines of the file this meeting occupies
  std::string board;     // display name: "Halton Children's Trust Executive Group"
  std::string board_id;  // canonical: "halton-childrens-trust-executive-group"
  std::string area;      // "Halton", "Cheshire East"; empty if not found
  std::string date;      // ISO "2011-11-29"; empty if not found
  std::string time;      // "2.00pm" as written; empty if not given
  std::string kind;      // "minutes", "action note", "decisions and actions log", "agenda"
  std::string venue;
  std::string chair;     // the chair's cleaned name
  std::vector<Attendee> attendance;
  std::vector<Item> items;
  std::vector<Diagnostic> diagnostics;

  // A stable readable rendering, for tests and `extract` without --json.
  std::string to_text() const;
};

}  // namespace crossboard::corpus
