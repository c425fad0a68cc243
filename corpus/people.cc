// People within a meeting: canonical ids, ASCII folding, and the attendees an item names.
#include "corpus/people.h"


#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <sstream>
#include <stdexcept>

#include "corpus/annotate.h"
#include "corpus/user_file.h"

namespace crossboard::corpus {

namespace {

constexpr std::string_view kIdTitles[] = {"cllr", "councillor", "dr", "professor", "prof", "mr",
                                          "mrs", "ms", "miss", "sir", "dame", "rev", "revd"};
// Titles that minutes put before a surname: "Councillor Meardon", "Dr Bowen".
constexpr std::string_view kNameTitles[] = {"Cllr", "Councillor", "Dr", "Mr", "Mrs", "Ms", "Miss",
                                            "Professor", "Prof"};

// Capitals that are words or bodies, never someone's implied initials.
bool is_reserved_abbreviation(std::string_view s) {
  for (std::string_view r : {"IT", "HR", "GP", "UK", "NHS", "AOB", "ALL", "CEO", "MP", "PA", "PM",
                             "AM", "ICT", "CYP", "LA", "TBC", "NB", "ID", "OK", "QA", "VCS", "DH",
                             "DFE", "HM", "EU", "TV", "PR", "OT", "SW", "SMT", "DMT"})
    if (s == r) return true;
  return false;
}

// Words before which a first name is an ordinary word: "Make your Mark", "the Will".
bool is_determiner(std::string_view key) {
  for (std::string_view d : {"your", "the", "a", "an", "our", "their", "my", "his", "her", "this",
                             "that", "its", "of"})
    if (key == d) return true;
  return false;
}

enum class Kind : uint8_t { full_name, titled, initials, first_name };

struct Naming {
  std::string phrase;
  PhraseMatcher::Form form;
  Kind kind;
  uint32_t person;
  bool implied = false;  // initials we derived rather than read in the minutes
};

// The words of a name as written, hyphenated parts apart: "Tracy Parker-Priest" → Tracy, Parker, Priest.
std::vector<std::string> written_words(std::string_view name) {
  std::vector<std::string> out;
  for (const Word& w : tokenize_words(name)) out.emplace_back(name.substr(w.offset, w.length));
  return out;
}

// "Fay", "Lauren": a capital then no other capital.
bool is_title_case(std::string_view w) {
  return !w.empty() && w[0] >= 'A' && w[0] <= 'Z' &&
         std::none_of(w.begin() + 1, w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

char upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// "Karen Hickey" → KH and KHi; "Ann McIntyre" → AM and AMc; "Tracy Parker-Priest" → TP, TPa, TPP.
std::vector<std::string> implied_initials(const std::vector<std::string>& words) {
  if (words.size() < 2) return {};
  const std::string& first = words.front();
  const std::string& last = words.back();
  std::string all;
  for (const std::string& w : words) all += upper(w[0]);
  std::vector<std::string> out = {std::string{upper(first[0]), upper(last[0])}};
  if (last.size() > 1) out.push_back(std::string{upper(first[0]), upper(last[0]), lower(last[1])});
  if (all.size() > 2) out.push_back(all);
  return out;
}

void add_namings(const Attendee& a, uint32_t person, std::vector<Naming>& out) {
  std::string folded = a.person_id;
  std::replace(folded.begin(), folded.end(), '-', ' ');
  std::vector<std::string> folded_words = written_words(folded);
  std::vector<std::string> words = written_words(a.name);
  while (!words.empty() && std::find(std::begin(kNameTitles), std::end(kNameTitles), words.front()) !=
                               std::end(kNameTitles))
    words.erase(words.begin());
  using Form = PhraseMatcher::Form;
  out.push_back({folded, Form::any_case, Kind::full_name, person});
  if (folded_words.size() < 2 || words.empty()) return;
  const std::string& last = folded_words.back();
  if (folded_words.size() > 2)
    out.push_back({folded_words.front() + " " + last, Form::any_case, Kind::full_name, person});
  for (std::string_view title : kNameTitles) {
    out.push_back({std::string(title) + " " + last, Form::any_case, Kind::titled, person});
    out.push_back({std::string(title) + " " + folded_words.front()[0] + " " + last, Form::any_case,
                   Kind::titled, person});
  }
  // Initials the parser read in the entry ("Kerrie Adams (KAd)") rather than implied.
  bool listed = !a.initials.empty() &&
                (a.as_written.empty() || a.as_written.find(a.initials) != std::string::npos);
  if (!a.initials.empty()) out.push_back({a.initials, Form::exact_case, Kind::initials, person, !listed});
  for (const std::string& i : implied_initials(words))
    out.push_back({i, Form::exact_case, Kind::initials, person, true});
  if (words.front().size() > 1 && is_title_case(words.front()))
    out.push_back({words.front(), Form::exact_case, Kind::first_name, person});
}

std::string trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return std::string(s);
}

// Lower-case ASCII words separated by one space: "Children's Trust-Board" → "childrens trust board".
std::string folded_words(std::string_view text) {
  std::string out;
  bool gap = false;
  for (char c : fold_to_ascii_lower(text)) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (gap && !out.empty()) out += ' ';
      gap = false;
      out += c;
    } else if (c != '\'') {
      gap = true;
    }
  }
  return out;
}

// True when the words of `needle` occur, in order and whole, in `haystack`.
bool contains_words(std::string_view haystack, std::string_view needle) {
  std::string h = " " + folded_words(haystack) + " ";
  std::string n = folded_words(needle);
  return !n.empty() && h.find(" " + n + " ") != std::string::npos;
}

std::vector<std::string> split_on(std::string_view line, char separator) {
  std::vector<std::string> out;
  for (size_t start = 0, end; start <= line.size(); start = end + 1) {
    end = line.find(separator, start);
    if (end == std::string_view::npos) end = line.size();
    out.push_back(trim(line.substr(start, end - start)));
  }
  return out;
}

}  // namespace

PersonAliases PersonAliases::from_file(const std::string& path) {
  return parse(read_user_file(path, "aliases"), path, std::filesystem::path(path).filename().string());
}

PersonAliases PersonAliases::from_string(std::string_view content, std::string_view name) {
  return parse(content, std::string(name), std::string(name));
}

PersonAliases PersonAliases::parse(std::string_view content, const std::string& path, const std::string& label) {
  PersonAliases out;
  out.label_ = label;
  out.text_ = std::string(content);
  int line_number = 0;
  std::istringstream in(out.text_);
  for (std::string line; std::getline(in, line);) {
    ++line_number;
    std::string rule = label + ":" + std::to_string(line_number);
    std::string where = path + ":" + std::to_string(line_number) + ": ";
    line = trim(line);
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> names = split_on(line, '=');
    size_t open = names.front().find('[');
    if (open != std::string::npos) {
      // A split: NAME [key: value; key: value] = OTHER PERSON
      size_t close = names.front().find(']', open);
      Split split;
      split.name_id = person_id(names.front().substr(0, open));
      if (names.size() != 2 || close == std::string::npos || trim(names.front().substr(close + 1)) != "" ||
          split.name_id.empty() || person_id(names[1]).empty())
        throw std::runtime_error(where + "expected \"Name [organisation: ...] = Other Person\"");
      for (const std::string& c : split_on(names.front().substr(open + 1, close - open - 1), ';')) {
        size_t colon = c.find(':');
        std::string key = colon == std::string::npos ? "" : folded_words(c.substr(0, colon));
        if (key == "org") key = "organisation";
        std::string value = colon == std::string::npos ? "" : folded_words(c.substr(colon + 1));
        if ((key != "board" && key != "organisation" && key != "area") || value.empty())
          throw std::runtime_error(where + "expected conditions \"board: ...\", \"organisation: ...\" or \"area: ...\"");
        split.conditions.push_back({key, value});
      }
      split.person_id = person_id(names[1]);
      split.rule = rule;
      out.splits_.push_back(std::move(split));
      continue;
    }
    if (names.size() < 2 || std::any_of(names.begin(), names.end(), [](auto& n) { return person_id(n).empty(); }))
      throw std::runtime_error(where + "expected \"Name = Other Spelling\"");
    std::string canonical = person_id(names.front());
    for (const std::string& spelling : names) {
      auto [it, added] = out.merges_.emplace(person_id(spelling), Merge{canonical, rule});
      if (!added && it->second.person_id != canonical)
        throw std::runtime_error(where + "\"" + spelling + "\" is already an alias of " + it->second.person_id);
      out.spellings_.push_back({spelling, canonical});
    }
  }
  return out;
}

bool PersonAliases::holds(const Condition& c, const Listing& where) const {
  if (c.key == "board") return contains_words(where.board, c.value) || contains_words(where.board_id, c.value);
  if (c.key == "area") return contains_words(where.area, c.value);
  return contains_words(where.organisation, c.value) || contains_words(where.organisation_as_written, c.value);
}

AliasResolution PersonAliases::resolve(std::string_view name, const Listing& where) const {
  std::string id = person_id(name);
  for (const Split& split : splits_)
    if (split.name_id == id && std::all_of(split.conditions.begin(), split.conditions.end(),
                                           [&](const Condition& c) { return holds(c, where); }))
      return {split.person_id, split.rule};
  auto it = merges_.find(id);
  if (it == merges_.end() || it->second.person_id == id) return {id, ""};
  return {it->second.person_id, it->second.rule};
}

std::string PersonAliases::canonical_id(std::string_view name) const {
  std::string id = person_id(name);
  auto it = merges_.find(id);
  return it == merges_.end() ? id : it->second.person_id;
}

bool PersonAliases::vouched(std::string_view id) const {
  auto it = merges_.find(id);
  return it != merges_.end() && it->second.person_id == id;
}

std::string fold_to_ascii_lower(std::string_view text) {
  // ASCII needs only lower-casing, and most names are ASCII: skip ICU (and its lock).
  if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
  }
  static std::once_flag once;
  static std::unique_ptr<icu::Transliterator> fold;
  std::call_once(once, [] {
    UErrorCode status = U_ZERO_ERROR;
    fold.reset(icu::Transliterator::createInstance("Any-Latin; Latin-ASCII; Lower", UTRANS_FORWARD,
                                                   status));
    if (U_FAILURE(status)) fold.reset();
  });
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), text.size()));
  if (fold) {
    // Transliterator::transliterate is not safe to share across threads; guard it.
    static std::mutex mutex;
    std::lock_guard lock(mutex);
    fold->transliterate(u);
  } else {
    u.toLower();
  }
  std::string out;
  u.toUTF8String(out);
  return out;
}

std::string person_id(std::string_view name) {
  std::string folded = fold_to_ascii_lower(name);
  std::vector<std::string> words;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) words.push_back(word);
    word.clear();
  };
  for (char c : folded) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      word += c;
    } else if (c != '\'') {  // O'Brien -> obrien
      flush();
    }
  }
  flush();
  while (words.size() > 1 &&
         std::find(std::begin(kIdTitles), std::end(kIdTitles), words.front()) != std::end(kIdTitles))
    words.erase(words.begin());
  std::string id;
  for (const std::string& w : words) id += (id.empty() ? "" : "-") + w;
  return id;
}

AttendeeIndex::AttendeeIndex(const std::vector<Attendee>& attendance,
                             const std::vector<NameSpelling>& spellings, const Taxonomy& taxonomy) {
  std::map<std::string, uint32_t> person_of_id;
  std::vector<Naming> namings;
  for (const Attendee& a : attendance) {
    if (a.person_id.empty()) continue;
    auto [it, added] = person_of_id.emplace(a.person_id, static_cast<uint32_t>(ids_.size()));
    if (added) ids_.push_back(a.person_id);
    add_namings(a, it->second, namings);
  }
  for (const NameSpelling& s : spellings) {
    auto it = person_of_id.find(s.person_id);
    if (it != person_of_id.end())
      namings.push_back({person_id(s.name), PhraseMatcher::Form::any_case, Kind::full_name, it->second});
  }
  for (Naming& n : namings) std::replace(n.phrase.begin(), n.phrase.end(), '-', ' ');
  // A naming shared by two listed people (two Lesleys, two "SL"s) names neither;
  // initials read in the minutes win over initials implied for someone else.
  std::map<std::string, std::set<uint32_t>> named, listed, implied;
  auto key_of = [](const Naming& n) {
    return n.kind == Kind::initials || n.kind == Kind::first_name ? n.phrase : fold_to_ascii_lower(n.phrase);
  };
  auto bucket = [&](const Naming& n) -> std::map<std::string, std::set<uint32_t>>& {
    return n.kind != Kind::initials ? named : n.implied ? implied : listed;
  };
  for (const Naming& n : namings) bucket(n)[key_of(n)].insert(n.person);
  for (const Naming& n : namings) {
    std::string key = key_of(n);
    if (bucket(n)[key].size() != 1) continue;
    // Implied initials that spell a topic or a common abbreviation ("CP", "IT") are not guessed.
    if (n.implied && (listed.contains(key) || is_reserved_abbreviation(key) || taxonomy.find(key)))
      continue;
    names_.add(n.phrase, n.person * 4 + static_cast<uint32_t>(n.kind), n.form);
  }
}

std::vector<std::string> AttendeeIndex::people_in(std::string_view text) const {
  std::vector<Word> words = tokenize_words(text);
  for (Word& w : words) {
    bool ascii = std::all_of(w.key.begin(), w.key.end(), [](char c) { return (c & 0x80) == 0; });
    if (ascii) continue;
    w.key = fold_to_ascii_lower(w.key);
    std::erase(w.key, '\'');
  }
  std::vector<std::string> out;
  for (const PhraseMatcher::Match& m : names_.find(text, words)) {
    auto kind = static_cast<Kind>(m.value % 4);
    if (kind == Kind::first_name && m.first_word > 0 && !words[m.first_word].break_before &&
        is_determiner(words[m.first_word - 1].key))
      continue;
    const std::string& id = ids_[m.value / 4];
    if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
  }
  return out;
}

}  // namespace crossboard::corpus
