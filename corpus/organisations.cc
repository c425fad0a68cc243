// The organisations gazetteer: loading organisations.tsv, finding bodies and areas in text.
#include "corpus/organisations.h"

#include <algorithm>
#include <array>
#include <optional>
#include <sstream>
#include <stdexcept>

#include "corpus/text_util.h"

namespace crossboard::corpus {

// corpus/data/organisations.tsv, embedded by corpus/CMakeLists.txt.
extern const std::string_view kBuiltinOrganisationsTsv;
// corpus/data/authorities.tsv (England's local authorities, from mySociety), embedded likewise.
extern const std::string_view kBuiltinAuthoritiesTsv;

namespace {

// Endings that make a body of the capitalised words before them:
// "Edgewood Primary School", "Gedling Borough Council", "Bassetlaw CCG".
struct Suffix {
  std::string_view phrase;
  std::string_view kind;
  std::string_view canonical;  // how the ending is spelled in the canonical name
};
constexpr std::array<Suffix, 31> kSuffixes = {{
    {"Clinical Commissioning Group", "ccg", "Clinical Commissioning Group"},
    {"CCG", "ccg", "Clinical Commissioning Group"},
    {"Primary Care Trust", "pct", "Primary Care Trust"},
    {"PCT", "pct", "Primary Care Trust"},
    {"NHS Foundation Trust", "nhs-trust", "NHS Foundation Trust"},
    {"NHS Trust", "nhs-trust", "NHS Trust"},
    {"Foundation Trust", "nhs-trust", "Foundation Trust"},
    {"Metropolitan Borough Council", "council", "Metropolitan Borough Council"},
    {"Borough Council", "council", "Borough Council"},
    {"County Council", "council", "County Council"},
    {"City Council", "council", "City Council"},
    {"District Council", "council", "District Council"},
    {"Parish Council", "council", "Parish Council"},
    {"Town Council", "council", "Town Council"},
    {"Council", "council", "Council"},
    {"Police", "police", "Police"},
    {"Constabulary", "police", "Constabulary"},
    {"Fire and Rescue Service", "fire", "Fire and Rescue Service"},
    {"Fire and Rescue", "fire", "Fire and Rescue Service"},
    {"Primary School", "school", "Primary School"},
    {"Secondary School", "school", "Secondary School"},
    {"High School", "school", "High School"},
    {"School", "school", "School"},
    {"College", "college", "College"},
    {"University", "university", "University"},
    {"Youth Offending Team", "youth-justice", "Youth Offending Team"},
    {"Youth Offending Service", "youth-justice", "Youth Offending Service"},
    {"Safeguarding Children Board", "partnership", "Safeguarding Children Board"},
    {"Safeguarding Children Partnership", "partnership", "Safeguarding Children Partnership"},
    {"Safeguarding Adults Board", "partnership", "Safeguarding Adults Board"},
    {"Health and Wellbeing Board", "partnership", "Health and Wellbeing Board"},
}};

bool is_capitalised(const Word& w) {
  return w.shape == Word::Shape::title || w.shape == Word::Shape::upper || w.shape == Word::Shape::mixed;
}

// Words that may join a body's name ("Cheshire West and Chester Council") but not start it.
bool is_connector(std::string_view key) {
  for (std::string_view c : {"and", "of", "in", "upon", "on", "under", "with", "le", "for"})
    if (key == c) return true;
  return false;
}

// Capitalised words that open sentences, not names: "The Council", "Full Council".
bool is_stop_word(std::string_view key) {
  for (std::string_view s : {"the", "this", "that", "a", "an", "each", "every", "all", "both", "our",
                             "their", "its", "his", "her", "members", "thanks", "also", "any", "other",
                             "local", "relevant", "partner", "partners", "full", "said", "new", "whole",
                             "chair", "leader", "cabinet", "item", "report", "nhs", "note", "further"})
    if (key == s) return true;
  return false;
}

// Words that may follow an area's name in a body named after it: "Kent
// County Council", "Halton Children's Trust", "Cheshire East Health and
// Wellbeing Board". Any other capitalised word makes a longer place name.
bool is_body_word(std::string_view key) {
  for (std::string_view w :
       {"county", "borough", "city", "district", "council", "councils", "metropolitan", "unitary", "and", "area",
        "safeguarding", "children", "childrens", "child", "adult", "adults", "health", "healthwatch", "wellbeing",
        "local", "clinical", "youth", "community", "communities", "education", "schools", "school", "public",
        "primary", "integrated", "joint", "trust", "board", "partnership", "partnerships", "panel", "committee",
        "forum", "group", "executive", "police", "constabulary", "fire", "nhs", "ccg", "pct", "hospital",
        "hospitals", "university", "college", "corporate", "family", "families", "early", "strategic",
        "cabinet", "care", "social", "services", "service", "housing", "crime", "safety", "probation", "region",
        "lscb", "scb", "sab", "hwb", "yos", "yot", "csp"})
    if (key == w) return true;
  return false;
}

// Areas whose names are also English words.
bool is_word_area(std::string_view key) {
  for (std::string_view a : {"reading", "bury", "slough", "harrow", "sutton", "brent", "poole"})
    if (key == a) return true;
  return false;
}

// One-word aliases with capitals after the first letter ("CWaC", "CQC") are
// acronyms: matched as spelled, so "cqc" or "Cwac" in running text are not them.
PhraseMatcher::Form form_of(std::string_view alias) {
  if (alias.find(' ') != std::string_view::npos) return PhraseMatcher::Form::any_case;
  for (size_t i = 1; i < alias.size(); ++i)
    if (alias[i] >= 'A' && alias[i] <= 'Z') return PhraseMatcher::Form::exact_case;
  return PhraseMatcher::Form::any_case;
}

const PhraseMatcher& suffix_matcher() {
  static const PhraseMatcher matcher = [] {
    PhraseMatcher m;
    for (uint32_t i = 0; i < kSuffixes.size(); ++i)
      m.add(kSuffixes[i].phrase, i, form_of(kSuffixes[i].phrase));
    return m;
  }();
  return matcher;
}

// Only spaces, "&" or a hyphen may separate the words of a name; a comma ends it.
bool joined(std::string_view text, const Word& left, const Word& right) {
  for (size_t i = left.offset + left.length; i < right.offset; ++i)
    if (text[i] != ' ' && text[i] != '&' && text[i] != '-') return false;
  return !right.break_before;
}

std::vector<std::string> split_list(std::string_view column) {
  std::vector<std::string> out;
  std::istringstream in{std::string(column)};
  for (std::string item; std::getline(in, item, '|');)
    if (!item.empty()) out.push_back(item);
  return out;
}

}  // namespace

const Gazetteer& Gazetteer::builtin() {
  // organisations.tsv first: its names of an area (with the aliases it adds,
  // "CWaC") win over the generated table's.
  static const Gazetteer gazetteer = [] {
    Gazetteer g = from_string(kBuiltinOrganisationsTsv, "organisations.tsv (built in)");
    g.add(kBuiltinAuthoritiesTsv, "authorities.tsv (built in)");
    return g;
  }();
  return gazetteer;
}

Gazetteer Gazetteer::from_string(std::string_view content, std::string_view name) {
  Gazetteer g;
  g.add(content, name);
  return g;
}

void Gazetteer::add(std::string_view content, std::string_view name) {
  Gazetteer& g = *this;
  std::istringstream lines{std::string(content)};
  int line_number = 0;
  for (std::string line; std::getline(lines, line);) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    std::istringstream in(line);
    for (std::string col; std::getline(in, col, '\t');) cols.push_back(col);
    if (cols.size() < 2 || cols.size() > 4 || cols[0].empty() || cols[1].empty())
      throw std::runtime_error(std::string(name) + ":" + std::to_string(line_number) +
                               ": expected name, kind, area and aliases separated by TABs");
    cols.resize(4);
    bool district = cols[1] == "area-district";
    bool is_area = cols[1] == "area" || district;
    std::vector<std::string> names = split_list(cols[3]);
    names.insert(names.begin(), cols[0]);
    // An area listed already under one of these names ("Durham" and "County
    // Durham") is that area: its other names join the first entry.
    std::optional<uint32_t> existing;
    for (const std::string& n : names)
      if (auto it = g.area_by_name_.find(lower_ascii(n)); is_area && it != g.area_by_name_.end()) {
        existing = it->second;
        break;
      }
    auto entry = existing.value_or(static_cast<uint32_t>(g.entries_.size()));
    if (!existing) {
      g.entries_.push_back({cols[0], cols[1] == "area-district" ? "area" : cols[1], is_area ? cols[0] : cols[2]});
      g.district_.push_back(district);
    }
    for (std::string alias : names) {
      bool needs_area = alias.starts_with('~');
      if (needs_area) alias.erase(0, 1);
      if (is_area) g.area_by_name_.emplace(lower_ascii(alias), entry);
      auto value = static_cast<uint32_t>(g.alias_entry_.size());
      // A one-word area is a proper noun: "Reading", "Bury", never "reading" or "bury".
      auto form = is_area && alias.find(' ') == std::string::npos ? PhraseMatcher::Form::exact_case
                                                                  : form_of(alias);
      if ((is_area ? g.areas_ : g.bodies_).add(alias, value, form)) {
        g.alias_entry_.push_back(entry);
        g.needs_area_.push_back(needs_area);
      }
    }
  }
}

std::vector<NameMention> Gazetteer::organisations(std::string_view text, std::string_view area) const {
  return organisations(text, tokenize_words(text), area);
}

std::vector<NameMention> Gazetteer::organisations(std::string_view text, const std::vector<Word>& words,
                                                  std::string_view area) const {
  std::vector<NameMention> out;
  std::vector<bool> covered(words.size(), false);
  auto span = [&](size_t first, size_t count) {
    const Word& last = words[first + count - 1];
    return std::pair{words[first].offset, last.offset + last.length - words[first].offset};
  };
  for (const PhraseMatcher::Match& m : bodies_.find(text, words)) {
    std::fill_n(covered.begin() + m.first_word, m.word_count, true);
    const Organisation& body = entries_[alias_entry_[m.value]];
    if (needs_area_[m.value] && body.area != area) continue;
    auto [offset, length] = span(m.first_word, m.word_count);
    out.push_back({body, offset, length});
  }
  for (const PhraseMatcher::Match& m : suffix_matcher().find(text, words)) {
    // "schools", "the county council": a body's name is capitalised.
    if (covered[m.first_word] || !is_capitalised(words[m.first_word])) continue;
    // Walk back over the capitalised words (and connectors) that name the body.
    size_t first = m.first_word;
    while (first > 0 && m.first_word - first < 6 && !covered[first - 1] &&
           joined(text, words[first - 1], words[first])) {
      const Word& w = words[first - 1];
      if (!is_capitalised(w) && w.shape != Word::Shape::other && !is_connector(w.key)) break;
      --first;
    }
    while (first < m.first_word && (is_connector(words[first].key) || is_stop_word(words[first].key)))
      ++first;
    // "2 with Police" names no body: a name needs a capitalised word.
    if (std::none_of(words.begin() + first, words.begin() + m.first_word, is_capitalised)) continue;
    const Suffix& suffix = kSuffixes[m.value];
    auto [offset, length] = span(first, m.first_word - first);
    std::string name = std::string(text.substr(offset, length)) + " " + std::string(suffix.canonical);
    std::vector<NameMention> in_prefix = areas(text.substr(offset, length));
    std::string body_area = in_prefix.empty() ? "" : in_prefix.front().organisation.name;
    auto [all_offset, all_length] = span(first, m.first_word - first + m.word_count);
    out.push_back({{name, std::string(suffix.kind), body_area}, all_offset, all_length});
  }
  std::sort(out.begin(), out.end(), [](const NameMention& a, const NameMention& b) { return a.offset < b.offset; });
  return out;
}

std::vector<NameMention> Gazetteer::areas(std::string_view text) const {
  return areas(text, tokenize_words(text));
}

std::vector<NameMention> Gazetteer::areas(std::string_view text, const std::vector<Word>& words) const {
  std::vector<NameMention> out;
  for (const PhraseMatcher::Match& m : areas_.find(text, words)) {
    // "Reading the report", "Bury": at a sentence start these are words, not places.
    const Word& first = words[m.first_word];
    if (m.word_count == 1 && first.sentence_start && is_word_area(first.key)) continue;
    const Word& last = words[m.first_word + m.word_count - 1];
    // "Stoke Ferry" is not Stoke(-on-Trent), nor "Kent Street" Kent: a
    // capitalised word joined on makes a longer name, unless it names a body
    // of the area ("Kent County Council", "Halton Safeguarding Children Board").
    if (size_t after = m.first_word + m.word_count; after < words.size()) {
      const Word& next = words[after];
      bool joined_on = next.offset == last.offset + last.length + 1 && text[last.offset + last.length] == ' ' &&
                       !next.break_before;
      if (joined_on && next.shape == Word::Shape::title && !is_body_word(next.key)) continue;
    }
    size_t offset = words[m.first_word].offset;
    out.push_back({entries_[alias_entry_[m.value]], offset, last.offset + last.length - offset});
  }
  return out;
}

const Organisation* Gazetteer::area_named(std::string_view name) const {
  std::string key = lower_ascii(trim(name));
  // "Kent County Council", "KENT": the name of an area in any case.
  auto it = area_by_name_.find(key);
  if (it == area_by_name_.end()) return nullptr;
  return &entries_[it->second];
}

bool Gazetteer::is_district(const Organisation& area) const {
  for (size_t i = 0; i < entries_.size(); ++i)
    if (&entries_[i] == &area || (entries_[i].kind == "area" && entries_[i].name == area.name)) return district_[i];
  return false;
}

}  // namespace crossboard::corpus
