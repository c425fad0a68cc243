// Searcher: runs parsed queries with Enquire, exact totals, facet spies and snippets.
#include "query/search.h"

#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <limits>
#include <thread>

#include <nlohmann/json.hpp>

#include "indexer/index_store.h"
#include "indexer/records.h"
#include "indexer/term_prefixes.h"
#include "query/document_data.h"
#include "query/facets.h"
#include "query/query_parser.h"

namespace crossboard::query {

namespace {

namespace slot = indexer::slot;

constexpr std::pair<const char*, Xapian::valueno> kFacetSlots[] = {
    {"board", slot::kBoard},  {"area", slot::kArea},     {"year", slot::kYear},
    {"topic", slot::kTopics}, {"person", slot::kPeople}, {"organisation", slot::kOrganisations},
};

// Matches search_all reads per get_mset: enough to amortise a match's setup,
// few enough that a page of hits stays a few hundred kilobytes.
constexpr Xapian::doccount kBatch = 1000;
// Hits search_all holds before passing any on (a few hundred bytes each).
constexpr size_t kHeldHits = 50000;
// Reads retried while index runs' commits discard the revision being read:
// Xapian keeps two revisions, so a search outlives at most one commit per
// attempt; ten covers an index run committing every few files.
constexpr int kReadAttempts = 10;

Hit hit_from(const Xapian::MSetIterator& it, const Highlight& highlight, const SearchOptions& options) {
  Hit hit;
  DocumentData document = read_document_data(it.get_document().get_data(), true);
  nlohmann::json& data = document.fields;
  if (data.is_object()) {
    hit.type = indexer::decode_type(data);
    static_cast<indexer::Citation&>(hit) = indexer::decode_citation(data);
    hit.snippet = make_snippet(document.text, highlight, options.snippet_bytes);
  }
  hit.score = it.get_weight();
  hit.rank = it.get_rank() + 1;
  hit.passages = it.get_collapse_count() + 1;
  return hit;
}

class Run {
 public:
  Run(const Xapian::Database& db, std::string_view text, const SearchOptions& options)
      : db_(db), parsed_(parse_query(text, db)), enquire_(db), options_(options) {
    enquire_.set_query(parsed_.query);
    enquire_.set_docid_order(Xapian::Enquire::ASCENDING);
    if (options.sort == SortOrder::date) enquire_.set_sort_by_value_then_relevance(slot::kDate, false);
    if (options.by_meeting) enquire_.set_collapse_key(slot::kMeeting);
  }

  // Facet counts over every match, without collapsing, so they count passages.
  FacetCounts facets() {
    try {
      return facets_by_spies();
    } catch (const Xapian::Error&) {
      // A stock xapian-tcpsrv cannot unserialise our FacetSpy (it knows only
      // Xapian's own match spies), so a remote shard fails the spies.
      return facets_by_documents();
    }
  }

  Xapian::MSet page(Xapian::doccount first, Xapian::doccount count) {
    // Checking every document makes the total exact, not an estimate.
    return enquire_.get_mset(first, count, db_.get_doccount());
  }

  // The page with the facets counted in the same pass: the matcher checks
  // every match for the exact total anyway, so spies on it see them all.
  // Not with --by-meeting: the spies must count passages, not meetings.
  Xapian::MSet page_and_facets(Xapian::doccount first, Xapian::doccount count, FacetCounts& facets) {
    if (options_.by_meeting) {
      Xapian::MSet mset = page(first, count);
      facets = this->facets();
      return mset;
    }
    Spies spies = make_spies();
    for (const auto& spy : spies) enquire_.add_matchspy(spy.get());
    try {
      Xapian::MSet mset = page(first, count);
      enquire_.clear_matchspies();
      facets = counts_of(spies);
      return mset;
    } catch (const Xapian::DatabaseModifiedError&) {
      enquire_.clear_matchspies();
      throw;
    } catch (const Xapian::Error&) {
      // A remote shard cannot run our spies (see facets()).
      enquire_.clear_matchspies();
      Xapian::MSet mset = page(first, count);
      facets = facets_by_documents();
      return mset;
    }
  }

  Hit hit(const Xapian::MSetIterator& it) const { return hit_from(it, parsed_.highlight, options_); }

 private:
  using Spies = std::vector<std::unique_ptr<FacetSpy>>;

  static Spies make_spies() {
    Spies spies;
    for (const auto& entry : kFacetSlots) spies.push_back(std::make_unique<FacetSpy>(entry.second));
    return spies;
  }

  FacetCounts counts_of(const Spies& spies) const {
    FacetCounts counts;
    for (size_t i = 0; i < spies.size(); ++i)
      counts.emplace_back(kFacetSlots[i].first, spies[i]->top(options_.facet_limit));
    return counts;
  }

  // The spies run where the documents are: one pass in the matcher.
  FacetCounts facets_by_spies() {
    Xapian::Enquire counting(db_);
    counting.set_query(parsed_.query);
    Spies spies = make_spies();
    for (const auto& spy : spies) counting.add_matchspy(spy.get());
    counting.get_mset(0, 0, db_.get_doccount());
    return counts_of(spies);
  }

  // The same counts from every matching document's values, fetched here:
  // slower, but works with any backend.
  FacetCounts facets_by_documents() {
    Xapian::Enquire counting(db_);
    counting.set_query(parsed_.query);
    counting.set_weighting_scheme(Xapian::BoolWeight());
    Spies spies = make_spies();
    Xapian::MSet all = counting.get_mset(0, db_.get_doccount());
    all.fetch();
    for (auto it = all.begin(); it != all.end(); ++it) {
      Xapian::Document doc = it.get_document();
      for (const auto& spy : spies) (*spy)(doc, 0);
    }
    return counts_of(spies);
  }

  const Xapian::Database& db_;
  ParsedQuery parsed_;
  Xapian::Enquire enquire_;
  SearchOptions options_;
};

}  // namespace

Searcher::Searcher(const std::vector<std::string>& db_paths)
    : paths_(db_paths), db_(indexer::open_for_read(db_paths, &identity_)) {}

// Each attempt reads one committed revision, so it sees whole files only.
// When an index run's commits discard the revision being read (Xapian keeps
// the last two), the paths are opened again rather than reopen()ed: after a
// lanes swap, reopen() would read the new index's version file against the
// old index's open tables (see indexer/index_store.cc).
template <typename Attempt>
auto Searcher::retry_on_change(Attempt&& attempt) const {
  for (int n = 1;; ++n) {
    try {
      return attempt();
    } catch (const Xapian::DatabaseModifiedError&) {
      if (n == kReadAttempts)
        throw indexer::EnvironmentError(
            "the index changed " + std::to_string(kReadAttempts) +
            " times while this search read it (an index run is committing faster than the search can read); "
            "run the search again, or once the index run ends");
      db_ = indexer::open_for_read(paths_, &identity_);
    } catch (const Xapian::Error&) {
      // Xapian opens some tables only when a search first needs them. If a
      // lanes run swapped its merged index in since the open, such a table
      // comes from the other index and the read fails (as "corrupt", or
      // worse): that is a changed index, read again. Any other error is real.
      if (n == kReadAttempts || indexer::index_identity(paths_) == identity_) throw;
      db_ = indexer::open_for_read(paths_, &identity_);
    }
  }
}

SearchResult Searcher::search(std::string_view text, const SearchOptions& options) const {
  return retry_on_change([&] {
    Run run(db_, text, options);
    SearchResult result;
    result.query = std::string(text);
    auto first = static_cast<Xapian::doccount>(options.offset);
    // A page larger than any index is every hit; a cast would wrap 2^32 to 0.
    auto count = static_cast<Xapian::doccount>(
        std::min<size_t>(options.limit, std::numeric_limits<Xapian::doccount>::max()));
    Xapian::MSet mset =
        options.facets ? run.page_and_facets(first, count, result.facets) : run.page(first, count);
    result.total = mset.get_matches_estimated();
    for (auto it = mset.begin(); it != mset.end(); ++it) result.hits.push_back(run.hit(it));
    return result;
  });
}

SearchResult Searcher::search_all(std::string_view text, const SearchOptions& options,
                                  const std::function<void(const Hit&)>& on_hit) const {
  size_t streamed = 0;
  return retry_on_change([&] {
    // Hits already passed on cannot be taken back: after the first, a
    // discarded revision is an error, not a retry.
    if (streamed > 0)
      throw indexer::EnvironmentError(
          "the index changed under a long search (an index run committed twice); "
          "run the search again");
    Run run(db_, text, options);
    SearchResult result;
    result.query = std::string(text);
    // Hits are held until the whole match (and its facets) has been read from
    // one revision, so an index run committing meanwhile costs a retry, not
    // an error; only a match of more than kHeldHits passages streams early.
    std::vector<Hit> held;
    auto pass_on = [&] {
      for (const Hit& hit : held) on_hit(hit), ++streamed;
      held.clear();
    };
    for (Xapian::doccount first = 0;; first += kBatch) {
      Xapian::MSet mset = run.page(first, kBatch);
      if (first == 0) result.total = mset.get_matches_estimated();
      for (auto it = mset.begin(); it != mset.end(); ++it) held.push_back(run.hit(it));
      if (held.size() >= kHeldHits) pass_on();
      if (mset.size() < kBatch) break;
    }
    if (options.facets) result.facets = run.facets();
    pass_on();
    return result;
  });
}

}  // namespace crossboard::query
