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
