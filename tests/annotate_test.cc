// Tests of annotate(): person ids, the people, topics and organisations items name, area inference, aliases.
#include "corpus/annotate.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

#include "shared_data.h"

namespace crossboard::corpus {
namespace {

using shared::read_seed;

std::string join(const std::vector<std::string>& list) {
  std::string out;
  for (const std::string& s : list) out += (out.empty() ? "" : " ") + s;
  return out;
}

Attendee attendee(std::string name, std::string as_written = "", std::string initials = "",
                  std::string organisation = "") {
  Attendee a;
  a.name = std::move(name);
  a.as_written = as_written.empty() ? a.name : std::move(as_written);
  a.initials = std::move(initials);
  a.organisation = std::move(organisation);
  return a;
}

Item item(std::string text, std::string title = "") {
  Item i;
  i.title = std::move(title);
  i.text = std::move(text);
  return i;
}

// Checks that every item text is quoted from `seed`, so a reader can find it there.
void expect_quoted(const Meeting& m, const std::string& seed) {
  std::string source = read_seed(seed);
  for (const Item& i : m.items) EXPECT_NE(source.find(i.text), std::string::npos) << "not in " << seed << ": " << i.text;
}

std::string write_temp(const std::string& name, const std::string& content) {
  std::string path = testing::TempDir() + name;
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

TEST(PersonIdTest, FoldsToAsciiLowerCaseWithoutTitles) {
  const std::vector<std::pair<const char*, const char*>> cases = {
      {"Cllr Nicole Meardon", "nicole-meardon"},  {"Councillor Rachel Bailey", "rachel-bailey"},
      {"Dr David Hannah", "david-hannah"},        {"Professor Richard Barker", "richard-barker"},
      {"Mrs Ann Moore", "ann-moore"},             {"Siân Jones", "sian-jones"},
      {"Kath O'Dwyer", "kath-odwyer"},            {"Kath O’Dwyer", "kath-odwyer"},
      {"Tracy Parker-Priest", "tracy-parker-priest"}, {"GERALD MEEHAN", "gerald-meehan"},
      {"Dr", "dr"},
  };
  for (const auto& [name, id] : cases) EXPECT_EQ(person_id(name), id) << name;
}

// Seed 000: West Cheshire Children's Trust Executive, 21 November 2016.
Meeting west_cheshire() {
  Meeting m;
  m.board = "West Cheshire Children's Trust Executive";
  for (const char* entry : {"Cllr Nicole Meardon (Chair)", "Mark Parkinson – Director, Education",
                            "Fay Quinlan – West Cheshire CCG", "Tracy Parker-Priest – Vale Royal CCG",
                            "Isabel Noonan – CWaC Policy Manager", "Sarah Blaylock – CWaC Policy Manager",
                            "Lesley Dixon – Youth Focus North West", "Lucy Coulson – Youth Senate representative",
                            "Angela Lewis – CWaC Children's Commissioner", "Alan Fairclough – Cheshire Police",
                            "Lesley Gledhill – CWP Participation and Engagement", "Lauren Smith - Camhs"}) {
    std::string e = entry;
    size_t dash = e.find(" – ") != std::string::npos ? e.find(" – ") : e.find(" - ");
    std::string name = e.substr(0, std::min(dash, e.find(" (")));
    if (name.starts_with("Cllr ")) name = name.substr(5);
    m.attendance.push_back(attendee(name, e));
  }
  m.items = {
      item("Welcome, introductions and apologies Councillor Meardon welcomed all to the meeting."),
      item("Angela Lewis reported that it has been agreed that the “Missing from Home and Care Service” "
           "currently commissioned with Catch 22"),
      item("Tracy Parker-Priest explained that Vale Royal CCG is currently looking at its commissioning "
           "intentions for the next two years"),
      item("ACTION: Fay to send to Isabel and Sarah a high level overview of children’s commissioning "
           "responsibilities"),
      item("Lesley Dixon updated the Executive on the results of the Make your Mark initiative"),
      item("Nicole Meardon thanked Lesley and Lauren for their attendance at the meeting."),
  };
  return m;
}

TEST(AnnotateSeedTest, WestCheshirePeopleTopicsAndOrganisations) {
  CROSSBOARD_NEEDS_SEEDS();
  Meeting m = west_cheshire();
  expect_quoted(m, "000_8ba4114e8dc7f43b.txt");
  Annotator().annotate(m);
  EXPECT_EQ(m.attendance[0].person_id, "nicole-meardon");
  EXPECT_EQ(m.area, "Cheshire West and Chester");  // from the board's name "West Cheshire ..."
  ASSERT_FALSE(m.diagnostics.empty());
  EXPECT_NE(m.diagnostics[0].message.find("inferred from the board's name"), std::string::npos);

  EXPECT_EQ(join(m.items[0].people), "nicole-meardon");  // "Councillor Meardon"
  EXPECT_EQ(join(m.items[1].people), "angela-lewis");
  EXPECT_EQ(join(m.items[1].topics), "missing-children commissioning");
  EXPECT_EQ(join(m.items[1].organisations), "Catch22");
  EXPECT_EQ(join(m.items[2].people), "tracy-parker-priest");
  EXPECT_EQ(join(m.items[2].organisations), "NHS Vale Royal Clinical Commissioning Group");
  // "Fay to send": Fay is a person, "send" is no SEND.
  EXPECT_EQ(join(m.items[3].people), "fay-quinlan isabel-noonan sarah-blaylock");
  EXPECT_EQ(join(m.items[3].topics), "commissioning");
  // "Make your Mark" is not Mark Parkinson.
  EXPECT_EQ(join(m.items[4].people), "lesley-dixon");
  // Two Lesleys are listed, so "Lesley" alone names neither.
  EXPECT_EQ(join(m.items[5].people), "nicole-meardon lauren-smith");
}

// Seed 001: Halton Children's Trust Executive Group, 29 November 2011; no initials listed.
TEST(AnnotateSeedTest, HaltonImpliedInitialsAndHbc) {
  CROSSBOARD_NEEDS_SEEDS();
  Meeting m;
  m.board = "Halton Children's Trust";
  m.attendance = {attendee("Gerald Meehan", "", "", "HBC"), attendee("Ann McIntyre"),
                  attendee("Julia Rosser"), attendee("Mark Grady"), attendee("Karen Hickey"),
                  attendee("Nigel Moorhouse")};
  m.items = {
      item("KH to obtain copy of report off Tracey Holyhead."),
      item("AMc proposed a mapping exercise to establish how the work of the Children's Trust fits into the "
           "priority areas identified within the review."),
      item("JR presented an overview of the Marmot review"),
      item("Halton Borough Council"),
      item("CAF training has recently been redesigned, and some training has now taken place"),
  };
  expect_quoted(m, "001_9134d5d3d4d82416.txt");
  m.items.push_back(item("Report to HBC Executive Board"));
  Annotator().annotate(m);
  EXPECT_EQ(m.area, "Halton");
  EXPECT_EQ(join(m.items[0].people), "karen-hickey");
  EXPECT_EQ(join(m.items[1].people), "ann-mcintyre");
  EXPECT_EQ(join(m.items[2].people), "julia-rosser");
  EXPECT_EQ(join(m.items[2].topics), "health-inequalities");
  EXPECT_EQ(join(m.items[3].organisations), "Halton Borough Council");
  EXPECT_EQ(join(m.items[4].topics), "early-help");
  EXPECT_EQ(join(m.items[5].organisations), "Halton Borough Council");  // HBC, in Halton's minutes
}

// Seed 003: Nottinghamshire Children's Trust Executive, 19 January 2017; initials listed.
TEST(AnnotateSeedTest, NottinghamshireListedInitials) {
  CROSSBOARD_NEEDS_SEEDS();
  Meeting m;
  m.board = "Nottinghamshire Children's Trust Executive";
  m.area = "Nottinghamshire";
  m.attendance = {
      attendee("Kerrie Adams", "Kerrie Adams (KAd) (representing Kate Allen", "KAd"),
      attendee("David Hannah", "Dr David Hannah (DHa) – Nottinghamshire Clinical Commissioning Groups", "DHa"),
      attendee("Derek Higton", "Derek Higton (DHi) (Chair) - Nottinghamshire County Council", "DHi"),
      attendee("Kate Allen", "Dr Kate Allen (KA) - Nottinghamshire County Council (Public Health)", "KA"),
      attendee("Colin Pettigrew", "Colin Pettigrew (CP) – Nottinghamshire County Council", "CP"),
      attendee("Sarah Lee", "Sarah Lee (SL)", "SL"),
      attendee("Chris Few", "Chris Few (CF) – Independent Chair NSCB", "CF"),
  };
  m.items = {
      item("DHi and KAd to discuss mechanisms for data collection and analysis"),
      item("this is made up of cases that are awaiting allocation and are not urgent cases requiring child "
           "protection intervention"),
      item("SL/CF"),
  };
  expect_quoted(m, "003_2ba8ab8b6d3df320.txt");
  m.items.push_back(item("Action: CP and KA to report back."));
  Annotator().annotate(m);
  EXPECT_TRUE(m.diagnostics.empty());  // the area was given: nothing inferred
  EXPECT_EQ(join(m.items[0].people), "derek-higton kerrie-adams");
  EXPECT_EQ(join(m.items[1].topics), "child-protection");
  EXPECT_EQ(join(m.items[2].people), "sarah-lee chris-few");
  // Listed as "(CP)", CP is Colin Pettigrew here, not child protection; "KA" is Kate Allen, listed,
  // not Kerrie Adams, whose implied "KA" gives way.
  EXPECT_EQ(join(m.items[3].people), "colin-pettigrew kate-allen");
  EXPECT_EQ(join(m.items[3].topics), "");
}

// Seed 002: a "Children's Trust Board" whose header names no area.
TEST(AnnotateSeedTest, AreaInferredFromTheTextWithADiagnostic) {
  CROSSBOARD_NEEDS_SEEDS();
  Meeting m;
  m.board = "Children's Trust Board";
  m.span.first_line = 3;
  m.attendance = {attendee("Vicki Silver"), attendee("Sarah Lee"), attendee("Steve Hoy"), attendee("Jon Betts")};
  m.items = {
      item("VS provided feedback from the 15 September workshop and highlighted key issues that were raised "
           "in the development of 'one children's workforce' in Cheshire West and Chester."),
      item("There are 321 children looked after in Cheshire West and Chester."),
      item("SL asked how the work will be integrated with the current schools' induction programme"),
      item("JB raised the issue of links between the Area Programme Board's (APBs) and the Children's Trust."),
  };
  expect_quoted(m, "002_3e0d3a32d5508c2b.txt");
  Annotator().annotate(m);
  EXPECT_EQ(m.area, "Cheshire West and Chester");
  ASSERT_EQ(m.diagnostics.size(), 1u);
  EXPECT_EQ(m.diagnostics[0].line, 3);
  EXPECT_EQ(m.diagnostics[0].message,
            "area \"Cheshire West and Chester\" inferred from the text (2 mentions); the header does not state it");
  EXPECT_EQ(join(m.items[0].people), "vicki-silver");
  EXPECT_EQ(join(m.items[1].topics), "looked-after-children");
  EXPECT_EQ(join(m.items[2].people), "sarah-lee");
  EXPECT_EQ(join(m.items[3].people), "jon-betts");
}

TEST(AreaInferenceTest, NoGuessWhenTheTextIsSplit) {
  Meeting m;
  m.board = "Children's Trust Board";
  m.items = {item("Halton and Warrington met. Warrington and Halton agreed.")};
  Annotator().annotate(m);
  EXPECT_EQ(m.area, "");
  ASSERT_EQ(m.diagnostics.size(), 1u);
  EXPECT_TRUE(m.diagnostics[0].message.starts_with("area not inferred")) << m.diagnostics[0].message;

  Meeting once;
  once.items = {item("A visit to Halton.")};
  Annotator().annotate(once);
  EXPECT_EQ(once.area, "");  // one mention is not enough
  EXPECT_TRUE(once.diagnostics.empty());
}

TEST(AnnotateTest, ActionOwnersAreAmongTheItemsPeople) {
  Meeting m;
  m.attendance = {attendee("Karen Hickey")};
  Item i = item("Feedback from the development day.");
  i.actions.push_back({"obtain the report", {"Karen Hickey"}, {"karen-hickey"}, {}, "", 0});
  m.items = {i};
  Annotator().annotate(m);
  EXPECT_EQ(join(m.items[0].people), "karen-hickey");
}

// Seed 004 spells one person two ways: "Anna-Marie Challinor" and "Annamarie Challinor".
TEST(AliasesTest, MergeTwoSpellingsIntoOnePerson) {
  CROSSBOARD_NEEDS_SEEDS();
  std::string path = write_temp("aliases.txt", "# people\n\nAnna-Marie Challinor = Annamarie Challinor\n");
  Meeting m;
  m.area = "Cheshire East";
  m.attendance = {attendee("Anna-Marie Challinor")};
  m.items = {item("Annamarie Challinor, Head of Education & Service Development, the End of Life Partnership, "
                  "attended the meeting")};
  expect_quoted(m, "004_353d7f592f4ec596.txt");
  Meeting without = m;
  Annotator({"", path, ""}).annotate(m);
  EXPECT_EQ(join(m.items[0].people), "anna-marie-challinor");
  EXPECT_EQ(join(m.items[0].organisations), "The End of Life Partnership");
  Annotator().annotate(without);
  EXPECT_EQ(join(without.items[0].people), "");
  EXPECT_EQ(Annotator({"", path, ""}).canonical_person_id("Annamarie Challinor"), "anna-marie-challinor");
  EXPECT_EQ(Annotator().canonical_person_id("Annamarie Challinor"), "annamarie-challinor");
}

TEST(AliasesTest, BadFilesNameTheLine) {
  std::string bad = write_temp("bad_aliases.txt", "A B = A-B\nJust One Name\n");
  try {
    Annotator({"", bad, ""});
    ADD_FAILURE() << "no error";
  } catch (const std::runtime_error& e) {
    EXPECT_EQ(std::string(e.what()), bad + ":2: expected \"Name = Other Spelling\"");
  }
  std::string clash = write_temp("clash_aliases.txt", "A B = C D\nE F = C D\n");
  EXPECT_THROW(Annotator({"", clash, ""}), std::runtime_error);
  EXPECT_THROW(Annotator({"", "/nonexistent/aliases", ""}), std::runtime_error);
}

TEST(AnnotateTest, TopicsFileOverridesTheBuiltInTaxonomy) {
  std::string path = write_temp("topics_override.tsv", "walls\tDry stone walls\t\t\tdry stone wall\n");
  Meeting m;
  m.items = {item("Repairs to the dry stone walls; CSE was not discussed.")};
  Annotator({path, "", ""}).annotate(m);
  EXPECT_EQ(join(m.items[0].topics), "walls");
  EXPECT_THROW(Annotator({"/nonexistent/topics.tsv", "", ""}), std::runtime_error);
}

}  // namespace
}  // namespace crossboard::corpus
