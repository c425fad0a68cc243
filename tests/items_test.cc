// Items, titles, actions and decisions from small inline minutes, one quirk each.
#include <gtest/gtest.h>

#include "corpus/minutes_parser.h"
#include "corpus/minutes_parts.h"

namespace crossboard::corpus {
namespace {

TEST(ReadItemNumber, Forms) {
  struct Case {
    const char* token;
    const char* number;
    int top;
    bool date;
  } cases[] = {{"1.", "1", 1, false},       {"2.1", "2.1", 2, false}, {"1.0", "1.0", 1, false},
               {"22", "22", 22, false},     {"7b", "7b", 7, false},   {"19.01.17", "19.01.17", 0, true},
               {"3)", "3", 3, false}};
  for (const auto& c : cases) {
    std::optional<ItemNumber> n = read_item_number(c.token);
    ASSERT_TRUE(n) << c.token;
    EXPECT_EQ(n->number, c.number) << c.token;
    EXPECT_EQ(n->top, c.top) << c.token;
    EXPECT_EQ(n->date_like, c.date) << c.token;
  }
  for (const char* bad : {"", "a.", "1234", "1.2.3.4", "2pm", "14,000"}) {
    EXPECT_FALSE(read_item_number(bad)) << bad;
  }
}

TEST(SplitTitle, RunOnTitles) {
  std::vector<std::string> people = {"Lesley Gledhill", "Mark Parkinson", "Councillor Meardon"};
  struct Case {
    const char* text;
    const char* title;
  } cases[] = {
      {"Welcome, introductions and apologies Councillor Meardon welcomed all.", "Welcome, introductions and apologies"},
      {"Voice of Children – Passport work on self-harm Lesley Gledhill introduced Lauren.",
       "Voice of Children – Passport work on self-harm"},
      {"Notes of meeting and Matters Arising / Review of Actions The minutes were confirmed.",
       "Notes of meeting and Matters Arising / Review of Actions"},
      {"Any Other Business: Feedback from Takeover Day", "Any Other Business"},
  };
  for (const auto& c : cases) {
    size_t end = 0;
    EXPECT_EQ(split_title(c.text, people, end), c.title) << c.text;
  }
}

TEST(Decisions, SentencesThatRecordAgreement) {
  for (const char* yes : {"The group endorsed this approach", "It was agreed that the plan go ahead.",
                          "The minutes were agreed as a true and accurate record",
                          "The minutes were confirmed as a correct record.",
                          "The Executive group endorsed the protocol."}) {
    EXPECT_TRUE(is_decision_sentence(yes)) << yes;
  }
  for (const char* no : {"New updates shared with SMTs jointly then once agreed approved by the Team.",
                         "The strategy is to be agreed in March.", "The report was noted.",
                         "Fay to send to Isabel a high level overview."}) {
    EXPECT_FALSE(is_decision_sentence(no)) << no;
  }
}

// A small board in a layout none of the samples use: pipe table items,
// "Action -" labels, a RESOLVED block and a chair named in a label.
constexpr char kPipeMinutes[] = R"(Riverside Safeguarding Children Partnership
Minutes of the meeting held on 3 March 2015, Room 4, Town Hall

Present: Jo Bloggs (JB) – Riverside Council, Sam Patel (SP) – Riverside CCG
Apologies: Dr Ann Shaw

| No | Item | Lead |
|---|---|---|
| 1 | Missing children update. Action - JB to circulate the protocol. | JB |
| 2 | Neglect strategy. RESOLVED that the strategy be adopted. | |
| 3 | Budget. SP will report in June. | SP |
)";

TEST(ParseMinutes, PipeTableMeeting) {
  std::vector<Meeting> meetings = parse_minutes_string(kPipeMinutes);
  ASSERT_EQ(meetings.size(), 1u);
  const Meeting& m = meetings[0];
  EXPECT_EQ(m.board, "Riverside Safeguarding Children Partnership");
  EXPECT_EQ(m.area, "Riverside");
  EXPECT_EQ(m.date, "2015-03-03");
  EXPECT_EQ(m.venue, "Room 4, Town Hall");
  ASSERT_EQ(m.attendance.size(), 3u);
  EXPECT_EQ(m.attendance[2].name, "Ann Shaw");
  EXPECT_EQ(m.attendance[2].status, AttendanceStatus::apologies);
  ASSERT_EQ(m.items.size(), 3u);
  EXPECT_EQ(m.items[0].number, "1");
  EXPECT_EQ(m.items[0].title, "Missing children update");
  ASSERT_EQ(m.items[0].actions.size(), 1u);
  EXPECT_EQ(m.items[0].actions[0].text, "JB to circulate the protocol.");
  EXPECT_EQ(m.items[0].actions[0].owners, (std::vector<std::string>{"Jo Bloggs"}));
  EXPECT_EQ(m.items[0].span.first_line, 9);
  ASSERT_EQ(m.items[2].actions.size(), 1u);
  EXPECT_EQ(m.items[2].actions[0].owners, (std::vector<std::string>{"Sam Patel"}));
}

TEST(ParseMinutes, UnresolvedOwnerStaysAsWrittenAndFlagged) {
  std::vector<Meeting> meetings = parse_minutes_string(
      "Minutes of the Harbour Health and Wellbeing Board held on 1 June 2016\n"
      "Present: Amy Stone, Ben Lake\n"
      "1. Early help\n"
      "Action: ZZ to report back.\n");
  ASSERT_EQ(meetings[0].items.size(), 1u);
  const Action& action = meetings[0].items[0].actions.at(0);
  EXPECT_EQ(action.owners, (std::vector<std::string>{"ZZ"}));
  EXPECT_EQ(action.unresolved, (std::vector<std::string>{"ZZ"}));
  EXPECT_TRUE(action.owner_ids.empty());
}

TEST(ParseMinutes, NumberedResolutionsAreNotItems) {
  std::vector<Meeting> meetings = parse_minutes_string(
      "Minutes of the Harbour Health and Wellbeing Board held on 1 June 2016\n"
      "Present: Amy Stone, Ben Lake\n"
      "12 BETTER CARE FUND\n"
      "RESOLVED\n"
      "1. That the plan be approved.\n"
      "2. That a report come back in March.\n"
      "13 ANY OTHER BUSINESS\n"
      "None.\n");
  const Meeting& m = meetings[0];
  ASSERT_EQ(m.items.size(), 2u);
  EXPECT_EQ(m.items[0].number, "12");
  ASSERT_EQ(m.items[0].decisions.size(), 2u);
  EXPECT_EQ(m.items[0].decisions[1].text, "2. That a report come back in March.");
  EXPECT_EQ(m.items[1].title, "ANY OTHER BUSINESS");
}

TEST(ParseMinutes, NoDateNoBoardStillAMeetingWithWarnings) {
  std::vector<Meeting> meetings = parse_minutes_string("some notes about the weather\nand more notes\n");
  ASSERT_EQ(meetings.size(), 1u);
  EXPECT_EQ(meetings[0].date, "");
  EXPECT_EQ(meetings[0].board, "");
  std::string warnings;
  for (const Diagnostic& d : meetings[0].diagnostics) warnings += d.message + "\n";
  EXPECT_NE(warnings.find("no meeting date found"), std::string::npos);
  EXPECT_NE(warnings.find("no board name found"), std::string::npos);
}

TEST(ParseMinutes, FrontMatterTitleNamesTheBoardWithAWarning) {
  std::vector<Meeting> meetings = parse_minutes_string(
      "---\ntitle: \"Brackenfold PC Meeting November\"\ndate: \"2019-03-06\"\n---\n\n"
      "Ordinary Meeting Monday 5th November 2018, 7.45pm Church Rooms\n"
      "PRESENT Cllr P Hartnoll, Cllr W Danvers\n"
      "1. PUBLIC FORUM No public present.\n");
  const Meeting& m = meetings[0];
  EXPECT_EQ(m.board, "Brackenfold PC");
  EXPECT_EQ(m.date, "2018-11-05");  // the meeting, not the post's date
  ASSERT_EQ(m.attendance.size(), 2u);
  EXPECT_EQ(m.attendance[0].name, "P Hartnoll");
  ASSERT_EQ(m.items.size(), 1u);
  EXPECT_EQ(m.items[0].title, "PUBLIC FORUM");
  bool said = false;
  for (const Diagnostic& d : m.diagnostics) said = said || d.message.find("front matter title") != std::string::npos;
  EXPECT_TRUE(said);
}

}  // namespace
}  // namespace crossboard::corpus

namespace crossboard::corpus {
namespace {

// Layouts met in real minutes of other bodies; each example is written here.
TEST(ParseMinutes, UndottedMinuteNumbersAndColonHeadings) {
  std::vector<Meeting> meetings = parse_minutes_string(
      "Minutes of the Millbrook Parish Council held on Tuesday 4th March 2014\n"
      "Those Attending:\tCllr Mrs A Hollis (Chairman), Cllr B Tranter, Borough Councillor C Orrell, "
      "Mrs D Pilling (Clerk) 4 members of the public.\n"
      "1 To Note Apologies for Absence: Apologies were received from Cllr E Vokes and Cllr F Marriner.\n"
      "2 To Confirm the Minutes of the Meeting held on 4 February 2014\n"
      "The minutes were agreed as a true record.\n"
      "3. Planning: None.\n"
      "107/14 Highways\n"
      "The footpath is blocked.\n");
  const Meeting& m = meetings.at(0);
  EXPECT_EQ(m.date, "2014-03-04");
  std::vector<std::string> present, apologies;
  for (const Attendee& a : m.attendance)
    (a.status == AttendanceStatus::present ? present : apologies).push_back(a.name);
  EXPECT_EQ(present, (std::vector<std::string>{"A Hollis", "B Tranter", "C Orrell", "D Pilling"}));
  EXPECT_EQ(apologies, (std::vector<std::string>{"E Vokes", "F Marriner"}));
  EXPECT_EQ(m.chair, "A Hollis");
  ASSERT_EQ(m.items.size(), 4u);
  EXPECT_EQ(m.items[1].title, "To Confirm the Minutes of the Meeting held on 4 February 2014");
  EXPECT_EQ(m.items[2].number, "3");
  EXPECT_EQ(m.items[2].title, "Planning");
  EXPECT_EQ(m.items[2].text, "None.");
  EXPECT_EQ(m.items[3].number, "107/14");
  EXPECT_EQ(m.items[3].title, "Highways");
}

TEST(ParseMinutes, PresentWithACountAndNoCommas) {
  std::vector<Meeting> meetings = parse_minutes_string(
      "Minutes of the Annual Meeting of Eastfield Parish Council held on 6 May 2015\n"
      "PRESENT (4 Members):- Ann Holt (AH) – Chairman, Ben Ives (BI), Cath Jones (CJ), Dan Kemp (DK).\n"
      "In attendance: Cllr Joan Lane (Vice-Chair) Cllr Tom Moss Mr Ray Nash\n"
      "1. Election of Chairman\n"
      "AH was elected.\n");
  const Meeting& m = meetings.at(0);
  EXPECT_EQ(m.board, "Eastfield Parish Council");
  std::vector<std::string> names;
  for (const Attendee& a : m.attendance) names.push_back(a.name);
  EXPECT_EQ(names, (std::vector<std::string>{"Ann Holt", "Ben Ives", "Cath Jones", "Dan Kemp", "Joan Lane",
                                             "Tom Moss", "Ray Nash"}));
  EXPECT_EQ(m.attendance[4].role, "Vice-Chair");
  EXPECT_EQ(m.attendance[4].status, AttendanceStatus::in_attendance);
}

TEST(ParseMinutes, ItemApprovingLastMinutesIsNotANewMeeting) {
  std::vector<Meeting> meetings = parse_minutes_string(
      "Minutes of the Westholme Parish Council held on 2 June 2016\n"
      "Present: Cllr A Wood, Cllr B Field\n"
      "1. Apologies: none.\n"
      "Minutes: Members agreed to sign the minutes of the meeting held on 5 May 2016.\n"
      "2. Planning: no applications.\n");
  ASSERT_EQ(meetings.size(), 1u);
  EXPECT_EQ(meetings[0].date, "2016-06-02");
  EXPECT_EQ(meetings[0].items.size(), 2u);
}

TEST(ParseMinutes, UnnumberedBoldHeadingsAreItemsWhenNothingIsNumbered) {
  std::vector<Meeting> meetings = parse_minutes_string(
      "**Minutes of the Data Panel, 3 May 2011**\n"
      "**Present:** Jo Hart (Chair), Kim Long\n"
      "**Welcome and introductions**\n"
      "The Chair welcomed members.\n"
      "**Open data update**\n"
      "Kim Long reported progress.\n"
      "Action: Kim Long to circulate the paper.\n");
  const Meeting& m = meetings.at(0);
  ASSERT_EQ(m.items.size(), 2u);
  EXPECT_EQ(m.items[0].number, "");
  EXPECT_EQ(m.items[0].title, "Welcome and introductions");
  EXPECT_EQ(m.items[1].title, "Open data update");
  ASSERT_EQ(m.items[1].actions.size(), 1u);
  EXPECT_EQ(m.items[1].actions[0].owners, (std::vector<std::string>{"Kim Long"}));
}

TEST(ParseMinutes, CurlyApostropheInBoardName) {
  // Byte offsets from a folded copy once cut this name two characters short.
  std::vector<Meeting> meetings = parse_minutes_string(
      "Regional Archives Senior Managers’ Group on Record Keeping\nMinutes of the 5th Meeting: 14th March 2012\n");
  EXPECT_EQ(meetings.at(0).board, "Regional Archives Senior Managers’ Group on Record Keeping");
  EXPECT_EQ(meetings.at(0).date, "2012-03-14");
}

TEST(ParseMinutes, DateFromFrontMatterTitleWithAWarning) {
  std::vector<Meeting> meetings = parse_minutes_string(
      "---\ntitle: Open Records Panel – fourth meeting 9 November 2010\n---\n"
      "**Meeting note**\n**Panel:** Professor Ann Bell (Chair), Tom Hill (LGA)\n");
  const Meeting& m = meetings.at(0);
  EXPECT_EQ(m.date, "2010-11-09");
  ASSERT_EQ(m.attendance.size(), 2u);
  EXPECT_EQ(m.attendance[0].name, "Ann Bell");
  bool said = false;
  for (const Diagnostic& d : m.diagnostics) said = said || d.message.starts_with("meeting date taken from");
  EXPECT_TRUE(said);
}

TEST(ItemReference, Forms) {
  struct Case {
    const char* text;
    const char* number;
    size_t at;
  } cases[] = {{"(Item 3)", "3", 0},
               {"(Item 12)", "12", 0},
               {"(Agenda Item 5a)", "5a", 0},
               {"(Items 5 and 6)", "5", 0},
               {"Work programme (Item 12)", "12", 15},
               {"  (item 4)  ", "4", 2}};
  for (const Case& c : cases) {
    size_t at = 99;
    std::optional<ItemNumber> n = item_reference(c.text, at);
    ASSERT_TRUE(n) << c.text;
    EXPECT_EQ(n->number, c.number) << c.text;
    EXPECT_EQ(at, c.at) << c.text;
  }
  for (const char* bad : {"(Item)", "(see item 3 above)", "(Items discussed)", "(Chair)", "Item 3",
                          "(Item 3) was deferred", "(Itemised 3)"}) {
    size_t at = 0;
    EXPECT_FALSE(item_reference(bad, at)) << bad;
  }
}

// Kent County Council's Corporate Parenting Panel (29 October 2024) writes
// each minute as a bold title over its agenda item, "(Item N)", with numbered
// paragraphs inside; the third minute approves the last meeting's minutes.
// The panel, people and wording below are invented in that layout.
constexpr char kReferencedItems[] = R"(**CHILDREN IN CARE PANEL– 12 November 2024**
**MINUTES of the meeting held in the Thornbury Room, Guild House, Civic Centre, Ashcombe.**
PRESENT: Rosalind Featherstone (Chair), Martin Cattermole (Vice-Chair), Hazel Brierley and Janine Ashdown
ALSO PRESENT: Fiona Rowntree, Cabinet Member for Children's Social Care.
**Apologies and Substitutes**
(Item 1)
Apologies for absence came from Mr T Fairbrother OBE, Ms N Cheston, and Ms P Askew.
Ms H Brierley, Ms F Rowntree and Ms J Ashdown were in attendance virtually.
**Chairman's Announcements**
(Item 2)
1. RESOLVED that Mr M Cattermole be appointed Vice Chair of the Panel for the year.
2. The Chair undertook to write to the foster carers' association.
**Minutes of the Panel meeting held on 17 September 2024**
(Item 3)
RESOLVED that the minutes of the Panel meeting held on 17 September 2024 be signed as a true record.
**Advocacy Service update**
(Item 4)
1. Natalie Greatorex presented the update.
2. Members thanked the young advocates for their work.
3. Asked about waiting times, Ms Greatorex explained that:
4. A Member asked when the review would finish.
5. RESOLVED that Members note the Advocacy Service update.
**Placement Sufficiency Plan 2024-2029**
(Item 5)
4. RESOLVED to support the Placement Sufficiency Plan 2024-2029.
**The Shared Tenancy Protocol for Young Adults** (Item 6)
7. RESOLVED – to adopt the protocol.
)";

TEST(ParseMinutes, BoldTitleOverItemReferenceIsAnItem) {
  std::vector<Meeting> meetings = parse_minutes_string(kReferencedItems, "cpp.md");
  ASSERT_EQ(meetings.size(), 1u);
  const Meeting& m = meetings[0];
  std::vector<std::pair<std::string, std::string>> items;
  for (const Item& item : m.items) items.emplace_back(item.number, item.title);
  EXPECT_EQ(items, (std::vector<std::pair<std::string, std::string>>{
                       {"1", "Apologies and Substitutes"},
                       {"2", "Chairman's Announcements"},
                       {"3", "Minutes of the Panel meeting held on 17 September 2024"},
                       {"4", "Advocacy Service update"},
                       {"5", "Placement Sufficiency Plan 2024-2029"},
                       {"6", "The Shared Tenancy Protocol for Young Adults"}}));
  // "5. RESOLVED ..." is the fifth paragraph of item 4, not item 5; it and the
  // numbered "RESOLVED to", "RESOLVED –" paragraphs are decisions.
  ASSERT_GE(m.items.size(), 6u);
  EXPECT_EQ(m.items[3].decisions.size(), 1u);
  EXPECT_EQ(m.items[4].decisions.size(), 1u);
  EXPECT_EQ(m.items[5].decisions.size(), 1u);
  EXPECT_EQ(m.items[0].text.find("(Item 1)"), std::string::npos);  // the reference is the number, not text
}

// Regression: a minute titled with the minutes of an earlier meeting (Kent's
// Corporate Parenting Panel, 29 October 2024, item 3) opened a second, empty meeting.
TEST(ParseMinutes, ItemTitleNamingAnEarlierMeetingIsNotAMeeting) {
  EXPECT_EQ(parse_minutes_string(kReferencedItems).size(), 1u);
  // Without "(Item 3)" too: a title naming no body and an earlier date,
  // inside minutes, is the item approving them.
  std::vector<Meeting> meetings = parse_minutes_string(
      "Minutes of the Harbour Health and Wellbeing Board held on 1 June 2016\n"
      "Present: Amy Stone, Ben Lake\n"
      "Welcome\n"
      "Minutes of the Board meeting held on 3 March 2016\n"
      "RESOLVED that the minutes be approved as a correct record.\n");
  ASSERT_EQ(meetings.size(), 1u);
  EXPECT_EQ(meetings[0].date, "2016-06-01");
  // A sentence about the last minutes is no title either.
  EXPECT_EQ(parse_minutes_string("Minutes of the Oxbourne Parish Council Annual Meeting held on 11 May 2005\n"
                                 "Those attending\n"
                                 "Mr G Tebbutt (Chairman), Mr L Carrow\n"
                                 "Minutes of last year's Annual Parish meeting were read and signed\n"
                                 "Matters Arising\n")
                .size(),
            1u);
}

TEST(ParseMinutes, EmbeddedMinutesInAnAgendaAreStillAMeeting) {
  // An agenda pack: the minutes of the meeting before, naming their board and
  // an earlier date, are a meeting of their own.
  std::vector<Meeting> meetings = parse_minutes_string(
      "Cheshire East Health and Wellbeing Board\n"
      "Agenda\n"
      "Date: Tuesday, 28th November, 2017\n"
      "1. Apologies for Absence\n"
      "2. Minutes of Previous meeting\n"
      "Minutes of a meeting of the Cheshire East Health and Wellbeing Board held on Tuesday, 26th September, 2017\n"
      "PRESENT\n"
      "Councillor Rachel Bailey (Chairman)\n"
      "23 MINUTES OF PREVIOUS MEETING\n"
      "RESOLVED That the minutes be approved.\n");
  ASSERT_EQ(meetings.size(), 2u);
  EXPECT_EQ(meetings[0].kind, "agenda");
  EXPECT_EQ(meetings[1].date, "2017-09-26");
}

// Kent's Cabinet (30 January 2025): minute numbers with the agenda item
// under them, and titles in bold wrapped onto a second line. The council,
// venue, people and titles below are invented in that layout.
TEST(ParseMinutes, NumberedMinuteOverItemReferenceKeepsItsNumber) {
  std::vector<Meeting> meetings = parse_minutes_string(
      "**ASHCOMBE COUNTY COUNCIL**\n"
      "**CABINET**\n"
      "MINUTES of a meeting of the Cabinet held in the Council Chamber, Guild House, Civic Centre, Ashcombe on "
      "Thursday, 6 February 2025.\n"
      "PRESENT: Mr J A Whitcombe (Chairman), Mr K Lomas\n"
      "**UNRESTRICTED ITEMS**\n"
      "**84.**\t**Apologies**\n"
      "(Item 1)\n"
      "Apologies were sent by Mrs C Arkwright.\n"
      "**88.**\t**24/00231 - Treasury and Capital Programme Update – November**\n"
      "**2024-25**\n"
      "(Item 5)\n"
      "1. Mr Lomas introduced the paper.\n"
      "2. RESOLVED that Cabinet note the forecast position.\n");
  ASSERT_EQ(meetings.size(), 1u);
  const Meeting& m = meetings[0];
  EXPECT_EQ(m.board, "Ashcombe Cabinet");  // the authority above names whose cabinet
  EXPECT_EQ(m.date, "2025-02-06");
  // The banner before the first minute is kept as a passage, no item.
  ASSERT_EQ(m.items.size(), 3u);
  EXPECT_TRUE(m.items[0].passage);
  EXPECT_EQ(m.items[0].text, "UNRESTRICTED ITEMS");
  EXPECT_EQ(m.items[1].number, "84");
  EXPECT_EQ(m.items[1].title, "Apologies");
  EXPECT_EQ(m.items[2].number, "88");
  EXPECT_EQ(m.items[2].title, "24/00231 - Treasury and Capital Programme Update – November 2024-25");
  ASSERT_EQ(m.items[2].decisions.size(), 1u);
}

}  // namespace
}  // namespace crossboard::corpus
