// Meeting boundaries, item numbers and flattened pages in the layouts real
// boards publish. Every string here is invented, in the shape of one layout.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "corpus/flatten.h"
#include "corpus/meeting_json.h"
#include "corpus/minutes_parser.h"
#include "corpus/minutes_parts.h"

namespace crossboard::corpus {
namespace {

// "number: title" of each agenda item (passages left out).
std::vector<std::string> item_heads(const Meeting& m) {
  std::vector<std::string> out;
  for (const Item& item : m.items)
    if (!item.passage) out.push_back(item.number + ": " + item.title);
  return out;
}

bool has_warning(const Meeting& m, std::string_view text) {
  for (const Diagnostic& d : m.diagnostics)
    if (d.message.find(text) != std::string::npos) return true;
  return false;
}

TEST(ReadItemNumber, MinuteReferencesAndLetteredSubItems) {
  struct Case {
    const char* token;
    const char* number;
    int top;
  } cases[] = {{"HWB/22/23/07", "HWB/22/23/07", 7}, {"GB/2223/118", "GB/2223/118", 118},
               {"GB 20/031", "GB 20/031", 31},       {"CPP 24/12", "CPP 24/12", 12},
               {"TC/25/004:", "TC/25/004", 4},       {"6(a)", "6(a)", 6},
               {"12(ii)", "12(ii)", 12},             {"GBP/2122/ 216", "GBP/2122/216", 216}};
  for (const auto& c : cases) {
    std::optional<ItemNumber> n = read_item_number(c.token);
    ASSERT_TRUE(n) << c.token;
    EXPECT_EQ(n->number, c.number) << c.token;
    EXPECT_EQ(n->top, c.top) << c.token;
  }
  EXPECT_TRUE(read_item_number("GB 20/031")->reference);
  EXPECT_TRUE(read_item_number("6(a)")->sub);
  for (const char* bad : {"GB", "GB 20", "HWB/", "ABCDEF/1/2", "6(A)", "(a)", "Room 1/2"})
    EXPECT_FALSE(read_item_number(bad)) << bad;
}

// One page of minutes as PDF-to-text without layout writes it: one line.
constexpr char kFlatPage[] =
    "TANSWORTH SAFEGUARDING ADULTS BOARD MINUTES OF BOARD MEETING Tuesday 4th March 2014, 10.00am "
    "- 12.00pm Room 5, Tansworth Guildhall Present: Orla Penhallow, Independent Chair; Cllr Gideon "
    "Marsh, Lead Member for Adults; Priya Venn, Head of Safeguarding. Apologies: Dr Colm Aske, "
    "Named GP; Hetty Brandreth, Healthwatch. 1. Welcome and apologies The Chair welcomed members "
    "and the apologies were noted. 2. Minutes of the meeting held on 9 December 2013 The minutes "
    "were agreed as a true record. 3. Care Home Quality Review PV presented the review of the "
    "eleven homes visited in the quarter and the themes found. Action: PV to share the themes with "
    "the providers' forum by 1 April 2014.\n"
    "TSAB Minutes Page 2 of 2 4. Any Other Business There was no other business. The meeting "
    "closed at 11.50am.\n";

TEST(FlattenedLines, OnePageIsCutAtLabelsDateAndItems) {
  Text text = normalise_text(kFlatPage);
  ASSERT_EQ(text.lines.size(), 2u);
  std::optional<Text> cut = split_flattened_lines(text);
  ASSERT_TRUE(cut);
  std::vector<std::string> starts;
  for (const Line& line : cut->lines) starts.push_back(line.text.substr(0, line.text.find(' ')));
  auto first_with = [&](std::string_view opening) {
    for (const Line& line : cut->lines)
      if (line.text.starts_with(opening)) return line.number;
    return -1;
  };
  // Each part keeps the number of the source line it came from.
  EXPECT_EQ(first_with("TANSWORTH SAFEGUARDING ADULTS BOARD MINUTES OF BOARD MEETING"), 1);
  EXPECT_EQ(first_with("Tuesday 4th March 2014, 10.00am - 12.00pm"), 1);
  EXPECT_EQ(first_with("Room 5, Tansworth Guildhall"), 1);
  EXPECT_EQ(first_with("Present: Orla Penhallow"), 1);
  EXPECT_EQ(first_with("Apologies: Dr Colm Aske"), 1);
  EXPECT_EQ(first_with("Action: PV to share"), 1);
  EXPECT_EQ(first_with("4. Any Other Business"), 2);
  // Titles are cut from their run-on text.
  EXPECT_EQ(first_with("3. Care Home Quality Review"), 1);
  bool title_alone = false;
  for (const Line& line : cut->lines) title_alone = title_alone || line.text == "3. Care Home Quality Review";
  EXPECT_TRUE(title_alone);
}

TEST(FlattenedLines, ParsedAsTheLinesTheyWere) {
  std::vector<Meeting> meetings = parse_minutes_string(kFlatPage);
  ASSERT_EQ(meetings.size(), 1u);
  const Meeting& m = meetings[0];
  EXPECT_EQ(m.date, "2014-03-04");
  EXPECT_EQ(item_heads(m), (std::vector<std::string>{"1: Welcome and apologies",
                                                     "2: Minutes of the meeting held on 9 December 2013",
                                                     "3: Care Home Quality Review", "4: Any Other Business"}));
  // The action of item 3 cites the real source line.
  ASSERT_GE(m.items.size(), 3u);
  const Item& care = m.items[m.items.size() - 2];
  EXPECT_EQ(care.number, "3");
  ASSERT_EQ(care.actions.size(), 1u);
  EXPECT_EQ(care.actions[0].line, 1);
}

TEST(FlattenedLines, AParagraphIsNotAFlattenedPage) {
  // Long, but prose: one label, no numbered items in sequence.
  std::string paragraph =
      "The Board discussed the draft strategy at length. Members noted that the consultation had "
      "reached more carers than in any previous year, and that the themes raised were consistent "
      "across the three localities: access to short breaks, information at the point of diagnosis "
      "and support when the person cared for moves into residential care. The Chair thanked the "
      "officers for a thorough piece of work and asked that the final version set out how the "
      "Board would know whether it was making a difference, with measures that carers themselves "
      "would recognise. Action: the strategy lead to revise the draft.";
  ASSERT_GT(paragraph.size(), 500u);
  EXPECT_FALSE(split_flattened_lines(normalise_text("Minutes\n1. Carers Strategy\n" + paragraph + "\n")));
}

// modern.gov minutes copied as text: the number on its own line, the title,
// a link to the papers and a "Minutes:" label over the minute.
constexpr char kNumberOwnLine[] = R"(Agenda and minutes
Brackwater Community Safety Partnership
Thursday, 8th March, 2012 2.00 pm

Present:
Councillor Rhoda Quill (Chair), Brackwater Borough Council
Simeon Tarrant, Brackwater Fire and Rescue Service

Items
No. 	Item

41.

Apologies for Absence
Minutes:

Apologies were received from Councillor Ivo Renshaw.

42.

Notes of the Meeting held on 12 January 2012
PDF 61 KB
Minutes:

Agreed.

43.

Matters Arising
Minutes:

Minute 37 (Street drinking) – the Chair reported that the new order had been made.

44.

Town Centre Night-time Economy
Minutes:

Simeon Tarrant reported a fall in late-night call-outs.
)";

TEST(ItemNumberOwnLine, TitleFromTheNextLineAndOneMeeting) {
  std::vector<Meeting> meetings = parse_minutes_string(kNumberOwnLine);
  // "Notes of the Meeting held on 12 January 2012" under item 42 cites the
  // last meeting: it opens no meeting of its own.
  ASSERT_EQ(meetings.size(), 1u);
  const Meeting& m = meetings[0];
  EXPECT_EQ(m.date, "2012-03-08");
  EXPECT_EQ(item_heads(m), (std::vector<std::string>{"41: Apologies for Absence",
                                                     "42: Notes of the Meeting held on 12 January 2012",
                                                     "43: Matters Arising", "44: Town Centre Night-time Economy"}));
  for (const Item& item : m.items) {
    EXPECT_EQ(item.text.find("Minutes:"), std::string::npos) << item.title;
    EXPECT_EQ(item.text.find("PDF 61 KB"), std::string::npos) << item.title;
  }
  ASSERT_FALSE(m.items.empty());
  EXPECT_EQ(m.items.back().span.first_line, 34);  // the line of "44."
}

// A modern.gov page's items table: reference number in one cell, title,
// "Minutes:" and the minute as paragraphs of the next.
constexpr char kReferenceTable[] = R"(Orbury County Council
Corporate Parenting Panel
Wednesday, 10th January, 2024 10.00 am

Present: County Councillors N Abel (Chair), R Cobb and T Dunn

CPP 24/01	<p>Apologies for Absence</p><p>Minutes:</p><p>Apologies were received from County Councillor Eames.</p>
CPP 24/02	<p>Children in Care Council – Report Following the Summer Residential</p><p>Minutes:</p><p>Two young people presented the report.</p>
CPP 24/03	<p>Sufficiency Strategy</p><p>PDF 120 KB</p><p>Minutes:</p><p>RESOLVED – That the update be noted.</p>
)";

TEST(MinuteReferences, TableCellsWithMinutesLabel) {
  std::vector<Meeting> meetings = parse_minutes_string(kReferenceTable);
  ASSERT_EQ(meetings.size(), 1u);
  // The whole title, not cut at "Following": the "Minutes:" label ends it.
  EXPECT_EQ(item_heads(meetings[0]),
            (std::vector<std::string>{"CPP 24/01: Apologies for Absence",
                                      "CPP 24/02: Children in Care Council – Report Following the Summer Residential",
                                      "CPP 24/03: Sufficiency Strategy"}));
}

// A CCG's governing body: references as headings, an earlier reference
// quoted in matters arising, a bare "Minutes" heading over the first item.
constexpr char kGoverningBody[] = R"(Minutes of the Governing Body Meeting in Public
NHS Pelham Vale Clinical Commissioning Group
Held on Tuesday 14 January 2020 at 1.00pm

Present:
Dr Iris Quayle IQ Clinical Chair
Bram Ostler BO Accountable Officer

Minutes

GB 20/001 Welcome and apologies
The Chair welcomed members.

GB 20/002 Matters arising and action log
GB 19/187 – Flu campaign: uptake figures were circulated. Complete.
GB 19/190 – Estates plan: deferred to March.

GB 20/003 Finance Report Month 8
BO reported a breakeven forecast.
)";

TEST(MinuteReferences, HeadingsQuotedNumbersAndBareMinutesHeading) {
  std::vector<Meeting> meetings = parse_minutes_string(kGoverningBody);
  ASSERT_EQ(meetings.size(), 1u);  // "Minutes" heads the body; it is no second document
  EXPECT_EQ(item_heads(meetings[0]), (std::vector<std::string>{"GB 20/001: Welcome and apologies",
                                                               "GB 20/002: Matters arising and action log",
                                                               "GB 20/003: Finance Report Month 8"}));
  // The quoted numbers stay in the text of the matters arising.
  for (const Item& item : meetings[0].items)
    if (item.number == "GB 20/002") {
      EXPECT_NE(item.text.find("GB 19/187"), std::string::npos);
    }
}

constexpr char kTownCouncil[] = R"(Fallowby Town Council
Minutes of the meeting held on 2 April 2025

Present: Cllrs Abbot, Birtle and Crane

**TC/25/014 Apologies for absence**

Apologies were received from Cllr Dancy.

**TC/25/015 Finance**

The payments list was approved.
)";

TEST(MinuteReferences, AReferenceBeforeAttendanceWordsIsAnItem) {
  std::vector<Meeting> meetings = parse_minutes_string(kTownCouncil);
  ASSERT_EQ(meetings.size(), 1u);
  EXPECT_EQ(item_heads(meetings[0]),
            (std::vector<std::string>{"TC/25/014: Apologies for absence", "TC/25/015: Finance"}));
}

constexpr char kSubItems[] = R"(Minutes of the Harlby Youth Justice Board
Monday 3 February 2020

Present: Ada Frome (Chair), Basil Kerr

1. Welcome
The Chair welcomed members.
2. Performance
2.1 First Time Entrants – BK reported a fall of 9% on the year.
2.2 Reoffending – AF noted that the cohort was small.
3. Education
**3(a) School Exclusions**
Exclusions remained low.
**3(b) Alternative Provision**
Places were full.
)";

TEST(SubItems, DottedRunOnAndLettered) {
  std::vector<Meeting> meetings = parse_minutes_string(kSubItems);
  ASSERT_EQ(meetings.size(), 1u);
  EXPECT_EQ(item_heads(meetings[0]),
            (std::vector<std::string>{"1: Welcome", "2: Performance", "2.1: First Time Entrants",
                                      "2.2: Reoffending", "3: Education", "3(a): School Exclusions",
                                      "3(b): Alternative Provision"}));
}

constexpr char kActionLogInItem[] = "Lindford Safeguarding Children Board\n"
                                    "Minutes of the Board meeting, Thursday 6 June 2019\n\n"
                                    "Present: Nell Ashby (Chair), Rufus Cole\n\n"
                                    "1. Welcome\nThe Chair welcomed members.\n"
                                    "2. Minutes and action log\nThe minutes were agreed.\n"
                                    "Ref\tAction\tOwner\tStatus\n"
                                    "19/04\tSend the neglect toolkit to schools\tRC\tComplete\n"
                                    "19/06\tAudit of strategy meetings\tNA\tOpen\n"
                                    "3. Any Other Business\nNone.\n";

TEST(NumberingStyles, ActionLogRowsAfterNumberedItemsAreNoItems) {
  std::vector<Meeting> meetings = parse_minutes_string(kActionLogInItem);
  ASSERT_EQ(meetings.size(), 1u);
  EXPECT_EQ(item_heads(meetings[0]),
            (std::vector<std::string>{"1: Welcome", "2: Minutes and action log", "3: Any Other Business"}));
}

constexpr char kSlashCells[] = R"(Mossford Children's Trust Board / Minutes
Meeting held on Tuesday 5 March 2019 / 2.00pm / Room 2

Present / Role
Cllr Una Pike / Chair
In attendance / Role
Vic Rowe / Data Analyst (item 2)
Wes Lund / Policy Officer (item 3)

Item / Minute / Action
1. / Welcome and apologies /
The Chair welcomed members. /
2. / Performance Report /
VR presented the report. / VR
3. / Any other business /
None. /
)";

TEST(SlashCells, WordTableRowsAndPerItemAttendanceNotes) {
  // "(item 2)" after a guest's role says when they came; it does not mark minutes.
  std::vector<Meeting> meetings = parse_minutes_string(kSlashCells);
  ASSERT_EQ(meetings.size(), 1u);
  EXPECT_EQ(item_heads(meetings[0]),
            (std::vector<std::string>{"1: Welcome and apologies", "2: Performance Report", "3: Any other business"}));
}

TEST(Passages, TextOfMinutesWithNoItemsIsKept) {
  std::vector<Meeting> meetings = parse_minutes_string("Notes\n\nWe discussed the quillwort survey and its report.\n");
  ASSERT_EQ(meetings.size(), 1u);
  const Meeting& m = meetings[0];
  ASSERT_EQ(m.items.size(), 1u);
  EXPECT_TRUE(m.items[0].passage);
  EXPECT_EQ(m.items[0].number, "");
  EXPECT_EQ(m.items[0].title, "");
  EXPECT_NE(m.items[0].text.find("quillwort survey"), std::string::npos);
  EXPECT_EQ(m.items[0].span.first_line, 1);
  EXPECT_EQ(m.items[0].span.last_line, 3);
  EXPECT_TRUE(has_warning(m, "kept as one passage"));
  // extract --json lists the passage apart from the agenda items.
  nlohmann::json j = to_json(m);
  EXPECT_EQ(j["items"].size(), 0u);
  ASSERT_EQ(j["passages"].size(), 1u);
  EXPECT_NE(j["passages"][0]["text"].get<std::string>().find("quillwort"), std::string::npos);
}

TEST(Passages, TextBeforeTheFirstItemIsKept) {
  std::vector<Meeting> meetings = parse_minutes_string(
      "Minutes of the Elsby Health and Wellbeing Board\n4 May 2021\n\nPresent: Tam Oduya (Chair)\n\n"
      "It was noted that the fire drill is at noon.\n\n1. Apologies\nNone.\n");
  ASSERT_EQ(meetings.size(), 1u);
  const Meeting& m = meetings[0];
  ASSERT_EQ(m.items.size(), 2u);
  EXPECT_TRUE(m.items[0].passage);
  EXPECT_EQ(m.items[0].text, "It was noted that the fire drill is at noon.");
  EXPECT_FALSE(m.items[1].passage);
  EXPECT_EQ(m.items[1].number, "1");
  EXPECT_FALSE(has_warning(m, "no numbered agenda items"));
}

}  // namespace
}  // namespace crossboard::corpus
