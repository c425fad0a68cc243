// Tests of the topic taxonomy: the shipped file, phrase matching rules and traps, seed passages.
#include "corpus/topics.h"

#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

#include "shared_data.h"

namespace crossboard::corpus {
namespace {

const Taxonomy& taxonomy() { return Taxonomy::builtin(); }

// The topic ids mentioned in `text`, in order, space-separated.
std::string topic_ids(std::string_view text, const Taxonomy& t = taxonomy()) {
  std::string out;
  for (const TopicMention& m : t.mentions(text)) out += (out.empty() ? "" : " ") + m.topic_id;
  return out;
}

// The words each mention covers, "|"-separated.
std::string matched_words(std::string_view text) {
  std::string out;
  for (const TopicMention& m : taxonomy().mentions(text))
    out += (out.empty() ? "" : "|") + std::string(text.substr(m.offset, m.length));
  return out;
}

using shared::read_seed;

struct Case {
  const char* text;
  const char* topics;
};

void expect_cases(const std::vector<Case>& cases) {
  for (const Case& c : cases) EXPECT_EQ(topic_ids(c.text), c.topics) << "text: " << c.text;
}

TEST(TaxonomyTest, ShipsAtLeastEightyTopicsWithLabels) {
  EXPECT_GE(taxonomy().topics().size(), 80u);
  for (const Topic& t : taxonomy().topics()) {
    EXPECT_FALSE(t.label.empty()) << t.id;
    EXPECT_FALSE(t.acronyms.empty() && t.synonyms.empty() && t.word_acronyms.empty()) << t.id;
  }
}

TEST(TaxonomyTest, FindsTheTopicsTheIssueNames) {
  struct Key {
    const char* key;
    const char* id;
  };
  const std::vector<Key> keys = {
      {"CSE", "cse"}, {"child criminal exploitation", "child-criminal-exploitation"},
      {"missing from home and care", "missing-children"}, {"signs of safety", "signs-of-safety"},
      {"lac", "looked-after-children"}, {"cared for children", "looked-after-children"},
      {"children in care", "looked-after-children"}, {"care leavers", "care-leavers"},
      {"SEND", "send"}, {"EHCP", "send"}, {"special educational needs and disabilities", "send"},
      {"CAMHS", "camhs"}, {"emotional health and wellbeing", "emotional-health-wellbeing"},
      {"self-harm", "self-harm"}, {"early help", "early-help"}, {"CAF", "early-help"},
      {"TAF", "early-help"}, {"team around the family", "early-help"}, {"MASH", "front-door"},
      {"front door", "front-door"}, {"CP", "child-protection"}, {"CIN", "child-in-need"},
      {"LSCB", "safeguarding-partnership"}, {"Ofsted", "ofsted-inspection"},
      {"CQC", "cqc-inspection"}, {"NEET", "neet"}, {"troubled families", "troubled-families"},
      {"domestic abuse", "domestic-abuse"}, {"DASH", "domestic-abuse"}, {"MARAC", "domestic-abuse"},
      {"IDVA", "domestic-abuse"}, {"Prevent", "prevent"}, {"FGM", "fgm"},
      {"youth offending", "youth-offending"}, {"teenage pregnancy", "teenage-pregnancy"},
      {"FNP", "fnp"}, {"health visiting", "health-visiting"}, {"school nursing", "school-nursing"},
      {"IHA", "initial-health-assessments"}, {"DTOC", "dtoc"}, {"BCF", "bcf"}, {"JSNA", "jsna"},
      {"commissioning", "commissioning"}, {"child poverty", "child-poverty"},
      {"substance misuse", "substance-misuse"}, {"private fostering", "private-fostering"},
      {"adoption", "adoption"}, {"Operation Encompass", "operation-encompass"},
      {"radicalisation", "radicalisation"}, {"bullying", "bullying"}, {"e-safety", "e-safety"},
      {"PEP", "virtual-school"},
      // Ids and labels work too, in any case.
      {"signs-of-safety", "signs-of-safety"}, {"Looked After Children", "looked-after-children"},
  };
  for (const Key& k : keys) {
    const Topic* t = taxonomy().find(k.key);
    ASSERT_NE(t, nullptr) << k.key;
    EXPECT_EQ(t->id, k.id) << k.key;
  }
  EXPECT_EQ(taxonomy().find("parish council"), nullptr);
  EXPECT_EQ(taxonomy().find("clinical commissioning group"), nullptr);  // an !ignore phrase
}

TEST(TopicMatchingTest, SynonymsAndAcronymsInAnyCase) {
  expect_cases({
      {"An update on CSE was given.", "cse"},
      {"child sexual exploitation", "cse"},
      {"CHILD SEXUAL EXPLOITATION", "cse"},
      {"Child Sexual Exploitation Strategy", "cse"},
      {"Referrals to Camhs rose", "camhs"},
      {"the camhs waiting list", "camhs"},
      {"Cared for Children in Cheshire East", "looked-after-children"},
      {"children looked after", "looked-after-children"},
  });
}

TEST(TopicMatchingTest, WordBoundaries) {
  expect_cases({
      {"CSEC and CSEs", "cse"},          // "CSEC" is another word; "CSEs" is the plural
      {"a LACK of data", ""},            // LAC inside a word
      {"Lacrosse club", ""},
      {"the MASHED potato", ""},
      {"preventative services", ""},
      {"sending a letter", ""},
      {"self-harm and selfharm", "self-harm"},
      {"the CPS and the CP plan", "child-protection"},  // Crown Prosecution Service, not CPs
      {"adoption of the minutes", ""},
      {"the Boundary Commission", ""},
  });
}

TEST(TopicMatchingTest, PluralAndPossessiveForms) {
  expect_cases({
      {"two CSE's were discussed", "cse"},
      {"the IHAs were late", "initial-health-assessments"},
      {"CP IRO's are devising", "child-protection independent-reviewing-officers"},
      {"care leavers' strategy", "care-leavers"},
      {"troubled family", "troubled-families"},
      {"teenage pregnancies", "teenage-pregnancy"},
      {"Children’s Centre", "childrens-centres"},  // curly apostrophe
  });
}

TEST(TopicMatchingTest, HyphensAndPunctuationBetweenWords) {
  expect_cases({
      {"Looked-After Children", "looked-after-children"},
      {"multi-agency safeguarding hub", "front-door"},
      {"CIN/CP", "child-in-need child-protection"},
      {"education, health and care plan", "send"},
  });
}

TEST(TopicMatchingTest, PhrasesNeverSpanASentenceOrLineBreak) {
  expect_cases({
      {"They met the child. Protection of staff is key.", ""},
      {"child\nprotection", ""},
      {"early (help)", ""},
  });
}

TEST(TopicMatchingTest, LongestPhraseWins) {
  EXPECT_EQ(matched_words("private fostering arrangements"), "private fostering arrangements");
  EXPECT_EQ(topic_ids("private fostering arrangements"), "private-fostering");
  EXPECT_EQ(topic_ids("parental substance misuse"), "hidden-harm");
  EXPECT_EQ(topic_ids("the Children in Care Council"), "voice-of-the-child");
}

TEST(TopicMatchingTest, IgnoredPhrasesConsumeTheirWords) {
  // "Clinical Commissioning Group" names a body, not commissioning.
  expect_cases({
      {"West Cheshire Clinical Commissioning Group", ""},
      {"the Police and Crime Commissioner", ""},
      {"joint commissioning with the Clinical Commissioning Groups", "commissioning"},
  });
}

// The traps of issue 4: acronyms that are ordinary words.
TEST(WordAcronymTrapTest, SendIsTheVerbInLowerCase) {
  expect_cases({
      {"Fay to send to Isabel and Sarah a high level overview", ""},
      {"ACTION: Fay to send the report", ""},
      {"Send the minutes to all members.", ""},
      {"PLEASE SEND APOLOGIES TO THE CLERK", ""},
      {"TREASURER TO SEND RECEIPTS TO AUDITOR", ""},  // an action line in parish minutes' capitals
      {"the SEND Strategy", "send"},
      {"working with the SEND DCO", "send"},
      {"28 SEND STRATEGY AND SEN SUFFICIENCY STATEMENT", "send send"},
      {"Special Educational Needs and Disability (SEND) strategy", "send send"},
  });
}

TEST(WordAcronymTrapTest, PreventIsTheDutyOnlyAsAProperNoun) {
  expect_cases({
      {"meet the needs of our children early and prevent escalation.", ""},
      {"Prevent escalation by acting early.", ""},
      {"How to Prevent Falls", ""},
      {"It is important to prevent harm.", ""},
      {"an update on the Prevent Duty", "prevent"},
      {"Prevent Duty Update", "prevent"},
      {"referred to the Prevent Team", "prevent"},
      {"the Prevent duty", "prevent"},
      {"Early Help and Prevent", "early-help prevent"},
      {"PREVENT referrals rose", "prevent"},
  });
}

TEST(WordAcronymTrapTest, CafTafPepCinMashDashOnlyInAcronymForm) {
  expect_cases({
      {"we met at the caf on the corner", ""},
      {"CAF training has recently been redesigned", "early-help"},
      {"the TAF and CIN offer", "early-help child-in-need"},
      {"TAFs", "early-help"},
      {"a pep talk from the chair", ""},
      {"up to date Personal Education Plans (PEPs)", "virtual-school virtual-school"},
      {"the PEP quality", "virtual-school"},
      {"cin", ""},
      {"the CiN/CP Service", "child-in-need child-protection"},
      {"mash the potatoes", ""},
      {"A new referral MASH form", "front-door"},
      {"a dash of salt", ""},
      {"DASH RIC", "domestic-abuse"},
      {"DASH risk assessments", "domestic-abuse"},
  });
}

TEST(TaxonomyFileTest, ParsesColumnsListsCommentsAndIgnores) {
  Taxonomy t = Taxonomy::from_string(
      "# a comment\n"
      "\n"
      "!ignore\tdog grooming\n"
      "grooming\tGrooming\tGRM\t\tgrooming|online grooming\r\n"
      "pep\tPersonal education plans\t\tPEP\n"
      "two-columns\tOnly a label\n");
  ASSERT_EQ(t.topics().size(), 3u);
  EXPECT_EQ(t.topics()[0].acronyms, std::vector<std::string>{"GRM"});
  EXPECT_EQ(t.topics()[0].synonyms, (std::vector<std::string>{"grooming", "online grooming"}));
  EXPECT_EQ(t.topics()[1].word_acronyms, std::vector<std::string>{"PEP"});
  EXPECT_EQ(topic_ids("dog grooming and online grooming; the PEP, a pep talk", t), "grooming pep");
}

TEST(TaxonomyFileTest, ErrorsNameTheFileAndLine) {
  struct Bad {
    const char* content;
    const char* message;
  };
  const std::vector<Bad> bad = {
      {"a\tA\n\nb\tB\t\t\t--\n", "t.tsv:3: \"--\" has no words"},
      {"a\tA\t\t\tcse\nb\tB\tCSE\n", "t.tsv:2: \"CSE\" already belongs to topic a"},
      {"a\tA\na\tA again\n", "t.tsv:2: duplicate topic id \"a\""},
      {"a\n", "t.tsv:1: expected 2 to 5 TAB-separated columns"},
      {"\tA\n", "t.tsv:1: a topic needs an id and a label"},
  };
  for (const Bad& b : bad) {
    try {
      Taxonomy::from_string(b.content, "t.tsv");
      ADD_FAILURE() << "no error for: " << b.content;
    } catch (const std::runtime_error& e) {
      EXPECT_TRUE(std::string(e.what()).starts_with(b.message)) << e.what();
    }
  }
  EXPECT_THROW(Taxonomy::from_file("/nonexistent/topics.tsv"), std::runtime_error);
}

// The built-in taxonomy builds its phrase matcher on first use, so the
// checks from_file makes at load time are made here on the same file.
TEST(TaxonomyFileTest, TheBuiltInFilePassesTheLoadChecks) {
  Taxonomy shipped = Taxonomy::from_file(CROSSBOARD_SOURCE_ROOT "/corpus/data/topics.tsv");
  EXPECT_EQ(shipped.topics().size(), taxonomy().topics().size());
  // Found by a synonym, which only the phrase matcher knows.
  ASSERT_NE(taxonomy().find("sexually exploited"), nullptr);
  EXPECT_EQ(taxonomy().find("sexually exploited")->id, "cse");
}

TEST(TopicMentionTest, OffsetsCoverTheMatchedWords) {
  std::string text = "Update: Looked After Children (LAC) and Care Leavers' Strategy";
  EXPECT_EQ(matched_words(text), "Looked After Children|LAC|Care Leavers");
}

// Seed 000, West Cheshire Children's Trust Executive, 21 November 2016.
TEST(SeedTopicsTest, WestCheshireActionNote) {
  CROSSBOARD_NEEDS_SEEDS();
  std::string seed = read_seed("000_8ba4114e8dc7f43b.txt");
  const std::vector<Case> passages = {
      {"Fay to send to Isabel and Sarah a high level overview of children’s commissioning "
       "responsibilities",
       "commissioning"},
      {"Lack of clarity around TAF and CIN offer – both need consent", "early-help child-in-need"},
      {"Mark referred to Operation Encompass which has been developed to safeguard and support "
       "children in school settings where incidents of domestic abuse have occurred",
       "operation-encompass domestic-abuse"},
      {"Dave Spender explained that with exception of CSE the use of toolkits", "cse"},
      {"Nicole Meardon asked if any agencies are doing it well – DASH RIC and some commissioned "
       "services were highlighted.",
       "domestic-abuse commissioning"},
      {"Voice of Children and Young People – Passport work on self-harm",
       "voice-of-the-child self-harm"},
  };
  for (const Case& c : passages) {
    ASSERT_NE(seed.find(c.text), std::string::npos) << "not in the seed: " << c.text;
    EXPECT_EQ(topic_ids(c.text), c.topics) << c.text;
  }
}

// Seeds 003 (Nottinghamshire) and 004 (Cheshire East Health and Wellbeing Board).
TEST(SeedTopicsTest, NottinghamshireAndCheshireEastPassages) {
  CROSSBOARD_NEEDS_SEEDS();
  std::string notts = read_seed("003_2ba8ab8b6d3df320.txt");
  std::string east = read_seed("004_353d7f592f4ec596.txt");
  const std::vector<std::pair<const std::string*, Case>> passages = {
      {&notts, {"Update on the development of the Multi Agency Safeguarding Hub (MASH)",
                "front-door front-door"}},
      {&notts, {"At the time when the Children's Trust last received an update on the Prevent Duty",
                "prevent"}},
      {&notts, {"Looked After Children (LAC) and Care Leavers' Strategy",
                "looked-after-children looked-after-children care-leavers"}},
      {&east, {"A review of Early Help services is underway to ensure that we meet the needs of our "
               "children and young people early and prevent escalation. Signs of Safety will be "
               "adopted",
               "early-help signs-of-safety"}},
      {&east, {"In Cheshire East, Looked after Children (LAC) are referred to as Cared for Children.",
               "looked-after-children looked-after-children looked-after-children"}},
      {&east, {"improve delayed transfers of care", "dtoc"}},
      {&east, {"The Common Assessment Framework (CAF) team has been re-established",
               "early-help early-help"}},
      {&east, {"working with the SEND DCO to identify issues with the 16+ LAC cohort",
               "send looked-after-children"}},
  };
  for (const auto& [seed, c] : passages) {
    ASSERT_NE(seed->find(c.text), std::string::npos) << "not in the seed: " << c.text;
    EXPECT_EQ(topic_ids(c.text), c.topics) << c.text;
  }
}

TEST(SeedTopicsTest, NoLowerCasePreventOrSendInAnySeedIsMatched) {
  CROSSBOARD_NEEDS_SEEDS();
  for (const char* name : {"000_8ba4114e8dc7f43b.txt", "001_9134d5d3d4d82416.txt",
                           "002_3e0d3a32d5508c2b.txt", "003_2ba8ab8b6d3df320.txt",
                           "004_353d7f592f4ec596.txt"}) {
    std::string seed = read_seed(name);
    ASSERT_FALSE(seed.empty()) << name;
    for (const TopicMention& m : taxonomy().mentions(seed)) {
      std::string words = seed.substr(m.offset, m.length);
      bool one_word = words.find(' ') == std::string::npos;
      if ((m.topic_id == "prevent" || m.topic_id == "send") && one_word) {
        EXPECT_NE(words[0], words[0] | 0x20) << name << ": lower-case match \"" << words << "\"";
      }
    }
  }
}

}  // namespace
}  // namespace crossboard::corpus
