// parse_minutes: split a file into meetings, then read each one's header,
// attendance and items; an agenda pack's reports go to the agenda's meeting.
#include "corpus/minutes_parser.h"

#include <algorithm>
#include <deque>
#include <cctype>
#include <optional>
#include <set>

#include "corpus/annotate.h"
#include "corpus/attendance.h"
#include "corpus/boards.h"
#include "corpus/dates.h"
#include "corpus/flatten.h"
#include "corpus/minutes_parts.h"
#include "corpus/reader.h"
#include "corpus/text_util.h"

namespace crossboard::corpus {

namespace {

struct Segment {
  size_t begin = 0;  // index into Text::lines
  size_t end = 0;
};

// A short line in capitals or bold above a title: "CHESHIRE EAST COUNCIL".
bool is_banner(const Line& line) {
  if (line.table_row() || count_words(line.text) > 6) return false;
  const Block& b = line.cells[0].blocks[0];
  return b.bold || upper_ratio(line.text) > 0.7;
}

bool opens_content(const Line& line) {
  if (attendance_heading(line.cells[0].text())) return true;
  return item_start(line, Columns{}, 0, {}).has_value();
}

// "TC/24/031 Apologies", "GB 19/101 Welcome", "3. Present": a line opened by an item number.
bool opens_with_item_number(std::string_view text) {
  std::vector<std::string_view> words = split_words(text);
  if (words.empty()) return false;
  if (read_item_number(words[0])) return true;
  return words.size() >= 2 && read_item_number(text.substr(0, words[1].data() + words[1].size() - text.data()));
}

// "(Item 3)" on a line of its own: the agenda item of the minute titled above.
bool is_bare_item_reference(const Line& line) {
  size_t at = 0;
  return !line.table_row() && item_reference(line.text, at) && at == 0;
}

// Whether the title line at `i` is a minute's title rather than a document's:
// "Minutes of the meeting held on 30 July 2024" over "(Item 3)", or one that
// names no body and an earlier date than the minutes it is in (the item
// approving the last minutes). In an agenda, earlier minutes are embedded
// minutes, a meeting of their own.
bool is_item_title(const Text& text, size_t i, const std::vector<const Line*>& header,
                   std::optional<Header>& current) {
  const Line& line = text.lines[i];
  size_t at = 0;
  if (item_reference(line.text, at)) return true;
  if (i + 1 < text.lines.size() && is_bare_item_reference(text.lines[i + 1])) return true;
  if (!board_from_title(line.text).empty()) return false;
  std::string date = parse_meeting_date(line.text);
  if (date.empty()) return false;
  if (!current) current = parse_header(header);  // the header is whole once content has begun
  return current->kind != "agenda" && !current->date.empty() && date < current->date;
}

// How far below a bare "Minutes" heading a new meeting's date must be.
constexpr size_t kBareTitleDateLines = 3;

// "Minutes" alone between the attendance and the first item is the heading
// of the minutes' own body, not a second document: a new meeting's title
// would name its body or carry a date on the lines below.
bool is_bare_section_title(const Text& text, size_t i) {
  if (count_words(text.lines[i].text) != 1) return false;
  if (i + 1 < text.lines.size() && item_start(text.lines[i + 1], Columns{}, 0, {})) return true;
  for (size_t k = i + 1; k < text.lines.size() && k <= i + kBareTitleDateLines; ++k)
    if (find_date(text.lines[k].text)) return false;
  return true;
}

// Lines from `first` grouped into meetings: a title line ("Minutes of ...",
// "Agenda") after a meeting's attendance or items opens the next meeting.
std::vector<Segment> find_meetings(const Text& text, size_t first) {
  std::vector<Segment> segments{{first, text.lines.size()}};
  bool content = false;
  std::vector<const Line*> header;  // the current meeting's lines before its content
  std::optional<Header> parsed;     // ... read once they are all there
  for (size_t i = first; i < text.lines.size(); ++i) {
    const Line& line = text.lines[i];
    if (content && !line.table_row() && is_meeting_title(line.text) && !is_bare_section_title(text, i) &&
        !is_item_title(text, i, header, parsed)) {
      size_t begin = i;
      while (begin > segments.back().begin + 1 && i - begin < 3 && is_banner(text.lines[begin - 1])) --begin;
      segments.back().end = begin;
      segments.push_back({begin, text.lines.size()});
      content = false;
      header.clear();
      parsed.reset();
      for (size_t k = begin; k <= i; ++k) header.push_back(&text.lines[k]);
      continue;
    }
    content = content || opens_content(line);
    if (!content && header.size() < 40) header.push_back(&line);
  }
  return segments;
}

// YAML front matter of markdown posts ("---" ... "---") is not minutes text.
// The "title:" of YAML front matter, unquoted; empty if none.
std::string front_matter_title(const Text& text, size_t end) {
  for (size_t i = 1; i + 1 < end; ++i) {
    std::string_view t = text.lines[i].text;
    if (!t.starts_with("title:")) continue;
    std::string_view v = trim(t.substr(6));
    if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'')) v = v.substr(1, v.size() - 2);
    return std::string(v);
  }
  return "";
}

size_t skip_front_matter(const Text& text) {
  if (text.lines.empty() || text.lines[0].text != "---" || text.lines[0].number > 2) return 0;
  for (size_t i = 1; i < text.lines.size() && i < 60; ++i) {
    if (text.lines[i].text == "---") return i + 1;
  }
  return 0;
}

struct ItemDraft {
  Item item;
  std::vector<ItemRow> rows;
  bool apologies = false;  // an "Apologies" item: its lines may list people
  std::optional<AttendanceStatus> status;  // an item that is an attendance list
  const Line* unnumbered_heading = nullptr;  // an item opened by an unnumbered heading
};

bool is_apologies_title(std::string_view title) {
  std::string f = fold(title);
  return f.find("apolog") != std::string::npos;
}

class MeetingReader {
 public:
  MeetingReader(const Text& text, Segment segment, const Source& source)
      : text_(text), segment_(segment), source_(source) {}

  Meeting read();
  // Lines after "The meeting closed ...": reports or appendices.
  std::vector<const Line*> trailing;

 private:
  void read_line(const Line& line);
  bool read_attendance_line(const Line& line);
  bool read_attendance_text(std::string_view text, AttendanceStatus status, int line);
  void note_last_entry(const std::string& text, size_t attendees_before);
  void start_item(const Line& line, ItemStart start);
  void start_unnumbered_item(const Line& line, const std::string& title);
  std::optional<std::string> unnumbered_heading(const Line& line) const;
  void add_row(const Line& line);
  void add_attendees(std::vector<Attendee> people, int line);
  void finish(Meeting& meeting);
  void fold_unnumbered_items();
  // Whether a header line seen so far holds a date; remembered, since a
  // header of thousands of lines must not be searched again for each.
  bool header_has_date() {
    for (; header_dates_checked_ < header_.size() && !header_dated_; ++header_dates_checked_)
      header_dated_ = find_date(header_[header_dates_checked_]->text).has_value();
    return header_dated_;
  }
  size_t header_dates_checked_ = 0;
  bool header_dated_ = false;

  const Text& text_;
  Segment segment_;
  const Source& source_;

  std::vector<const Line*> header_;
  std::vector<Attendee> attendance_;
  std::vector<ItemDraft> drafts_;
  std::vector<ItemRow> preamble_;
  std::vector<std::string> names_;  // attendees' names, for title splitting
  Columns columns_;
  std::optional<AttendanceStatus> section_;
  bool section_generic_ = false;
  bool saw_present_heading_ = false;
  bool seen_heading_ = false;
  bool closed_ = false;
  bool last_entry_open_ = false;  // the last entry ended with a comma
  std::string last_entry_text_;
  int last_top_ = 0;
  std::vector<size_t> generic_section_members_;
  std::vector<Diagnostic> diagnostics_;
  std::string section_heading_;
  int section_line_ = 0;
  int section_entries_ = 0;
  size_t current_ = 0;  // index of the line being read
  bool referenced_items_ = false;  // items are marked "(Item N)"
  size_t skip_until_ = 0;  // lines before this one belong to the item heading just read
  bool start_referenced_item(const Line& line);
  bool start_item_below_number(const Line& line);
  bool same_numbering(const ItemNumber& number) const;
  size_t reference_below_title(size_t i) const;
  std::deque<Line> split_lines_;  // header parts of lines cut at a mid-line heading
  // Attendance tables and marker lists.
  std::optional<AttendanceColumns> table_;  // the header of the attendance table being read
  bool trailing_status_ = false;  // rows end with their status word ("... (Chair) Present")
  std::vector<std::pair<std::string, AttendanceStatus>> markers_;  // "P= Present A= Apologies"
  bool section_from_heading_generic_ = false;  // the open section's heading was "Attendance" alone
  bool list_in_first_item_ = false;  // the lists are written inside the first item
  bool read_attendance_row(const std::vector<std::string>& cells, int line);
  bool read_marked_entries(std::string_view text, AttendanceStatus status, int line);
  std::optional<AttendanceHeading> section_change(const Line& line, const std::string& first_cell);
  bool opens_unlabelled_list(size_t i) const;
  void add_members_stood_in_for();
  bool continue_last_entry(const std::string& text);
  int last_entry_line_ = 0;  // the source line of the last line read as entries
};

// The cells of a line as an attendance table row: a table's cells without
// leading bullet cells ("•<TAB>Ann Pole, Chair" is one entry), or a Word
// table's " / "-separated cells (`in_table`: under an attendance table's header); one cell otherwise.
std::vector<std::string> attendance_cells(const Line& line, bool in_table) {
  std::vector<std::string> cells;
  for (const Cell& c : line.cells) {
    std::string text = c.text();
    std::string_view t = trim(text);
    if (cells.empty() && (t.empty() || t == "\u2022" || t == "-" || t == "*" || t == "\u00b7")) continue;
    cells.push_back(text);
  }
  // "Ann Pole AP Lay Member / Vice Chair": one slash is part of a role; a Word
  // table's row has two or more, or follows the table's header.
  if (cells.size() == 1) {
    std::vector<std::string> slashed = slash_cells(cells[0]);
    if (slashed.size() >= 3 || (slashed.size() == 2 && in_table)) return slashed;
  }
  return cells;
}

// "Name Initials Organisation / Role Attendance": a table header whose cells
// were joined by spaces (PDF text without layout); rows then end with their status.
bool is_spaced_table_header(std::string_view text) {
  std::vector<std::string_view> words = split_words(text);
  if (words.size() < 3) return false;
  bool status = false, name = false;
  for (std::string_view w : words) {
    std::string f = fold(w);
    while (f.ends_with(":")) f.pop_back();
    if (f == "attendance" || f == "attended" || f == "status") status = true;
    else if (f == "name" || f == "attendee") name = true;
    else if (f != "initials" && f != "organisation" && f != "/" && f != "role" && f != "organisation/role" &&
             f != "title" && f != "notes")
      return false;
  }
  return status && name;
}

// "... Director of Children's Services (Chair) Present": the status word that
// ends a row of a table flattened into text, and where it starts; npos if none.
size_t trailing_status(std::string_view text, AttendanceStatus& status) {
  for (std::string_view word : {" In attendance", " Present", " Apologies", " Absent", " Observer", " Deputy"}) {
    if (!text.ends_with(word)) continue;
    std::optional<StatusMark> mark = status_mark(word);
    if (!mark) continue;
    status = mark->status;
    return text.size() - word.size();
  }
  return std::string_view::npos;
}

// Where "Present:" or "PRESENT" opens an attendance list inside a header line.
size_t midline_attendance(std::string_view text) {
  for (std::string_view cue : {" Present:", " PRESENT:", " PRESENT ", " Present -", " In attendance:"}) {
    size_t at = text.find(cue);
    if (at != std::string_view::npos && at > 0) return at + 1;
  }
  return std::string_view::npos;
}

// Whether titles can name the same person: "Mr" is not "Mrs", "Ms" or "Miss".
bool titles_agree(std::string_view a, std::string_view b) {
  auto female = [](std::string_view t) { return t == "Mrs" || t == "Ms" || t == "Miss"; };
  if (a.empty() || b.empty()) return true;
  return !((a == "Mr" && female(b)) || (b == "Mr" && female(a)));
}

// Whether `short_form` ("Ms L Quenby", "Mr Gilchrist") names `full` ("Lesley
// Quenby", "Mr P Gilchrist"): the same surname, and given names that are
// initials of the full ones, or none.
bool names_same_person(const Attendee& short_form, const Attendee& full) {
  std::vector<std::string_view> s = split_words(short_form.name), f = split_words(full.name);
  if (s.empty() || f.empty() || s.size() > f.size() || fold(s.back()) != fold(f.back())) return false;
  if (!titles_agree(short_form.title, full.title)) return false;
  if (s.size() == 1) return !short_form.title.empty();
  if (s.size() != f.size()) return false;  // "P Keast" is not "P T Keast"
  for (size_t k = 0; k + 1 < s.size(); ++k) {
    std::string_view w = s[k];
    if (w.ends_with(".")) w.remove_suffix(1);
    if (w.size() != 1 || f[k][0] != w[0]) return false;
  }
  return true;
}

// Whether two statuses can be one person's: there (present, in attendance,
// observing, deputising) or not (apologies, absent).
bool statuses_agree(AttendanceStatus a, AttendanceStatus b) {
  auto away = [](AttendanceStatus s) { return s == AttendanceStatus::apologies || s == AttendanceStatus::absent; };
  return away(a) == away(b);
}

// The attendee already listed as `a`, or -1: the same name, or the short or
// full form of exactly one listed name with a status that agrees ("Ms L Quenby
// ... were in attendance virtually" for "Lesley Quenby" present, "John Redfern
// ... in attendance for this item" for "Mr J Redfern"; "Apologies: D. Kershaw"
// is not "Mrs. Kershaw" present).
int known_attendee(const std::vector<Attendee>& attendance, const Attendee& a) {
  // "Ms J Saltmarsh" and "Mr J Saltmarsh" are two people.
  for (size_t i = 0; i < attendance.size(); ++i)
    if (attendance[i].person_id == a.person_id && titles_agree(attendance[i].title, a.title)) return static_cast<int>(i);
  auto surname = [](std::string_view name) {
    size_t space = name.rfind(' ');
    return space == std::string_view::npos ? name : name.substr(space + 1);
  };
  std::string_view own = surname(a.name);
  int found = -1;
  for (size_t i = 0; i < attendance.size(); ++i) {
    const Attendee& b = attendance[i];
    std::string_view other = surname(b.name);
    if (other.size() != own.size() || !starts_with_ci(other, own)) continue;  // cheap first
    if ((!names_same_person(a, b) && !names_same_person(b, a)) || !statuses_agree(a.status, b.status)) continue;
    if (found >= 0) return -1;  // "Mr Keast" for "Mrs P T Keast" or "Mr P Keast": nobody in particular
    found = static_cast<int>(i);
  }
  return found;
}

void MeetingReader::add_attendees(std::vector<Attendee> people, int line) {
  for (Attendee& a : people) {
    a.line = line;
    a.person_id = person_id(a.name);
    // Someone listed twice (present, then in an apologies sentence) keeps the
    // first; one listed, then named as a substitute, is the substitute.
    if (int k = known_attendee(attendance_, a); k >= 0) {
      Attendee& b = attendance_[k];
      if (a.status == AttendanceStatus::deputy && b.deputy_for.empty() &&
          (b.status != AttendanceStatus::present || !a.deputy_for.empty())) {
        b.status = AttendanceStatus::deputy;
        b.deputy_for = a.deputy_for;
      }
      continue;
    }
    if (section_generic_ && a.status == AttendanceStatus::in_attendance)
      generic_section_members_.push_back(attendance_.size());
    names_.push_back(a.name);
    if (!a.title.empty()) {
      std::vector<std::string_view> words = split_words(a.name);
      names_.push_back(a.title + " " + std::string(words.back()));
      if (a.title == "Cllr") names_.push_back("Councillor " + std::string(words.back()));
    }
    attendance_.push_back(std::move(a));
  }
}

// Entries of an attendance list in `text`, with the status of its section;
// a heading inside the line ("... Mr R J Whitlock IN ATTENDANCE: Dr A Kilbride")
// opens the next section there. Returns whether anyone was read.
bool MeetingReader::read_attendance_text(std::string_view text, AttendanceStatus status, int line) {
  bool read = false;
  std::string rest(text);
  for (int sections = 0; sections < 8; ++sections) {
    size_t at = midline_attendance_heading(rest);
    std::optional<AttendanceHeading> heading;
    if (at != std::string_view::npos && sections < 7) heading = attendance_heading(std::string_view(rest).substr(at));
    std::vector<Attendee> people = parse_attendance_text(heading ? std::string_view(rest).substr(0, at) : rest, status);
    read = read || !people.empty();
    add_attendees(std::move(people), line);
    if (!heading) break;
    section_ = status = heading->status;
    section_generic_ = heading->generic && !seen_heading_;
    seen_heading_ = true;
    if (heading->status == AttendanceStatus::present && !heading->generic) saw_present_heading_ = true;
    rest = heading->rest;
  }
  return read;
}

// One row of an attendance table read with its header's columns: the name
// and role cells make the person, the marker cells their status, a deputy
// cell or note the person who came instead.
bool MeetingReader::read_attendance_row(const std::vector<std::string>& cells, int line) {
  const AttendanceColumns& cols = *table_;
  auto cell = [&](int k) { return k >= 0 && static_cast<size_t>(k) < cells.size() ? cells[k] : std::string(); };
  std::string name_cell = cell(cols.name);
  std::string role;
  for (int k : cols.role) {
    std::string c(trim(cell(k)));
    if (!c.empty() && c != "-") role += (role.empty() ? "" : ", ") + c;
  }
  std::optional<Attendee> a = parse_attendee_row(name_cell, role, cols.section);
  if (!a) {
    // A row that is a note of its own ("Also in attendance: ..."): not a member's row.
    return false;
  }
  if (!trim(cell(cols.initials)).empty() && a->initials.empty()) a->initials = std::string(trim(cell(cols.initials)));
  std::optional<StatusMark> mark = status_mark(cell(cols.status), cols.apologies >= 0);
  std::optional<StatusMark> apols = status_mark(cell(cols.apologies));
  std::string deputy = std::string(trim(cell(cols.deputy)));
  std::optional<StatusMark> note = status_mark("x - " + std::string(trim(cell(cols.notes))));
  if (mark) a->status = mark->status;
  if (apols && apols->status == AttendanceStatus::present && a->status != AttendanceStatus::present)
    a->status = AttendanceStatus::apologies;  // a tick in "Apols"
  std::vector<Attendee> people;
  if (mark && mark->deputy_named) deputy = mark->other;
  if (mark && mark->status == AttendanceStatus::deputy && !mark->deputy_named) {
    a->deputy_for = mark->other;
  } else if (mark && mark->deputy_named) {
    a->status = AttendanceStatus::apologies;  // "S – DI Ann Pole": the member sent a deputy
  }
  if (note && note->status == AttendanceStatus::deputy && !note->other.empty()) {
    a->status = AttendanceStatus::deputy;
    a->deputy_for = note->other;
  }
  std::string member = a->name;
  people.push_back(std::move(*a));
  if (std::optional<Attendee> d = deputy.empty() ? std::nullopt : parse_attendee(deputy, AttendanceStatus::deputy)) {
    d->status = AttendanceStatus::deputy;
    d->deputy_for = member;
    if (people[0].status == AttendanceStatus::present || people[0].status == AttendanceStatus::absent)
      people[0].status = AttendanceStatus::apologies;
    people.push_back(std::move(*d));
  }
  add_attendees(std::move(people), line);
  last_entry_open_ = false;
  return true;
}

// Entries of a list that ends each one with a legend's marker ("Ann Pole (AP)
// – Chair P  Cy Tan (CT) – Police A"): each marker closes an entry and gives its status.
bool MeetingReader::read_marked_entries(std::string_view text, AttendanceStatus status, int line) {
  std::vector<std::string_view> words = split_words(text);
  bool read = false;
  size_t start = 0;
  for (size_t k = 0; k < words.size(); ++k) {
    std::optional<AttendanceStatus> marked;
    for (const auto& [marker, s] : markers_)
      if (words[k] == marker) marked = s;
    if (!marked) continue;
    size_t from = words[start].data() - text.data();
    size_t to = words[k].data() - text.data();
    if (to > from) {
      std::vector<Attendee> people = parse_attendance_text(separate_name_and_role(text.substr(from, to - from)), *marked);
      read = read || !people.empty();
      add_attendees(std::move(people), line);
    }
    start = k + 1;
  }
  if (start < words.size()) {
    size_t from = words[start].data() - text.data();
    std::vector<Attendee> people = parse_attendance_text(text.substr(from), status);
    read = read || !people.empty();
    add_attendees(std::move(people), line);
  }
  return read;
}

bool MeetingReader::read_attendance_line(const Line& line) {
  AttendanceStatus status = *section_;
  std::vector<std::string> cells = attendance_cells(line, table_.has_value());
  if (cells.empty()) return false;
  if (table_ && cells.size() >= 2) return read_attendance_row(cells, line.number);
  // "Mr T Ackroyd, | Mr A Brindle, | Mr A Cartwright,": a list set out in columns, not
  // a name and its role.
  bool list_row = cells.size() >= 2 && trim(cells[0]).ends_with(",");
  if (cells.size() >= 2 && !list_row) {
    std::string role;
    for (size_t c = 1; c < cells.size(); ++c) {
      if (!trim(cells[c]).empty()) role += (role.empty() ? "" : ", ") + cells[c];
    }
    if (auto a = parse_attendee_row(cells[0], role, status)) {
      add_attendees({*a}, line.number);
      last_entry_open_ = false;
      return true;
    }
    if (line.table_row()) return false;
    cells = {line.text};  // not a name and its role: read the line as text
  }
  std::string text = cells[0];
  if (list_row) {
    text.clear();
    for (const std::string& c : cells) {
      if (!c.empty()) text += (text.empty() ? "" : " ") + c;
    }
  }
  // "The Chairman welcomed everyone present ...": a paragraph of prose ends the list.
  if (std::vector<std::string_view> words = split_words(text); words.size() > 30) {
    for (std::string_view opener : {"The", "This", "It", "There", "A", "An", "We", "Following", "After"})
      if (words[0] == opener) return false;
  }
  // "Apologies for absence were received from Ann Pole (Cy Tan substituting) and ...":
  // a sentence under the heading, read as one.
  if (starts_with_ci(text, "apolog") && !apologies_in_text(text).empty()) {
    std::vector<Attendee> people = apologies_in_text(text);
    if (people.empty()) return false;
    add_attendees(std::move(people), line.number);
    last_entry_open_ = false;
    return true;
  }
  if (!markers_.empty()) {
    if (!read_marked_entries(text, status, line.number)) return false;
    last_entry_open_ = false;
    return true;
  }
  // "..., Cllr Robin Haxby" / "(RH) – Lead Member, ...": initials wrapped onto
  // the next line belong to the name that ends this one.
  if (current_ + 1 < segment_.end) {
    const Line& next = text_.lines[current_ + 1];
    std::string_view n = next.text;
    size_t close = n.find(')');
    if (!next.table_row() && n.starts_with("(") && close != std::string_view::npos && close <= 6 &&
        std::isupper(static_cast<unsigned char>(n[1]))) {
      text += " " + next.text;
      skip_until_ = current_ + 2;
    }
  }
  // "... Director of Children's Services (Chair) Present": a row that ends with its status.
  if (trailing_status_) {
    if (size_t at = trailing_status(text, status); at != std::string::npos) text = text.substr(0, at);
  }
  text = separate_name_and_role(text);
  // "Linda Couchman, Acting Strategic Director of Adult Social Care and Health,"
  // continued by "Cheshire East Council" on the next line; a line that opens
  // with new names is not a continuation.
  bool new_entries = leading_name(text) && !parse_attendance_text(text, status).empty();
  if (last_entry_open_ && !attendance_.empty() && !new_entries) {
    std::string joined = last_entry_text_ + " " + text;
    if (auto a = parse_attendee(joined, attendance_.back().status)) {
      Attendee& last = attendance_.back();
      last.role = a->role;
      last.organisation = a->organisation;
      last.as_written = a->as_written;
      last_entry_text_ = joined;
      last_entry_open_ = trim(text).ends_with(",");
      return true;
    }
  }
  size_t before = attendance_.size();
  if (!read_attendance_text(text, status, line.number)) return continue_last_entry(text);
  note_last_entry(text, before);
  return true;
}

// Longest line read as the wrapped end of the entry above ("Council" under
// "Gary Oldroyd – Head of Service, Integrated Youth Support, Barset").
constexpr int kMaxWrappedWords = 4;

// A short line with no name that carries on the last entry's role or body;
// whether it did.
bool MeetingReader::continue_last_entry(const std::string& text) {
  std::string_view t = trim(text);
  if (attendance_.empty() || t.empty() || count_words(t) > kMaxWrappedWords || leading_name(t) ||
      !std::isupper(static_cast<unsigned char>(t[0])) || t.ends_with(":") || attendance_heading(t))
    return false;
  if (attendance_.back().line != last_entry_line_) return false;  // the entry above must be the line above
  Attendee& last = attendance_.back();
  std::string& field = !last.organisation.empty() ? last.organisation : last.role;
  if (field.empty()) return false;
  field += " " + std::string(t);
  last.as_written += " " + std::string(t);
  return true;
}

// What a following line may continue: the line when it held one entry, else
// its last entry ("..., Mr D Holroyd (Head of Housing Policy, Planning and Delivery),").
void MeetingReader::note_last_entry(const std::string& text, size_t attendees_before) {
  last_entry_open_ = trim(text).ends_with(",");
  last_entry_text_ = text;
  if (attendance_.size() > attendees_before + 1) last_entry_text_ = attendance_.back().as_written + ",";
  if (attendance_.size() == attendees_before) last_entry_open_ = false;
}

void MeetingReader::start_item(const Line& line, ItemStart start) {
  ItemDraft draft;
  draft.item.number = start.number.number;
  draft.item.title = start.title;
  draft.item.span = {line.number, line.number, line.page};
  draft.apologies = is_apologies_title(start.title);
  // "1. Present: G. Lumley - Vice Chairman, Mrs. Sutcliffe, ...": an item that is an attendance list.
  if (auto heading = attendance_heading(start.title); heading && !heading->trailing) {
    draft.status = heading->status;
    if (!heading->rest.empty()) add_attendees(parse_attendance_text(heading->rest, heading->status), line.number);
    for (const Block& b : start.body) add_attendees(parse_attendance_text(b.text, heading->status), line.number);
  }
  ItemRow row;
  row.line = line.number;
  row.blocks = std::move(start.body);
  row.owner = start.owner;
  draft.rows.push_back(std::move(row));
  drafts_.push_back(std::move(draft));
  if (!start.number.date_like) last_top_ = start.number.top;
  section_.reset();
}

// A table row cut by a page break goes on in the next row: a sentence
// ("... services across the" / "Partnership.") or an owner ("Sarah" / "Blaylock").
void join_page_break(ItemRow& previous, ItemRow& row) {
  if (!previous.blocks.empty() && !row.blocks.empty() && !row.blocks.front().list_item) {
    std::string_view last = trim(previous.blocks.back().text);
    char end = last.empty() ? '.' : last.back();
    if (end != '.' && end != ':' && end != ';' && end != '?' && end != '!') {
      previous.blocks.back().text += " " + row.blocks.front().text;
      row.blocks.erase(row.blocks.begin());
    }
  }
  std::string_view owner = trim(row.owner);
  if (owner.empty() || previous.owner.empty()) return;
  std::string_view prev = trim(previous.owner);
  size_t slash = prev.rfind('/');
  std::string_view prev_last = trim(slash == std::string_view::npos ? prev : prev.substr(slash + 1));
  bool split_name = count_words(prev_last) == 1 && owner.find('/') == std::string_view::npos &&
                    count_words(owner) == 1;
  if (owner.starts_with("/") || prev.ends_with("/") || split_name) {
    previous.owner = std::string(prev) + (split_name ? " " : "") + std::string(owner);
    row.owner.clear();
  }
}

// Bold lines before numbered items ("Key:", a legend) were headings of
// nothing: once minutes number their items, they go back into the text.
void MeetingReader::fold_unnumbered_items() {
  bool numbered = std::any_of(drafts_.begin(), drafts_.end(), [](const ItemDraft& d) { return !d.item.number.empty(); });
  if (!numbered) return;
  std::vector<ItemDraft> kept;
  for (ItemDraft& draft : drafts_) {
    if (!draft.unnumbered_heading) {
      kept.push_back(std::move(draft));
      continue;
    }
    ItemRow heading;
    heading.line = draft.unnumbered_heading->number;
    heading.blocks = draft.unnumbered_heading->cells[0].blocks;
    std::vector<ItemRow>& into = kept.empty() ? preamble_ : kept.back().rows;
    into.push_back(std::move(heading));
    into.insert(into.end(), draft.rows.begin(), draft.rows.end());
    if (!kept.empty()) kept.back().item.span.last_line = std::max(kept.back().item.span.last_line, draft.item.span.last_line);
  }
  drafts_ = std::move(kept);
}

// Minutes that number nothing head their items in bold ("Matters Arising")
// or with a short label line ("Police Matters:"). Only after the header.
std::optional<std::string> MeetingReader::unnumbered_heading(const Line& line) const {
  if (line.table_row() || line.cells[0].blocks.size() != 1 || (header_.empty() && !seen_heading_)) return std::nullopt;
  if (drafts_.empty() && !seen_heading_) return std::nullopt;
  if (std::any_of(drafts_.begin(), drafts_.end(), [](const ItemDraft& d) { return !d.item.number.empty(); }))
    return std::nullopt;
  const Block& b = line.cells[0].blocks[0];
  std::string_view text = trim(b.text);
  int words = count_words(text);
  if (words == 0 || words > 12 || text.ends_with(".") || !std::isupper(static_cast<unsigned char>(text[0])))
    return std::nullopt;
  bool label = text.ends_with(":") && words <= 5;
  if (!b.bold && !label) return std::nullopt;
  if (attendance_heading(text) || is_meeting_close(text)) return std::nullopt;
  while (text.ends_with(":")) text.remove_suffix(1);
  return std::string(trim(text));
}

void MeetingReader::start_unnumbered_item(const Line& line, const std::string& title) {
  ItemDraft draft;
  draft.item.title = title;
  draft.item.span = {line.number, line.number, line.page};
  draft.apologies = is_apologies_title(title);
  draft.unnumbered_heading = &line;
  drafts_.push_back(std::move(draft));
  section_.reset();
}

// Items in which a sentence may say who stood in for whom: the welcome and
// apologies at the start; later items tell of other meetings.
constexpr size_t kDeputyItems = 3;

void MeetingReader::add_row(const Line& line) {
  ItemRow row;
  row.line = line.number;
  for (size_t c = 0; c < line.cells.size(); ++c) {
    if (line.table_row() && static_cast<int>(c) == columns_.owner) {
      row.owner = line.cells[c].text();
      continue;
    }
    row.blocks.insert(row.blocks.end(), line.cells[c].blocks.begin(), line.cells[c].blocks.end());
  }
  if (drafts_.empty()) {
    preamble_.push_back(std::move(row));
    return;
  }
  ItemDraft& draft = drafts_.back();
  draft.item.span.last_line = line.number;
  bool continuation = line.table_row() && line.cells[0].blocks.empty();
  if (continuation && !draft.rows.empty()) join_page_break(draft.rows.back(), row);
  // "Ms L Quenby, Ms S Varley and Ms T Marchbank were in attendance virtually",
  // "John Redfern ... and Dave Holroyd ... were in attendance for this item".
  std::vector<Attendee> there = line.table_row() ? std::vector<Attendee>{} : presence_in_text(line.text);
  // "Sergeant Yates attended on behalf of Chief Inspector Bramhall": in the first items, who stood in for whom.
  std::vector<Attendee> deputies = line.table_row() || drafts_.size() > kDeputyItems ? std::vector<Attendee>{}
                                                                                     : deputies_in_text(line.text);
  if (!deputies.empty()) add_attendees(std::move(deputies), line.number);
  if (!there.empty()) {
    add_attendees(std::move(there), line.number);
  } else if ((draft.apologies || draft.status) && !line.table_row()) {
    // An "Apologies" item lists people one to a line, or says whose they are.
    std::vector<Attendee> people = draft.apologies && !draft.status ? apologies_in_text(line.text)
                                                                    : std::vector<Attendee>{};
    if (people.empty())
      people = parse_attendance_text(line.text, draft.status.value_or(AttendanceStatus::apologies));
    if (!people.empty()) add_attendees(std::move(people), line.number);
  }
  draft.rows.push_back(std::move(row));
}

// A minute's title with its agenda item: "Apologies and Substitutes" over
// "(Item 1)", "52. Apologies" over "(Item 1)", or "Work programme (Item 12)".
// The minute's own number, when it has one, numbers the item.
// The line of the "(Item N)" under a title that starts at line `i`: the
// next line, or the one after a bold title's bold second line; 0 if none.
size_t MeetingReader::reference_below_title(size_t i) const {
  if (i + 1 < segment_.end && is_bare_item_reference(text_.lines[i + 1])) return i + 1;
  if (i + 2 >= segment_.end || !is_bare_item_reference(text_.lines[i + 2])) return 0;
  auto bold = [](const Line& line) {
    for (const Cell& c : line.cells)
      for (const Block& b : c.blocks)
        if (!b.bold && !b.text.empty()) return false;
    return true;
  };
  const Line& second = text_.lines[i + 1];
  if (!bold(text_.lines[i]) || !bold(second) || second.table_row() || count_words(second.text) > 20) return 0;
  // "UNRESTRICTED ITEMS" over "286. Apologies for Absence": the second line
  // opens a heading of its own, it does not wrap the first.
  std::vector<std::string_view> words = split_words(second.text);
  if (words.empty()) return 0;
  std::string_view token = words[0];
  if ((token.ends_with(".") || token.ends_with(")")) && read_item_number(token)) return 0;
  return i + 2;
}

// Whether `line` holds only an item number ("62.", "22", "HWB/21/22/14",
// "4(a)"), in its first cell with the others empty.
std::optional<std::string> bare_item_number(const Line& line) {
  for (size_t c = 1; c < line.cells.size(); ++c)
    if (!trim(line.cells[c].text()).empty()) return std::nullopt;
  std::string text(trim(line.cells[0].text()));
  std::optional<ItemNumber> n = read_item_number(text);
  if (!n || n->date_like) return std::nullopt;
  return text;
}

// The longest title read from the line under a bare item number.
constexpr int kMaxTitleWords = 25;

// An item number on its own line (or cell) with its title on the next:
// "62." / "Apologies for Absence" (modern.gov pages copied as text), read as
// the heading "62. Apologies for Absence" so the usual checks apply.
bool MeetingReader::start_item_below_number(const Line& line) {
  std::optional<std::string> number = bare_item_number(line);
  if (!number) return false;
  size_t below = current_ + 1;
  while (below < segment_.end && text_.lines[below].text.find_first_not_of(" \t") == std::string::npos) ++below;
  if (below >= segment_.end) return false;
  const Line& title_line = text_.lines[below];
  if (title_line.table_row() || bare_item_number(title_line)) return false;
  const std::string cell = title_line.cells[0].text();
  std::string_view title = trim(cell);
  if (title.empty() || count_words(title) > kMaxTitleWords || title.ends_with(".")) return false;
  Line heading = title_line;
  heading.number = line.number;
  heading.page = line.page;
  Block block = title_line.cells[0].blocks.empty() ? Block{} : title_line.cells[0].blocks[0];
  bool dotted = number->find_first_of(".)/") != std::string::npos;
  block.text = *number + (dotted ? " " : ". ") + std::string(title);
  heading.cells = {Cell{{block}}};
  heading.text = block.text;
  std::optional<ItemStart> start = item_start(heading, Columns{}, last_top_, names_);
  if (!start) return false;
  start_item(line, std::move(*start));
  skip_until_ = below + 1;
  return true;
}

// Whether `number` is numbered as the meeting's items so far: after items
// "1" and "2", the rows "18/21", "18/24" of an action log table are no items.
// Headings may switch ("3. Planning" then "107/14 Highways" in parish minutes).
bool MeetingReader::same_numbering(const ItemNumber& number) const {
  for (auto it = drafts_.rbegin(); it != drafts_.rend(); ++it) {
    const std::string& previous = it->item.number;
    if (previous.empty()) continue;
    return (previous.find('/') != std::string::npos) == (number.number.find('/') != std::string::npos);
  }
  return true;
}

bool MeetingReader::start_referenced_item(const Line& line) {
  size_t at = 0;
  std::optional<ItemNumber> reference = item_reference(line.text, at);
  if (reference && at == 0) {
    // A reference with no title above it: the item starts here, untitled.
    ItemStart start;
    start.number = *reference;
    start_item(line, std::move(start));
    return true;
  }
  Line heading = line;
  size_t skip = 0;
  if (reference && !line.table_row()) {
    std::string title(trim(std::string_view(line.text).substr(0, at)));
    Block block;
    block.text = title;
    block.bold = !line.cells[0].blocks.empty() && line.cells[0].blocks[0].bold;
    heading.cells = {Cell{{block}}};
    heading.text = title;
  } else if (size_t below = reference_below_title(current_); below != 0) {
    reference = item_reference(text_.lines[below].text, at);
    heading.text.clear();
    for (size_t k = current_; k < below; ++k) {
      for (const Cell& c : text_.lines[k].cells) {
        std::string cell = c.text();
        if (!cell.empty()) heading.text += (heading.text.empty() ? "" : " ") + cell;
      }
    }
    // A title wrapped onto a second line: its words join the heading's last cell.
    if (below > current_ + 1) {
      Cell& last = heading.cells.back();
      if (last.blocks.empty()) last.blocks.emplace_back();
      last.blocks.back().text += " " + text_.lines[current_ + 1].text;
    }
    skip = below + 1;
  } else {
    return false;
  }
  // A title, not a sentence: short, capitalised, no full stop.
  std::string_view title = trim(heading.text);
  if (title.empty() || count_words(title) > 30 || title.ends_with(".")) return false;
  unsigned char first = title[0];
  if (!std::isupper(first) && !std::isdigit(first) && first < 0x80) return false;
  skip_until_ = skip;
  // "52. Apologies": the minute's own number, written with its full stop.
  std::string_view token = split_words(title)[0];
  bool numbered_heading = line.table_row() || token.ends_with(".") || token.ends_with(")");
  std::optional<ItemStart> numbered = numbered_heading ? item_start(heading, columns_, 0, names_) : std::nullopt;
  if (numbered && !numbered->number.date_like) {
    start_item(line, std::move(*numbered));
  } else {
    ItemStart start;
    start.number = *reference;
    start.title = std::string(title);
    start_item(line, std::move(start));
  }
  return true;
}

// The one place that decides whether a line opens an attendance section, and
// with which status: a heading ("Present:", "Apologies", "Those Attending:<TAB>
// Cllr ..."), an attendance table's header row ("Name | Role | Attended"), or
// a marker legend ("P= Present A= Apologies"). Tables and legends also set how
// the section's rows are read. Only before the first item.
std::optional<AttendanceHeading> MeetingReader::section_change(const Line& line, const std::string& first_cell) {
  std::vector<std::string> cells = attendance_cells(line, true);
  if (cells.size() >= 2) {
    if (std::optional<AttendanceColumns> columns = attendance_columns(cells)) {
      table_ = columns;
      AttendanceHeading heading;
      heading.status = columns->section;
      return heading;
    }
  }
  if (is_spaced_table_header(line.text)) {
    trailing_status_ = true;
    return AttendanceHeading{};
  }
  if (std::vector<std::pair<std::string, AttendanceStatus>> legend = marker_legend(line.text); !legend.empty()) {
    markers_ = std::move(legend);
    AttendanceHeading heading;
    heading.generic = true;  // a legend says how, not which list
    return heading;
  }
  std::optional<AttendanceHeading> heading = attendance_heading(first_cell);
  // "Minutes: Ann Pole (AP), Board Administrator" after the lists: the minute
  // taker, there to take notes. (modern.gov's "Minutes:" heads a minute's text
  // on the lines below, with no name after it.)
  if (!heading && section_ && !line.table_row()) {
    for (std::string_view label : {"Minutes:", "Minute taker:", "Minutes taken by:", "Notes:", "Note taker:"}) {
      std::string_view rest = trim(std::string_view(first_cell));
      if (!starts_with_ci(rest, label)) continue;
      rest = trim(rest.substr(label.size()));
      if (!leading_name(rest)) break;
      heading = AttendanceHeading{AttendanceStatus::in_attendance, std::string(rest), false, false};
    }
  }
  if (heading && line.table_row()) {
    if (!heading->rest.empty() || read_table_header(line)) heading.reset();
    for (size_t c = 1; heading && c < line.cells.size(); ++c) {
      std::string cell = line.cells[c].text();
      if (attendance_heading(cell)) heading.reset();  // "Attendees | Apologies": columns
      else if (!cell.empty()) heading->rest += (heading->rest.empty() ? "" : ", ") + cell;
    }
  }
  // "Apologies" between the rows of a table: the same columns, another status.
  if (heading && table_) table_->section = heading->status;
  return heading;
}

// Lines a list of people needs before it is read without a heading: one or
// two could be a venue or a signature.
constexpr size_t kUnlabelledListLines = 3;

// Whether the lines from `i` are entries of an attendance list with no heading:
// each opens with a person's name and reads as attendees, none is a heading,
// an item or a date line.
bool MeetingReader::opens_unlabelled_list(size_t i) const {
  if (i + kUnlabelledListLines > segment_.end) return false;
  for (size_t k = i; k < i + kUnlabelledListLines; ++k) {
    const Line& line = text_.lines[k];
    std::vector<std::string> cells = attendance_cells(line, false);
    if (cells.empty()) return false;
    std::string text = separate_name_and_role(cells[0]);
    if (attendance_heading(cells[0]) || find_date(line.text) || is_meeting_title(line.text) ||
        item_start(line, columns_, 0, {}) || !leading_name(text))
      return false;
    if (parse_attendance_text(text, AttendanceStatus::present).empty()) return false;
  }
  return true;
}

void MeetingReader::read_line(const Line& line) {
  if (closed_) {
    trailing.push_back(&line);
    return;
  }
  if (current_ < skip_until_) return;  // the rest of the title just read, and its "(Item 3)"
  // Rows of an attendance table ("Ann Pole<TAB>Barset College<TAB>No") are not an
  // item table's header, whatever their cells say.
  if (!(table_ && section_ && drafts_.empty())) {
    if (auto columns = read_table_header(line)) {
      columns_ = *columns;
      return;
    }
  }
  if (referenced_items_ && start_referenced_item(line)) return;
  std::string first_cell = line.cells[0].text();
  // Attendance headings count before the first item, or inside it when the
  // minutes list nobody before it ("1. Welcome" / "Present: Ann Pole (Chair), ...").
  bool in_first_item = drafts_.size() == 1 && (attendance_.empty() || list_in_first_item_);
  if (drafts_.empty() || in_first_item) {
    std::optional<AttendanceHeading> heading = section_change(line, first_cell);
    // "TC/24/031 Apologies for absence" is an item, as "1. Apologies" is.
    if (heading && opens_with_item_number(first_cell)) heading.reset();
    if (heading && in_first_item && heading->rest.empty()) heading.reset();
    if (heading && in_first_item) list_in_first_item_ = true;
    if (heading) {
      // "Attendees:" then "Apologies:" with nobody between: a two-column table
      // flattened by conversion. Its people cannot be told apart; say so.
      // "Attendance" over "Present:" is a heading over a heading.
      if (section_ && section_entries_ == 0 && heading->rest.empty() && line.number <= section_line_ + 2 &&
          !section_from_heading_generic_ && !table_) {
        diagnostics_.push_back({line.number, "attendance headings \"" + section_heading_ + "\" and \"" +
                                                 first_cell + "\" have no names between them (a flattened " +
                                                 "table?); the names after them are read as \"" + section_heading_ + "\""});
        section_line_ = line.number;
        return;
      }
      section_heading_ = first_cell;
      section_line_ = line.number;
      section_entries_ = 0;
      section_ = heading->status;
      section_from_heading_generic_ = heading->generic;
      section_generic_ = heading->generic && !seen_heading_;
      seen_heading_ = true;
      if (heading->status == AttendanceStatus::present && !heading->generic) saw_present_heading_ = true;
      last_entry_open_ = false;
      if (!heading->rest.empty()) {
        size_t before = attendance_.size();
        read_attendance_text(heading->rest, heading->status, line.number);
        note_last_entry(heading->rest, before);
        section_entries_ += static_cast<int>(attendance_.size() - before);
      }
      return;
    }
  }
  if (!referenced_items_ && start_item_below_number(line)) return;
  if (auto start = referenced_items_ ? std::nullopt : item_start(line, columns_, last_top_, names_);
      start && (!line.table_row() || same_numbering(start->number))) {
    start_item(line, std::move(*start));
    return;
  }
  // modern.gov's "Minutes:" under an item's title labels the minute, and
  // "PDF 61 KB" links its papers: neither is text of the minute.
  if (!drafts_.empty() && (is_minute_label(line.text) || is_paper_link(line.text))) return;
  if (section_) {
    if (read_attendance_line(line)) {
      ++section_entries_;
      last_entry_line_ = line.number;
      return;
    }
    // "Cabinet Office" in bold between names: a sub-heading of the list.
    bool bold = !line.cells[0].blocks.empty() && line.cells[0].blocks[0].bold;
    bool names_follow = current_ + 1 < segment_.end &&
                        !parse_attendance_text(text_.lines[current_ + 1].text, *section_).empty();
    if (!line.table_row() && bold && count_words(line.text) <= 5 && !line.text.ends_with(":") && names_follow)
      return;
    section_.reset();
  }
  if (auto heading = unnumbered_heading(line)) {
    start_unnumbered_item(line, *heading);
    return;
  }
  if (drafts_.empty() && !seen_heading_ && preamble_.empty()) {
    // Rows of people straight after the dated header, with no heading: who was present.
    if (header_has_date() && opens_unlabelled_list(current_)) {
      section_ = AttendanceStatus::present;
      seen_heading_ = saw_present_heading_ = true;
      section_line_ = line.number;
      section_entries_ = 0;
      diagnostics_.push_back({line.number, "a list of people with no heading after the meeting's date is read "
                                           "as those present"});
      if (read_attendance_line(line)) ++section_entries_;
      return;
    }
    // A list of "Name<TAB>Role" rows straight after the title is who was present.
    if (line.table_row() && header_has_date() &&
        parse_attendee_row(line.cells[0].text(), line.cells[1].text(), AttendanceStatus::present)) {
      section_ = AttendanceStatus::present;
      seen_heading_ = saw_present_heading_ = true;
      read_attendance_line(line);
      return;
    }
    // "... HELD AT WEST BRINDLECOMBE VILLAGE HALL AT 7.00 pm THURSDAY 12 MAY 2016 PRESENT
    // (6 Councillors): - Helen Quayle (HQ) – Chairman, ...": the list starts mid-line.
    if (size_t at = midline_attendance(line.text); at != std::string::npos) {
      split_lines_.push_back(line);
      Line& head = split_lines_.back();
      Block block;
      block.text = line.text.substr(0, at);
      head.cells = {Cell{{block}}};
      head.text = line.text.substr(0, at);
      header_.push_back(&head);
      std::string rest = line.text.substr(at);
      if (auto heading = attendance_heading(rest)) {
        section_ = heading->status;
        seen_heading_ = true;
        if (heading->status == AttendanceStatus::present) saw_present_heading_ = true;
        add_attendees(parse_attendance_text(heading->rest, heading->status), line.number);
      }
      return;
    }
    header_.push_back(&line);
    return;
  }
  add_row(line);
  if (is_meeting_close(line.text)) closed_ = true;
}

Meeting MeetingReader::read() {
  // Minutes that give each minute its agenda item ("(Item 3)") mark every
  // item so: a numbered line without one is a paragraph of a minute.
  int references = 0;
  for (size_t i = segment_.begin; i < segment_.end && references < 2; ++i) {
    size_t at = 0;
    const Line& line = text_.lines[i];
    // "(Item 3)" as minutes that mark each minute write it; "(item 4)" after a
    // guest's role is when they attended, and marks no minute.
    if (line.table_row() || !item_reference(line.text, at)) continue;
    std::string_view inside = std::string_view(line.text).substr(at + 1);
    references += inside.starts_with("Item") || inside.starts_with("Agenda");
  }
  referenced_items_ = references >= 2;
  for (current_ = segment_.begin; current_ < segment_.end; ++current_) read_line(text_.lines[current_]);
  Meeting meeting;
  finish(meeting);
  return meeting;
}

// Fewer words before the first item are no business of their own.
constexpr int kMinPreambleItemWords = 12;

// A line as a row of an item: the blocks of all its cells.
ItemRow row_of(const Line& line) {
  ItemRow row;
  row.line = line.number;
  for (const Cell& c : line.cells) row.blocks.insert(row.blocks.end(), c.blocks.begin(), c.blocks.end());
  return row;
}

std::string join_blocks(const std::vector<ItemRow>& rows) {
  std::string text;
  for (const ItemRow& row : rows) {
    for (const Block& b : row.blocks) {
      if (b.text.empty()) continue;
      if (!text.empty()) text += '\n';
      text += b.text;
    }
  }
  return text;
}

// Hex digits of a meeting id: 64 bits, ample for any corpus of minutes.
constexpr size_t kMeetingIdChars = 16;

// Items whose text may name the board when the header does not: the welcome.
constexpr size_t kOpeningItems = 3;

// A deputy's member who is listed nowhere else sent apologies: "Cy Tan
// (substitute for Ann Pole)" records Ann Pole as apologies.
void MeetingReader::add_members_stood_in_for() {
  std::vector<Attendee> members;
  for (Attendee& d : attendance_) {
    if (d.status != AttendanceStatus::deputy || d.deputy_for.empty()) continue;
    // "for Vance", "for Councillor Fitzgerald": the one listed person of that surname.
    if (d.deputy_for.find(' ') == std::string::npos) {
      const Attendee* only = nullptr;
      int found = 0;
      for (const Attendee& x : attendance_) {
        std::string_view n = x.name;
        bool same = n == d.deputy_for || (n.ends_with(d.deputy_for) && n.size() > d.deputy_for.size() &&
                                          n[n.size() - d.deputy_for.size() - 1] == ' ');
        if (&x != &d && same) {
          only = &x;
          ++found;
        }
      }
      if (found == 1) {
        d.deputy_for = only->name;
        continue;
      }
    }
    Attendee m;
    m.name = d.deputy_for;
    m.as_written = d.deputy_for;
    m.status = AttendanceStatus::apologies;
    m.line = d.line;
    m.person_id = person_id(m.name);
    if (known_attendee(attendance_, m) >= 0) continue;
    // "Cllr Fitzgerald" is "Councillor Fitzgerald" listed later; "Ann Pole" twice is one.
    bool listed = std::any_of(members.begin(), members.end(), [&](const Attendee& x) { return x.person_id == m.person_id; });
    if (!listed) members.push_back(std::move(m));
  }
  for (Attendee& m : members) add_attendees({m}, m.line);
}

void MeetingReader::finish(Meeting& meeting) {
  meeting.source = source_;
  const std::vector<Line>& lines = text_.lines;
  size_t last = segment_.end > segment_.begin ? segment_.end - 1 : segment_.begin;
  if (!trailing.empty()) last = segment_.end - trailing.size() - 1;
  if (segment_.begin < lines.size())
    meeting.span = {lines[segment_.begin].number, lines[std::min(last, lines.size() - 1)].number,
                    lines[segment_.begin].page};

  Header header = parse_header(header_);
  meeting.board = tidy_board_name(header.board);
  if (meeting.board != header.board) header.area = area_from_board(meeting.board);
  meeting.board_id = board_identity(meeting.board, header.area);
  meeting.area = header.area;
  meeting.date = header.date;
  meeting.time = header.time;
  meeting.venue = header.venue;
  meeting.kind = header.kind;

  meeting.diagnostics.insert(meeting.diagnostics.end(), diagnostics_.begin(), diagnostics_.end());
  fold_unnumbered_items();
  // "In attendance:" as the only list heading means everyone there.
  if (!saw_present_heading_) {
    for (size_t i : generic_section_members_) attendance_[i].status = AttendanceStatus::present;
  }
  // Apologies written as a sentence inside an item ("Apologies were noted: ...").
  // They are in an "Apologies" item, one of the first items, or before them.
  section_generic_ = false;
  if (!preamble_.empty()) add_attendees(apologies_in_text(join_blocks(preamble_)), preamble_.front().line);
  for (size_t k = 0; k < drafts_.size(); ++k) {
    const ItemDraft& draft = drafts_[k];
    if (!draft.apologies && k >= 3) continue;
    std::string text = join_blocks(draft.rows);
    add_attendees(apologies_in_text(draft.item.title + ": " + text), draft.item.span.first_line);
  }
  add_members_stood_in_for();
  meeting.attendance = attendance_;
  for (const Attendee& a : meeting.attendance) {
    if (a.chair && meeting.chair.empty()) meeting.chair = a.name;
  }
  if (meeting.chair.empty() && !header.chair.empty()) meeting.chair = header.chair;

  // Text before the first item, or of minutes with no items at all, stays
  // searchable: an item titled by its bold heading, else a passage.
  std::vector<ItemRow> outside;
  if (drafts_.empty()) {
    for (const Line* line : header_) outside.push_back(row_of(*line));
  }
  outside.insert(outside.end(), preamble_.begin(), preamble_.end());
  if (!outside.empty() && !join_blocks(outside).empty()) {
    Item item;
    item.text = join_blocks(outside);
    // "Election of Chair" in bold over its paragraphs: business before the
    // numbered items, titled by its heading. A few words under bold lines
    // are a legend or a banner ("Key:", "UNRESTRICTED ITEMS"): a passage.
    bool business = count_words(join_blocks(preamble_)) >= kMinPreambleItemWords;
    for (const ItemRow& row : preamble_) {
      if (!business) break;
      if (row.blocks.size() != 1 || !row.blocks[0].bold) break;
      std::string_view t = trim(row.blocks[0].text);
      // "Officials:", "Members of the public: 9" are labels, not titles.
      if (!t.empty() && count_words(t) <= 12 && !t.ends_with(".") && t.find(':') == std::string_view::npos)
        item.title = std::string(t);
    }
    item.passage = item.title.empty();
    item.span = {outside.front().line, outside.back().line, 0};
    read_actions_and_decisions(item, outside, meeting.attendance);
    meeting.items.push_back(std::move(item));
  }
  for (ItemDraft& draft : drafts_) {
    draft.item.text = join_blocks(draft.rows);
    read_actions_and_decisions(draft.item, draft.rows, meeting.attendance);
    meeting.items.push_back(std::move(draft.item));
  }

  if (meeting.date.empty()) meeting.diagnostics.push_back({meeting.span.first_line, "no meeting date found in the header"});
  // "The Chair welcomed everyone to this meeting of the X": the body named
  // only in the opening item. Said, since it is not the header's.
  for (size_t k = 0; k < meeting.items.size() && k < kOpeningItems && meeting.board.empty(); ++k) {
    std::string named = board_named_in(meeting.items[k].text);
    if (named.empty()) continue;
    meeting.board = named;
    meeting.board_id = board_identity(named, meeting.area);
    meeting.area = area_from_board(named);
    meeting.diagnostics.push_back({meeting.items[k].span.first_line,
                                   "board name \"" + named + "\" taken from the text of item " +
                                       (meeting.items[k].number.empty() ? std::to_string(k + 1) : meeting.items[k].number) +
                                       "; the header does not name it"});
  }
  if (meeting.board.empty()) meeting.diagnostics.push_back({meeting.span.first_line, "no board name found in the header"});
  if (drafts_.empty())
    meeting.diagnostics.push_back({meeting.span.first_line, meeting.items.empty()
                                                                ? "no numbered agenda items found"
                                                                : "no numbered agenda items found; the text is kept as one passage"});
  if (meeting.attendance.empty() && meeting.kind != "agenda")
    meeting.diagnostics.push_back({meeting.span.first_line, "no attendance list found"});
}

// Report cover lines in an agenda pack: each report becomes an item.
bool is_report_start(std::string_view text) {
  std::string f = fold(trim(text));
  for (std::string_view cue : {"report of:", "reports cover sheet", "title of report", "report to:",
                               "report title:", "progress update to:"}) {
    if (f.starts_with(cue)) return true;
  }
  return false;
}

std::string report_title(const std::vector<const Line*>& lines, size_t from, size_t to) {
  for (size_t i = from; i < to && i < from + 15; ++i) {
    std::string_view text = lines[i]->text;
    for (std::string_view label : {"Title of Report:", "Subject/Title:", "Report Title:", "Title:"}) {
      if (starts_with_ci(text, label)) return std::string(trim(text.substr(label.size())));
    }
  }
  return "";
}

// Initial letters of every word: "delayed transfers of care" → "dtoc".
std::string acronym_of(std::string_view folded) {
  std::string out;
  for (std::string_view w : split_words(folded))
    if (std::isalpha(static_cast<unsigned char>(w[0]))) out += w[0];
  return out;
}

// The agenda item a report belongs to: the one sharing most title words.
const Item* matching_agenda_item(const Meeting& agenda, size_t agenda_items, std::string_view title) {
  std::set<std::string> words;
  const std::string folded_title = fold(title);
  for (std::string_view w : split_words(folded_title))
    if (w.size() > 3) words.insert(std::string(w));
  const Item* best = nullptr;
  size_t best_score = 0;
  for (size_t k = 0; k < agenda_items && k < agenda.items.size(); ++k) {
    const Item& item = agenda.items[k];
    size_t score = 0;
    const std::string folded = fold(item.title);
    for (std::string_view w : split_words(folded)) score += w.size() > 3 && words.count(std::string(w));
    // "DTOC" for "Delayed Transfers of Care": an acronym of the item's words.
    for (const std::string& w : words) score += 2 * (w.size() >= 3 && acronym_of(folded).find(w) != std::string::npos);
    if (score > best_score) {
      best_score = score;
      best = &item;
    }
  }
  return best_score >= 2 || (best_score == 1 && words.size() <= 2) ? best : nullptr;
}

// "1 Report Summary", "5 Background and Options": a section heading of a report.
bool is_report_section(const Line& line) {
  std::string_view text = line.text;
  std::vector<std::string_view> words = split_words(text);
  if (words.size() < 2 || words.size() > 8 || text.ends_with(".")) return false;
  if (words[0].ends_with(".") || words.size() > 6) return false;  // "1. Scrutinise ...": a list
  std::optional<ItemNumber> n = read_item_number(words[0]);
  return n && !n->date_like && std::isupper(static_cast<unsigned char>(words[1][0]));
}

// A report is cited by the passage that matched, not by its hundreds of lines:
// it becomes one item per section, and a long section one per kReportPassageLines.
constexpr size_t kReportPassageLines = 40;

void add_report_passages(Meeting& target, const std::vector<const Line*>& lines, size_t begin, size_t end,
                         const std::string& number, const std::string& title) {
  size_t start = begin;
  while (start < end) {
    size_t stop = start + 1;
    while (stop < end && stop - start < kReportPassageLines && !is_report_section(*lines[stop])) ++stop;
    Item item;
    item.number = number;
    item.title = is_report_section(*lines[start]) ? title + " \u2013 " + lines[start]->text : title;
    item.span = {lines[start]->number, lines[stop - 1]->number, lines[start]->page};
    std::vector<ItemRow> rows;
    for (size_t k = start; k < stop; ++k) {
      ItemRow row;
      row.line = lines[k]->number;
      for (const Cell& c : lines[k]->cells) row.blocks.insert(row.blocks.end(), c.blocks.begin(), c.blocks.end());
      rows.push_back(std::move(row));
    }
    item.text = join_blocks(rows);
    read_actions_and_decisions(item, rows, target.attendance);
    // A report tells of agreements made elsewhere ("it was agreed that the
    // recommendations had been met"); the board decides at its meeting.
    item.decisions.clear();
    target.items.push_back(std::move(item));
    start = stop;
  }
}

// Reports and appendices after a meeting's close, as items of `target`.
void attach_trailing(Meeting& target, const std::vector<const Line*>& lines, bool agenda) {
  size_t i = 0;
  size_t agenda_items = target.items.size();
  // The chair's signature just after the close is not a report.
  while (i < lines.size() && i < 4 && !is_report_start(lines[i]->text) && count_words(lines[i]->text) <= 8) ++i;
  while (i < lines.size()) {
    size_t start = i++;
    while (i < lines.size() && !(is_report_start(lines[i]->text) && i - start >= 12)) ++i;
    Item item;
    std::string title = report_title(lines, start, i);
    if (title.empty()) {
      for (size_t k = start; k < i && title.empty(); ++k) {
        std::string_view t = lines[k]->text;
        if (starts_with_ci(t, "Subject/Title:")) title = std::string(trim(t.substr(14)));
      }
    }
    if (title.empty()) title = std::string(trim(lines[start]->cells[0].text()));
    const Item* match = agenda ? matching_agenda_item(target, agenda_items, title) : nullptr;
    std::string number = match ? match->number : "";
    std::string base_title = match ? match->title : title;
    add_report_passages(target, lines, start, i, number, base_title);
  }
}

// A meeting's id comes from what it is, not where it was found: its board,
// its date and the words of its lines. A meeting published twice (the same
// minutes in two files, or posted twice) has one id, and counts once.
std::string meeting_id(const Text& text, const Meeting& m) {
  std::string content;
  for (const Line& line : text.lines)
    if (line.number >= m.span.first_line && line.number <= m.span.last_line) content += line.text + "\n";
  return sha256_hex(m.board_id + "|" + m.date + "|" + sha256_hex(content)).substr(0, kMeetingIdChars);
}

}  // namespace

std::vector<Meeting> parse_minutes(const Text& original, const Source& source) {
  // A page flattened onto one line is read as the lines it was.
  std::optional<Text> unflattened = split_flattened_lines(original);
  const Text& text = unflattened ? *unflattened : original;
  std::vector<Meeting> meetings;
  std::vector<std::vector<const Line*>> trailing;
  size_t first = skip_front_matter(text);
  std::string post_title = front_matter_title(text, first);
  for (const Segment& segment : find_meetings(text, first)) {
    MeetingReader reader(text, segment, source);
    meetings.push_back(reader.read());
    trailing.push_back(std::move(reader.trailing));
  }
  // A post's title dates the meeting when the minutes do not:
  // "Rural Transport Panel – third meeting 23 March 2011".
  if (meetings.size() == 1 && meetings[0].date.empty() && !post_title.empty()) {
    if (std::string date = parse_meeting_date(post_title); !date.empty()) {
      Meeting& m = meetings[0];
      m.date = date;
      for (Diagnostic& d : m.diagnostics) {
        if (d.message.starts_with("no meeting date"))
          d.message = "meeting date taken from the front matter title \"" + post_title + "\"";
      }
    }
  }
  // A post's title names the body when the minutes themselves do not:
  // "Roxholme PC Meeting November". Said, not presented as found.
  if (meetings.size() == 1 && meetings[0].board.empty() && !post_title.empty()) {
    Meeting& m = meetings[0];
    m.board = tidy_board_name(board_from_title(post_title));
    if (!m.board.empty()) {
      m.board_id = board_identity(m.board);
      m.area = area_from_board(m.board);
      for (auto it = m.diagnostics.begin(); it != m.diagnostics.end(); ++it) {
        if (it->message.starts_with("no board name")) {
          it->message = "board name taken from the front matter title \"" + post_title + "\"";
          break;
        }
      }
    }
  }
  // "Parish Council", "Ordinary Parish Council": a body named without its
  // place, which the post's title gives ("Barset PC Minutes March"). Said.
  if (meetings.size() == 1 && !meetings[0].board.empty() && !post_title.empty() &&
      area_from_board(meetings[0].board).empty()) {
    Meeting& m = meetings[0];
    std::string titled = tidy_board_name(board_from_title(post_title));
    std::string own = board_identity(m.board);
    std::string full = board_identity(titled);
    if (!area_from_board(titled).empty() && full != own && full.ends_with("-" + own)) {
      m.diagnostics.push_back({m.span.first_line, "board \"" + m.board + "\" names no place; \"" + titled +
                                                      "\" taken from the front matter title \"" + post_title + "\""});
      m.board = titled;
      m.board_id = full;
      m.area = area_from_board(titled);
    }
  }
  // An agenda pack: reports after the embedded minutes belong to the agenda.
  Meeting* agenda = nullptr;
  for (Meeting& m : meetings)
    if (m.kind == "agenda" && !agenda) agenda = &m;
  for (size_t k = 0; k < meetings.size(); ++k) {
    if (trailing[k].empty()) continue;
    Meeting& target = agenda && agenda != &meetings[k] ? *agenda : meetings[k];
    attach_trailing(target, trailing[k], &target == agenda);
  }
  for (size_t k = 0; k < meetings.size(); ++k) {
    meetings[k].id = meeting_id(text, meetings[k]);
  }
  if (meetings.empty()) {
    Meeting empty;
    empty.source = source;
    empty.diagnostics.push_back({0, "no text found"});
    meetings.push_back(std::move(empty));
  }
  return meetings;
}

std::vector<Meeting> parse_minutes_string(std::string_view content, std::string_view path) {
  Source source;
  source.path = std::string(path);
  source.sha256 = sha256_hex(content);
  source.format = "text";
  return parse_minutes(normalise_text(content), source);
}

std::string parse_meeting_date(std::string_view text) {
  std::optional<DateMatch> date = find_date(text);
  return date ? date->iso : "";
}

}  // namespace crossboard::corpus
