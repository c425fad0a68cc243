// Tests of the query language and search on a small hand-made index: fields, phrases, synonyms, facets, errors.
#include <set>

#include <gtest/gtest.h>

#include "base/words.h"
#include "corpus/text_util.h"
#include "indexer/documents.h"
#include "query/query_parser.h"
#include "query/search.h"
#include "query_fixture.h"

namespace crossboard {
namespace {

class Search : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new testing::TempDir;
    testing::build_fixture_index(dir_->str("db"));
  }
  static void TearDownTestSuite() { delete dir_; }

  query::SearchResult search(const std::string& q, query::SearchOptions options = {}) {
    options.limit = 100;
    return query::Searcher({dir_->str("db")}).search(q, options);
  }

  // "board-area-initial:item" for each hit, e.g. "halton:2.0", in rank order.
  std::vector<std::string> hits(const std::string& q, query::SearchOptions options = {}) {
    std::vector<std::string> out;
    for (const query::Hit& h : search(q, options).hits)
      out.push_back(corpus::slugify(h.area) + ":" + (h.type == "meeting" ? "meeting" : h.item_number));
    return out;
  }
  std::set<std::string> hit_set(const std::string& q) {
    auto v = hits(q);
    return {v.begin(), v.end()};
  }

  static testing::TempDir* dir_;
};

testing::TempDir* Search::dir_ = nullptr;

using Set = std::set<std::string>;

TEST_F(Search, NoHits) {
  query::SearchResult r = search("zeppelin");
  EXPECT_EQ(r.total, 0u);
  EXPECT_TRUE(r.hits.empty());
}

TEST_F(Search, WordsAreStemmedAndAllMustMatch) {
  EXPECT_EQ(hit_set("discussions"), (Set{"halton:2.0", "west-cheshire:5"}));
  EXPECT_EQ(hit_set("discussed protocol"), (Set{"halton:2.0"}));
}

TEST_F(Search, PhraseMatchesWordsInOrderAcrossLines) {
  // "Safety of signs" in West Cheshire item 5 is not the phrase; Cheshire East breaks it across a line.
  EXPECT_EQ(hit_set("\"signs of safety\""), (Set{"halton:3.0", "cheshire-east:6"}));
}

TEST_F(Search, Wildcard) {
  EXPECT_EQ(hit_set("safeguard*"), (Set{"halton:2.0", "west-cheshire:6"}));
}

TEST_F(Search, AcronymFindsItsMultiWordSynonymAndMarksIt) {
  EXPECT_EQ(hit_set("CSE"), (Set{"halton:2.0", "west-cheshire:4", "cheshire-east:6"}));
  for (const query::Hit& h : search("CSE").hits) {
    if (h.area == "Halton") {
      EXPECT_NE(h.snippet.find("**child sexual exploitation**"), std::string::npos) << h.snippet;
    }
    if (h.area == "Cheshire East") {
      EXPECT_NE(h.snippet.find("**CSE's**"), std::string::npos) << h.snippet;
    }
  }
  // And the other way round: the words find the acronym.
  EXPECT_EQ(hit_set("child sexual exploitation"), (Set{"halton:2.0", "west-cheshire:4", "cheshire-east:6"}));
}

// A synonym query reads the group's one term, not a phrase per name; the
// hits are those of every name (the test above), and its words are marked.
TEST_F(Search, ASynonymQueryReadsItsNameGroupTerm) {
  Xapian::Database db(dir_->str("db"));
  EXPECT_EQ(query::parse_query("CSE", db).query.get_description(),
            "Query((XNchild sexual exploitation AND_NOT XDTfile))");
  EXPECT_EQ(hit_set("child sexual exploitation and missing"), hit_set("CSE"));
}

TEST_F(Search, SendInCapitalsIsTheSendTopicNeverTheVerb) {
  // West Cheshire 6: "Fay to send the report." The index folds case, so SEND is its topic term.
  EXPECT_EQ(hit_set("send"), (Set{"west-cheshire:6"}));
  EXPECT_EQ(hit_set("SEND"), Set{});
  Xapian::Database db(dir_->str("db"));
  EXPECT_NE(query::parse_query("SEND", db).query.get_description().find("XTsend"), std::string::npos);
  EXPECT_EQ(query::parse_query("Send", db).query.get_description().find("XTsend"), std::string::npos);
}

TEST_F(Search, QuotedAcronymIsExactNoSynonyms) {
  EXPECT_EQ(hit_set("\"CSE\""), (Set{"west-cheshire:4", "cheshire-east:6"}));
}

TEST_F(Search, BooleanOperators) {
  EXPECT_EQ(hit_set("CSE NOT toolkits"), (Set{"halton:2.0", "cheshire-east:6"}));
  EXPECT_EQ(hit_set("CSE -toolkits"), (Set{"halton:2.0", "cheshire-east:6"}));
  EXPECT_EQ(hit_set("delayed OR toolkits"), (Set{"west-cheshire:4", "cheshire-east:7"}));
  EXPECT_EQ(hit_set("(delayed OR toolkits) AND referral"), (Set{"west-cheshire:4"}));
}

TEST_F(Search, NegatedWordsAreNotMarked) {
  EXPECT_EQ(hit_set("report NOT fay"), (Set{"cheshire-east:6"}));  // "reported"
  for (const query::Hit& h : search("safeguarding -send").hits)
    EXPECT_EQ(h.snippet.find("**send**"), std::string::npos) << h.snippet;
}

TEST_F(Search, EveryField) {
  EXPECT_EQ(hit_set("board:halton-childrens-trust-executive-group discussed"), (Set{"halton:2.0"}));
  EXPECT_EQ(hit_set("board:\"west cheshire\" discussed"), (Set{"west-cheshire:5"}));
  EXPECT_EQ(hit_set("area:\"Cheshire East\" CSE"), (Set{"cheshire-east:6"}));
  EXPECT_EQ(hit_set("kind:\"action note\" CSE"), (Set{"west-cheshire:4"}));
  EXPECT_EQ(hit_set("topic:CSE"), (Set{"halton:2.0", "west-cheshire:4", "cheshire-east:6"}));
  EXPECT_EQ(hit_set("topic:\"signs of safety\""), (Set{"halton:3.0", "cheshire-east:6"}));
  EXPECT_EQ(hit_set("org:\"halton & st helens pct\""), (Set{"halton:meeting"}));
  EXPECT_EQ(hit_set("person:\"Karen Hickey\""), (Set{"halton:meeting", "halton:2.0"}));
  EXPECT_EQ(hit_set("person:meehan"), (Set{"halton:meeting", "west-cheshire:meeting"}));
  EXPECT_EQ(hit_set("year:2016 CSE"), (Set{"west-cheshire:4"}));
  EXPECT_EQ(hit_set("year:2016..2017 CSE"), (Set{"west-cheshire:4", "cheshire-east:6"}));
}

TEST_F(Search, PersonWithStatus) {
  EXPECT_EQ(hit_set("person:\"gerald meehan\" status:apologies"), (Set{"west-cheshire:meeting"}));
  EXPECT_EQ(hit_set("person:\"gerald meehan\" status:present"), (Set{"halton:meeting"}));
  EXPECT_EQ(hit_set("person:\"gerald meehan\" status:chair"), (Set{"halton:meeting"}));
  EXPECT_EQ(hit_set("status:apologies"), (Set{"halton:meeting", "west-cheshire:meeting"}));
}

TEST_F(Search, DateRanges) {
  EXPECT_EQ(hit_set("date:2016-01-01..2017-06-30 CSE"), (Set{"west-cheshire:4"}));
  EXPECT_EQ(hit_set("date:2016-11-21 CSE"), (Set{"west-cheshire:4"}));
  EXPECT_EQ(hit_set("date:2017.. CSE"), (Set{"cheshire-east:6"}));
  EXPECT_EQ(hit_set("date:..2011-12 CSE"), (Set{"halton:2.0"}));
}

TEST_F(Search, UnknownValuesMatchNothing) {
  EXPECT_TRUE(hit_set("board:wirral CSE").empty());
  EXPECT_TRUE(hit_set("person:\"nobody known\"").empty());
}

TEST_F(Search, SortByDateIsOldestFirst) {
  query::SearchOptions options;
  options.sort = query::SortOrder::date;
  EXPECT_EQ(hits("CSE", options), (std::vector<std::string>{"halton:2.0", "west-cheshire:4", "cheshire-east:6"}));
}

TEST_F(Search, FacetsCountEveryMatchNotThePage) {
  query::SearchOptions options;
  options.facets = true;
  query::SearchResult r = query::Searcher({dir_->str("db")}).search("CSE", [&] {
    options.limit = 1;
    return options;
  }());
  EXPECT_EQ(r.total, 3u);
  EXPECT_EQ(r.hits.size(), 1u);
  auto facet = [&](const std::string& name) {
    for (const auto& [n, values] : r.facets)
      if (n == name) return std::map<std::string, Xapian::doccount>(values.begin(), values.end());
    return std::map<std::string, Xapian::doccount>{};
  };
  EXPECT_EQ(facet("area"), (std::map<std::string, Xapian::doccount>{{"Halton", 1}, {"West Cheshire", 1}, {"Cheshire East", 1}}));
  EXPECT_EQ(facet("year"), (std::map<std::string, Xapian::doccount>{{"2011", 1}, {"2016", 1}, {"2017", 1}}));
  EXPECT_EQ(facet("topic"), (std::map<std::string, Xapian::doccount>{{"cse", 3}, {"signs-of-safety", 1}}));
  EXPECT_EQ(facet("person"), (std::map<std::string, Xapian::doccount>{{"karen-hickey", 1}}));
  EXPECT_EQ(facet("organisation"), (std::map<std::string, Xapian::doccount>{{"Halton Borough Council", 1}}));
}

TEST_F(Search, ByMeetingGivesOneHitPerMeetingWithItsPassageCount) {
  query::SearchOptions options;
  options.by_meeting = true;
  query::SearchResult r = search("report OR discussed OR signs", options);
  ASSERT_EQ(r.total, 3u);
  std::map<std::string, size_t> passages;
  for (const query::Hit& h : r.hits) passages[h.area] = h.passages;
  EXPECT_EQ(passages, (std::map<std::string, size_t>{{"Halton", 2}, {"West Cheshire", 2}, {"Cheshire East", 1}}));
}

TEST_F(Search, AllStreamsEveryHit) {
  std::vector<std::string> seen;
  query::SearchResult r = query::Searcher({dir_->str("db")}).search_all("CSE", {}, [&](const query::Hit& h) {
    seen.push_back(h.area);
  });
  EXPECT_EQ(r.total, 3u);
  EXPECT_EQ(seen.size(), 3u);
}

TEST_F(Search, MissingIndexIsAnEnvironmentError) {
  EXPECT_THROW(query::Searcher({dir_->str("no-such-index")}), indexer::EnvironmentError);
}

// ---- Bad queries: {query, column, words the message must contain} ----

struct BadQuery {
  const char* query;
  size_t column;
  const char* message;
};

constexpr BadQuery kBadQueries[] = {
    {"board:\"halton CSE", 7, "unbalanced quote"},
    {"\"signs of safety", 1, "unbalanced quote"},
    {"(CSE OR MASH", 1, "unbalanced bracket"},
    {"CSE)", 4, "unbalanced bracket"},
    {"colour:red CSE", 1, "unknown field 'colour:'"},
    {"date:2016-13-01..2017-01-01", 6, "bad date '2016-13-01'"},
    {"date:2016-01-01..2017-02-30", 18, "bad date '2017-02-30'"},
    {"date:2017-01-01..2016-01-01", 6, "ends before it starts"},
    {"date:..", 6, "needs a start, an end or both"},
    {"year:16", 6, "bad year"},
    {"status:asleep", 8, "unknown status"},
    {"topic:zeppelins", 7, "unknown topic"},
    {"CSE OR", 5, "OR needs a term after it"},
    {"AND CSE", 1, "AND needs a term"},
    {"NOT", 1, "needs a term after it"},
    {"safe*guard", 5, "goes at the end of a word"},
    {"board:", 7, "needs a value"},
    {"\"\"", 1, "nothing to search for"},
};

TEST_F(Search, BadQueriesPointAtTheProblem) {
  Xapian::Database db(dir_->str("db"));
  for (const BadQuery& bad : kBadQueries) {
    try {
      query::parse_query(bad.query, db);
      ADD_FAILURE() << "no error for " << bad.query;
    } catch (const query::QueryError& e) {
      EXPECT_EQ(e.column(), bad.column) << bad.query << ": " << e.what();
      EXPECT_NE(e.message().find(bad.message), std::string::npos) << bad.query << ": " << e.what();
    }
  }
}

TEST(Snippet, MarksPhrasesStemsAndWildcardsAndCutsAroundTheMatches) {
  query::Highlight h;
  h.phrases.push_back({"signs", "of", "safety"});
  h.stems.insert(base::stem("training"));
  EXPECT_EQ(query::make_snippet("Trained staff use Signs of\nSafety daily.", h),
            "**Trained** staff use **Signs of Safety** daily.");
  query::Highlight w;
  w.prefixes.insert("safeguard");
  std::string long_text = std::string(400, 'x') + " the Safeguarding board met " + std::string(400, 'y');
  EXPECT_EQ(query::make_snippet(long_text, w, 60), "…the **Safeguarding** board met…");
  EXPECT_EQ(query::make_snippet("No match here at all.", w, 12), "No match…");
}

}  // namespace
}  // namespace crossboard
