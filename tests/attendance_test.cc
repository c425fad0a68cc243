// Attendance entries, lists and headings in the layouts boards use.
#include <gtest/gtest.h>

#include "corpus/attendance.h"

namespace crossboard::corpus {
namespace {

struct EntryCase {
  const char* entry;
  const char* name;
  const char* title;
  const char* initials;
  const char* role;
  const char* organisation;
  bool chair;
};

TEST(ParseAttendee, Layouts) {
  const EntryCase cases[] = {
      {"Cllr Nicole Meardon (Chair)", "Nicole Meardon", "Cllr", "", "", "", true},
      {"Mark Parkinson – Director, Education", "Mark Parkinson", "", "", "Director, Education", "", false},
      {"Fay Quinlan – West Cheshire CCG", "Fay Quinlan", "", "", "", "West Cheshire CCG", false},
      {"Sian Jones - LSCB, Business Manager", "Sian Jones", "", "", "Business Manager", "LSCB", false},
      {"Julie Webster, Director of Public Health, Western Cheshire PCT", "Julie Webster", "", "",
       "Director of Public Health", "Western Cheshire PCT", false},
      {"Derek Higton (DHi) (Chair) - Nottinghamshire County Council", "Derek Higton", "", "DHi", "",
       "Nottinghamshire County Council", true},
      {"Tracy Burton (TB) – NHS Bassetlaw", "Tracy Burton", "", "TB", "", "NHS Bassetlaw", false},
      {"Dr Kieron O’Hara – Chair", "Kieron O’Hara", "Dr", "", "", "", true},
      {"Councillor Rachel Bailey (Chairman)", "Rachel Bailey", "Councillor", "", "", "", true},
      {"Mrs N Cooper (Clerk)", "N Cooper", "Mrs", "", "", "", false},
      {"Gill Frame, LSCB Chair", "Gill Frame", "", "", "Chair", "LSCB", false},  // chair of another body
      {"Sarah Blaylock – CWaC Policy Manager", "Sarah Blaylock", "", "", "Policy Manager", "CWaC", false},
      {"Lesley Gledhill – CWP Participation and Engagement", "Lesley Gledhill", "", "", "Participation and Engagement",
       "CWP", false},
      {"Paula St Aubyn", "Paula St Aubyn", "", "", "", "", false},
  };
  for (const EntryCase& c : cases) {
    std::optional<Attendee> a = parse_attendee(c.entry, AttendanceStatus::present);
    ASSERT_TRUE(a) << c.entry;
    EXPECT_EQ(a->name, c.name) << c.entry;
    EXPECT_EQ(a->title, c.title) << c.entry;
    EXPECT_EQ(a->initials, c.initials) << c.entry;
    EXPECT_EQ(a->role, c.role) << c.entry;
    EXPECT_EQ(a->organisation, c.organisation) << c.entry;
    EXPECT_EQ(a->chair, c.chair) << c.entry;
  }
}

TEST(ParseAttendee, NotPeople) {
  for (const char* entry : {"Complete", "Ongoing but in-hand", "Requiring action/attention", "Key:",
                            "West Cheshire College", "Cheshire East Council", "NHS England", ""}) {
    EXPECT_FALSE(parse_attendee(entry, AttendanceStatus::present)) << "[" << entry << "]";
  }
}

TEST(ParseAttendee, DeputyRepresentingSomeone) {
  std::optional<Attendee> a = parse_attendee(
      "Kerrie Adams (KAd) (representing Kate Allen - Nottinghamshire County Council (Public Health)",
      AttendanceStatus::present);
  ASSERT_TRUE(a);
  EXPECT_EQ(a->name, "Kerrie Adams");
  EXPECT_EQ(a->initials, "KAd");
  EXPECT_EQ(a->status, AttendanceStatus::deputy);
  EXPECT_EQ(a->deputy_for, "Kate Allen");
  EXPECT_EQ(a->organisation, "Nottinghamshire County Council (Public Health)");
}

std::vector<std::string> names(const std::vector<Attendee>& people) {
  std::vector<std::string> out;
  for (const Attendee& a : people) out.push_back(a.name);
  return out;
}

TEST(ParseAttendanceText, InitialsRunSplitsBeforeEachPerson) {
  std::vector<Attendee> people = parse_attendance_text(
      "Tracy Burton (TB) – NHS Bassetlaw, Chris Few (CF) – Independent Chair NSCB, Tracey Lindley "
      "(TL), Nottingham West CCG, John Robinson (JR)- Gedling Borough Council",
      AttendanceStatus::apologies);
  EXPECT_EQ(names(people), (std::vector<std::string>{"Tracy Burton", "Chris Few", "Tracey Lindley", "John Robinson"}));
  ASSERT_EQ(people.size(), 4u);
  EXPECT_EQ(people[2].organisation, "Nottingham West CCG");
  EXPECT_EQ(people[3].organisation, "Gedling Borough Council");
  EXPECT_EQ(people[1].status, AttendanceStatus::apologies);
}

TEST(ParseAttendanceText, CommaAndListsWithTitles) {
  EXPECT_EQ(names(parse_attendance_text("Dr Paul Bowen and Kath O'Dwyer.", AttendanceStatus::apologies)),
            (std::vector<std::string>{"Paul Bowen", "Kath O'Dwyer"}));
  EXPECT_EQ(names(parse_attendance_text("Cllr C Anderson, Cllr M Peake, Cllr S Smith, Mrs N Cooper (Clerk)",
                                        AttendanceStatus::present)),
            (std::vector<std::string>{"C Anderson", "M Peake", "S Smith", "N Cooper"}));
}

TEST(ParseAttendanceText, OnePersonWithRoleAndBodyIsOneEntry) {
  std::vector<Attendee> people =
      parse_attendance_text("Mike Larking, Cheshire Fire and Rescue Service", AttendanceStatus::present);
  ASSERT_EQ(people.size(), 1u);
  EXPECT_EQ(people[0].organisation, "Cheshire Fire and Rescue Service");
}

TEST(ParseAttendanceText, PerItemAttendanceAndObservers) {
  std::vector<Attendee> people = parse_attendance_text(
      "For Item 4 -Amanda Collinson (AC) – Nottinghamshire County Council, for Item 5 – Devon Allen "
      "(DA) and Merlin Tinker (MT) – Nottinghamshire County Council, for Item 6 and observing Sarah "
      "Lee (SL) and Lucy Hawkin (LH) – Nottinghamshire County Council",
      AttendanceStatus::present);
  ASSERT_EQ(names(people), (std::vector<std::string>{"Amanda Collinson", "Devon Allen", "Merlin Tinker",
                                                     "Sarah Lee", "Lucy Hawkin"}));
  EXPECT_EQ(people[0].status, AttendanceStatus::in_attendance);
  EXPECT_EQ(people[2].status, AttendanceStatus::in_attendance);
  EXPECT_EQ(people[3].status, AttendanceStatus::observer);
  EXPECT_EQ(people[4].status, AttendanceStatus::observer);
  // "Devon Allen (DA) and Merlin Tinker (MT) – Nottinghamshire County Council": both of it.
  EXPECT_EQ(people[1].organisation, "Nottinghamshire County Council");
  EXPECT_EQ(people[3].organisation, "Nottinghamshire County Council");
}

TEST(ApologiesInText, SentencesThatListApologies) {
  EXPECT_EQ(names(apologies_in_text("Councillor Meardon welcomed all to the meeting. Apologies were noted: "
                                    "Gerald Meehan, Cllr Margaret Parker, Helen Brackenbury")),
            (std::vector<std::string>{"Gerald Meehan", "Margaret Parker", "Helen Brackenbury"}));
  EXPECT_EQ(names(apologies_in_text("These were accepted from Cllr Crisp, Cllr Sharp, Cllr Quinn and Cllr "
                                    "Human. It was noted that Cllr Martin Storey also sent his apologies.")),
            (std::vector<std::string>{"Crisp", "Sharp", "Quinn", "Human"}));
  EXPECT_TRUE(apologies_in_text("The Board discussed the apologies policy for schools.").empty());
}

struct HeadingCase {
  const char* line;
  bool heading;
  AttendanceStatus status;
  const char* rest;
};

TEST(AttendanceHeading, Headings) {
  const HeadingCase cases[] = {
      {"Present:", true, AttendanceStatus::present, ""},
      {"In attendance:", true, AttendanceStatus::in_attendance, ""},
      {"Apologies", true, AttendanceStatus::apologies, ""},
      {"Apologies for absence:", true, AttendanceStatus::apologies, ""},
      {"Observers:", true, AttendanceStatus::observer, ""},
      {"Non-Voting:", true, AttendanceStatus::present, ""},
      {"PRESENT Voting", true, AttendanceStatus::present, ""},
      {"Cheshire East Officers/others in attendance:", true, AttendanceStatus::in_attendance, ""},
      {"Apologies: William Perrin (Talk About Local)", true, AttendanceStatus::apologies,
       "William Perrin (Talk About Local)"},
      {"PRESENT Cllr C Anderson, Cllr M Peake", true, AttendanceStatus::present, "Cllr C Anderson, Cllr M Peake"},
      {"Apologies were noted: Gerald Meehan", false, AttendanceStatus::present, ""},
      {"Presentation on the Early Help strategy", false, AttendanceStatus::present, ""},
      {"1. Apologies", false, AttendanceStatus::present, ""},
  };
  for (const HeadingCase& c : cases) {
    std::optional<AttendanceHeading> h = attendance_heading(c.line);
    EXPECT_EQ(h.has_value(), c.heading) << c.line;
    if (!h || !c.heading) continue;
    EXPECT_EQ(h->status, c.status) << c.line;
    EXPECT_EQ(h->rest, c.rest) << c.line;
  }
}

}  // namespace
}  // namespace crossboard::corpus
