// Kent County Council's minutes (Cabinet, County Council, Corporate Parenting
// Panel): the cues they use, each from a string, and four of the published
// PDFs read end to end.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "corpus/extract.h"
#include "corpus/meeting.h"
#include "corpus/minutes_parser.h"
#include "corpus/minutes_parts.h"
#include "shared_data.h"

namespace crossboard::corpus {
namespace {

namespace fs = std::filesystem;

const Attendee* find_person(const Meeting& m, const std::string& name) {
  for (const Attendee& a : m.attendance)
    if (a.name == name) return &a;
  return nullptr;
}

// The attendee named `name`; a failure, and an empty attendee, if there is none.
const Attendee& person(const Meeting& m, const std::string& name) {
  static const Attendee nobody{};
  const Attendee* a = find_person(m, name);
  if (!a) ADD_FAILURE() << "no attendee named " << name;
  return a ? *a : nobody;
}

size_t count_status(const Meeting& m, AttendanceStatus status) {
  return std::count_if(m.attendance.begin(), m.attendance.end(),
                       [&](const Attendee& a) { return a.status == status; });
}

// The minutes' items; passages (text before the first minute) left out.
std::vector<std::pair<std::string, std::string>> items_of(const Meeting& m) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const Item& item : m.items)
    if (!item.passage) out.emplace_back(item.number, item.title);
  return out;
}

// ---- headers ----

TEST(KentHeader, BoardAndDate) {
  struct Case {
    const char* text;
    const char* board;
    const char* date;
  } cases[] = {
      // Regression: the name written against its dash gave no board.
      {"FOSTERING OVERSIGHT PANEL\u2013 29 October 2024\n"
       "MINUTES of the meeting held in the Larkspur Room, Mercer House, Civic Centre, Fernhampton.\n"
       "PRESENT: Imelda Rowntree (Chair), Gareth Pollitt (Vice-Chair)\n",
       "FOSTERING OVERSIGHT PANEL", "2024-10-29"},
      {"FOSTERING OVERSIGHT PANEL \u2013 10th December 2024\n"
       "MINUTES of the meeting held in the Larkspur Room, Mercer House, Civic Centre, Fernhampton.\n"
       "PRESENT: Imelda Rowntree (Chair), Gareth Pollitt (Vice-Chair)\n",
       "FOSTERING OVERSIGHT PANEL", "2024-12-10"},
      // A title line ending in a full stop is still the title when its only verb is "held".
      {"WEALDMOOR COUNTY COUNCIL\nCABINET\n"
       "MINUTES of a meeting of the Cabinet held in the Council Chamber, Mercer House, Civic Centre, Fernhampton on "
       "Thursday, 9 January 2025.\n"
       "PRESENT: Mr H T Fairweather (Chairman), Mr D Ormsby\n",
       "Wealdmoor Cabinet", "2025-01-09"},  // the authority above names whose cabinet
      // "the County Council" names no place; the banner above names it in full.
      {"WEALDMOOR COUNTY COUNCIL\nCOUNTY COUNCIL\n"
       "MINUTES of a meeting of the County Council held in the Council Chamber, Mercer House, Civic Centre, "
       "Fernhampton on Thursday, 13 February 2025.\n"
       "PRESENT: Mr C P Wintle (Chairman), Mr G H Pellow (Vice-Chairman)\n",
       "WEALDMOOR COUNTY COUNCIL", "2025-02-13"},
      // A banner that is not a place ("Latest news from") does not.
      {"Latest news from Brackenford Parish Council\nMinutes of the meeting of the Brackenford Parish Council held "
       "on 16 November 2004\nPresent: Mrs. Tilbury, Mr. Gedye\n",
       "Brackenford Parish Council", "2004-11-16"},
      // The annual meeting is the parish council's; "On" led to the date (the
      // typo "help" for "held" leaves no "held on").
      {"Minutes Of Oxwell Green Annual Parish Council Meeting On 21st May 2003 help in the village hall at 8.00pm.\n"
       "Present: Mr K Mabbott (Chairman), Mr S Fenwick\n",
       "Oxwell Green Parish Council", "2003-05-21"},
  };
  for (const Case& c : cases) {
    std::vector<Meeting> meetings = parse_minutes_string(c.text);
    ASSERT_EQ(meetings.size(), 1u) << c.text;
    EXPECT_EQ(meetings[0].board, c.board) << c.text;
    EXPECT_EQ(meetings[0].date, c.date) << c.text;
  }
}

TEST(KentHeader, TitleOrSentence) {
  for (const char* title : {"MINUTES of a meeting of the Cabinet held in the Council Chamber, Mercer House, "
                            "Civic Centre, Fernhampton on Thursday, 9 January 2025.",
                            "MINUTES of the meeting held in the Larkspur Room, Mercer House, Civic Centre, "
                            "Fernhampton.",
                            "Minutes of the meeting which was held on 3 March 2016"}) {
    EXPECT_TRUE(is_meeting_title(title)) << title;
  }
  for (const char* sentence : {"Minutes of meeting of 4 March are published on the board's web page.",
                               "Minutes of the previous Summer Village meeting were read and approved",
                               "Minutes of Open meeting and previous LHC meeting, 21st March supplied by PMW, "
                               "agreed, signed and dated on every page by JTR, one copy for the file."}) {
    EXPECT_FALSE(is_meeting_title(sentence)) << sentence;
  }
}

// ---- attendance in the minutes ----

// Regression: "were in attendance virtually" was read as more apologies.
TEST(KentAttendance, VirtualAttendanceIsNotApologies) {
  std::vector<Meeting> meetings = parse_minutes_string(
      "FOSTERING OVERSIGHT PANEL \u2013 29 October 2024\n"
      "PRESENT: Harriet Quennell (Chair), Joyce Ambler and Wendy Larcombe\n"
      "ALSO PRESENT: Rosalind Tapley, Cabinet Member for Children and Young People.\n"
      "**Apologies and Substitutes**\n"
      "(Item 1)\n"
      "The Panel received apologies from Mr F Dunstable OBE, Ms P Okafor, and Ms E Varley.\n"
      "Ms J Ambler, Ms R Tapley, Ms W Larcombe and Ms J Doe were in attendance virtually.\n");
  const Meeting& m = meetings.at(0);
  EXPECT_EQ(count_status(m, AttendanceStatus::apologies), 3u);
  for (const char* name : {"F Dunstable", "P Okafor", "E Varley"}) {
    const Attendee* a = find_person(m, name);
    ASSERT_TRUE(a) << name;
    EXPECT_EQ(a->status, AttendanceStatus::apologies) << name;
  }
  // "Ms J Ambler" is Joyce Ambler, listed as present: not listed again.
  EXPECT_FALSE(find_person(m, "J Ambler"));
  EXPECT_EQ(person(m, "Joyce Ambler").status, AttendanceStatus::present);
  EXPECT_EQ(person(m, "Rosalind Tapley").status, AttendanceStatus::in_attendance);
  ASSERT_TRUE(find_person(m, "J Doe"));
  EXPECT_EQ(person(m, "J Doe").status, AttendanceStatus::in_attendance);
}

// Regression: "IN ATTENDANCE:" in the middle of a line was read into the
// name before it ("P J Lanyon IN ATTENDANCE").
TEST(KentAttendance, MidlineInAttendanceIsAHeadingNotAName) {
  std::vector<Meeting> meetings = parse_minutes_string(
      "MINUTES of a meeting of the Cabinet held in the Members' Room on Thursday, 9 January 2025.\n"
      "PRESENT: Mr H T Fairweather (Chairman), Mr D Ormsby and Mr P J Lanyon IN ATTENDANCE: Dr M Okonjo (Director "
      "of Public Health), Mrs F Ashdown (Chief Executive)\n"
      "76. Apologies\n"
      "No apologies had been sent.\n");
  const Meeting& m = meetings.at(0);
  for (const Attendee& a : m.attendance) EXPECT_EQ(a.name.find("ATTENDANCE"), std::string::npos) << a.name;
  ASSERT_TRUE(find_person(m, "P J Lanyon"));
  EXPECT_EQ(person(m, "P J Lanyon").status, AttendanceStatus::present);
  ASSERT_TRUE(find_person(m, "M Okonjo"));
  EXPECT_EQ(person(m, "M Okonjo").status, AttendanceStatus::in_attendance);
  EXPECT_EQ(person(m, "M Okonjo").role, "Director of Public Health");
  EXPECT_EQ(person(m, "F Ashdown").status, AttendanceStatus::in_attendance);
  EXPECT_EQ(m.chair, "H T Fairweather");
}

TEST(KentAttendance, ListSetOutInColumnsAndWrappedOverLines) {
  // The PDF lays a long list out in columns: the rows of names are one list.
  std::vector<Meeting> meetings = parse_minutes_string(
      "MINUTES of a meeting of the County Council held in the Members' Room on Thursday, 13 February 2025.\n"
      "PRESENT: Mr C P Wintle (Chairman), Mr G H Pellow (Vice-Chairman), Mr D Ormsby,\n"
      "Mr T Quayle,\tMr A Pennock,\tMr A Brackley,\tMr D L Kerridge,\n"
      "Mr R G Wetherall, MBE,\tDr L Havers,\tMr P J Lanyon,\n"
      "Ms J Pardew, Mr J Pardew and Ms L Cheverton\n"
      "IN ATTENDANCE: Mr J Aldous (Democratic Services Manager), Mr B Sowerby (Head of Legal Services),\n"
      "Mr K Tremlett (Acting Corporate Director of Resources)\nIN ATTENDANCE VIRTUALLY: Mr S Pilbeam (Corporate "
      "Director of Highways, Waste and Planning)\n"
      "286. Apologies for Absence\n"
      "The Head of Democratic Services reported apologies from Mr Simon Ashby- Coombe and Mrs Valerie "
      "Pinder, MBE.\n");
  const Meeting& m = meetings.at(0);
  EXPECT_EQ(count_status(m, AttendanceStatus::present), 13u);
  EXPECT_EQ(count_status(m, AttendanceStatus::in_attendance), 4u);
  for (const char* name : {"T Quayle", "A Pennock", "D L Kerridge", "R G Wetherall", "L Havers", "L Cheverton"})
    EXPECT_TRUE(find_person(m, name)) << name;
  // Two councillors named J Pardew: Ms and Mr.
  EXPECT_EQ(std::count_if(m.attendance.begin(), m.attendance.end(),
                          [](const Attendee& a) { return a.name == "J Pardew"; }),
            2);
  // Honours are not a body; a role in brackets is the role.
  EXPECT_EQ(person(m, "R G Wetherall").organisation, "");
  EXPECT_EQ(person(m, "J Aldous").role, "Democratic Services Manager");
  EXPECT_EQ(person(m, "K Tremlett").role, "Acting Corporate Director of Resources");
  EXPECT_EQ(person(m, "S Pilbeam").status, AttendanceStatus::in_attendance);
  EXPECT_EQ(person(m, "Valerie Pinder").status, AttendanceStatus::apologies);
  EXPECT_EQ(person(m, "Simon Ashby-Coombe").status, AttendanceStatus::apologies);  // hyphenated over a line break
}

TEST(KentAttendance, AShortFormNamesSomeoneListedOnlyWhenTheStatusAgrees) {
  // "D. Pargeter" with apologies is not "Mrs. Pargeter", who was present.
  std::vector<Meeting> meetings = parse_minutes_string(
      "Minutes of the Hollowmere Parish Meeting held on 12 May 2005\n"
      "1. Present: G. Harker - Chairman, Mrs. Lambeth, Mrs. Pargeter and a member of the public.\n"
      "2. Apologies: Mrs. Oxley and D. Pargeter\n"
      "3. Minutes\n");
  const Meeting& m = meetings.at(0);
  ASSERT_TRUE(find_person(m, "D. Pargeter"));
  EXPECT_EQ(person(m, "D. Pargeter").status, AttendanceStatus::apologies);
  EXPECT_EQ(person(m, "Pargeter").status, AttendanceStatus::present);
}

TEST(KentAttendance, AParagraphOfProseEndsTheList) {
  // Apologies in a run-on paragraph after the list are apologies, not more
  // people in attendance.
  std::vector<Meeting> meetings = parse_minutes_string(
      "DRAFT MINUTES OF THE HOLLOWMERE PARISH COUNCIL MEETING HELD ON THURSDAY 14 SEPTEMBER 2017\n"
      "PRESENT (seven Councillors): - Edna Voller (EV), Marian Dewhurst (MD) \u2013 Chair, Derek Stanier (DS) "
      "Parish Clerk: Neville Tuckett In attendance: three members of the public.\n"
      "The Chairman greeted the residents present and opened the Parish Council Meeting. 61/17 Apologies for "
      "absence The Clerk had received apologies from Ray Bettison (RB), Hilda Frampton (HF), and Colin Yeates "
      "(CY). 62/17 Declarations of Interest Members declared no interests.\n");
  const Meeting& m = meetings.at(0);
  EXPECT_EQ(person(m, "Hilda Frampton").status, AttendanceStatus::apologies);
  EXPECT_EQ(person(m, "Ray Bettison").status, AttendanceStatus::apologies);
  EXPECT_EQ(person(m, "Edna Voller").status, AttendanceStatus::present);
}

// ---- items ----

TEST(KentItems, BusinessBeforeTheFirstMinuteIsTitledByItsHeading) {
  // Shape of Kent County Council, 9 January 2025: the chair is elected before minute 283.
  std::vector<Meeting> meetings = parse_minutes_string(
      "MINUTES of a meeting of the County Council held in the Members' Room on Thursday, 9 January 2025.\n"
      "PRESENT: Mr D Ormsby, Mr M Quarrie\n"
      "**UNRESTRICTED ITEMS**\n"
      "**Election of Chair**\n"
      "1.\tMr Fairweather proposed, and Mr Brackley seconded, that Mr G Hoskins be elected to chair this meeting.\n"
      "2.\tRESOLVED that Mr Hoskins be elected to chair this meeting.\n"
      "**283. Apologies for Absence**\n"
      "(Item 1)\n"
      "The Head of Democratic Services reported apologies from Mr Tindall and Mr Vosper.\n"
      "**284. Declarations by Members of Pecuniary and Other Registrable Interests in any item on this "
      "agenda**\n"
      "(Item 2)\n"
      "Members who also sit on a district or borough council declared that interest.\n");
  const Meeting& m = meetings.at(0);
  EXPECT_EQ(items_of(m), (std::vector<std::pair<std::string, std::string>>{
                             {"", "Election of Chair"},
                             {"283", "Apologies for Absence"},
                             {"284", "Declarations by Members of Pecuniary and Other Registrable Interests in "
                                     "any item on this agenda"}}));
  EXPECT_EQ(person(m, "Tindall").status, AttendanceStatus::apologies);
}

// ---- the published PDFs ----

const fs::path kKentArchive =
    shared::path("realdata/lusavkaedu__council-assistant/archive/council_documents_archived");

std::vector<Meeting> kent_pdf(const std::string& relative) {
  FileRecord record = extract_file(kKentArchive / relative, nullptr);
  EXPECT_TRUE(record.ok()) << record.error;
  return record.meetings;
}

#define KENT_PDF(var, relative)                                                         \
  if (!fs::exists(kKentArchive / relative))                                             \
    GTEST_SKIP() << "../shared not found: skipped (no Kent sample " << relative << ")"; \
  std::vector<Meeting> var = kent_pdf(relative)

// Values checked by hand against `pdftotext -layout`: page 1 for the header,
// attendance and items 1-3; each "(Item N)" line and the bold line(s) above
// it for the items.
TEST(KentPdf, CorporateParentingPanel29October2024) {
  KENT_PDF(meetings, "full_council/2025-03-13/originals/CPP Minutes 29.10.24.pdf");
  ASSERT_EQ(meetings.size(), 1u);  // item 3, the previous minutes, is not a second meeting
  const Meeting& m = meetings[0];
  EXPECT_EQ(m.board, "CORPORATE PARENTING PANEL");
  EXPECT_EQ(m.date, "2024-10-29");
  EXPECT_EQ(m.chair, "Shellina Prendergast");
  // PRESENT: 14 names (page 1); ALSO PRESENT: Sue Chandler; IN ATTENDANCE: 11 officers.
  EXPECT_EQ(count_status(m, AttendanceStatus::present), 14u);
  EXPECT_EQ(count_status(m, AttendanceStatus::in_attendance), 12u);
  EXPECT_EQ(person(m, "Brian Horton").status, AttendanceStatus::present);
  EXPECT_EQ(person(m, "Sue Chandler").status, AttendanceStatus::in_attendance);
  EXPECT_EQ(person(m, "Gavin Swann").status, AttendanceStatus::in_attendance);
  EXPECT_EQ(person(m, "Amy Coombs").role, "Head of Adoption Partnership South East");
  // Item 1 gives three apologies in one sentence; the three members it then says
  // attended virtually are present, not apologies.
  EXPECT_EQ(count_status(m, AttendanceStatus::apologies), 3u);
  EXPECT_EQ(person(m, "R Love").status, AttendanceStatus::apologies);
  EXPECT_EQ(person(m, "Lesley Game").status, AttendanceStatus::present);
  EXPECT_EQ(person(m, "Tracy Scott").status, AttendanceStatus::present);
  EXPECT_EQ(items_of(m), (std::vector<std::pair<std::string, std::string>>{
                             {"1", "Apologies and Substitutes"},
                             {"2", "Chairman\u2019s Announcements"},
                             {"3", "Minutes of the meeting held on 30 July 2024"},
                             {"4", "Participation Team update"},
                             {"5", "Verbal updates by the Cabinet Member"},
                             {"6", "Adoption Partnership South East, Regional Adoption Agency Annual Report 2023/2024"},
                             {"7", "Youth Justice Annual Report"},
                             {"8", "Performance Scorecard for Children in Care"},
                             {"9", "The Joint Housing Protocol for Care Leavers"},  // title on page 6, "(Item 9)" on 7
                             {"10", "Sufficiency Strategy 2022-2027"},
                             {"11", "Kent CIC in the statutory school years with an EHCP - Access to Education"},
                             {"12", "Work programme"}}));
}

TEST(KentPdf, CorporateParentingPanel10December2024) {
  KENT_PDF(meetings, "full_council/2025-03-13/originals/CPP Minutes 10.12.24.pdf");
  ASSERT_EQ(meetings.size(), 1u);
  const Meeting& m = meetings[0];
  EXPECT_EQ(m.board, "CORPORATE PARENTING PANEL");
  EXPECT_EQ(m.date, "2024-12-10");
  EXPECT_EQ(count_status(m, AttendanceStatus::present), 13u);
  // Item 1 lists four apologies, the last of them substituted by a named deputy.
  EXPECT_EQ(person(m, "Dylan Jeffrey").status, AttendanceStatus::apologies);
  EXPECT_EQ(person(m, "Nancy Sayer").status, AttendanceStatus::apologies);
  EXPECT_EQ(person(m, "Stephen Gray").role, "");
  EXPECT_EQ(person(m, "Roxanne Hills").status, AttendanceStatus::deputy);
  EXPECT_EQ(person(m, "Roxanne Hills").deputy_for, "Nancy Sayer");
  std::vector<std::pair<std::string, std::string>> items = items_of(m);
  ASSERT_EQ(items.size(), 10u);
  EXPECT_EQ(items[2], (std::pair<std::string, std::string>{"3", "Minutes of the meeting held on 29 October 2024"}));
  EXPECT_EQ(items[8], (std::pair<std::string, std::string>{
                          "9", "Looked after Children\u2019s Integrated Care Board (IBC) Annual Report"}));
  EXPECT_EQ(items[9], (std::pair<std::string, std::string>{"10", "Work programme"}));
}

TEST(KentPdf, Cabinet30January2025) {
  KENT_PDF(meetings, "cabinet/2025-01-30/originals/Printed minutes 30th-Jan-2025 10.00 Cabinet.pdf");
  ASSERT_EQ(meetings.size(), 1u);
  const Meeting& m = meetings[0];
  // The authority above the title gives the board its place (issue 13, point 8).
  EXPECT_EQ(m.board, "Kent Cabinet");
  EXPECT_EQ(m.date, "2025-01-30");
  EXPECT_EQ(m.chair, "R W Gough");
  // Page 1: PRESENT 9 members; IN ATTENDANCE 9 officers (the last, "McKay", has no
  // first name or title); IN ATTENDANCE VIRTUALLY 4; apologies from Mrs C Bell (item 84).
  EXPECT_EQ(count_status(m, AttendanceStatus::present), 9u);
  EXPECT_EQ(person(m, "R C Love").organisation, "");  // "Mr R C Love, OBE"
  EXPECT_EQ(person(m, "C Head").role, "Head of Finance Operations");
  EXPECT_EQ(person(m, "L Gannon").status, AttendanceStatus::in_attendance);  // virtually
  EXPECT_EQ(person(m, "L Gannon").role, "Director of Technology");
  EXPECT_EQ(person(m, "C Bell").status, AttendanceStatus::apologies);
  for (const Attendee& a : m.attendance) EXPECT_EQ(a.name.find("ATTENDANCE"), std::string::npos) << a.name;
  // Officers "in attendance for this item" join the list once: "John Betts" is
  // Mr J Betts, listed above; Joe McKay (item 88) is new.
  EXPECT_FALSE(find_person(m, "John Betts"));
  EXPECT_EQ(person(m, "Joe McKay").status, AttendanceStatus::in_attendance);
  EXPECT_EQ(count_status(m, AttendanceStatus::in_attendance), 14u);
  // Minute numbers 84-92 over "(Item 1)" to "(Item 9)"; titles of 88-91 wrap onto a second bold line.
  EXPECT_EQ(items_of(m),
            (std::vector<std::pair<std::string, std::string>>{
                {"84", "Apologies"},
                {"85", "Declarations of Interest"},
                {"86", "Minutes of the Meeting held on 9th January 2025"},
                {"87", "Cabinet Member Updates"},
                {"88", "24/00108 - Revenue and Capital Budget Monitoring Report \u2013 November 2024-25"},
                {"89", "Draft Revenue Budget 2025-26, MTFP 2025-28, Draft Capital Programme 2025-35 and Treasury "
                       "Management Strategy"},
                {"90", "24/00109 - Transfer the 18-25 section of the Strengthening Independence Service from the "
                       "Children Young People and Education Directorate to the Adult Social Care and Health Directorate"},
                {"91", "24/00115 - Kent County Council Integrated Care Strategy (KCC ICS) Delivery Plan"},
                {"92", "24/00096 - Commissioning Plan for Education Provision in Kent 2025-29"}}));
}

TEST(KentPdf, CountyCouncil13February2025) {
  KENT_PDF(meetings, "full_council/2025-02-13/originals/Printed minutes 13th-Feb-2025 09.30 County Council.pdf");
  ASSERT_EQ(meetings.size(), 1u);
  const Meeting& m = meetings[0];
  EXPECT_EQ(m.board, "KENT COUNTY COUNCIL");
  EXPECT_EQ(m.date, "2025-02-13");
  EXPECT_EQ(m.chair, "B J Sweetland");
  // Page 1: 64 members PRESENT, in rows and columns; 3 officers IN ATTENDANCE;
  // 15 apologies reported under minute 286.
  EXPECT_EQ(count_status(m, AttendanceStatus::present), 64u);
  EXPECT_EQ(count_status(m, AttendanceStatus::in_attendance), 3u);
  EXPECT_EQ(count_status(m, AttendanceStatus::apologies), 15u);
  for (const char* name : {"A Booth", "Paul Carter", "J M Ozog", "R G Streatfeild", "L Wright"}) {
    ASSERT_TRUE(find_person(m, name)) << name;
    EXPECT_EQ(person(m, name).status, AttendanceStatus::present) << name;
  }
  EXPECT_EQ(person(m, "Paul Barrington-King").status, AttendanceStatus::apologies);
  std::vector<std::pair<std::string, std::string>> items = items_of(m);
  ASSERT_EQ(items.size(), 6u);
  EXPECT_EQ(items[0], (std::pair<std::string, std::string>{"286", "Apologies for Absence"}));
  EXPECT_EQ(items[3], (std::pair<std::string, std::string>{"289", "Chairman's Announcements"}));
  EXPECT_EQ(items[4], (std::pair<std::string, std::string>{"290", "Section 25 Report"}));
  EXPECT_EQ(items[5].first, "291");
}

}  // namespace
}  // namespace crossboard::corpus
