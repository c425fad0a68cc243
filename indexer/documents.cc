// meeting_documents: the terms, values and display data of item and meeting documents.
#include "indexer/documents.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "indexer/term_prefixes.h"

namespace crossboard::indexer {

namespace {

using nlohmann::json;

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
  // Xapian refuses terms over 245 bytes; a boolean term that long is noise.
  if (term.size() <= 240) doc.add_boolean_term(term);
}

// Terms and values every document of a meeting shares.
void add_meeting_fields(Xapian::Document& doc, const corpus::Meeting& m, const std::string& id,
                        const std::string& file_key) {
  add_boolean(doc, prefix::kFile, file_key);
  add_boolean(doc, prefix::kMeeting, id);
  std::string board_id = m.board_id.empty() ? slug(m.board) : m.board_id;
  add_boolean(doc, prefix::kBoard, board_id);
  if (!board_id.empty()) doc.add_value(slot::kBoardId, board_id);
  add_boolean(doc, prefix::kArea, slug(m.area));
  add_boolean(doc, prefix::kKind, slug(m.kind));
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

json display_data(const corpus::Meeting& m, const std::string& id, std::string_view type,
                  const std::string& number, const std::string& title, const corpus::Span& span,
                  const std::string& text) {
  return json{{"type", type},
              {"meeting", id},
              {"board", m.board},
              {"board_id", m.board_id},
              {"area", m.area},
              {"date", m.date},
              {"kind", m.kind},
              {"item_number", number},
              {"item_title", title},
              {"source", {{"path", m.source.path},
                          {"first_line", span.first_line},
                          {"last_line", span.last_line},
                          {"page", span.page}}},
              {"text", text}};
}

// An item's actions and decisions as its document data holds them (README "Analysis").
json register_data(const corpus::Item& item) {
  json actions = json::array();
  for (const corpus::Action& a : item.actions)
    actions.push_back({{"text", a.text}, {"owners", a.owners}, {"owner_ids", a.owner_ids},
                       {"due", a.due}, {"line", a.line}});
  json decisions = json::array();
  for (const corpus::Decision& d : item.decisions) decisions.push_back({{"text", d.text}, {"line", d.line}});
  return json{{"actions", actions}, {"decisions", decisions}};
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
// (analysis/people.h): one object per entry, fields as in `extract --json`.
json attendance_data(const corpus::Meeting& m) {
  json out = json::array();
  for (const corpus::Attendee& a : m.attendance) {
    json entry = {{"name", a.name}, {"person_id", a.person_id}, {"role", a.role},
                  {"organisation", a.organisation}, {"status", std::string(corpus::to_string(a.status))},
                  {"line", a.line}};
    if (a.chair) entry["chair"] = true;
    if (!a.deputy_for.empty()) entry["deputy_for"] = a.deputy_for;
    if (!a.organisation_as_written.empty()) entry["organisation_as_written"] = a.organisation_as_written;
    if (!a.alias.empty()) entry["alias"] = a.alias;
    out.push_back(std::move(entry));
  }
  return out;
}

Xapian::Document meeting_document(const corpus::Meeting& m, const std::string& id,
                                  const std::string& file_key) {
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
      add_boolean(doc, prefix::kOrganisation, slug(a.organisation));
    }
  }
  add_list_value(doc, slot::kPeople, people);
  add_list_value(doc, slot::kOrganisations, organisations);
  std::string text = attendance_text(m);
  index_text(doc, "", text);
  json data = display_data(m, id, "meeting", "", "Attendance", m.span, text);
  data["attendance"] = attendance_data(m);
  doc.set_data(data.dump());
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
  for (const std::string& o : organisations) add_boolean(doc, prefix::kOrganisation, slug(o));
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
  json data = display_data(m, id, "item", item.number, item.title, item.span, item.text);
  data.update(register_data(item));
  doc.set_data(data.dump());
  return doc;
}

}  // namespace

std::string slug(std::string_view text) {
  std::string out;
  bool gap = false;
  for (Xapian::Utf8Iterator it(text.data(), text.size()); it != Xapian::Utf8Iterator(); ++it) {
    unsigned ch = *it;
    if (Xapian::Unicode::is_wordchar(ch) && ch != '_') {
      if (gap && !out.empty()) out += '-';
      gap = false;
      Xapian::Unicode::append_utf8(out, Xapian::Unicode::tolower(ch));
    } else if (ch != '\'' && ch != 0x2019) {  // "Children's" → "childrens"
      gap = true;
    }
  }
  return out;
}

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

std::vector<Xapian::Document> meeting_documents(const corpus::Meeting& meeting,
                                                const std::string& id,
                                                const std::string& file_key,
                                                const corpus::Taxonomy& taxonomy) {
  std::vector<Xapian::Document> docs;
  docs.push_back(meeting_document(meeting, id, file_key));
  for (size_t n = 0; n < meeting.items.size(); ++n)
    docs.push_back(item_document(meeting, meeting.items[n], id, n + 1, file_key, taxonomy));
  return docs;
}

}  // namespace crossboard::indexer
