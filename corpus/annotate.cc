// Annotation of meetings: canonical people, the topics, organisations and attendees items name, the area.
#include "corpus/annotate.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <optional>
#include <stdexcept>

#include "corpus/organisations.h"
#include "corpus/people.h"
#include "corpus/topics.h"

namespace crossboard::corpus {

namespace {

// An area is inferred from the text only when it is named at least this often
// and at least twice as often as any other area.
constexpr int kMinAreaMentions = 2;

std::string trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return std::string(s);
}

// Aliases file: one person per line, spellings separated by "=", the first
// spelling being the one whose id the person keeps.
std::vector<NameSpelling> read_aliases(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot open the aliases file");
  std::vector<NameSpelling> out;
  std::map<std::string, std::string> owner;  // spelling id → canonical id
  int line_number = 0;
  for (std::string line; std::getline(in, line);) {
    ++line_number;
    std::string where = path + ":" + std::to_string(line_number) + ": ";
    line = trim(line);
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> names;
    for (size_t start = 0, eq; start <= line.size(); start = eq + 1) {
      eq = line.find('=', start);
      if (eq == std::string::npos) eq = line.size();
      names.push_back(trim(std::string_view(line).substr(start, eq - start)));
    }
    if (names.size() < 2 || std::any_of(names.begin(), names.end(), [](auto& n) { return person_id(n).empty(); }))
      throw std::runtime_error(where + "expected \"Name = Other Spelling\"");
    std::string canonical = person_id(names.front());
    for (const std::string& name : names) {
      auto [it, added] = owner.emplace(person_id(name), canonical);
      if (!added && it->second != canonical)
        throw std::runtime_error(where + "\"" + name + "\" is already an alias of " + it->second);
      out.push_back({name, canonical});
    }
  }
  return out;
}

// Adds `value` to `list` unless it is there already; keeps first-mention order.
void add_unique(std::vector<std::string>& list, const std::string& value) {
  if (!value.empty() && std::find(list.begin(), list.end(), value) == list.end()) list.push_back(value);
}

// Initials written in an attendance entry ("Colin Pettigrew (CP)"): in that
// meeting "CP" is the person, not child protection.
bool is_listed_initials(const Meeting& meeting, std::string_view written) {
  for (const Attendee& a : meeting.attendance)
    if (!a.initials.empty() && a.initials == written && a.as_written.find(a.initials) != std::string::npos)
      return true;
  return false;
}

struct AreaCount {
  std::string area;
  int mentions = 0;
};

// Areas named in the meeting's items and attendance, most named first.
std::vector<AreaCount> count_areas(const Meeting& meeting, const Gazetteer& gazetteer) {
  std::map<std::string, int> counts;
  auto count = [&](std::string_view text) {
    for (const NameMention& m : gazetteer.areas(text)) ++counts[m.organisation.name];
  };
  for (const Attendee& a : meeting.attendance) {
    count(a.organisation);
    count(a.role);
  }
  for (const Item& item : meeting.items) {
    count(item.title);
    count(item.text);
  }
  std::vector<AreaCount> out;
  for (auto& [area, n] : counts) out.push_back({area, n});
  std::stable_sort(out.begin(), out.end(), [](auto& a, auto& b) { return a.mentions > b.mentions; });
  return out;
}

// "West Cheshire" from a board's name is Cheshire West and Chester: areas
// are compared across boards, so each gets its one official name.
void canonicalise_area(Meeting& meeting, const Gazetteer& gazetteer) {
  std::vector<NameMention> named = gazetteer.areas(meeting.area);
  if (named.size() != 1 || named[0].length != meeting.area.size()) return;
  const std::string& official = named[0].organisation.name;
  if (official == meeting.area) return;
  meeting.area = official;  // a name for the same place, not a guess: no warning
}

// The area a meeting serves when its header did not say: the one area the
// board's name gives, else the one area its text names clearly most often.
// Always reported as inferred: a reader must be able to tell it from a fact.
void infer_area(Meeting& meeting, const Gazetteer& gazetteer) {
  std::vector<std::string> in_board;
  for (const NameMention& m : gazetteer.areas(meeting.board)) add_unique(in_board, m.organisation.name);
  int line = meeting.span.first_line;
  if (in_board.size() == 1) {
    meeting.area = in_board.front();
    meeting.diagnostics.push_back({line, "area \"" + meeting.area + "\" inferred from the board's name \"" +
                                             meeting.board + "\"; the header does not state it"});
    return;
  }
  std::vector<AreaCount> counts = count_areas(meeting, gazetteer);
  if (counts.empty()) return;
  const AreaCount& top = counts.front();
  int next = counts.size() > 1 ? counts[1].mentions : 0;
  std::string tally = std::to_string(top.mentions) + " mentions" +
                      (next ? "; next " + counts[1].area + ", " + std::to_string(next) : std::string());
  if (top.mentions >= kMinAreaMentions && top.mentions >= 2 * next) {
    meeting.area = top.area;
    meeting.diagnostics.push_back(
        {line, "area \"" + top.area + "\" inferred from the text (" + tally + "); the header does not state it"});
  } else if (top.mentions >= kMinAreaMentions) {
    meeting.diagnostics.push_back({line, "area not inferred: the text names " + top.area + " (" + tally + ")"});
  }
}

}  // namespace

struct Annotator::Impl {
  std::optional<Taxonomy> own_topics;
  const Taxonomy* topics = &Taxonomy::builtin();
  const Gazetteer* gazetteer = &Gazetteer::builtin();
  std::vector<NameSpelling> spellings;
  std::map<std::string, std::string> alias_id;  // person id of a spelling → canonical id

  void annotate_item(Item& item, const Meeting& meeting, const AttendeeIndex& people) const;
};

Annotator::Annotator(const AnnotateOptions& options) : impl_(std::make_unique<Impl>()) {
  if (!options.topics_file.empty()) {
    impl_->own_topics = Taxonomy::from_file(options.topics_file);
    impl_->topics = &*impl_->own_topics;
  }
  if (!options.aliases_file.empty()) {
    impl_->spellings = read_aliases(options.aliases_file);
    for (const NameSpelling& s : impl_->spellings) impl_->alias_id[person_id(s.name)] = s.person_id;
  }
}

Annotator::~Annotator() = default;

std::string Annotator::canonical_person_id(std::string_view name) const {
  std::string id = person_id(name);
  auto it = impl_->alias_id.find(id);
  return it == impl_->alias_id.end() ? id : it->second;
}

void Annotator::Impl::annotate_item(Item& item, const Meeting& meeting, const AttendeeIndex& people) const {
  item.topics.clear();
  item.people.clear();
  item.organisations.clear();
  for (const std::string* text : {&item.title, &item.text}) {
    std::vector<Word> words = tokenize_words(*text);
    for (const TopicMention& m : topics->mentions(*text, words))
      if (!is_listed_initials(meeting, std::string_view(*text).substr(m.offset, m.length)))
        add_unique(item.topics, m.topic_id);
    for (const NameMention& m : gazetteer->organisations(*text, words, meeting.area))
      add_unique(item.organisations, m.organisation.name);
    for (const std::string& id : people.people_in(*text)) add_unique(item.people, id);
  }
  for (const Action& action : item.actions)
    for (const std::string& id : action.owner_ids) add_unique(item.people, id);
}

void Annotator::annotate(Meeting& meeting) const {
  for (Attendee& a : meeting.attendance) a.person_id = canonical_person_id(a.name);
  if (meeting.area.empty()) {
    infer_area(meeting, *impl_->gazetteer);
  } else {
    canonicalise_area(meeting, *impl_->gazetteer);
  }
  AttendeeIndex people(meeting.attendance, impl_->spellings, *impl_->topics);
  for (Item& item : meeting.items) impl_->annotate_item(item, meeting, people);
}

}  // namespace crossboard::corpus
