// Searching the crossboard index: hits with snippets and citations, facet counts, every hit on demand.
#pragma once

#include <xapian.h>

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "indexer/index_store.h"
#include "indexer/records.h"

namespace crossboard::query {

enum class SortOrder { relevance, date };  // date: oldest first, then relevance

struct SearchOptions {
  size_t limit = 10;  // hits per page; ignored by search_all
  size_t offset = 0;
  SortOrder sort = SortOrder::relevance;
  bool by_meeting = false;  // one hit per meeting: its best passage
  bool facets = false;      // count facets over every match
  size_t facet_limit = 0;   // values per facet, 0 for all
  size_t snippet_bytes = 240;
};

// One matching passage (an item) or meeting record: its citation (the one
// citation record, indexer/records.h) and how it matched.
struct Hit : indexer::Citation {
  std::string type;  // "item" or "meeting" (the attendance record)
  std::string snippet;  // matched words marked **so**
  double score = 0;
  size_t rank = 0;      // 1-based
  size_t passages = 1;  // --by-meeting: the meeting's matching passages
};

// facet name ("board", "area", "year", "topic", "person", "organisation") → values by count.
using FacetCounts =
    std::vector<std::pair<std::string, std::vector<std::pair<std::string, Xapian::doccount>>>>;

struct SearchResult {
  std::string query;
  Xapian::doccount total = 0;  // exact: every match (every meeting with --by-meeting)
  std::vector<Hit> hits;
  FacetCounts facets;  // empty unless options.facets
};

// A read-only view of one index or several (shards, stub database files)
// searched as one. Throws indexer::EnvironmentError when one cannot be opened.
class Searcher {
 public:
  explicit Searcher(const std::vector<std::string>& db_paths);

  // A page of hits. Throws QueryError for a bad query.
  SearchResult search(std::string_view query, const SearchOptions& options) const;
  // Every hit, passed to `on_hit` in order once the whole match is read (a
  // match of over 50,000 passages streams sooner); the result has no hits but the
  // total and facets.
  SearchResult search_all(std::string_view query, const SearchOptions& options,
                          const std::function<void(const Hit&)>& on_hit) const;

  const Xapian::Database& database() const { return db_; }

 private:
  // Runs `attempt` again, on a reopened index, when an index run changed it
  // under the read: see search.cc.
  template <typename Attempt>
  auto retry_on_change(Attempt&& attempt) const;

  std::vector<std::string> paths_;
  mutable indexer::IndexIdentity identity_;  // the directories db_ was opened from
  mutable Xapian::Database db_;              // reopened when a writer discards the revision being read
};

}  // namespace crossboard::query
