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

std::vector<std::pair<std::string, std::string>> items_of(const Meeting& m) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const Item& item : m.items) out.emplace_back(item.number, item.title);
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
      {"CORPORATE PARENTING PANEL\u2013 29 October 2024\n"
       "MINUTES of the meeting held in the Darent Room, Sessions House, County Hall, Maidstone.\n"
       "PRESENT: Shellina Prendergast (Chair), Paul Bartlett (Vice-Chair)\n",
       "CORPORATE PARENTING PANEL", "2024-10-29"},
      {"CORPORATE PARENTING PANEL \u2013 10th December 2024\n"
       "MINUTES of the meeting held in the Darent Room, Sessions House, County Hall, Maidstone.\n"
       "PRESENT: Shellina Prendergast (Chair), Paul Bartlett (Vice-Chair)\n",
       "CORPORATE PARENTING PANEL", "2024-12-10"},
      // A title line ending in a full stop is still the title when its only verb is "held".
      {"KENT COUNTY COUNCIL\nCABINET\n"
       "MINUTES of a meeting of the Cabinet held in the Council Chamber, Sessions House, County Hall, Maidstone on "
       "Thursday, 9 January 2025.\n"
       "PRESENT: Mr R W Gough (Chairman), Mr N Baker\n",
       "Cabinet", "2025-01-09"},
      // "the County Council" names no place; the banner above names it in full.
      {"KENT COUNTY COUNCIL\nCOUNTY COUNCIL\n"
       "MINUTES of a meeting of the County Council held in the Council Chamber, Sessions House, County Hall, "
       "Maidstone on Thursday, 13 February 2025.\n"
       "PRESENT: Mr B J Sweetland (Chairman), Mr A M Ridgers (Vice-Chairman)\n",
       "KENT COUNTY COUNCIL", "2025-02-13"},
      // A banner that is not a place ("Your update from") does not.
      {"Your update from Wereham Parish Council\nMinutes of the meeting of the Wereham Parish Council held on 16 "
       "November 2004\nPresent: Mrs. Willis, Mr. Gott\n",
       "Wereham Parish Council", "2004-11-16"},
      // The annual meeting is the parish council's; "On" led to the date.
      {"Minutes Of Stoke Ferry Annual Parish Council Meeting On 16th June 2002 help in the school at 7.45pm.\n"
       "Present: Mr M Mycock (Chairman), Mr B Harrison\n",
       "Stoke Ferry Parish Council", "2002-06-16"},
  };
  for (const Case& c : cases) {
    std::vector<Meeting> meetings = parse_minutes_string(c.text);
    ASSERT_EQ(meetings.size(), 1u) << c.text;
    EXPECT_EQ(meetings[0].board, c.board) << c.text;
    EXPECT_EQ(meetings[0].date, c.date) << c.text;
  }
}

TEST(KentHeader, TitleOrSentence) {
  for (const char* title : {"MINUTES of a meeting of the Cabinet held in the Council Chamber, Sessions House, "
                            "County Hall, Maidstone on Thursday, 9 January 2025.",
                            "MINUTES of the meeting held in the Darent Room, Sessions House, County Hall, Maidstone.",
                            "Minutes of the meeting which was held on 3 March 2016"}) {
    EXPECT_TRUE(is_meeting_title(title)) << title;
  }
  for (const char* sentence : {"Minutes of meeting of 13 December are available on data.gov.uk.",
                               "Minutes of the previous Annual Parish meeting were read and adopted",
                               "Minutes of Annual meeting and previous BPC meeting, 15th February provided by DHO, "
                               "agreed, signed and initialled throughout by FRE, file to copy."}) {
    EXPECT_FALSE(is_meeting_title(sentence)) << sentence;
  }
}

// ---- attendance in the minutes ----

// Regression: "were in attendance virtually" was read as more apologies.
TEST(KentAttendance, VirtualAttendanceIsNotApologies) {
  std::vector<Meeting> meetings = parse_minutes_string(
      "CORPORATE PARENTING PANEL \u2013 29 October 2024\n"
      "PRESENT: Shellina Prendergast (Chair), Lesley Game and Tracy Scott\n"
      "ALSO PRESENT: Sue Chandler, Cabinet Member for Integrated Children's Services.\n"
      "**Apologies and Substitutes**\n"
      "(Item 1)\n"
      "Apologies were received from Mr R Love OBE, Ms K Leonard, and Ms A Farmer.\n"
      "Ms L Game, Ms S Chandler, Ms T Scott and Ms J Doe were in attendance virtually.\n");
  const Meeting& m = meetings.at(0);
  EXPECT_EQ(count_status(m, AttendanceStatus::apologies), 3u);
  for (const char* name : {"R Love", "K Leonard", "A Farmer"}) {
    const Attendee* a = find_person(m, name);
    ASSERT_TRUE(a) << name;
    EXPECT_EQ(a->status, AttendanceStatus::apologies) << name;
  }
  // "Ms L Game" is Lesley Game, listed as present: not listed again.
  EXPECT_FALSE(find_person(m, "L Game"));
  EXPECT_EQ(person(m, "Lesley Game").status, AttendanceStatus::present);
  EXPECT_EQ(person(m, "Sue Chandler").status, AttendanceStatus::in_attendance);
  ASSERT_TRUE(find_person(m, "J Doe"));
  EXPECT_EQ(person(m, "J Doe").status, AttendanceStatus::in_attendance);
}

// Regression: "IN ATTENDANCE:" in the middle of a line was read into the
// name before it ("R J Thomas IN ATTENDANCE").
TEST(KentAttendance, MidlineInAttendanceIsAHeadingNotAName) {
  std::vector<Meeting> meetings = parse_minutes_string(
      "MINUTES of a meeting of the Cabinet held in the Council Chamber on Thursday, 9 January 2025.\n"
      "PRESENT: Mr R W Gough (Chairman), Mr N Baker and Mr R J Thomas IN ATTENDANCE: Dr A Ghosh (Director of Public "
      "Health), Mrs A Beer (Chief Executive)\n"
      "76. Apologies\n"
      "No apologies were received.\n");
  const Meeting& m = meetings.at(0);
  for (const Attendee& a : m.attendance) EXPECT_EQ(a.name.find("ATTENDANCE"), std::string::npos) << a.name;
  ASSERT_TRUE(find_person(m, "R J Thomas"));
  EXPECT_EQ(person(m, "R J Thomas").status, AttendanceStatus::present);
  ASSERT_TRUE(find_person(m, "A Ghosh"));
  EXPECT_EQ(person(m, "A Ghosh").status, AttendanceStatus::in_attendance);
  EXPECT_EQ(person(m, "A Ghosh").role, "Director of Public Health");
  EXPECT_EQ(person(m, "A Beer").status, AttendanceStatus::in_attendance);
  EXPECT_EQ(m.chair, "R W Gough");
}

TEST(KentAttendance, ListSetOutInColumnsAndWrappedOverLines) {
  // The PDF lays a long list out in columns: the rows of names are one list.
  std::vector<Meeting> meetings = parse_minutes_string(
      "MINUTES of a meeting of the County Council held in the Council Chamber on Thursday, 13 February 2025.\n"
      "PRESENT: Mr B J Sweetland (Chairman), Mr A M Ridgers (Vice-Chairman), Mr N Baker,\n"
      "Mr T Bond,\tMr A Booth,\tMr A Brady,\tMr D L Brazier,\n"
      "Mr R G Streatfeild, MBE,\tDr L Sullivan,\tMr R J Thomas,\n"
      "Ms J Meade, Mr J Meade and Ms L Wright\n"
      "IN ATTENDANCE: Mr J Cook (Democratic Services Manager), Mr B Watts (General Counsel),\n"
      "Mr J Betts (Interim Corporate Director Finance)\n"
      "IN ATTENDANCE VIRTUALLY: Mr S Jones (Corporate Director of Growth, Environment and Transport)\n"
      "286. Apologies for Absence\n"
      "The Democratic Services Manager reported apologies from Mr Paul Barrington- King and Mrs Trudy Dean, MBE.\n");
  const Meeting& m = meetings.at(0);
  EXPECT_EQ(count_status(m, AttendanceStatus::present), 13u);
  EXPECT_EQ(count_status(m, AttendanceStatus::in_attendance), 4u);
  for (const char* name : {"T Bond", "A Booth", "D L Brazier", "R G Streatfeild", "L Sullivan", "L Wright"})
    EXPECT_TRUE(find_person(m, name)) << name;
  // Two councillors named J Meade: Ms and Mr.
  EXPECT_EQ(std::count_if(m.attendance.begin(), m.attendance.end(),
                          [](const Attendee& a) { return a.name == "J Meade"; }),
            2);
  // Honours are not a body; a role in brackets is the role.
  EXPECT_EQ(person(m, "R G Streatfeild").organisation, "");
  EXPECT_EQ(person(m, "J Cook").role, "Democratic Services Manager");
  EXPECT_EQ(person(m, "J Betts").role, "Interim Corporate Director Finance");
  EXPECT_EQ(person(m, "S Jones").status, AttendanceStatus::in_attendance);
  EXPECT_EQ(person(m, "Trudy Dean").status, AttendanceStatus::apologies);
  EXPECT_EQ(person(m, "Paul Barrington-King").status, AttendanceStatus::apologies);  // hyphenated over a line break
}

TEST(KentAttendance, AShortFormNamesSomeoneListedOnlyWhenTheStatusAgrees) {
  // "D. Fisher" with apologies is not "Mrs. Fisher", who was present.
  std::vector<Meeting> meetings = parse_minutes_string(
      "Minutes of the West Dereham Parish Meeting held on 7 April 2005\n"
      "1. Present: E. Drew - Chairman, Mrs. Berry, Mrs. Fisher and a member of the public.\n"
      "2. Apologies: Mrs. Bullas and D. Fisher\n"
      "3. Minutes\n");
  const Meeting& m = meetings.at(0);
  ASSERT_TRUE(find_person(m, "D. Fisher"));
  EXPECT_EQ(person(m, "D. Fisher").status, AttendanceStatus::apologies);
  EXPECT_EQ(person(m, "Fisher").status, AttendanceStatus::present);
}

TEST(KentAttendance, AParagraphOfProseEndsTheList) {
  // Apologies in a run-on paragraph after the list are apologies, not more
  // people in attendance.
  std::vector<Meeting> meetings = parse_minutes_string(
      "DRAFT MINUTES OF THE WEST DEREHAM PARISH COUNCIL MEETING HELD ON THURSDAY 6 JULY 2017\n"
      "PRESENT (six Councillors): - Pam Bullas (PB), Claire Cann (CC) \u2013 Chair, Lorraine Hunt (LH) Parish Clerk: "
      "Peter King In attendance: eight members of the public.\n"
      "The Chairman welcomed everyone present to the Parish Council Meeting. 88/17 Apologies for absence Apologies had "
      "been received from Tom Foy (TF), Pam Walker (PW), and Claire Williams (CW). 89/17 Declaration of Interest on "
      "agenda items No declarations were made.\n");
  const Meeting& m = meetings.at(0);
  EXPECT_EQ(person(m, "Pam Walker").status, AttendanceStatus::apologies);
  EXPECT_EQ(person(m, "Tom Foy").status, AttendanceStatus::apologies);
  EXPECT_EQ(person(m, "Pam Bullas").status, AttendanceStatus::present);
}

// ---- items ----

TEST(KentItems, BusinessBeforeTheFirstMinuteIsTitledByItsHeading) {
  // County Council, 9 January 2025: the chair is elected before minute 283.
  std::vector<Meeting> meetings = parse_minutes_string(
      "MINUTES of a meeting of the County Council held in the Council Chamber on Thursday, 9 January 2025.\n"
      "PRESENT: Mr N Baker, Mr M Baldock\n"
      "**UNRESTRICTED ITEMS**\n"
      "**Election of Chair**\n"
      "1.\tMr Gough proposed, and Mr Brady seconded that Mr G Cooke be elected to Chair the meeting.\n"
      "2.\tRESOLVED that Mr Cooke be elected to Chair the meeting.\n"
      "**283. Apologies for Absence**\n"
      "(Item 1)\n"
      "The Democratic Services Manager reported apologies from Mr Beaney and Mr Campkin.\n"
      "**284. Declarations of Disclosable Pecuniary Interests or Other Significant Interests in items on the "
      "agenda**\n"
      "(Item 2)\n"
      "Members who were district or borough councillors declared an interest.\n");
  const Meeting& m = meetings.at(0);
  EXPECT_EQ(items_of(m), (std::vector<std::pair<std::string, std::string>>{
                             {"", "Election of Chair"},
                             {"283", "Apologies for Absence"},
                             {"284", "Declarations of Disclosable Pecuniary Interests or Other Significant "
                                     "Interests in items on the agenda"}}));
  EXPECT_EQ(person(m, "Beaney").status, AttendanceStatus::apologies);
}

// ---- the published PDFs ----

const fs::path kKentArchive = fs::path(CROSSBOARD_SEEDS) / "../../realdata/lusavkaedu__council-assistant/archive/"
                                                           "council_documents_archived";

std::vector<Meeting> kent_pdf(const std::string& relative) {
  FileRecord record = extract_file(kKentArchive / relative, nullptr);
  EXPECT_TRUE(record.ok()) << record.error;
  return record.meetings;
}

#define KENT_PDF(var, relative)                                                       \
  if (!fs::exists(kKentArchive / relative)) GTEST_SKIP() << "no Kent sample " << relative; \
  std::vector<Meeting> var = kent_pdf(relative)

// Values checked by hand against `pdftotext -layout`: page 1 for the header,
// attendance and items 1-3; each "(Item N)" line and the bold line(s) above
// it for the items.
TEST(KentPdf, CorporateParentingPanel29October2024) {
  KENT_PDF(meetings, "full_council/2025-03-13/originals/CPP Minutes 29.10.24.pdf");
  ASSERT_EQ(meetings.size(), 1u);  // "Minutes of the meeting held on 30 July 2024" is item 3
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
  // Item 1: "Apologies were received from Mr R Love OBE, Ms K Leonard, and Ms A
  // Farmer." Those "in attendance virtually" (Game, Chandler, Scott) are not apologies.
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
  // Item 1: "Apologies were received from Dylan Jeffrey, Rory Love, Stephen Gray and
  // Nancy Sayer who was substituted by Roxanne Hills."
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
  EXPECT_EQ(m.board, "Cabinet");
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
