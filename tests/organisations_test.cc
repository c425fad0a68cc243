// Tests of the organisations gazetteer: listed bodies, ambiguous acronyms, bodies found by their endings, areas.
#include "corpus/organisations.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

#include "shared_data.h"

namespace crossboard::corpus {
namespace {

const Gazetteer& gazetteer() { return Gazetteer::builtin(); }

std::string names(std::string_view text, std::string_view area = {}) {
  std::string out;
  for (const NameMention& m : gazetteer().organisations(text, area))
    out += (out.empty() ? "" : "|") + m.organisation.name;
  return out;
}

std::string areas(std::string_view text) {
  std::string out;
  for (const NameMention& m : gazetteer().areas(text)) out += (out.empty() ? "" : "|") + m.organisation.name;
  return out;
}

using shared::read_seed;

struct Case {
  const char* text;
  const char* area;
  const char* organisations;
};

TEST(GazetteerTest, ListedBodiesByAnyOfTheirNames) {
  const std::vector<Case> cases = {
      {"Fay Quinlan – West Cheshire CCG", "", "NHS West Cheshire Clinical Commissioning Group"},
      {"Tony Sharples – CWaC Public Health", "", "Cheshire West and Chester Council"},
      {"Alan Fairclough – Cheshire Police", "", "Cheshire Constabulary"},
      {"Sue Preston – The Children's Society", "", "The Children's Society"},
      {"Children’s Society – European Social Fund", "", "The Children's Society"},
      {"Mike Larking, Cheshire Fire & Rescue Service", "", "Cheshire Fire and Rescue Service"},
      {"Rachel Cornes, Healthwatch", "", "Healthwatch"},
      {"Caroline O'Brien – CVS", "", "Council for Voluntary Service"},
      {"neonatal services (commissioned by NHS England)", "", "NHS England"},
      {"Ofsted and the Care Quality Commission", "", "Ofsted|Care Quality Commission"},
      {"the CQC's report", "", "Care Quality Commission"},
  };
  for (const Case& c : cases) EXPECT_EQ(names(c.text, c.area), c.organisations) << c.text;
}

TEST(GazetteerTest, AcronymsMatchOnlyAsSpelled) {
  EXPECT_EQ(names("cwac and cqc in lower case"), "");
  EXPECT_EQ(names("Cwac"), "");
  EXPECT_EQ(names("CWaC"), "Cheshire West and Chester Council");
}

// "HBC" is Halton, Hartlepool or Hyndburn Borough Council: only the meeting's area says which.
TEST(GazetteerTest, AmbiguousAcronymsNeedTheMeetingsArea) {
  const char* text = "Strategic Director of Children's Services, HBC (Chair)";
  EXPECT_EQ(names(text, "Halton"), "Halton Borough Council");
  EXPECT_EQ(names(text, ""), "");
  EXPECT_EQ(names(text, "Hartlepool"), "");
  EXPECT_EQ(names("CEC", "Cheshire East"), "Cheshire East Council");
  EXPECT_EQ(names("CEC", "Cheshire West and Chester"), "");
}

TEST(GazetteerTest, UnlistedBodiesByTheirEndings) {
  const std::vector<Case> cases = {
      {"Ed Seeley (ES) – Edgewood Primary School", "", "Edgewood Primary School"},
      {"Sheffield City Council has agreed", "", "Sheffield City Council"},
      {"Members of Wigan Council agreed", "", "Wigan Council"},
      {"The Council agreed. Full Council met.", "", ""},
      {"the county council and the police", "", ""},
      {"Nether Whitcombe Parish Council", "", "Nether Whitcombe Parish Council"},
      {"Barnsley CCG", "", "Barnsley Clinical Commissioning Group"},
      {"Leeds Teaching Hospitals NHS Trust", "", "Leeds Teaching Hospitals NHS Trust"},
      {"Lancashire Fire and Rescue", "", "Lancashire Fire and Rescue Service"},
      // Regressions found on seed 000 end to end: a plural "schools", a number before "Police".
      {"Settings and schools are being targeted", "", ""},
      {"3 young people had taken part; 2 with Police and Lucy Coulson", "", ""},
      // A comma ends a name: "DAFSU, Police" is no police force.
      {"co-locating with iDAT, DAFSU, Police and Turning Point", "", "Turning Point"},
  };
  for (const Case& c : cases) EXPECT_EQ(names(c.text, c.area), c.organisations) << c.text;
}

TEST(GazetteerTest, KindsAndAreas) {
  auto found = gazetteer().organisations("West Cheshire CCG and Barnsley CCG");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].organisation.kind, "ccg");
  EXPECT_EQ(found[0].organisation.area, "Cheshire West and Chester");
  EXPECT_EQ(found[1].organisation.kind, "ccg");
  EXPECT_EQ(found[1].organisation.area, "Barnsley");
  EXPECT_EQ(gazetteer().organisations("Ofsted")[0].organisation.area, "");
}

TEST(GazetteerTest, AreasByNameAndAlias) {
  EXPECT_EQ(areas("West Cheshire Children's Trust Executive"), "Cheshire West and Chester");
  EXPECT_EQ(areas("Cheshire East Health and Wellbeing Board"), "Cheshire East");
  EXPECT_EQ(areas("Nottinghamshire Children's Trust Executive"), "Nottinghamshire");
  EXPECT_EQ(areas("Cheshire Police"), "");  // Cheshire has not been an authority since 2009
  EXPECT_EQ(areas("Reading the report, members met in Reading."), "Reading");
  EXPECT_EQ(areas("reading and bury"), "");
  EXPECT_EQ(areas("Kingston upon Hull and Hull"), "Kingston upon Hull|Kingston upon Hull");
}

TEST(GazetteerTest, FileErrorsNameTheLine) {
  Gazetteer g = Gazetteer::from_string("# c\nAcme Trust\tvoluntary\t\tACME\n");
  ASSERT_EQ(g.entries().size(), 1u);
  EXPECT_EQ(g.organisations("ACME met Acme Trust").size(), 2u);
  try {
    Gazetteer::from_string("ok\tarea\n\nno kind\n", "o.tsv");
    ADD_FAILURE() << "no error";
  } catch (const std::runtime_error& e) {
    EXPECT_TRUE(std::string(e.what()).starts_with("o.tsv:3: ")) << e.what();
  }
}

TEST(SeedOrganisationsTest, PassagesFromTheSeeds) {
  CROSSBOARD_NEEDS_SEEDS();
  struct SeedCase {
    const char* seed;
    Case c;
  };
  const std::vector<SeedCase> cases = {
      {"000_8ba4114e8dc7f43b.txt",
       {"Tracy Parker-Priest explained that Vale Royal CCG is currently looking at its commissioning "
        "intentions",
        "", "NHS Vale Royal Clinical Commissioning Group"}},
      {"001_9134d5d3d4d82416.txt",
       {"Michelle Bradshaw\tAssistant Director, Child & Family Services, Halton & St Helens PCT", "",
        "Halton and St Helens Primary Care Trust"}},
      {"001_9134d5d3d4d82416.txt",
       {"Gareth Jones\tWarrington & Halton Youth Offending Team", "",
        "Warrington and Halton Youth Offending Team"}},
      {"003_2ba8ab8b6d3df320.txt",
       {"John Robinson (JR)- Gedling Borough Council", "", "Gedling Borough Council"}},
      {"003_2ba8ab8b6d3df320.txt",
       {"Dr David Hannah (DHa) – Nottinghamshire Clinical Commissioning Groups", "",
        "Nottinghamshire Clinical Commissioning Group"}},
      {"004_353d7f592f4ec596.txt",
       {"It was reported that, in May 2016, Ofsted and the Care Quality Commission had introduced a new "
        "type of joint inspection.",
        "", "Ofsted|Care Quality Commission"}},
      {"004_353d7f592f4ec596.txt",
       {"The narrative provided on a monthly basis by both East Cheshire Trust and Mid Cheshire Hospital "
        "Foundation Trust",
        "", "East Cheshire NHS Trust|Mid Cheshire Hospitals NHS Foundation Trust"}},
  };
  for (const SeedCase& s : cases) {
    ASSERT_NE(read_seed(s.seed).find(s.c.text), std::string::npos) << "not in " << s.seed << ": " << s.c.text;
    EXPECT_EQ(names(s.c.text, s.c.area), s.c.organisations) << s.c.text;
  }
}

}  // namespace
}  // namespace crossboard::corpus
