// FacetSpy: counting facet values, lists included, and (un)serialising the counts.
#include "query/facets.h"

#include <algorithm>
#include <sstream>

#include "indexer/term_prefixes.h"

namespace crossboard::query {

void FacetSpy::operator()(const Xapian::Document& doc, double) {
  std::string value = doc.get_value(slot_);
  if (value.empty()) return;
  // The documents of a meeting are neighbours and share its board, area and
  // year: the same slot value as the last document needs no map lookup.
  if (value == last_value_) {
    for (Xapian::doccount* count : last_counts_) ++*count;
    return;
  }
  last_value_ = value;
  last_counts_.clear();
  size_t start = 0;
  for (;;) {
    size_t end = value.find(indexer::slot::kListSeparator, start);
    Xapian::doccount& count = counts_[value.substr(start, end - start)];
    ++count;
    last_counts_.push_back(&count);  // std::map entries stay put
    if (end == std::string::npos) break;
    start = end + 1;
  }
}

std::string FacetSpy::serialise() const { return std::to_string(slot_); }

Xapian::MatchSpy* FacetSpy::unserialise(const std::string& serialised, const Xapian::Registry&) const {
  return new FacetSpy(static_cast<Xapian::valueno>(std::stoul(serialised)));
}

// One "count<TAB>value" line per value; values never hold a newline.
std::string FacetSpy::serialise_results() const {
  std::string out;
  for (const auto& [value, count] : counts_) out += std::to_string(count) + '\t' + value + '\n';
  return out;
}

void FacetSpy::merge_results(const std::string& serialised) {
  std::istringstream in(serialised);
  std::string line;
  while (std::getline(in, line)) {
    size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    counts_[line.substr(tab + 1)] += static_cast<Xapian::doccount>(std::stoul(line.substr(0, tab)));
  }
}

std::vector<std::pair<std::string, Xapian::doccount>> FacetSpy::top(size_t limit) const {
  std::vector<std::pair<std::string, Xapian::doccount>> out(counts_.begin(), counts_.end());
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  if (limit && out.size() > limit) out.resize(limit);
  return out;
}

}  // namespace crossboard::query
