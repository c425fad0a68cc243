// The five sample documents parse into the meetings a careful reader finds in them.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "corpus/extract.h"
#include "corpus/meeting.h"
#include "shared_data.h"

namespace crossboard::corpus {
namespace {

// The seeds are in ../shared: without it every test here skips.
class SeedTest : public ::testing::Test {
 protected:
  void SetUp() override { CROSSBOARD_NEEDS_SEEDS(); }
};
using SeedWestCheshireActionNote = SeedTest;
using SeedHaltonMinutes = SeedTest;
using SeedChildrensTrustBoard = SeedTest;
using SeedNottinghamshireLog = SeedTest;
using SeedCheshireEastPack = SeedTest;

// The meetings of seed `name`; a file that cannot be read stops the test
// (thrown), as callers index the result with at(), never past its end.
std::vector<Meeting> seed(const std::string& name) {
  FileRecord record = extract_file(shared::seed_path(name), nullptr);
  if (!record.ok()) throw std::runtime_error(name + ": " + record.error);
  return record.meetings;
}

const Attendee* find_person(const Meeting& m, const std::string& name) {
  for (const Attendee& a : m.attendance)
    if (a.name == name) return &a;
  return nullptr;
}

size_t count_status(const Meeting& m, AttendanceStatus status) {
  return std::count_if(m.attendance.begin(), m.attendance.end(),
                       [&](const Attendee& a) { return a.status == status; });
}

const Item* find_item(const Meeting& m, const std::string& number) {
  for (const Item& item : m.items)
    if (item.number == number) return &item;
  return nullptr;
}

TEST_F(SeedWestCheshireActionNote, Header) {
  std::vector<Meeting> meetings = seed("000_8ba4114e8dc7f43b.txt");
  ASSERT_EQ(meetings.size(), 1u);
  const Meeting& m = meetings[0];
  EXPECT_EQ(m.board, "West Cheshire Children's Trust Executive");
  EXPECT_EQ(m.board_id, "west-cheshire-childrens-trust-executive");
  EXPECT_EQ(m.area, "West Cheshire");
  EXPECT_EQ(m.date, "2016-11-21");
  EXPECT_EQ(m.kind, "action note");
  EXPECT_EQ(m.venue, "Palatine Room, Chester Town Hall");
  EXPECT_EQ(m.chair, "Nicole Meardon");
}

TEST_F(SeedWestCheshireActionNote, AttendanceFromBulletsAndApologiesSentence) {
  const Meeting m = seed("000_8ba4114e8dc7f43b.txt").at(0);
  // "In attendance:" is the only list, so its 17 people were present.
  EXPECT_EQ(count_status(m, AttendanceStatus::present), 17u);
  // Item 1: "Apologies were noted: Gerald Meehan, Cllr Margaret Parker, ... Lorraine Crane".
  EXPECT_EQ(count_status(m, AttendanceStatus::apologies), 9u);
  const Attendee* meehan = find_person(m, "Gerald Meehan");
  ASSERT_NE(meehan, nullptr);
  EXPECT_EQ(meehan->status, AttendanceStatus::apologies);
  const Attendee* parker = find_person(m, "Margaret Parker");
  ASSERT_NE(parker, nullptr);
  EXPECT_EQ(parker->title, "Cllr");
  const Attendee* quinlan = find_person(m, "Fay Quinlan");
  ASSERT_NE(quinlan, nullptr);
  EXPECT_EQ(quinlan->organisation, "West Cheshire CCG");
  const Attendee* parkinson = find_person(m, "Mark Parkinson");
  ASSERT_NE(parkinson, nullptr);
  EXPECT_EQ(parkinson->role, "Director, Education");
  const Attendee* jones = find_person(m, "Sian Jones");
  ASSERT_NE(jones, nullptr);
  EXPECT_EQ(jones->organisation, "LSCB");
  EXPECT_EQ(jones->role, "Business Manager");
}

TEST_F(SeedWestCheshireActionNote, ItemsTitlesAndOwners) {
  const Meeting m = seed("000_8ba4114e8dc7f43b.txt").at(0);
  ASSERT_EQ(m.items.size(), 13u);
  EXPECT_EQ(m.items[0].title, "Welcome, introductions and apologies");
  EXPECT_EQ(m.items[3].number, "4");
  EXPECT_EQ(m.items[3].title, "Progress against Strategic Outcome 5 – Early Years Closing the Gap");
  EXPECT_EQ(m.items[4].number, "5");  // written "<p>5.</p>"
  EXPECT_EQ(m.items[4].title, "Progress report on i-ART Front Door");
  EXPECT_EQ(m.items[11].title, "Any Other Business");
  const Item* commissioning = find_item(m, "7");
  ASSERT_NE(commissioning, nullptr);
  EXPECT_EQ(commissioning->title, "Commissioning Update");
  ASSERT_FALSE(commissioning->actions.empty());
  const Action& fay = commissioning->actions[0];
  EXPECT_TRUE(fay.text.starts_with("Fay to send to Isabel and Sarah a high level overview"));
  // The sentence goes on after the page break: "... across the" / "Partnership."
  EXPECT_TRUE(fay.text.ends_with("across the Partnership.")) << fay.text;
  ASSERT_FALSE(fay.owners.empty());
  EXPECT_EQ(fay.owners[0], "Fay Quinlan");
  // Item 10's Who cell is "Isabel Noonan" then "/Sarah Blaylock" after a page break.
  const Item* next_board = find_item(m, "10");
  ASSERT_NE(next_board, nullptr);
  ASSERT_EQ(next_board->actions.size(), 1u);
  EXPECT_EQ(next_board->actions[0].owners, (std::vector<std::string>{"Isabel Noonan", "Sarah Blaylock"}));
}

TEST_F(SeedHaltonMinutes, HeaderCombinesTrustAndGroup) {
  const Meeting m = seed("001_9134d5d3d4d82416.txt").at(0);
  EXPECT_EQ(m.board, "Halton Children's Trust Executive Group");
  EXPECT_EQ(m.area, "Halton");
  EXPECT_EQ(m.date, "2011-11-29");  // "Tuesday 29<sup>th</sup> November 2011"
  EXPECT_EQ(m.time, "2.00pm");
  EXPECT_EQ(m.venue, "Civic Suite, Runcorn Town Hall");
  EXPECT_EQ(m.kind, "minutes");
  EXPECT_EQ(m.chair, "Gerald Meehan");
}

TEST_F(SeedHaltonMinutes, TabSeparatedAttendance) {
  const Meeting m = seed("001_9134d5d3d4d82416.txt").at(0);
  EXPECT_EQ(count_status(m, AttendanceStatus::present), 12u);
  EXPECT_EQ(count_status(m, AttendanceStatus::apologies), 4u);
  EXPECT_EQ(count_status(m, AttendanceStatus::in_attendance), 5u);
  const Attendee* meehan = find_person(m, "Gerald Meehan");
  ASSERT_NE(meehan, nullptr);
  EXPECT_TRUE(meehan->chair);
  EXPECT_EQ(meehan->role, "Strategic Director of Children's Services");
  EXPECT_EQ(meehan->organisation, "HBC");
  const Attendee* mcintyre = find_person(m, "Ann McIntyre");
  ASSERT_NE(mcintyre, nullptr);
  EXPECT_EQ(mcintyre->role, "Operational Director, Children's Organisation and Provision");
  const Attendee* rosser = find_person(m, "Julia Rosser");
  ASSERT_NE(rosser, nullptr);
  EXPECT_EQ(rosser->organisation, "Halton & St Helens PCT");
  const Attendee* aubyn = find_person(m, "Paula St Aubyn");
  ASSERT_NE(aubyn, nullptr);
  EXPECT_EQ(aubyn->status, AttendanceStatus::apologies);
  const Attendee* greenough = find_person(m, "Jonathan Greenough");
  ASSERT_NE(greenough, nullptr);
  EXPECT_EQ(greenough->status, AttendanceStatus::in_attendance);
}

TEST_F(SeedHaltonMinutes, ItemsActionsDecisions) {
  const Meeting m = seed("001_9134d5d3d4d82416.txt").at(0);
  const Item* matters = find_item(m, "1.0");
  ASSERT_NE(matters, nullptr);
  EXPECT_EQ(matters->title, "MATTERS ARISING from 18.10.11");
  ASSERT_EQ(matters->decisions.size(), 1u);
  EXPECT_TRUE(matters->decisions[0].text.starts_with("The minutes were agreed as a true and accurate record"));
  const Item* early_help = find_item(m, "2.2");
  ASSERT_NE(early_help, nullptr);
  EXPECT_EQ(early_help->title, "Priorities from the HSCB Development Session – Early Help");
  ASSERT_EQ(early_help->actions.size(), 1u);
  EXPECT_EQ(early_help->actions[0].text, "KH to obtain copy of report off Tracey Holyhead.");
  EXPECT_EQ(early_help->actions[0].owners, (std::vector<std::string>{"Karen Hickey"}));
  EXPECT_EQ(early_help->actions[0].owner_ids, (std::vector<std::string>{"karen-hickey"}));
  const Item* intervention = find_item(m, "2.3");
  ASSERT_NE(intervention, nullptr);
  ASSERT_EQ(intervention->decisions.size(), 1u);
  EXPECT_EQ(intervention->decisions[0].text, "The group endorsed this approach");
  const Item* transition = find_item(m, "2.4");
  ASSERT_NE(transition, nullptr);
  ASSERT_EQ(transition->actions.size(), 1u);
  EXPECT_EQ(transition->actions[0].owners, (std::vector<std::string>{"Nigel Moorhouse"}));  // "NM"
  EXPECT_EQ(transition->span.first_line, 46);
}

TEST_F(SeedChildrensTrustBoard, HeaderWithoutArea) {
  const Meeting m = seed("002_3e0d3a32d5508c2b.txt").at(0);
  EXPECT_EQ(m.board, "Children's Trust Board");
  EXPECT_EQ(m.date, "2009-10-07");
  EXPECT_EQ(m.time, "2pm");
  EXPECT_EQ(m.venue, "CR1, County Hall");
  EXPECT_EQ(m.chair, "Steve Robinson");
  EXPECT_EQ(count_status(m, AttendanceStatus::present), 16u);
}

TEST_F(SeedChildrensTrustBoard, ApologiesItemListsPeople) {
  const Meeting m = seed("002_3e0d3a32d5508c2b.txt").at(0);
  EXPECT_EQ(count_status(m, AttendanceStatus::apologies), 3u);
  const Attendee* webster = find_person(m, "Julie Webster");
  ASSERT_NE(webster, nullptr);
  EXPECT_EQ(webster->status, AttendanceStatus::apologies);
  EXPECT_EQ(webster->role, "Director of Public Health");
  EXPECT_EQ(webster->organisation, "Western Cheshire PCT");
  const Attendee* mogel = find_person(m, "Sarah Mogel");
  ASSERT_NE(mogel, nullptr);
  EXPECT_EQ(mogel->organisation, "West Cheshire College");
  ASSERT_EQ(m.items.size(), 7u);
  EXPECT_EQ(m.items[0].title, "Apologies");
}

TEST_F(SeedChildrensTrustBoard, ActionOwnersFromInitialsAndFirstNames) {
  const Meeting m = seed("002_3e0d3a32d5508c2b.txt").at(0);
  std::vector<std::pair<std::string, std::string>> expected = {
      {"Alison to provide the Board with a full Membership list", "Alison Navarro"},
      {"Youth workers training – SH to share experiences with VS", "Steve Hoy"},
      {"PB to bring performance reports and key issues to the January Board.", "Paul Boyce"},
  };
  for (const auto& [text, owner] : expected) {
    bool found = false;
    for (const Item& item : m.items)
      for (const Action& a : item.actions)
        if (a.text == text) {
          found = true;
          EXPECT_EQ(a.owners, (std::vector<std::string>{owner})) << text;
        }
    EXPECT_TRUE(found) << text;
  }
}

TEST_F(SeedNottinghamshireLog, HeaderAndInlineAttendance) {
  const Meeting m = seed("003_2ba8ab8b6d3df320.txt").at(0);
  EXPECT_EQ(m.board, "Nottinghamshire Children’s Trust Executive");
  EXPECT_EQ(m.board_id, "nottinghamshire-childrens-trust-executive");
  EXPECT_EQ(m.area, "Nottinghamshire");
  EXPECT_EQ(m.date, "2017-01-19");
  EXPECT_EQ(m.kind, "decisions and actions log");
  EXPECT_EQ(m.chair, "Derek Higton");
  const Attendee* adams = find_person(m, "Kerrie Adams");
  ASSERT_NE(adams, nullptr);
  EXPECT_EQ(adams->initials, "KAd");
  EXPECT_EQ(adams->status, AttendanceStatus::deputy);
  EXPECT_EQ(adams->deputy_for, "Kate Allen");
  EXPECT_EQ(adams->organisation, "Nottinghamshire County Council (Public Health)");
  const Attendee* higton = find_person(m, "Derek Higton");
  ASSERT_NE(higton, nullptr);
  EXPECT_EQ(higton->initials, "DHi");
  EXPECT_EQ(higton->organisation, "Nottinghamshire County Council");
  const Attendee* lindley = find_person(m, "Tracey Lindley");
  ASSERT_NE(lindley, nullptr);
  EXPECT_EQ(lindley->status, AttendanceStatus::apologies);
  EXPECT_EQ(lindley->organisation, "Nottingham West CCG");
  EXPECT_EQ(count_status(m, AttendanceStatus::apologies), 8u);
  // "For Item 4 -Amanda Collinson (AC) ..., for Item 6 and observing Sarah Lee (SL) and Lucy Hawkin (LH)".
  for (std::string name : {"Amanda Collinson", "Devon Allen", "Merlin Tinker"}) {
    const Attendee* a = find_person(m, name);
    ASSERT_NE(a, nullptr) << name;
    EXPECT_EQ(a->status, AttendanceStatus::in_attendance) << name;
  }
  for (std::string name : {"Sarah Lee", "Lucy Hawkin"}) {
    const Attendee* a = find_person(m, name);
    ASSERT_NE(a, nullptr) << name;
    EXPECT_EQ(a->status, AttendanceStatus::observer) << name;
  }
}

TEST_F(SeedNottinghamshireLog, DateNumberedItemsAndLeadColumn) {
  Meeting m = seed("003_2ba8ab8b6d3df320.txt").at(0);
  // The status legend before the log ("Key:" over its bold words) is kept as
  // a passage, so it stays searchable; the log's rows are the items.
  ASSERT_FALSE(m.items.empty());
  EXPECT_TRUE(m.items[0].passage);
  m.items.erase(m.items.begin());
  ASSERT_EQ(m.items.size(), 7u);
  for (const Item& item : m.items) EXPECT_EQ(item.number, "19.01.17");
  EXPECT_EQ(m.items[0].title, "Young People’s Health Strategy for Nottinghamshire");
  EXPECT_EQ(m.items[1].title, "Nottinghamshire County Family Nurse Partnership");
  EXPECT_EQ(m.items[4].title, "Prevent Duty Update");
  // Four actions and a Lead cell "SK KAd  KAd KAd": one owner each, in order.
  ASSERT_EQ(m.items[0].actions.size(), 4u);
  EXPECT_EQ(m.items[0].actions[0].owners, (std::vector<std::string>{"Sean Kelly"}));
  EXPECT_EQ(m.items[0].actions[3].owners, (std::vector<std::string>{"Kerrie Adams"}));
  // "DHi and KAd to discuss mechanisms ..." names its owners itself.
  ASSERT_EQ(m.items[1].actions.size(), 2u);
  EXPECT_EQ(m.items[1].actions[1].owners, (std::vector<std::string>{"Derek Higton", "Kerrie Adams"}));
}

TEST_F(SeedCheshireEastPack, AgendaAndEmbeddedMinutesAreTwoMeetings) {
  std::vector<Meeting> meetings = seed("004_353d7f592f4ec596.txt");
  ASSERT_EQ(meetings.size(), 2u);
  const Meeting& agenda = meetings[0];
  EXPECT_EQ(agenda.board, "Cheshire East Health and Wellbeing Board");
  EXPECT_EQ(agenda.kind, "agenda");
  EXPECT_EQ(agenda.date, "2017-11-28");
  EXPECT_EQ(agenda.time, "2.00 pm");
  EXPECT_EQ(agenda.venue, "Committee Suite 1,2 & 3, Westfields, Middlewich Road, Sandbach CW11 1HZ");
  const Meeting& minutes = meetings[1];
  EXPECT_EQ(minutes.board, "Cheshire East Health and Wellbeing Board");
  EXPECT_EQ(minutes.area, "Cheshire East");
  EXPECT_EQ(minutes.kind, "minutes");
  EXPECT_EQ(minutes.date, "2017-09-26");  // "held on Tuesday, 26th September, 2017"
  EXPECT_EQ(minutes.venue, "Committee Suite 1,2 & 3, Westfields, Middlewich Road, Sandbach CW11 1HZ");
  EXPECT_EQ(minutes.chair, "Rachel Bailey");
  EXPECT_NE(agenda.id, minutes.id);
}

TEST_F(SeedCheshireEastPack, MinutesAttendanceByCategory) {
  const Meeting m = seed("004_353d7f592f4ec596.txt").at(1);
  EXPECT_EQ(count_status(m, AttendanceStatus::present), 13u);  // 10 voting, 3 non-voting
  EXPECT_EQ(count_status(m, AttendanceStatus::observer), 3u);
  EXPECT_EQ(count_status(m, AttendanceStatus::in_attendance), 8u);
  EXPECT_EQ(count_status(m, AttendanceStatus::apologies), 2u);  // "Dr Paul Bowen and Kath O'Dwyer."
  const Attendee* couchman = find_person(m, "Linda Couchman");
  ASSERT_NE(couchman, nullptr);
  // The entry runs over two lines: "...Health," / "Cheshire East Council".
  EXPECT_EQ(couchman->role, "Acting Strategic Director of Adult Social Care and Health");
  EXPECT_EQ(couchman->organisation, "Cheshire East Council");
  const Attendee* larking = find_person(m, "Mike Larking");
  ASSERT_NE(larking, nullptr);
  EXPECT_EQ(larking->organisation, "Cheshire Fire and Rescue Service");
  const Attendee* wilson = find_person(m, "Andrew Wilson");
  ASSERT_NE(wilson, nullptr);
  EXPECT_EQ(wilson->title, "Dr");
  const Attendee* frame = find_person(m, "Gill Frame");
  ASSERT_NE(frame, nullptr);
  EXPECT_FALSE(frame->chair);  // "LSCB Chair" chairs another board
}

TEST_F(SeedCheshireEastPack, ResolutionsStayInTheirItems) {
  const Meeting m = seed("004_353d7f592f4ec596.txt").at(1);
  const Item* previous = find_item(m, "23");
  ASSERT_NE(previous, nullptr);
  EXPECT_EQ(previous->title, "MINUTES OF PREVIOUS MEETING");
  ASSERT_EQ(previous->decisions.size(), 1u);
  EXPECT_EQ(previous->decisions[0].text, "That the minutes be approved as a correct record.");
  // Item 28 lists five numbered resolutions; they are not items 1 to 5.
  const Item* send = nullptr;
  for (const Item& item : m.items)
    if (item.title == "SEND STRATEGY AND SEN SUFFICIENCY STATEMENT" && item.number == "28") send = &item;
  ASSERT_NE(send, nullptr);
  ASSERT_EQ(send->decisions.size(), 5u);
  EXPECT_EQ(send->decisions[3].text, "4. That the SEND Strategy Action Plan be agreed.");
  EXPECT_EQ(find_item(m, "1"), nullptr);
}

TEST_F(SeedCheshireEastPack, ReportsJoinTheAgendaItemsInPassages) {
  const Meeting agenda = seed("004_353d7f592f4ec596.txt").at(0);
  // The DTOC report's cover sheet ("Title of Report: DTOC Progress Update", line 1648)
  // opens a passage of agenda item 7.
  const Item* dtoc = nullptr;
  for (const Item& item : agenda.items)
    if (item.span.first_line <= 1648 && item.span.last_line >= 1648) dtoc = &item;
  ASSERT_NE(dtoc, nullptr);
  EXPECT_EQ(dtoc->number, "7");
  EXPECT_EQ(dtoc->title, "Delayed Transfers of Care Progress Update (Pages 83 - 90)");
  EXPECT_NE(dtoc->text.find("DTOC Progress Update"), std::string::npos);
  // "The CSE element of this recommendation has been met:" (line 680) is in
  // a passage of the item 6 report, short enough to cite.
  const Item* cse = nullptr;
  for (const Item& item : agenda.items)
    if (item.span.first_line <= 680 && item.span.last_line >= 680 && item.span.first_line > 100) cse = &item;
  ASSERT_NE(cse, nullptr);
  EXPECT_EQ(cse->number, "6");
  EXPECT_NE(cse->text.find("The CSE element of this recommendation has been met"), std::string::npos);
  EXPECT_LE(cse->span.last_line - cse->span.first_line, 100);
  // "1 Report Summary" (line 494) heads its own passage.
  bool summary = false;
  for (const Item& item : agenda.items)
    summary = summary || (item.span.first_line == 494 &&
                          item.title == "Children's Improvement Plan Update (Pages 23 - 82) \u2013 1 Report Summary");
  EXPECT_TRUE(summary);
}

}  // namespace
}  // namespace crossboard::corpus
