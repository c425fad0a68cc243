// The name-group terms (prefix::kNameGroup) match exactly what the names'
// phrase and stem queries match, on a generated corpus and the seeds.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "base/words.h"
#include "indexer/index_writer.h"
#include "indexer/term_prefixes.h"
#include "query/highlight.h"
#include "reliability.h"

namespace crossboard {
namespace {

namespace fs = std::filesystem;
namespace prefix = indexer::prefix;

// The groups of the built-in taxonomy as the index writes them: first name → every name.
std::map<std::string, std::set<std::string>> builtin_groups() {
  std::map<std::string, std::set<std::string>> names_of;
  for (auto& [key, value] : indexer::synonym_pairs(corpus::Taxonomy::builtin())) {
    names_of[key].insert(key);
    names_of[key].insert(value);
  }
  std::map<std::string, std::set<std::string>> groups;
  for (auto& [key, names] : names_of) groups[*names.begin()] = names;
  return groups;
}

// The words of a name as the index holds them (TermGenerator's terms, in order).
std::vector<std::string> index_words(const std::string& name) {
  Xapian::Document doc;
  Xapian::TermGenerator g;
  g.set_document(doc);
  g.index_text(name);
  std::map<Xapian::termpos, std::string> by_position;
  for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it)
    for (auto p = it.positionlist_begin(); p != it.positionlist_end(); ++p) by_position[*p] = *it;
  std::vector<std::string> words;
  for (auto& [pos, word] : by_position) words.push_back(word);
  return words;
}

// A name as a query: one word by its stem, as the query language searches a
// word; a longer name as the exact phrase of its words.
Xapian::Query name_query(const std::string& name) {
  std::vector<std::string> words = index_words(name);
  if (words.size() == 1) return Xapian::Query(std::string(prefix::kStemmed) + base::stem(words[0]));
  return Xapian::Query(Xapian::Query::OP_PHRASE, words.begin(), words.end(), words.size());
}

std::set<Xapian::docid> matches(const Xapian::Database& db, const Xapian::Query& q) {
  Xapian::Enquire enquire(db);
  enquire.set_query(q);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  std::set<Xapian::docid> out;
  Xapian::MSet mset = enquire.get_mset(0, db.get_doccount());
  for (auto it = mset.begin(); it != mset.end(); ++it) out.insert(*it);
  return out;
}

TEST(NameGroups, EachGroupTermMatchesWhatItsNamesMatch) {
  CROSSBOARD_NEEDS_MAKE_CORPUS();
  CROSSBOARD_NEEDS_SEEDS();
  testing::TempDir dir;
  std::string db_path = dir.str("db");
  for (const fs::path& input : {testing::shared_corpus(200, 1.0), crossboard::shared::seeds_dir()})
    ASSERT_EQ(testing::run_crossboard({"index", input.string(), "--db", db_path, "-q"}, dir.path()).exit_code, 0);
  Xapian::Database db(db_path);
  size_t groups_found = 0;
  for (const auto& [first, names] : builtin_groups()) {
    std::vector<Xapian::Query> alternatives;
    for (const std::string& name : names) alternatives.push_back(name_query(name));
    Xapian::Query by_names(Xapian::Query::OP_OR, alternatives.begin(), alternatives.end());
    std::set<Xapian::docid> expected = matches(db, by_names);
    std::set<Xapian::docid> got = matches(db, Xapian::Query(std::string(prefix::kNameGroup) + first));
    EXPECT_EQ(got, expected) << "group " << first << ": " << got.size() << " documents, the names match "
                             << expected.size();
    groups_found += !expected.empty();
  }
  // The corpus names many topics; CSE's group among them.
  EXPECT_GE(groups_found, 20u);
  EXPECT_GT(db.get_termfreq(std::string(prefix::kNameGroup) + "child sexual exploitation"), 0u);
}

}  // namespace
}  // namespace crossboard
