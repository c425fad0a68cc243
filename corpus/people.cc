// People within a meeting: canonical ids, ASCII folding, and the attendees an item names.
#include "corpus/people.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>
#include <set>

#include "corpus/annotate.h"

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

}  // namespace

std::string fold_to_ascii_lower(std::string_view text) {
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
