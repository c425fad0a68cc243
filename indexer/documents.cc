// meeting_documents: the terms, values and display data of item and meeting documents.
#include "indexer/documents.h"

#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "corpus/text_util.h"
#include "indexer/index_store.h"
#include "indexer/records.h"
#include "indexer/term_prefixes.h"

namespace crossboard::indexer {

namespace {

std::string join_list(const std::set<std::string>& values) {
  std::string out;
  for (const std::string& v : values) {
    if (!out.empty()) out += slot::kListSeparator;
    out += v;
  }
  return out;
}

void add_boolean(Xapian::Document& doc, std::string_view prefix, const std::string& value) {
  if (value.empty()) return;
  std::string term = std::string(prefix) + value;
  if (term.size() <= kMaxTermBytes) doc.add_boolean_term(term);
}

// Terms and values every document of a meeting shares.
void add_meeting_fields(Xapian::Document& doc, const corpus::Meeting& m, const std::string& id,
                        const std::string& file_key) {
  add_boolean(doc, prefix::kFile, file_key);
  add_boolean(doc, prefix::kMeeting, id);
  std::string board_id = m.board_id.empty() ? corpus::slugify(m.board) : m.board_id;
  add_boolean(doc, prefix::kBoard, board_id);
  if (!board_id.empty()) doc.add_value(slot::kBoardId, board_id);
  add_boolean(doc, prefix::kArea, corpus::slugify(m.area));
  add_boolean(doc, prefix::kKind, corpus::slugify(m.kind));
  if (is_iso_date(m.date)) {
    add_boolean(doc, prefix::kYear, m.date.substr(0, 4));
    std::string compact = m.date.substr(0, 4) + m.date.substr(5, 2) + m.date.substr(8, 2);
    add_boolean(doc, prefix::kDate, compact);
    doc.add_value(slot::kDate, m.date);
    doc.add_value(slot::kYear, m.date.substr(0, 4));
  }
  if (!m.board.empty()) doc.add_value(slot::kBoard, m.board);
  if (!m.area.empty()) doc.add_value(slot::kArea, m.area);
  if (!m.kind.empty()) doc.add_value(slot::kKind, m.kind);
  doc.add_value(slot::kMeeting, id);
}

void add_list_value(Xapian::Document& doc, Xapian::valueno slot, const std::set<std::string>& v) {
  if (!v.empty()) doc.add_value(slot, join_list(v));
}

// The citation of a passage of `m` (README "Search output").
Citation citation_of(const corpus::Meeting& m, const std::string& id, const std::string& number,
                     const std::string& title, const corpus::Span& span) {
  return Citation{id, m.board, m.board_id, m.area, m.date, m.kind, number, title,
                  m.source.path, span.first_line, span.last_line, span.page};
}

// How often the title and text name each of `topics` (at least once each:
// annotate found it, perhaps by a route the plain matcher does not take).
std::map<std::string, Xapian::termcount> topic_mentions(const corpus::Item& item,
                                                         const std::set<std::string>& topics,
                                                         const corpus::Taxonomy& taxonomy) {
  std::map<std::string, Xapian::termcount> counts;
  for (const std::string& t : topics) counts[t] = 0;
  for (const std::string* text : {&item.title, &item.text})
    for (const corpus::TopicMention& m : taxonomy.mentions(*text))
      if (auto it = counts.find(m.topic_id); it != counts.end()) it->second++;
  for (auto& [topic, count] : counts) count = std::max<Xapian::termcount>(count, 1);
  return counts;
}

// English stemming with a memo: minutes use a small vocabulary over and over,
// and the Snowball stemmer costs more than a hash lookup. One per thread.
class CachingStem : public Xapian::StemImplementation {
 public:
  std::string operator()(const std::string& word) override {
    auto it = cache_.find(word);
    if (it != cache_.end()) return it->second;
    // Bounded: a corpus with an open vocabulary (codes, names) must not grow it forever.
    if (cache_.size() >= kMaxEntries) cache_.clear();
    return cache_.emplace(word, stem_(word)).first->second;
  }
  std::string get_description() const override { return "english (cached)"; }

 private:
  static constexpr size_t kMaxEntries = 200000;
  Xapian::Stem stem_{"english"};
  std::unordered_map<std::string, std::string> cache_;
};

Xapian::TermGenerator& term_generator() {
  static thread_local Xapian::TermGenerator generator = [] {
    Xapian::TermGenerator g;
    g.set_stemmer(Xapian::Stem(new CachingStem));
    g.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
    return g;
  }();
  return generator;
}

// The name groups of a taxonomy (prefix::kNameGroup), found in a document's
// own terms and positions once the text is indexed. A name's words are the
// terms TermGenerator makes of it, so a phrase name matches where the words
// stand at consecutive positions, as an exact phrase query finds it.
class NameGroups {
 public:
  explicit NameGroups(const corpus::Taxonomy& taxonomy) {
    std::map<std::string, std::set<std::string>> names_of;  // name → the other names of its group
    for (auto& [key, value] : synonym_pairs(taxonomy)) names_of[key].insert(value);
    std::map<std::string, uint32_t> group_of;  // the group's first name → group
    Xapian::Stem stem("english");
    for (const auto& [name, others] : names_of) {
      std::string first = std::min(name, *others.begin());
      auto [it, added] = group_of.emplace(first, static_cast<uint32_t>(terms_.size()));
      if (added) terms_.push_back(std::string(prefix::kNameGroup) + first);
      std::vector<std::string> words = words_of(name);
      if (words.size() == 1) {
        by_stem_[std::string(prefix::kStemmed) + stem(words[0])].push_back(it->second);
      } else if (words.size() > 1) {
        for (const std::string& w : words) phrase_words_.insert(w);
        by_first_[words[0]].push_back(static_cast<uint32_t>(phrases_.size()));
        phrases_.push_back({std::move(words), it->second});
      }
    }
  }

  void add_terms(Xapian::Document& doc) const {
    std::vector<Xapian::termcount> matches(terms_.size(), 0);
    std::unordered_map<std::string, std::vector<Xapian::termpos>> positions;
    for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) {
      std::string term = *it;
      if (term[0] == prefix::kStemmed[0]) {
        if (auto s = by_stem_.find(term); s != by_stem_.end())
          for (uint32_t group : s->second) matches[group] += it.get_wdf();
      } else if (phrase_words_.count(term)) {
        positions.emplace(std::move(term), std::vector<Xapian::termpos>(it.positionlist_begin(), it.positionlist_end()));
      }
    }
    for (const auto& [word, at] : positions) {
      auto f = by_first_.find(word);
      if (f == by_first_.end()) continue;
      for (uint32_t index : f->second) matches[phrases_[index].group] += occurrences(phrases_[index].words, positions);
    }
    for (size_t g = 0; g < terms_.size(); ++g)
      if (matches[g] > 0 && terms_[g].size() <= kMaxTermBytes) doc.add_term(terms_[g], matches[g]);
  }

 private:
  struct Phrase {
    std::vector<std::string> words;
    uint32_t group = 0;
  };

  static std::vector<std::string> words_of(const std::string& name) {
    Xapian::Document scratch;
    Xapian::TermGenerator g;
    g.set_document(scratch);
    g.index_text(name);
    std::vector<std::pair<Xapian::termpos, std::string>> at;
    for (auto it = scratch.termlist_begin(); it != scratch.termlist_end(); ++it)
      for (auto p = it.positionlist_begin(); p != it.positionlist_end(); ++p) at.emplace_back(*p, *it);
    std::sort(at.begin(), at.end());
    std::vector<std::string> words;
    for (auto& [pos, word] : at) words.push_back(std::move(word));
    return words;
  }

  // Times `words` stand at consecutive positions.
  static Xapian::termcount occurrences(
      const std::vector<std::string>& words,
      const std::unordered_map<std::string, std::vector<Xapian::termpos>>& positions) {
    std::vector<const std::vector<Xapian::termpos>*> lists;
    for (const std::string& w : words) {
      auto it = positions.find(w);
      if (it == positions.end()) return 0;
      lists.push_back(&it->second);
    }
    Xapian::termcount n = 0;
    for (Xapian::termpos start : *lists[0]) {
      bool all = true;
      for (size_t k = 1; all && k < lists.size(); ++k)
        all = std::binary_search(lists[k]->begin(), lists[k]->end(), start + static_cast<Xapian::termpos>(k));
      n += all;
    }
    return n;
  }

  std::vector<std::string> terms_;  // per group: prefix::kNameGroup + its first name
  std::unordered_map<std::string, std::vector<uint32_t>> by_stem_;   // "Z" + stem of a one-word name → groups
  std::unordered_map<std::string, std::vector<uint32_t>> by_first_;  // first word of a phrase name → phrases_
  std::unordered_set<std::string> phrase_words_;
  std::vector<Phrase> phrases_;
};

// The name groups of `taxonomy`, built once per taxonomy and thread: the
// built-in one is known by its address; another (--topics) by its names,
// since a later run may load a different file at the same address.
const NameGroups& name_groups(const corpus::Taxonomy& taxonomy) {
  if (&taxonomy == &corpus::Taxonomy::builtin()) {
    static const NameGroups builtin(taxonomy);
    return builtin;
  }
  std::string fingerprint = taxonomy_fingerprint(taxonomy);
  static thread_local std::string cached_fingerprint;
  static thread_local std::unique_ptr<NameGroups> cached;
  if (!cached || fingerprint != cached_fingerprint) {
    cached = std::make_unique<NameGroups>(taxonomy);
    cached_fingerprint = std::move(fingerprint);
  }
  return *cached;
}

// Free text with positions; the title counts twice as much as the body.
void index_text(Xapian::Document& doc, const std::string& title, const std::string& text) {
  Xapian::TermGenerator& g = term_generator();
  g.set_document(doc);
  g.index_text(title, 2);
  g.increase_termpos(100);
  g.index_text(text);
  // Let go of `doc`: it may be handed to the writer thread, and Xapian's
  // reference counts are not atomic.
  g.set_document(Xapian::Document());
}

// What a meeting document says: board, venue, chair and the attendance list.
std::string attendance_text(const corpus::Meeting& m) {
  std::string text = m.board;
  if (!m.venue.empty()) text += "\n" + m.venue;
  if (!m.chair.empty()) text += "\nChair: " + m.chair;
  for (const corpus::Attendee& a : m.attendance) {
    text += "\n" + a.name;
    if (a.chair) text += " (Chair)";
    if (!a.role.empty()) text += ", " + a.role;
    if (!a.organisation.empty()) text += ", " + a.organisation;
    text += " [" + std::string(corpus::to_string(a.status)) + "]";
  }
  return text;
}

// The attendance list as the meeting document's data holds it, for `people`
// (analysis/people.h): fields as in `extract --json`.
std::vector<AttendeeRecord> attendance_records(const corpus::Meeting& m) {
  std::vector<AttendeeRecord> out;
  for (const corpus::Attendee& a : m.attendance)
    out.push_back({a.name, a.person_id, a.role, a.organisation, a.organisation_as_written,
                   std::string(corpus::to_string(a.status)), a.chair, a.deputy_for, a.alias, a.line});
  return out;
}

Xapian::Document meeting_document(const corpus::Meeting& m, const std::string& id,
                                  const std::string& file_key, const NameGroups& groups) {
  Xapian::Document doc;
  add_meeting_fields(doc, m, id, file_key);
  add_boolean(doc, prefix::kUnique, "meeting:" + id);
  add_boolean(doc, prefix::kDocType, "meeting");
  std::set<std::string> people;
  std::set<std::string> organisations;
  for (const corpus::Attendee& a : m.attendance) {
    if (a.person_id.empty()) continue;
    people.insert(a.person_id);
    add_boolean(doc, prefix::kPerson, a.person_id);
    add_boolean(doc, prefix::kStatus, std::string(corpus::to_string(a.status)) + ":" + a.person_id);
    if (a.chair) add_boolean(doc, prefix::kStatus, "chair:" + a.person_id);
    if (!a.organisation.empty()) {
      organisations.insert(a.organisation);
      add_boolean(doc, prefix::kOrganisation, corpus::slugify(a.organisation));
    }
  }
  add_list_value(doc, slot::kPeople, people);
  add_list_value(doc, slot::kOrganisations, organisations);
  std::string text = attendance_text(m);
  index_text(doc, "", text);
  groups.add_terms(doc);
  PassageRecord record{"meeting", citation_of(m, id, "", "Attendance", m.span), {}, {}, attendance_records(m)};
  doc.set_data(encode_passage(record, text));
  return doc;
}

Xapian::Document item_document(const corpus::Meeting& m, const corpus::Item& item, const std::string& id,
                               size_t n, const std::string& file_key, const corpus::Taxonomy& taxonomy) {
  Xapian::Document doc;
  add_meeting_fields(doc, m, id, file_key);
  add_boolean(doc, prefix::kUnique, "item:" + id + ":" + std::to_string(n));
  add_boolean(doc, prefix::kDocType, "item");
  std::set<std::string> people(item.people.begin(), item.people.end());
  for (const corpus::Action& action : item.actions) people.insert(action.owner_ids.begin(), action.owner_ids.end());
  people.erase("");
  for (const std::string& p : people) add_boolean(doc, prefix::kPerson, p);
  std::set<std::string> organisations(item.organisations.begin(), item.organisations.end());
  organisations.erase("");
  for (const std::string& o : organisations) add_boolean(doc, prefix::kOrganisation, corpus::slugify(o));
  std::set<std::string> topics(item.topics.begin(), item.topics.end());
  topics.erase("");
  for (const auto& [t, mentions] : topic_mentions(item, topics, taxonomy))
    doc.add_term(std::string(prefix::kTopic) + t, mentions);
  if (!item.decisions.empty()) add_boolean(doc, prefix::kHas, "decision");
  if (!item.actions.empty()) add_boolean(doc, prefix::kHas, "action");
  add_list_value(doc, slot::kPeople, people);
  add_list_value(doc, slot::kOrganisations, organisations);
  add_list_value(doc, slot::kTopics, topics);
  index_text(doc, item.title, item.text);
  name_groups(taxonomy).add_terms(doc);
  PassageRecord record{"item", citation_of(m, id, item.number, item.title, item.span), {}, {}, {}};
  for (const corpus::Action& a : item.actions) record.actions.push_back({a.text, a.owners, a.owner_ids, a.due, a.line});
  for (const corpus::Decision& d : item.decisions) record.decisions.push_back({d.text, d.line});
  doc.set_data(encode_passage(record, item.text));
  return doc;
}

}  // namespace

bool is_iso_date(std::string_view d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (d[i] < '0' || d[i] > '9') return false;
  int year = std::stoi(std::string(d.substr(0, 4)));
  int month = std::stoi(std::string(d.substr(5, 2)));
  int day = std::stoi(std::string(d.substr(8, 2)));
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1 || day > kDays[month - 1]) return false;
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return !(month == 2 && day == 29 && !leap);
}

std::string meeting_id(const corpus::Meeting& meeting, size_t index_in_file) {
  if (!meeting.id.empty()) return meeting.id;
  std::string id = meeting.source.sha256.substr(0, 12);
  id += "-" + (meeting.date.empty() ? "undated" : meeting.date);
  if (index_in_file > 0) id += "-" + std::to_string(index_in_file + 1);
  return id;
}

std::string taxonomy_fingerprint(const corpus::Taxonomy& taxonomy) {
  std::string out;
  for (const corpus::Topic& t : taxonomy.topics()) {
    out += t.id + '\t' + t.label;
    for (const auto* list : {&t.acronyms, &t.word_acronyms, &t.synonyms}) {
      out += '\t';
      for (const std::string& name : *list) out += name + '|';
    }
    out += '\n';
  }
  return out;
}

std::vector<Xapian::Document> meeting_documents(const corpus::Meeting& meeting,
                                                const std::string& id,
                                                const std::string& file_key,
                                                const corpus::Taxonomy& taxonomy) {
  std::vector<Xapian::Document> docs;
  docs.push_back(meeting_document(meeting, id, file_key, name_groups(taxonomy)));
  for (size_t n = 0; n < meeting.items.size(); ++n)
    docs.push_back(item_document(meeting, meeting.items[n], id, n + 1, file_key, taxonomy));
  return docs;
}

}  // namespace crossboard::indexer
