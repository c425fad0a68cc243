// Facet counts over a whole match set: a MatchSpy for single- and multi-valued slots.
#pragma once

#include <xapian.h>

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace crossboard::query {

// Counts, per value, the matching documents whose slot holds that value; a
// multi-valued slot (values joined by indexer::slot::kListSeparator) counts
// each of its values once. Unlike Xapian's ValueCountMatchSpy it understands
// lists, and it serialises so a remote backend could run it.
class FacetSpy : public Xapian::MatchSpy {
 public:
  explicit FacetSpy(Xapian::valueno slot) : slot_(slot) {}

  void operator()(const Xapian::Document& doc, double weight) override;
  Xapian::MatchSpy* clone() const override { return new FacetSpy(slot_); }
  std::string name() const override { return "crossboard::query::FacetSpy"; }
  std::string serialise() const override;
  Xapian::MatchSpy* unserialise(const std::string& serialised,
                                const Xapian::Registry& context) const override;
  std::string serialise_results() const override;
  void merge_results(const std::string& serialised) override;

  // Values by count, highest first; ties in value order.
  std::vector<std::pair<std::string, Xapian::doccount>> top(size_t limit = 0) const;

 private:
  Xapian::valueno slot_;
  std::map<std::string, Xapian::doccount> counts_;
  std::string last_value_;                      // the slot value of the last document counted
  std::vector<Xapian::doccount*> last_counts_;  // its entries in counts_
};

}  // namespace crossboard::query
