// Tests of the aliases file (merges and splits) and of attendees' organisations by their official names.
#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

#include "corpus/annotate.h"
#include "corpus/people.h"

namespace crossboard::corpus {
namespace {

const std::string kAliases =
    "# people\n"
    "Anna-Marie Challinor = Annamarie Challinor\n"
    "\n"
    "Sarah Lee [organisation: Nottinghamshire County Council] = Sarah Lee of Nottinghamshire\n"
    "Sarah Lee [board: nottinghamshire-childrens-trust-executive] = Sarah Lee of Nottinghamshire\n"
    "Chris Few [board: Children's Trust Executive; area: Halton] = Chris Few of Halton\n";

Listing at(std::string_view board, std::string_view board_id, std::string_view area, std::string_view org = "") {
  return {board, board_id, area, org, org};
}

TEST(PersonAliasesTest, ResolvesMergesAndSplits) {
  PersonAliases aliases = PersonAliases::from_string(kAliases, "aliases.txt");
  struct Row {
    std::string name;
    Listing where;
    std::string id;
    std::string rule;
  };
  const Listing cheshire_west = at("Children's Trust Board", "childrens-trust-board", "Cheshire West and Chester",
                                   "School Forum");
  const Listing notts = at("Nottinghamshire Children’s Trust Executive", "nottinghamshire-childrens-trust-executive",
                           "Nottinghamshire");
  const Row rows[] = {
      // The canonical spelling keeps its id from the name: not "from the file".
      {"Anna-Marie Challinor", cheshire_west, "anna-marie-challinor", ""},
      {"Annamarie Challinor", cheshire_west, "anna-marie-challinor", "aliases.txt:2"},
      {"Sarah Lee", cheshire_west, "sarah-lee", ""},
      // Split by board (the organisation is not given in the Nottinghamshire minutes).
      {"Sarah Lee", notts, "sarah-lee-of-nottinghamshire", "aliases.txt:5"},
      // Split by organisation, on any board; the first rule that holds wins.
      {"Sarah Lee", at("Some Board", "some-board", "Derby", "Nottinghamshire County Council"),
       "sarah-lee-of-nottinghamshire", "aliases.txt:4"},
      // Both conditions must hold.
      {"Chris Few", notts, "chris-few", ""},
      {"Chris Few", at("Halton Children's Trust Executive Group", "x", "Halton"), "chris-few-of-halton",
       "aliases.txt:6"},
      {"Cllr Sarah Lee", cheshire_west, "sarah-lee", ""},
      {"Nobody Listed", notts, "nobody-listed", ""},
  };
  for (const Row& row : rows) {
    AliasResolution r = aliases.resolve(row.name, row.where);
    EXPECT_EQ(r.person_id, row.id) << row.name << " on " << row.where.board;
    EXPECT_EQ(r.rule, row.rule) << row.name << " on " << row.where.board;
  }
  EXPECT_TRUE(aliases.vouched("anna-marie-challinor"));
  EXPECT_FALSE(aliases.vouched("annamarie-challinor"));
  EXPECT_FALSE(aliases.vouched("sarah-lee"));
  EXPECT_EQ(aliases.canonical_id("Annamarie Challinor"), "anna-marie-challinor");
  EXPECT_EQ(aliases.spellings().size(), 2u);
}

TEST(PersonAliasesTest, BadLinesNameTheLine) {
  struct Row {
    std::string text;
    std::string error;
  };
  const Row rows[] = {
      {"A B = C D\nJust One Name\n", "f:2: expected \"Name = Other Spelling\""},
      {"Sarah Lee [organisation: X]\n", "f:1: expected \"Name [organisation: ...] = Other Person\""},
      {"Sarah Lee [organisation: X = Y Z\n", "f:1: expected \"Name [organisation: ...] = Other Person\""},
      {"Sarah Lee [colour: blue] = Sarah Blue\n",
       "f:1: expected conditions \"board: ...\", \"organisation: ...\" or \"area: ...\""},
      {"Sarah Lee [board:] = Sarah Blue\n",
       "f:1: expected conditions \"board: ...\", \"organisation: ...\" or \"area: ...\""},
      {"A B = C D\nE F = C D\n", "f:2: \"C D\" is already an alias of a-b"},
  };
  for (const Row& row : rows) {
    try {
      PersonAliases::from_string(row.text, "f");
      ADD_FAILURE() << "no error for " << row.text;
    } catch (const std::runtime_error& e) {
      EXPECT_EQ(std::string(e.what()), row.error);
    }
  }
}

Attendee listed(const std::string& name, const std::string& organisation) {
  Attendee a;
  a.name = name;
  a.organisation = organisation;
  return a;
}

// Organisations as the seeds write them in attendance lists → official names.
TEST(AttendeeOrganisationTest, OfficialNameWhenUnambiguous) {
  struct Row {
    std::string area;
    std::string as_written;
    std::string official;
  };
  const Row rows[] = {
      {"Halton", "HBC", "Halton Borough Council"},                                                // 001, line 10
      {"Halton", "Halton & St Helens PCT", "Halton and St Helens Primary Care Trust"},            // 001, line 12
      {"Cheshire West and Chester", "West Cheshire CCG", "NHS West Cheshire Clinical Commissioning Group"},  // 000
      {"Cheshire West and Chester", "Cheshire Police", "Cheshire Constabulary"},                  // 000, line 20
      {"Nottinghamshire", "Nottingham West CCG", "NHS Nottingham West Clinical Commissioning Group"},  // 003
      {"Nottinghamshire", "Nottinghamshire County Council (Public Health)", "Nottinghamshire County Council"},
      // "HBC" outside Halton is Hartlepool's or Hyndburn's as much as Halton's: kept as written.
      {"Nottinghamshire", "HBC", "HBC"},
      // Not a listed body: kept as written.
      {"Cheshire West and Chester", "School Forum", "School Forum"},
  };
  Annotator annotator;
  for (const Row& row : rows) {
    Meeting m;
    m.area = row.area;
    m.attendance = {listed("Someone Listed", row.as_written)};
    annotator.annotate(m);
    EXPECT_EQ(m.attendance[0].organisation, row.official) << row.as_written;
    EXPECT_EQ(m.attendance[0].organisation_as_written, row.as_written);
  }
}

}  // namespace
}  // namespace crossboard::corpus
