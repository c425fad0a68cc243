// Reading attendance lists: section headings, entries, names, roles and initials.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/meeting.h"

namespace crossboard::corpus {

struct AttendanceHeading {
  AttendanceStatus status = AttendanceStatus::present;
  std::string rest;        // entries written on the heading's own line
  bool generic = false;    // "In attendance" or "Attendance" alone: may mean present
  bool trailing = false;   // the phrase ends the line ("Officers in attendance")
};

// Whether `line` opens an attendance section ("Present:", "Apologies",
// "PRESENT Cllr C Tolland, ...", "Cheshire East Officers/others in attendance:").
std::optional<AttendanceHeading> attendance_heading(std::string_view line);

// A person's name at the start of `text`: optional title, then two to five
// name words (or a title and a surname). Returns the bytes it spans, 0 if none.
struct NameMatch {
  std::string title;  // "Cllr", "Dr"; empty if none
  std::string name;   // without the title
  size_t length = 0;  // bytes of `text` consumed, title included
};
std::optional<NameMatch> leading_name(std::string_view text);

// One entry: "Cllr Nicole Meardon (Chair)", "Mark Parkinson – Director,
// Education", "Kerrie Adams (KAd) (representing Kate Allen - Nottinghamshire
// County Council", "Julie Webster, Director of Public Health, Western Cheshire PCT".
std::optional<Attendee> parse_attendee(std::string_view entry, AttendanceStatus status);

// A two-column row: name in one cell, "Role, Organisation (Chair)" in the next.
std::optional<Attendee> parse_attendee_row(std::string_view name_cell, std::string_view role_cell,
                                           AttendanceStatus status);

// Entries of a paragraph that lists several people: split before each
// "Name (XX)" when initials are given, else at commas and "and".
std::vector<Attendee> parse_attendee_run(std::string_view text, AttendanceStatus status);

// Splits "Role, Organisation" into its parts; either may come back empty.
void split_role_and_organisation(std::string_view text, std::string& role, std::string& organisation);

// The people named in an apologies sentence inside an item ("Apologies were
// noted: Gerald Meehan, Cllr Margaret Parker", "These were accepted from
// Cllr Upshall and Cllr Wimbush."). Empty when the text records no apologies.
std::vector<Attendee> apologies_in_text(std::string_view text);

// The people a sentence records as there: "Ms L Quenby, Ms S Varley and Ms T
// Marchbank were in attendance virtually", "John Redfern (Interim Corporate
// Director Resources) and Dave Holroyd were in attendance for this item", with status
// in_attendance. Empty when `text` holds no such sentence.
std::vector<Attendee> presence_in_text(std::string_view text);

// Where an attendance heading starts inside a list, after its entries: "...
// and Mr R J Whitlock IN ATTENDANCE: Dr A Kilbride ..."; npos if none.
size_t midline_attendance_heading(std::string_view text);

// "Karen Hickey" → "KH"; "Tracy Parker-Priest" → "TPP".
std::string initials_of(std::string_view name);

}  // namespace crossboard::corpus

namespace crossboard::corpus {

// Every entry on one line of an attendance section, whatever its layout:
// one person ("Julie Webster, Director of Public Health, Western Cheshire PCT"),
// a run with initials ("Kerrie Adams (KAd) ..., Tracy Burton (TB) – NHS Bassetlaw"),
// a list ("Dr Paul Bowen and Kath O'Dwyer."), or per-item attendance
// ("for Item 5 – Devon Allen (DA) ..., for Item 6 and observing Sarah Lee (SL)").
std::vector<Attendee> parse_attendance_text(std::string_view text, AttendanceStatus status);

}  // namespace crossboard::corpus

namespace crossboard::corpus {

// The columns of an attendance table, from its header row ("Name | Organisation
// / Role | Attended | Apols | Deputy", "Present / Initials / / Role",
// "Attendee  Role  Attendance  Notes"). -1 where the table has no such column.
struct AttendanceColumns {
  int name = 0;
  int initials = -1;
  std::vector<int> role;  // role and organisation cells, joined in order
  int status = -1;        // "Attendance", "Attended", a meeting date: a marker per row
  int apologies = -1;     // "Apols": a tick says apologies were sent
  int deputy = -1;        // "Deputy": who came instead
  int notes = -1;         // "Notes": "Substitute for Gillian Ward"
  AttendanceStatus section = AttendanceStatus::present;  // "Apologies / Role": the rows' status
};

// The header row of an attendance table, from its cells; nullopt when the
// cells are not all column labels or name no person column.
std::optional<AttendanceColumns> attendance_columns(const std::vector<std::string>& cells);

// What a status cell or marker says: "✓", "Yes", "P" (present); "✗", "Apols",
// "No – apologies" (apologies); "No", "DNA", "–" (absent); "In attendance";
// "S – DI Ann Pole", "Yes – deputy for Cy Tan", "Present as substitute" (deputy,
// with the other person when named). `has_apologies_column`: a cross then means
// only "did not attend", the Apols column telling apologies apart.
struct StatusMark {
  AttendanceStatus status = AttendanceStatus::present;
  std::string other;  // the deputy named in the cell ("S – DI Ann Pole"), or the member stood in for
  bool deputy_named = false;  // `other` is the deputy (the row's person sent apologies)
};
std::optional<StatusMark> status_mark(std::string_view cell, bool has_apologies_column = false);

// Marker legends: "P= Present  A= Apologies  DNA= Did not attend",
// "Key: ✓ present · ✗ apologies · – absent". Empty when `line` is no legend.
std::vector<std::pair<std::string, AttendanceStatus>> marker_legend(std::string_view line);

// The cells of a Word table exported as text: "Ann Pole / AP / - / Chair".
// Empty when `text` has no " / " separator.
std::vector<std::string> slash_cells(std::string_view text);

// An entry written without punctuation between name and role, made readable:
// "Dr Ann Pole AP Clinical Chair" → "Dr Ann Pole (AP) – Clinical Chair" (initials
// matching the name are the split), "Ann PoleChair of X" → "Ann Pole – Chair of
// X" (a capital glued to the surname), "Ann Pole Independent Chair, X" → "Ann
// Pole – Independent Chair, X" (a role word ends the name). Text that already
// separates the name, or opens with no name, comes back unchanged.
std::string separate_name_and_role(std::string_view entry);

// A member and the person who came instead, from one entry: "Ann Pole – Cy Tan
// substituted", "Ann Pole (Cy Tan attended as substitute)", "Ann Pole - Cy Tan
// attended in her absence". The member comes first, with status `status` (or
// apologies where `status` is present), the other as deputy for them. Empty if
// `entry` is not such a pair.
std::vector<Attendee> substitution_pair(std::string_view entry, AttendanceStatus status);

// A title written once for a list: "Councillors Ash (Chair), Bell and M Carr"
// → "Councillor Ash (Chair), Councillor Bell, Councillor M Carr". The list
// ends sharing at a full name or another title; empty when `text` opens with
// no plural title.
std::string share_plural_title(std::string_view text);

// A flattened table whose entries end with the person's initials ("Cllr Ann
// Pole Cabinet Member (Chair) AP Cy Tan Director of People CT") as entries
// separated by "; " ("Cllr Ann Pole (AP) – Cabinet Member (Chair); Cy Tan (CT)
// – Director of People"); `text` itself unless two or more entries close so.
std::string split_at_closing_initials(const std::string& text);

// "Ann Pole – Chair Cy Tan – Police, Barset Di Ung – Clerk": "Name – Role"
// entries run together (a list flattened onto one line), set apart by "; "
// before each name that ends the text before a dash. `text` itself when it
// holds fewer than three dashes.
std::string separate_dash_entries(const std::string& text);

// The substitutes a sentence records: "Sergeant Yates attended on behalf of
// Chief Inspector Bramhall", "Di Ung attended for Cy Tan", "Ann Pole was
// deputising for Cy Tan": each a deputy for the person named after the cue.
std::vector<Attendee> deputies_in_text(std::string_view text);

// Where a person's presence was limited to some items: "(item 4)", "(from item 4)",
// "left the meeting at 3.10pm", "for item 5"; empty if the entry says nothing.
std::string presence_note(std::string_view entry);

}  // namespace crossboard::corpus
