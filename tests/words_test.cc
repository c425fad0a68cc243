// The one word rule (base/words.h) against the indexer's TermGenerator: the
// query side must split and stem every text into the very terms the index
// holds, or a typed word is looked up as a term that is not there.
#include <gtest/gtest.h>
#include <xapian.h>

#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "base/words.h"

namespace crossboard::base {
namespace {

struct Indexed {
  std::vector<std::string> terms;    // unprefixed terms in position order
  std::vector<std::string> stemmed;  // "Z" terms, sorted
};

// What the indexer makes of `text` (indexer/documents.cc: STEM_SOME, English).
Indexed index_side(const std::string& text) {
  Xapian::Document doc;
  Xapian::TermGenerator g;
  g.set_stemmer(Xapian::Stem("english"));
  g.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
  g.set_document(doc);
  g.index_text(text);
  std::map<Xapian::termpos, std::string> at;
  Indexed out;
  for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) {
    if ((*it)[0] == 'Z') {
      out.stemmed.push_back(*it);
      continue;
    }
    for (auto p = it.positionlist_begin(); p != it.positionlist_end(); ++p) at[*p] = *it;
  }
  for (auto& [pos, term] : at) out.terms.push_back(term);
  return out;
}

// What the query side makes of it.
Indexed query_side(const std::string& text) {
  Indexed out;
  out.terms = terms_of(text);
  std::set<std::string> z;
  for (const std::string& t : out.terms)
    if (is_stemmed(t)) z.insert("Z" + stem(t));
  out.stemmed.assign(z.begin(), z.end());
  return out;
}

void expect_same(const std::string& text) {
  Indexed index = index_side(text), query = query_side(text);
  EXPECT_EQ(query.terms, index.terms) << "text: [" << text << "]";
  EXPECT_EQ(query.stemmed, index.stemmed) << "text: [" << text << "]";
}

TEST(Words, NumbersMoneyAndMinuteNumbersAreIndexedAsTheQueryReadsThem) {
  EXPECT_EQ(terms_of("In 2019 the hedge was 400 metres (section 106)."),
            (std::vector<std::string>{"in", "2019", "the", "hedge", "was", "400", "metres", "section", "106"}));
  EXPECT_EQ(terms_of("paid £2808.30 and £1,250"), (std::vector<std::string>{"paid", "2808.30", "and", "1,250"}));
  EXPECT_EQ(terms_of("Minute 142/19 refers"), (std::vector<std::string>{"minute", "142", "19", "refers"}));
  // Words starting with a digit have no stemmed term: a query must look them up as they are.
  EXPECT_FALSE(is_stemmed("2019"));
  EXPECT_FALSE(is_stemmed("2808.30"));
  EXPECT_TRUE(is_stemmed("hedge"));
  for (const char* text : {"In 2019 the hedge was 400 metres (section 106).", "paid £2808.30 and £1,250",
                           "Minute 142/19 refers", "12th March, 3.5% rise, 1.2.3 and v2.0"})
    expect_same(text);
}

TEST(Words, PossessivesAmpersandsAndSuffixesStayInTheirWord) {
  EXPECT_EQ(terms_of("The CSE's plan; A&E waits; LGBTQ+ youth; C# code"),
            (std::vector<std::string>{"the", "cse's", "plan", "a&e", "waits", "lgbtq+", "youth", "c#", "code"}));
  EXPECT_EQ(terms_of("Marsh’s view"), (std::vector<std::string>{"marsh's", "view"}));
  EXPECT_EQ(stem("cse's"), "cse");
  for (const char* text : {"The CSE's plan; A&E waits; LGBTQ+ youth; C# code", "Marsh’s view",
                           "rock'n'roll, x''y, it's', a&&b, b++c, c++++ and x+y", "the carers' forum"})
    expect_same(text);
}

TEST(Words, AcronymsWithFullStopsAreOneWord) {
  EXPECT_EQ(terms_of("the U.S.A. and R.I.P"), (std::vector<std::string>{"the", "usa", "and", "rip"}));
  EXPECT_EQ(terms_of("e.g. U.S.Army"), (std::vector<std::string>{"e", "g", "u", "s", "army"}));
  for (const char* text : {"the U.S.A. and R.I.P", "e.g. U.S.Army", "A.BC A.B&C ABC.D.E U.S.A.1 A. I.E"})
    expect_same(text);
}

TEST(Words, RealLookingMinutesLinesAgree) {
  for (const char* text : {
           "142/19 MINUTES OF THE LAST MEETING – The minutes of 12.03.19 were agreed (£2,808.30).",
           "Cllr O’Brien-Lowe asked about the 0-19 service; KH to circulate by 30/09/2019.",
           "Section 106 monies: £45k for the play area (hedge 400m).",
           "LSCB/LSAB joint sub-group: CSE & missing; A&E attendances up 12.5%.",
           "Dr. J. Smythe (Chair), Mrs A-M Pryce, Ms Ní Bhriain, Mr Çelik",
           "RESOLVED: That the report be noted.\tAction: Clerk\n2) Action: email residents",
           "NHS 111/999; Ofsted’s “Good”; naïve café résumé; Ynys Môn; ﬁnance",
           "zero\u200bwidth and soft\u00adhyphen; 1\u200b2; x² and 3½",
       })
    expect_same(text);
}

TEST(Words, RandomTextAgrees) {
  // An alphabet heavy in the characters where word rules differ.
  const std::vector<std::string> alphabet = {
      "a", "b", "e", "s", "A", "B", "U", "S", "0", "1", "9", " ", " ", ".", ",", ";", "'", "\u2019", "&",
      "+", "#", "/", "-", "_", "(", "£", "é", "Ç", "·", "\u200b", "\n", ":", "%", "\u2044", "\u00ad",
      // bytes that are not UTF-8 on their own, overlong and surrogate sequences
      "\xFF", "\xC3", "\xE2\x80", "\xC1\x81", "\xE0\x81\x81", "\xED\xA0\x80", "\xF0\x9F\x98\x80"};
  std::mt19937 rng(20191402);  // fixed: a failure must reproduce
  std::uniform_int_distribution<size_t> pick(0, alphabet.size() - 1), length(1, 24);
  for (int n = 0; n < 50000; ++n) {
    std::string text;
    for (size_t k = length(rng); k > 0; --k) text += alphabet[pick(rng)];
    expect_same(text);
    if (::testing::Test::HasFailure()) break;  // one failing text is enough to read
  }
}

TEST(Words, OverlongWordsAreDroppedAsTheIndexDropsThem) {
  std::string long_word(kMaxTermBytes + 1, 'a'), just_fits(kMaxTermBytes, 'b');
  EXPECT_EQ(terms_of(long_word + " " + just_fits + " c"), (std::vector<std::string>{just_fits, "c"}));
  expect_same(long_word + " " + just_fits + " c");
}

}  // namespace
}  // namespace crossboard::base
