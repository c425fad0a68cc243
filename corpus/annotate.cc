// Annotation of meetings: canonical people, the topics, organisations and attendees items name, the area.
#include "corpus/annotate.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <stdexcept>

#include "corpus/boards.h"
#include "corpus/organisations.h"
#include "corpus/people.h"
#include "corpus/text_util.h"
#include "corpus/topics.h"

namespace crossboard::corpus {

namespace {

// An area is inferred from the text only when it is named at least this often
// and at least twice as often as any other area.
constexpr int kMinAreaMentions = 2;

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
    // Districts are too small (and too often a word: "Hart") to infer from the text.
    for (const NameMention& m : gazetteer.areas(text))
      if (!gazetteer.is_district(m.organisation)) ++counts[m.organisation.name];
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

// "WEST DEREHAM" → "West Dereham": a parish spelled one way whatever the
// header's case. Words already mixed ("McAlister") are kept as written.
std::string place_case(std::string_view place) {
  std::string out;
  for (std::string_view w : split_words(place)) {
    std::string word(w);
    if (is_upper_word(word) || std::all_of(word.begin(), word.end(), [](char c) { return !std::isupper(static_cast<unsigned char>(c)); })) {
      bool start = true;
      for (char& c : word) {
        auto u = static_cast<unsigned char>(c);
        c = static_cast<char>(start ? std::toupper(u) : std::tolower(u));
        start = c == '-' || c == '\'';
      }
      // "Northwold and Whittington": the small words stay small.
      if (!out.empty() && (word == "And" || word == "Of" || word == "Upon" || word == "On" || word == "With" ||
                           word == "Under" || word == "Le" || word == "The" || word == "In"))
        word[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(word[0])));
      // "Stoke-on-Trent", "Newcastle-under-Lyme": the small words stay small.
      for (std::string_view small : {"-On-", "-Under-", "-Upon-", "-Le-", "-In-", "-By-", "-The-"}) {
        size_t at = word.find(small);
        if (at != std::string::npos)
          for (size_t k = at + 1; k < at + small.size() - 1; ++k)
            word[k] = static_cast<char>(std::tolower(static_cast<unsigned char>(word[k])));
      }
    }
    out += (out.empty() ? "" : " ") + word;
  }
  return out;
}

// The area as one official name: "KENT", "Kent County Council" and "West
// Cheshire" (from a board's name) are areas of the gazetteer, and get its
// name; a parish or town council's area is its parish. Anything else the
// header gave ("June", "SFRA", a place no gazetteer lists) is no area: left
// empty, with a warning. Returns whether the area now stands as stated.
bool settle_area(Meeting& meeting, const Gazetteer& gazetteer) {
  std::string parish;
  bool local = is_local_council(meeting.board, parish);
  if (local) {
    meeting.area = place_case(parish);
    return true;
  }
  if (meeting.area.empty()) return false;
  if (const Organisation* area = gazetteer.area_named(meeting.area)) {
    meeting.area = area->name;
    return true;
  }
  std::vector<NameMention> named = gazetteer.areas(meeting.area);
  if (named.empty() && is_upper_word(split_words(meeting.area).front()))
    named = gazetteer.areas(place_case(meeting.area));
  if (named.size() == 1 && named[0].offset == 0 && named[0].length == meeting.area.size()) {
    meeting.area = named[0].organisation.name;  // a name for the same place, not a guess: no warning
    return true;
  }
  meeting.diagnostics.push_back({meeting.span.first_line, "area \"" + meeting.area +
                                                              "\" from the header is not a local authority or "
                                                              "parish the gazetteer knows; left empty"});
  meeting.area.clear();
  return false;
}

// The area a meeting serves when its header did not say: the one area the
// board's name gives, else the one area its text names clearly most often.
// Always reported as inferred: a reader must be able to tell it from a fact.
void infer_area(Meeting& meeting, const Gazetteer& gazetteer) {
  std::vector<std::string> in_board;
  for (const NameMention& m : gazetteer.areas(meeting.board)) add_unique(in_board, m.organisation.name);
  // A title's place can name a district: the board's own words, not a guess.
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

// An attendee's organisation by its official name when the gazetteer names
// exactly one body in it ("HBC" in Halton → Halton Borough Council); the
// entry as written is kept beside it.
void name_organisation(Attendee& a, std::string_view area, const Gazetteer& gazetteer) {
  if (a.organisation.empty()) return;
  if (a.organisation_as_written.empty()) a.organisation_as_written = a.organisation;
  std::vector<std::string> named;
  for (const NameMention& m : gazetteer.organisations(a.organisation_as_written, area))
    add_unique(named, m.organisation.name);
  a.organisation = named.size() == 1 ? named.front() : a.organisation_as_written;
}

}  // namespace

struct Annotator::Impl {
  std::optional<Taxonomy> own_topics;
  const Taxonomy* topics = &Taxonomy::builtin();
  const Gazetteer* gazetteer = &Gazetteer::builtin();
  PersonAliases aliases;
  BoardNames boards;

  // The board's id by the rules (with the area when the header stated it),
  // then by the boards file; a merge line gives the display name too.
  void name_board(Meeting& meeting, bool area_stated) const {
    if (meeting.board.empty()) return;
    meeting.board_id = board_identity(meeting.board, area_stated ? meeting.area : "");
    BoardNames::Resolved r = boards.resolve(meeting.board_id);
    meeting.board_id = r.id;
    if (!r.name.empty()) meeting.board = r.name;
  }

  void annotate_item(Item& item, const Meeting& meeting, const AttendeeIndex& people) const;
};

Annotator::Annotator(const AnnotateOptions& options) : impl_(std::make_unique<Impl>()) {
  if (!options.topics_file.empty()) {
    impl_->own_topics = Taxonomy::from_file(options.topics_file);
    impl_->topics = &*impl_->own_topics;
  }
  if (!options.aliases_file.empty()) impl_->aliases = PersonAliases::from_file(options.aliases_file);
  if (!options.boards_file.empty()) impl_->boards = BoardNames::from_file(options.boards_file);
}

const BoardNames& Annotator::boards() const { return impl_->boards; }

Annotator::~Annotator() = default;

std::string Annotator::canonical_person_id(std::string_view name) const {
  return impl_->aliases.canonical_id(name);
}

const PersonAliases& Annotator::aliases() const { return impl_->aliases; }

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
  bool stated = settle_area(meeting, *impl_->gazetteer);
  if (meeting.area.empty()) infer_area(meeting, *impl_->gazetteer);
  impl_->name_board(meeting, stated);
  for (Attendee& a : meeting.attendance) {
    name_organisation(a, meeting.area, *impl_->gazetteer);
    AliasResolution id = impl_->aliases.resolve(
        a.name, {meeting.board, meeting.board_id, meeting.area, a.organisation, a.organisation_as_written});
    a.person_id = id.person_id;
    a.alias = id.rule;
  }
  AttendeeIndex people(meeting.attendance, impl_->aliases.spellings(), *impl_->topics);
  for (Item& item : meeting.items) impl_->annotate_item(item, meeting, people);
}

}  // namespace crossboard::corpus
