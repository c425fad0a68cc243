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
      {"Dr Declan O’Farrell – Chair", "Declan O’Farrell", "Dr", "", "", "", true},
      {"Councillor Rachel Bailey (Chairman)", "Rachel Bailey", "Councillor", "", "", "", true},
      {"Mrs N Pilling (Clerk)", "N Pilling", "Mrs", "", "", "", false},
      {"Gill Frame, LSCB Chair", "Gill Frame", "", "", "Chair", "LSCB", false},  // chair of another body
      {"Sarah Blaylock – CWaC Policy Manager", "Sarah Blaylock", "", "", "Policy Manager", "CWaC", false},
      {"Lesley Gledhill – CWP Participation and Engagement", "Lesley Gledhill", "", "", "Participation and Engagement",
       "CWP", false},
      {"Paula St Aubyn", "Paula St Aubyn", "", "", "", "", false},
      // Layouts seen in Kent County Council's minutes: honours after the name, the role
      // in brackets, a name hyphenated across a line break, a surname that is also a role word.
      {"Mr T Fairbrother OBE", "T Fairbrother", "Mr", "", "", "", false},
      {"Mr T H Fairbrother, OBE", "T H Fairbrother", "Mr", "", "", "", false},
      {"Dr P Varley (Director of Public Health)", "P Varley", "Dr", "", "Director of Public Health", "", false},
      {"Mr Alan Fothergill- Lacey", "Alan Fothergill-Lacey", "Mr", "", "", "", false},
      {"Wendy Head (Head of Payroll)", "Wendy Head", "", "", "Head of Payroll", "", false},
      {"Cllr F Key", "F Key", "Cllr", "", "", "", false},
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
  EXPECT_EQ(names(parse_attendance_text("Cllr C Ackland, Cllr M Tulley, Cllr S Pocock, Mrs N Pilling (Clerk)",
                                        AttendanceStatus::present)),
            (std::vector<std::string>{"C Ackland", "M Tulley", "S Pocock", "N Pilling"}));
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
  // Apologies accepted without the word "apologies" before the list; the last surname is also a word.
  EXPECT_EQ(names(apologies_in_text("These were accepted from Cllr Pengelly, Cllr Thorley, Cllr Quilter and Cllr "
                                    "Gentle. Members heard that Cllr Ruth Ambrose had also sent her apologies.")),
            (std::vector<std::string>{"Pengelly", "Thorley", "Quilter", "Gentle"}));
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
      {"Apologies: Oliver Brigstock (Open Streets Network)", true, AttendanceStatus::apologies,
       "Oliver Brigstock (Open Streets Network)"},
      {"PRESENT Cllr C Ackland, Cllr M Tulley", true, AttendanceStatus::present, "Cllr C Ackland, Cllr M Tulley"},
      {"Apologies were noted: Gerald Meehan", false, AttendanceStatus::present, ""},
      {"Presentation on the Early Help strategy", false, AttendanceStatus::present, ""},
      {"1. Apologies", false, AttendanceStatus::present, ""},
      // How they attended, then who: Kent's Cabinet writes "IN ATTENDANCE VIRTUALLY:".
      {"ALSO IN ATTENDANCE VIRTUALLY: Mr D Pemberton (Corporate Director of Highways, Waste and Planning)", true,
       AttendanceStatus::in_attendance, "Mr D Pemberton (Corporate Director of Highways, Waste and Planning)"},
      {"Present (remotely): Cllr Amy Stone", true, AttendanceStatus::present, "Cllr Amy Stone"},
  };
  for (const HeadingCase& c : cases) {
    std::optional<AttendanceHeading> h = attendance_heading(c.line);
    EXPECT_EQ(h.has_value(), c.heading) << c.line;
    if (!h || !c.heading) continue;
    EXPECT_EQ(h->status, c.status) << c.line;
    EXPECT_EQ(h->rest, c.rest) << c.line;
  }
}

// Lists in the layouts of Kent County Council's minutes (Cabinet, County
// Council, Corporate Parenting Panel) and parish minutes, each a cue common
// to council minutes.
TEST(ParseAttendanceText, CouncilLists) {
  struct Case {
    const char* text;
    std::vector<std::string> names;
    std::vector<std::string> roles;
  } cases[] = {
      // Names with their roles in brackets, one comma or "and" between each.
      {"Dr P Varley (Director of Public Health), Mrs J Ormerod (Corporate Director Adults, Housing and "
       "Communities), Mrs E Thackeray (Chief Executive)",
       {"P Varley", "J Ormerod", "E Thackeray"},
       {"Director of Public Health", "Corporate Director Adults, Housing and Communities", "Chief Executive"}},
      {"Mr H Dobson (Member Services Manager) and Mr K Ellery (General Counsel)",
       {"H Dobson", "K Ellery"},
       {"Member Services Manager", "General Counsel"}},
      // Honours between commas are not a body; a list that goes on on the next line.
      {"Mr T H Fairbrother, OBE, Mr G Sutcliffe, Mrs W Pennock, MBE, Mr L Haworth (Chief Analyst) and",
       {"T H Fairbrother", "G Sutcliffe", "W Pennock", "L Haworth"},
       {"", "", "", "Chief Analyst"}},
      // Someone named by surname alone is not the role of the person before.
      {"Mr V Okafor (Area Education Officer – North Ashcombe), Ms R McAllister (Director of Education) and McCreadie "
       "(Acting Chief Accountant)",
       {"V Okafor", "R McAllister"},
       {"Area Education Officer – North Ashcombe", "Director of Education"}},
      // A label inside the list: "Ex Officio: Name".
      {"Owen Tresidder (Larkspur Kitchen), Priya Chaudhry (Ashcombe County Council), Ex Officio: Imogen "
       "Tarrant (MHCLG).",
       {"Owen Tresidder", "Priya Chaudhry", "Imogen Tarrant"},
       {}},
      // A colon typed for a comma; the last name before the public is in the list.
      {"R. Ockleton - Chairman, Mrs. Pargeter, R Fennimore, C. Wragg: G. Tulliver and a member of the public",
       {"R. Ockleton", "Pargeter", "R Fennimore", "C. Wragg", "G. Tulliver"},
       {}},
  };
  for (const Case& c : cases) {
    std::vector<Attendee> people = parse_attendance_text(c.text, AttendanceStatus::in_attendance);
    EXPECT_EQ(names(people), c.names) << c.text;
    for (size_t k = 0; k < c.roles.size() && k < people.size(); ++k) {
      EXPECT_EQ(people[k].role, c.roles[k]) << c.text;
      EXPECT_EQ(people[k].organisation, "") << c.text;
    }
  }
}

TEST(ParseAttendanceText, OneNameWithABodyInBracketsIsOnePerson) {
  // "Probation Service (Deputy)" after a comma is the body of the person before, not a person.
  std::vector<Attendee> people =
      parse_attendance_text("Marcus Ellingham, Probation Service (Deputy)", AttendanceStatus::present);
  ASSERT_EQ(names(people), (std::vector<std::string>{"Marcus Ellingham"}));
}

TEST(ParseAttendanceText, SubstituteNamedInTheApologies) {
  // The shape of Kent's Corporate Parenting Panel, 10 December 2024, item 1.
  std::vector<Attendee> people =
      parse_attendance_text("Callum Ridley, Esther Moorcroft, Simon Gale and Brenda Oakes who was substituted "
                            "by Yvonne Lister.",
                            AttendanceStatus::apologies);
  ASSERT_EQ(names(people), (std::vector<std::string>{"Callum Ridley", "Esther Moorcroft", "Simon Gale",
                                                     "Brenda Oakes", "Yvonne Lister"}));
  EXPECT_EQ(people[2].role, "");  // the clause is not Simon Gale's role
  EXPECT_EQ(people[3].status, AttendanceStatus::apologies);
  EXPECT_EQ(people[4].status, AttendanceStatus::deputy);
  EXPECT_EQ(people[4].deputy_for, "Brenda Oakes");
}

TEST(PresenceInText, SentencesThatSaySomeoneWasThere) {
  std::vector<Attendee> there =
      presence_in_text("Ms H Brierley, Ms F Rowntree and Ms J Ashdown were in attendance virtually.");
  EXPECT_EQ(names(there), (std::vector<std::string>{"H Brierley", "F Rowntree", "J Ashdown"}));
  for (const Attendee& a : there) EXPECT_EQ(a.status, AttendanceStatus::in_attendance) << a.name;
  EXPECT_EQ(names(presence_in_text("Graham Pryce (interim Corporate Director Resources) and Leon McTaggart(Acting "
                                   "Chief Analyst) and Wendy Head (Head of Payroll) were in attendance for this item")),
            (std::vector<std::string>{"Graham Pryce", "Leon McTaggart", "Wendy Head"}));
  for (const char* not_a_list :
       {"Ms Dunmore had offered her apologies but was attending the meeting by video.",
        "Apologies for absence came from Mr T Fairbrother OBE, Ms N Cheston, and Ms P Askew.",
        "The Vice-Chair explained that Cllr Rhona Kettleby-Marsh was not present at the meeting for the briefing.",
        "Nobody else was present."}) {
    EXPECT_TRUE(presence_in_text(not_a_list).empty()) << not_a_list;
  }
}

TEST(MidlineAttendanceHeading, WhereTheNextListStarts) {
  std::string text = "Mr K Lomas and Mr D P Hartigan IN ATTENDANCE: Dr P Varley (Director of Public Health)";
  size_t at = midline_attendance_heading(text);
  ASSERT_NE(at, std::string::npos);
  EXPECT_EQ(text.substr(at, 14), "IN ATTENDANCE:");
  // "ALSO PRESENT" is one heading, found at its start.
  std::string also = "Denise Marlow and Gareth Pim ALSO PRESENT: Alison Quarrie";
  EXPECT_EQ(also.substr(midline_attendance_heading(also), 13), "ALSO PRESENT:");
  EXPECT_EQ(midline_attendance_heading("Mr K Lomas, Mr D P Hartigan"), std::string::npos);
  EXPECT_EQ(midline_attendance_heading("PRESENT: Mr K Lomas"), std::string::npos);  // at the start: the line's own heading
  // A name is never read into the heading: "Mr D P Hartigan IN ATTENDANCE".
  std::optional<NameMatch> name = leading_name("Mr D P Hartigan IN ATTENDANCE: Dr P Varley");
  ASSERT_TRUE(name);
  EXPECT_EQ(name->name, "D P Hartigan");
}

}  // namespace
}  // namespace crossboard::corpus
