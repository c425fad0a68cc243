// Attendance lists in layouts the parser must read by their structure (issue 13):
// every name, place and board below is invented.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "corpus/attendance.h"
#include "corpus/minutes_parser.h"

namespace crossboard::corpus {
namespace {

// "status name" per attendee, with " for X" for a deputy and " [P]" for a presence note.
std::vector<std::string> people(const Meeting& m) {
  std::vector<std::string> out;
  for (const Attendee& a : m.attendance) {
    std::string row = std::string(to_string(a.status)) + " " + a.name;
    if (!a.deputy_for.empty()) row += " for " + a.deputy_for;
    if (!a.presence.empty()) row += " [" + a.presence + "]";
    out.push_back(row);
  }
  return out;
}

Meeting parse_one(const std::string& text) {
  std::vector<Meeting> meetings = parse_minutes_string(text);
  EXPECT_EQ(meetings.size(), 1u);
  return meetings.front();
}

bool has_warning(const Meeting& m, std::string_view words) {
  for (const Diagnostic& d : m.diagnostics)
    if (d.message.find(words) != std::string::npos) return true;
  return false;
}

// Layout 1: rows of people straight after the date line, with no heading.
TEST(AttendanceLayouts, UnlabelledListAfterTheDateIsPresentWithAWarning) {
  Meeting m = parse_one(
      "Quillford Children's Trust Board\n"
      "Minutes of the meeting held on 3 March 2016 at 2pm\n"
      "\n"
      "Orla Pennick – Independent Chair\n"
      "Bram Tolliver – Director of Children's Services, Quillford Council\n"
      "Wynn Aspell – Head of Early Help\n"
      "\n"
      "Apologies:\n"
      "Ivo Marchetti – Quillford College\n"
      "\n"
      "1. Welcome\n"
      "The Chair welcomed members.\n");
  EXPECT_EQ(people(m), (std::vector<std::string>{"present Orla Pennick", "present Bram Tolliver",
                                                 "present Wynn Aspell", "apologies Ivo Marchetti"}));
  EXPECT_EQ(m.chair, "Orla Pennick");
  EXPECT_TRUE(has_warning(m, "no heading"));
}

TEST(AttendanceLayouts, AttendanceDetailsOverPresentIsOneHeadingNotAFlattenedTable) {
  Meeting m = parse_one(
      "Tamsford Community Safety Partnership\n"
      "Thursday, 4th May, 2017 10.00 am\n"
      "Attendance Details\n"
      "Present:\n"
      "Councillor Jude Harrow (Chair) – Tamsford Council\n"
      "Superintendent Elsa Brockway – Tamsford Police\n"
      "1. Apologies\n"
      "None.\n");
  EXPECT_EQ(people(m), (std::vector<std::string>{"present Jude Harrow", "present Elsa Brockway"}));
  EXPECT_FALSE(has_warning(m, "flattened"));
}

// Layout 2: name, initials and role with no punctuation; a role glued to the surname.
TEST(AttendanceLayouts, InitialsMatchingTheNameSplitNameFromRole) {
  EXPECT_EQ(separate_name_and_role("Dr Ann-Marie Quayle AMQ Clinical Chair"),
            "Dr Ann-Marie Quayle (AMQ) \u2013 Clinical Chair");
  EXPECT_EQ(separate_name_and_role("Rufus Denholm RD Chief Finance Officer"),
            "Rufus Denholm (RD) \u2013 Chief Finance Officer");
  EXPECT_EQ(separate_name_and_role("Cormac McArdle CMcA GP Member"), "Cormac McArdle (CMcA) \u2013 GP Member");
  EXPECT_EQ(separate_name_and_role("Tilda PrendergastHead of Youth Services"),
            "Tilda Prendergast \u2013 Head of Youth Services");
  // "McArdle" and "MacInnes" are names, not a glued role.
  EXPECT_EQ(separate_name_and_role("Fen MacInnes"), "Fen MacInnes");
  EXPECT_EQ(separate_name_and_role("Ruth Odoni Lay Member"), "Ruth Odoni \u2013 Lay Member");
  // Already separated: unchanged.
  EXPECT_EQ(separate_name_and_role("Ruth Odoni, Lay Member"), "Ruth Odoni, Lay Member");
}

TEST(AttendanceLayouts, GluedAndInitialsListsReadWholeMeetings) {
  Meeting m = parse_one(
      "Orrinby Youth Offending Team Management Board\n"
      "Date: 9 May 2014\n"
      "Present:\n"
      "Petra LowellAssistant Director (Chair)\n"
      "Hamza QuilterHead of Orrinby YOT\n"
      "In attendance:\n"
      "Neve Sandoval NS Performance Officer\n"
      "1. Minutes\n"
      "Agreed.\n");
  EXPECT_EQ(people(m), (std::vector<std::string>{"present Petra Lowell", "present Hamza Quilter",
                                                 "in_attendance Neve Sandoval"}));
  EXPECT_EQ(m.chair, "Petra Lowell");
  EXPECT_EQ(m.attendance[2].initials, "NS");
  EXPECT_EQ(m.attendance[2].role, "Performance Officer");
}

// One " / " inside a role is not a Word table's cell: the list goes on after it.
TEST(AttendanceLayouts, SlashInsideARoleDoesNotEndTheList) {
  Meeting m = parse_one(
      "Barset CCG Governing Body Meeting in Public\n"
      "Held on 13th January 2022\n"
      "Present:\n"
      "Dr Ida Penn IP Clinical Chair\n"
      "In attendance:\n"
      "Una Vell UV Executive Assistant / Minute Taker\n"
      "Roy Hythe RH Corporate Governance Manager\n"
      "GB/2122/214: Welcome\n");
  EXPECT_EQ(people(m), (std::vector<std::string>{"present Ida Penn", "in_attendance Una Vell",
                                                 "in_attendance Roy Hythe"}));
  EXPECT_EQ(m.chair, "Ida Penn");
}

// Layout 3: marker tables and legends.
TEST(AttendanceLayouts, TickTableWithApolsAndDeputyColumns) {
  Meeting m = parse_one(
      "Brackley Safeguarding Children Partnership\n"
      "Tuesday 8th March 2022\n"
      "Name\tOrganisation / Role\tAttended\tApols\tDeputy\n"
      "Ines Garrow\tIndependent Scrutineer (Chair)\t\u2713\t\t\n"
      "Chief Superintendent Olaf Brede QPM\tBrackley Police\t\u2717\t\u2713\tDCI Mina Ostrow\n"
      "Lyle Fenwright\tBrackley College\t\u2717\t\t\n"
      "1.\tWelcome\n");
  EXPECT_EQ(people(m), (std::vector<std::string>{"present Ines Garrow", "apologies Olaf Brede",
                                                 "deputy Mina Ostrow for Olaf Brede", "absent Lyle Fenwright"}));
  EXPECT_EQ(m.chair, "Ines Garrow");
}

TEST(AttendanceLayouts, StatusColumnWithNotes) {
  Meeting m = parse_one(
      "Pennock Safeguarding Adults Board\n"
      "Tuesday, 19th March, 2019 2.00 pm\n"
      "Attendee\tRole\tAttendance\tNotes\n"
      "Hester Vane\tIndependent Chair\tPresent\t\n"
      "Colm Arbery\tHead of Safeguarding\tApologies\t\n"
      "Dora Pelt\tService Manager\tPresent as substitute\tSubstitute for Colm Arbery\n"
      "Ned Quarles\tFire and Rescue\tAbsent\t\n"
      "Ray Tunstall\tPerformance Lead\tIn attendance\t\n"
      "1\tMinutes\n");
  EXPECT_EQ(people(m), (std::vector<std::string>{"present Hester Vane", "apologies Colm Arbery",
                                                 "deputy Dora Pelt for Colm Arbery", "absent Ned Quarles",
                                                 "in_attendance Ray Tunstall"}));
}

TEST(AttendanceLayouts, YesNoColumnWithDeputyNote) {
  EXPECT_EQ(status_mark("No \u2013 apologies")->status, AttendanceStatus::apologies);
  EXPECT_EQ(status_mark("No")->status, AttendanceStatus::absent);
  std::optional<StatusMark> deputy = status_mark("Yes \u2013 deputy for Pia Lund");
  ASSERT_TRUE(deputy);
  EXPECT_EQ(deputy->status, AttendanceStatus::deputy);
  EXPECT_EQ(deputy->other, "Pia Lund");
  std::optional<StatusMark> named = status_mark("S \u2013 DI Ezra Holt");
  ASSERT_TRUE(named);
  EXPECT_TRUE(named->deputy_named);
  EXPECT_EQ(named->other, "Ezra Holt");
  EXPECT_FALSE(status_mark("Lay Member"));
  // With an "Apols" column a cross only says the member did not come.
  EXPECT_EQ(status_mark("\u2717", true)->status, AttendanceStatus::absent);
  EXPECT_EQ(status_mark("\u2717", false)->status, AttendanceStatus::apologies);
}

TEST(AttendanceLayouts, SlashSeparatedWordTable) {
  Meeting m = parse_one(
      "Dunholt Children's Trust Board / Minutes\n"
      "Meeting held on Tuesday 15 January 2019 / 2.00pm\n"
      "Present / Initials / / Role\n"
      "Cllr Vera Stroud / VS / - / Cabinet Member (Chair)\n"
      "Amos Kettering / AK / - / Director of Children's Services\n"
      "Apologies\n"
      "Dr Lin Osei / LO / - / Designated Doctor\n"
      "1. / Welcome /\n");
  EXPECT_EQ(people(m), (std::vector<std::string>{"present Vera Stroud", "present Amos Kettering",
                                                 "apologies Lin Osei"}));
  EXPECT_EQ(m.attendance[1].initials, "AK");
}

TEST(AttendanceLayouts, LegendMarkersTwoPeoplePerLine) {
  Meeting m = parse_one(
      "Hallowby Safeguarding Adults Board\n"
      "Minutes of the meeting held on Monday 3rd February 2020\n"
      "P= Present   A= Apologies   DNA= Did not attend\n"
      "Una Corran (UC) \u2013 Independent Chair P    Teo Malvern (TM) \u2013 Director of Adult Care A\n"
      "Bea Lisle (BL) \u2013 Fire and Rescue DNA     Kit Ormond (KO) \u2013 Housing P\n"
      "1 Welcome\n"
      "UC welcomed members.\n");
  EXPECT_EQ(people(m), (std::vector<std::string>{"present Una Corran", "apologies Teo Malvern", "absent Bea Lisle",
                                                 "present Kit Ormond"}));
}

TEST(AttendanceLayouts, RowsEndingWithTheirStatusUnderASpacedHeader) {
  Meeting m = parse_one(
      "Selbury Youth Offending Service Management Board\n"
      "Wednesday 5 November 2014\n"
      "  Name           Initials   Organisation / Role          Attendance\n"
      "  Gideon Farrar  GF         Director of Children's Services (Chair)   Present\n"
      "  Lola Hearne    LH         National Probation Service   Apologies\n"
      "  Abel Crane     AC         YOS Business Support (minutes)   In attendance\n"
      "  1.  Welcome\n");
  EXPECT_EQ(people(m), (std::vector<std::string>{"present Gideon Farrar", "apologies Lola Hearne",
                                                 "in_attendance Abel Crane"}));
  EXPECT_EQ(m.chair, "Gideon Farrar");
}

TEST(AttendanceLayouts, TwoColumnsOfNamesWithBracketedNotes) {
  Meeting m = parse_one(
      "Stoneleigh Local Safeguarding Children Board\n"
      "Minutes of the Board meeting held on 10 May 2012\n"
      "Present:\n"
      "Vera Hollis (Independent Chair)        Gus Oram (Stoneleigh Council)\n"
      "Ewan Tarrant MBE (Lay Member)           Lyra Fenn (LSCB Business Manager)\n"
      "1.  Welcome and apologies\n");
  EXPECT_EQ(people(m), (std::vector<std::string>{"present Vera Hollis", "present Gus Oram", "present Ewan Tarrant",
                                                 "present Lyra Fenn"}));
  EXPECT_EQ(m.attendance[2].role, "Lay Member");
}

TEST(AttendanceLayouts, SubstitutesInsideAnApologiesSentence) {
  Meeting m = parse_one(
      "Bramhope Health and Wellbeing Board\n"
      "Thursday 9 March 2017\n"
      "Present: Councillor Hale (Chair), Dr Iris Vane (Bramhope CCG) and Councillor Penrose (substitute).\n"
      "Apologies\n"
      "Apologies for absence were received from Councillor Cobb (Councillor Penrose substituting) and Dr Wes "
      "Lyle (Dr Iris Vane attended as substitute).\n"
      "1. Minutes\n");
  EXPECT_EQ(people(m), (std::vector<std::string>{"present Hale", "deputy Iris Vane for Wes Lyle",
                                                 "deputy Penrose for Cobb", "apologies Cobb", "apologies Wes Lyle"}));
}

// Layout 6: an entry wrapped so that its initials open the next line.
TEST(AttendanceLayouts, InitialsWrappedOntoTheNextLine) {
  Meeting m = parse_one(
      "Notes of the Hartby Children's Trust Executive\n"
      "Wednesday 10th February 2010, 9.30am\n"
      "Present:\n"
      "Gil Warde (GW) \u2013 Chair, Director of Children's Services, Jo Mora (JM) \u2013 Hartby PCT, Cllr Rob Hax\n"
      "(RH) \u2013 Lead Member, Al Stone (AS) \u2013 Head of Youth Support\n"
      "1. Notes of the last meeting\n");
  EXPECT_EQ(people(m), (std::vector<std::string>{"present Gil Warde", "present Jo Mora", "present Rob Hax",
                                                 "present Al Stone"}));
  EXPECT_EQ(m.chair, "Gil Warde");
  EXPECT_EQ(m.attendance[0].role, "Director of Children's Services");
  EXPECT_EQ(m.attendance[2].initials, "RH");
}

// Layout 4: deputies and substitutes.
TEST(AttendanceLayouts, DeputiesInBracketsAndProse) {
  Meeting m = parse_one(
      "Wrenby Community Safety Partnership\n"
      "Minutes \u2013 19/09/2023\n"
      "Present\n"
      "* Cllr Tobias Rook (Chair)\n"
      "* Greta Munn (substitute for Hal Brierley) \u2013 Probation Service\n"
      "* Cato Rendle deputising for Ada Sowerby \u2013 Wrenby Place\n"
      "* Nia Fothergale \u2013 attended on behalf of Ivor Lusk (Director)\n"
      "Apologies\n"
      "Hal Brierley (Probation Service)\n"
      "Cllr Ora Penn - Cllr Saul Ridley substituted\n"
      "Pip Carver (Rhea Dunmore substituted)\n"
      "1. Welcome\n");
  EXPECT_EQ(people(m), (std::vector<std::string>{
                           "present Tobias Rook", "deputy Greta Munn for Hal Brierley",
                           "deputy Cato Rendle for Ada Sowerby", "deputy Nia Fothergale for Ivor Lusk",
                           "apologies Hal Brierley", "apologies Ora Penn", "deputy Saul Ridley for Ora Penn",
                           "apologies Pip Carver", "deputy Rhea Dunmore for Pip Carver",
                           // Members stood in for and listed nowhere else sent apologies.
                           "apologies Ada Sowerby", "apologies Ivor Lusk"}));
}

TEST(AttendanceLayouts, SubstitutesNamedInTheWelcomeItem) {
  std::vector<Attendee> d = deputies_in_text("Apologies were noted; Sergeant Orla Pike attended on behalf of Chief "
                                             "Inspector Ned Vance.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].name, "Orla Pike");
  EXPECT_EQ(d[0].deputy_for, "Ned Vance");
  EXPECT_TRUE(deputies_in_text("The Board attended for the whole day.").empty());
  Meeting m = parse_one(
      "Ravenby Youth Offending Service Management Board\n"
      "Tuesday 7th March 2017\n"
      "Present:\n"
      "Ilsa Moor - Chair\n"
      "Sergeant Orla Pike - Ravenby Police\n"
      "Apologies:\n"
      "Chief Inspector Ned Vance - Ravenby Police\n"
      "1. Welcome\n"
      "Apologies were noted; Sergeant Pike attended on behalf of Chief Inspector Vance.\n");
  // "for Vance" is the one listed Vance.
  EXPECT_EQ(people(m), (std::vector<std::string>{"present Ilsa Moor", "deputy Orla Pike for Ned Vance",
                                                 "apologies Ned Vance"}));
}

TEST(AttendanceLayouts, ApologiesSentenceWithFromTwiceAndADeputyAfterIt) {
  Meeting m = parse_one(
      "Wexby Health and Wellbeing Board\n"
      "Minutes of the meeting held on 5 June 2020\n"
      "Present: Councillor Ada Morrow (Chair), Pia Lund (Wexby CCG)\n"
      "Apologies\n"
      "Apologies for absence were received from Councillor Bo Tate and from Cy Nolan (Chief Officer, Wexby CCG). "
      "Pia Lund (Director of Commissioning) attended in her absence.\n"
      "1. Minutes\n");
  EXPECT_EQ(people(m), (std::vector<std::string>{"present Ada Morrow", "deputy Pia Lund for Cy Nolan",
                                                 "apologies Bo Tate", "apologies Cy Nolan"}));
}

// Layout 5: label variants.
TEST(AttendanceLayouts, LabelVariants) {
  Meeting m = parse_one(
      "Corvale Local Safeguarding Children Board\n"
      "Wednesday 22 January 2014\n"
      "Present: Edna Farrier (Independent Chair), Lucan Stroud (Director of Children's Services)\n"
      "Apologies Dr Keel, Cllr Loame, Max Morrow and Joy Pilbeam (Corvale College)\n"
      "Guests: Tara Wilmot (Violence Reduction Unit) and Zeb Norland (Street Pastors)\n"
      "Observers: Ilse Varga\n"
      "1 Introductions\n");
  EXPECT_EQ(people(m), (std::vector<std::string>{
                           "present Edna Farrier", "present Lucan Stroud", "apologies Keel", "apologies Loame",
                           "apologies Max Morrow", "apologies Joy Pilbeam", "in_attendance Tara Wilmot",
                           "in_attendance Zeb Norland", "observer Ilse Varga"}));
}

TEST(AttendanceLayouts, SharedPluralTitleAndSurnameOnlyMembers) {
  EXPECT_EQ(share_plural_title("Cllrs Abney (Mayor), Birch, M Cole and Dunn"),
            "Cllr Abney (Mayor), Cllr Birch, Cllr M Cole, Cllr Dunn");
  EXPECT_EQ(share_plural_title("Ann Pole and Cy Tan"), "");
  Meeting m = parse_one(
      "Ravenmere Corporate Parenting Panel\n"
      "Thursday, 13th July, 2023 10.00 am\n"
      "Present: Councillor Wold (Chair); Councillors Ashe, Brant (from item 4) and Corley (left the meeting at "
      "7.10pm)\n"
      "1. Apologies for Absence\n"
      "Apologies for absence were received from County Councillors Dace, Ebbing and Frome and from Gil Hart.\n");
  EXPECT_EQ(people(m), (std::vector<std::string>{
                           "present Wold", "present Ashe", "present Brant [from item 4]",
                           "present Corley [left the meeting at 7.10pm]", "apologies Dace", "apologies Ebbing",
                           "apologies Frome", "apologies Gil Hart"}));
}

// Layout 7: statuses switch at each label inside one long line.
TEST(AttendanceLayouts, InlineCapitalLabelsSwitchStatusMidLine) {
  Meeting m = parse_one(
      "Kelby Children's Trust Board\n"
      "Minutes of the meeting held on 16 March 2016\n"
      "PRESENT: Josie Alder (Chair), Bruno Oke IN ATTENDANCE: Rhea Summers (Analyst) APOLOGIES: Ian Marsh, Col "
      "Ashby\n"
      "1. Welcome\n");
  EXPECT_EQ(people(m), (std::vector<std::string>{"present Josie Alder", "present Bruno Oke",
                                                 "in_attendance Rhea Summers", "apologies Ian Marsh",
                                                 "apologies Col Ashby"}));
}

// Layouts 2 and 7 together: a table flattened onto one line, each entry
// closed by the person's initials, statuses switching at capital labels.
TEST(AttendanceLayouts, FlattenedRowsClosedByInitials) {
  EXPECT_EQ(split_at_closing_initials("Cllr Ada Morrow Cabinet Member (Chair) AM Ben Tully Director of People BT "
                                      "Oona Pike Early Help Strategy Lead OP"),
            "Cllr Ada Morrow (AM) \u2013 Cabinet Member (Chair); Ben Tully (BT) \u2013 Director of People; "
            "Oona Pike (OP) \u2013 Early Help Strategy Lead");
  // One entry closed so is not a flattened table.
  EXPECT_EQ(split_at_closing_initials("Ada Morrow Cabinet Member for Children and Families AM"),
            "Ada Morrow Cabinet Member for Children and Families AM");
  Meeting m = parse_one(
      "Hurstby Children's Trust Board\n"
      "Wednesday 16th March 2016\n"
      "MEMBERS: Cllr Ada Morrow Cabinet Member (Chair) AM Ben Tully Director of People BT IN ATTENDANCE: Cass "
      "Vint Policy Officer (minutes) CV Dev Rao Participation Worker (for item 4) DR APOLOGIES: Supt Ian Loft "
      "Hurstby Police, Revd Ona Pask Diocesan Schools Officer\n"
      "1 WELCOME\n");
  EXPECT_EQ(people(m), (std::vector<std::string>{"present Ada Morrow", "present Ben Tully", "in_attendance Cass Vint",
                                                 "in_attendance Dev Rao [for item 4]", "apologies Ian Loft",
                                                 "apologies Ona Pask"}));
  EXPECT_EQ(m.chair, "Ada Morrow");
}

// Layout 7: a list flattened onto one line, "Name – Role" entries with nothing between them.
TEST(AttendanceLayouts, DashEntriesRunTogether) {
  EXPECT_EQ(separate_dash_entries("Ada Morrow \u2013 Independent Chair Ben Tully \u2013 Housing Manager, Barset "
                                  "Council Cass Vint \u2013 Chief Superintendent, Barset Police"),
            "Ada Morrow \u2013 Independent Chair; Ben Tully \u2013 Housing Manager, Barset Council; Cass Vint "
            "\u2013 Chief Superintendent, Barset Police");
  // Two dashes: one person's role and body.
  EXPECT_EQ(separate_dash_entries("Ada Morrow \u2013 Barset Council \u2013 Housing Manager"),
            "Ada Morrow \u2013 Barset Council \u2013 Housing Manager");
}

TEST(AttendanceLayouts, AmpersandInsideARoleAndANoteAfterTheBody) {
  std::vector<Attendee> a = parse_attendance_text(
      "Ada Morrow \u2013 Director of Nursing, Quality & Patient Safety, Barset Trust Ben Tully \u2013 Analyst, "
      "Police & Crime Commissioner's Office (representing Cy Tan) Dee Vos \u2013 Clerk",
      AttendanceStatus::present);
  ASSERT_EQ(a.size(), 3u);
  EXPECT_EQ(a[0].name, "Ada Morrow");
  EXPECT_EQ(a[1].name, "Ben Tully");
  EXPECT_EQ(a[1].status, AttendanceStatus::deputy);
  EXPECT_EQ(a[1].deputy_for, "Cy Tan");
  EXPECT_EQ(a[2].name, "Dee Vos");
}

// Layout 11: arrivals and departures keep the status and say which items.
TEST(AttendanceLayouts, PresenceNotes) {
  EXPECT_EQ(presence_note("(from item 4)"), "from item 4");
  EXPECT_EQ(presence_note("Commissioning Manager (item 4)"), "item 4");
  EXPECT_EQ(presence_note("(left the meeting at 3.10pm)"), "left the meeting at 3.10pm");
  EXPECT_EQ(presence_note("Head of Social Care, for item 5"), "for item 5");
  EXPECT_EQ(presence_note("Director of Public Health"), "");
  EXPECT_EQ(presence_note("Agenda items lead"), "");
}

TEST(AttendanceLayouts, MarkerLegends) {
  auto legend = marker_legend("P= Present   A= Apologies   DNA= Did not attend");
  ASSERT_EQ(legend.size(), 3u);
  EXPECT_EQ(legend[2].first, "DNA");
  EXPECT_EQ(legend[2].second, AttendanceStatus::absent);
  EXPECT_EQ(marker_legend("Key: \u2713 present \u00b7 \u2717 apologies \u00b7 \u2013 absent").size(), 3u);
  // "=" glued to both sides; a slashed marker stands for either letter too.
  auto glued = marker_legend("P= Present A= Apologies DNA=Did not attend D/R=Deputise/Representative");
  ASSERT_EQ(glued.size(), 6u);
  EXPECT_EQ(glued[2].first, "DNA");
  EXPECT_EQ(glued[3].first, "D/R");
  EXPECT_EQ(glued[3].second, AttendanceStatus::deputy);
  EXPECT_EQ(glued[5].first, "R");
  // A list with initials in brackets is no legend.
  EXPECT_TRUE(marker_legend("Ann Pole (AP) \u2013 Chair, Cy Tan (CT) \u2013 Police").empty());
}

}  // namespace
}  // namespace crossboard::corpus
