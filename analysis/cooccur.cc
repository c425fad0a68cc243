// cooccur: the topics value of every item on a topic, counted against each topic's posting length.
#include "analysis/cooccur.h"

#include <algorithm>
#include <map>
#include <memory>

#include "corpus/topics.h"
#include "indexer/index_store.h"
#include "indexer/term_prefixes.h"

namespace crossboard::analysis {

namespace {

std::string topic_term(const std::string& id) { return std::string(indexer::prefix::kTopic) + id; }

TopicRef topic_named(const corpus::Taxonomy& taxonomy, const std::string& id) {
  const corpus::Topic* t = taxonomy.find(id);
  return {id, t && t->id == id ? t->label : id};
}

}  // namespace

Cooccurrence cooccur(const Xapian::Database& db, const std::string& topic) {
  Cooccurrence c;
  c.topic = resolve_topic(db, topic);
  c.total_items = db.get_termfreq(std::string(indexer::prefix::kDocType) + "item");
  std::map<std::string, size_t> together;
  ValueReader topics_of(db, indexer::slot::kTopics);
  std::string term = topic_term(c.topic.id);
  for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) {
    c.items++;
    for (const std::string& other : split_list(topics_of.get(*it)))
      if (other != c.topic.id) together[other]++;
  }
  std::shared_ptr<const corpus::Taxonomy> taxonomy = indexer::index_taxonomy(db);
  for (const auto& [id, n] : together) {
    CooccurRow row{topic_named(*taxonomy, id), n, db.get_termfreq(topic_term(id)), 0};
    if (row.items > 0 && c.items > 0)
      row.lift = double(n) * double(c.total_items) / (double(c.items) * double(row.items));
    c.rows.push_back(std::move(row));
  }
  std::sort(c.rows.begin(), c.rows.end(), [](const CooccurRow& a, const CooccurRow& b) {
    if (a.together != b.together) return a.together > b.together;
    if (a.lift != b.lift) return a.lift > b.lift;
    return a.topic.id < b.topic.id;
  });
  return c;
}

Table cooccur_table(const Cooccurrence& c) {
  Table t;
  t.columns = {"topic", "label", "together", "items", "lift"};
  t.numeric = {false, false, true, true, true};
  for (const CooccurRow& r : c.rows)
    t.rows.push_back(
        {r.topic.id, r.topic.label, std::to_string(r.together), std::to_string(r.items), decimal(r.lift)});
  return t;
}

nlohmann::ordered_json cooccur_json(const Cooccurrence& c) {
  nlohmann::ordered_json out{{"topic", {{"id", c.topic.id}, {"label", c.topic.label}}},
                             {"items", c.items},
                             {"total_items", c.total_items},
                             {"rows", nlohmann::ordered_json::array()}};
  for (const CooccurRow& r : c.rows)
    out["rows"].push_back({{"topic", r.topic.id},
                           {"label", r.topic.label},
                           {"together", r.together},
                           {"items", r.items},
                           {"lift", r.lift}});
  return out;
}

}  // namespace crossboard::analysis
