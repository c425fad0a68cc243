// FacetSpy: counts of single- and multi-valued slots, repeated neighbours and merged remote counts.
#include "query/facets.h"

#include <gtest/gtest.h>

#include "indexer/term_prefixes.h"

namespace crossboard::query {
namespace {

using Counts = std::vector<std::pair<std::string, Xapian::doccount>>;

Xapian::Document doc_with(const std::string& value) {
  Xapian::Document doc;
  if (!value.empty()) doc.add_value(indexer::slot::kTopics, value);
  return doc;
}

std::string list(std::initializer_list<const char*> values) {
  std::string out;
  for (const char* v : values) {
    if (!out.empty()) out += indexer::slot::kListSeparator;
    out += v;
  }
  return out;
}

TEST(FacetSpy, RepeatedNeighboursAndListsCountEachDocumentOncePerValue) {
  FacetSpy spy(indexer::slot::kTopics);
  // Three neighbours with the same list (the items of one meeting), one with
  // another list, one without the slot, then the first list again.
  for (const std::string& value : {list({"cse", "lac"}), list({"cse", "lac"}), list({"cse", "lac"}),
                                   list({"lac"}), std::string(), list({"cse", "lac"})})
    spy(doc_with(value), 0);
  EXPECT_EQ(spy.top(), (Counts{{"lac", 5}, {"cse", 4}}));
  EXPECT_EQ(spy.top(1), (Counts{{"lac", 5}}));
}

TEST(FacetSpy, MergedResultsAddToCountsAlreadyTaken) {
  FacetSpy local(indexer::slot::kTopics);
  local(doc_with("cse"), 0);
  FacetSpy remote(indexer::slot::kTopics);
  remote(doc_with("cse"), 0);
  remote(doc_with(list({"cse", "send"})), 0);
  local.merge_results(remote.serialise_results());
  // The repeat cache must still point at the merged entry.
  local(doc_with("cse"), 0);
  EXPECT_EQ(local.top(), (Counts{{"cse", 4}, {"send", 1}}));
}

}  // namespace
}  // namespace crossboard::query
