// Board identity: the rules that give one id per body, and the boards file.
#include "corpus/boards.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>

#include "corpus/organisations.h"
#include "corpus/text_util.h"

namespace crossboard::corpus {

namespace {

using Words = std::vector<std::string>;

// Lower-case letters a glued word must have before its capital: "Mc" and
// "Mac" names keep theirs ("McAllister"), "DerehamParish" does not.
constexpr size_t kMinGluedRun = 2;

// Words that name the document or the occasion, not the body.
constexpr std::string_view kDocumentWords[] = {
    "minutes", "minute", "minuted", "minuites", "minites", "notes", "note", "draft", "unconfirmed",
    "confirmed", "approved", "agenda", "record", "report", "action", "actions", "summary"};
constexpr std::string_view kOccasionWords[] = {"annual", "virtual", "remote", "extraordinary", "ordinary", "extra",
                                               "special", "emergency", "agm", "inquorate", "reconvened", "page",
                                               "latest", "last", "next", "previous", "matters", "monthly", "second"};
// Words that may lead into the body's name: "Minutes of a meeting of the".
constexpr std::string_view kLeadWords[] = {"of", "the", "a", "an", "to", "from", "for", "meeting", "mtg",
                                           "held", "on", "at", "in"};
constexpr std::string_view kMonthWords[] = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

// Words that end a body's name: what follows them is the occasion or a
// sentence ("... Parish Council Councillors are summoned", "... Board is").
constexpr std::string_view kBodyEnds[] = {
    "board", "trust", "partnership", "committee", "subcommittee", "panel", "council", "executive", "group",
    "forum", "body", "cabinet", "assembly", "commission", "authority", "association", "legion", "meeting"};

// Abbreviations written out, so "Barset LSCB" and "Barset Local Safeguarding
// Children Board" are one board. "Local" before "Safeguarding" is dropped
// below: boards write it or not.
struct Abbreviation {
  std::string_view word;
  std::string_view full;
};
constexpr Abbreviation kAbbreviations[] = {
    {"lscb", "safeguarding children board"},   {"scb", "safeguarding children board"},
    {"scp", "safeguarding children partnership"}, {"lsab", "safeguarding adults board"},
    {"sab", "safeguarding adults board"},       {"sapb", "safeguarding adults partnership board"},
    {"hwb", "health and wellbeing board"},      {"hwbb", "health and wellbeing board"},
    {"ccg", "clinical commissioning group"},    {"pct", "primary care trust"},
    {"cpp", "corporate parenting panel"},       {"yot", "youth offending team"},
    {"yos", "youth offending service"},         {"csp", "community safety partnership"},
    {"cttee", "committee"},                     {"pc", "parish council"}};

// Council words that an authority's name ends with: dropped before the
// body's own name ("Barset County Council Cabinet" is Barset's cabinet).
constexpr std::string_view kCouncilKinds[] = {"county", "borough", "city", "district", "metropolitan"};

bool in(std::string_view word, const auto& list) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

bool is_number(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// An ordinal date part left in a title: "5th", "21st".
bool is_ordinal(std::string_view w) {
  size_t digits = 0;
  while (digits < w.size() && std::isdigit(static_cast<unsigned char>(w[digits]))) ++digits;
  if (digits == 0 || digits > 2) return false;
  std::string_view rest = w.substr(digits);
  return rest == "st" || rest == "nd" || rest == "rd" || rest == "th";
}

Words split_slug(const std::string& slug) {
  Words words;
  std::string w;
  for (char c : slug + "-") {
    if (c == '-' || c == ' ') {
      if (!w.empty()) words.push_back(w);
      w.clear();
    } else {
      w += c;
    }
  }
  return words;
}

std::string join(const Words& words, size_t from = 0, size_t to = std::string::npos) {
  std::string out;
  for (size_t i = from; i < std::min(to, words.size()); ++i) out += (out.empty() ? "" : "-") + words[i];
  return out;
}

bool is_trailing_noise(const Words& w, size_t i) {
  const std::string& word = w[i];
  if (in(word, kDocumentWords) || in(word, kOccasionWords) || in(word, kMonthWords) || in(word, kLeadWords) ||
      is_number(word) || is_ordinal(word) || word == "general")
    return !(word == "meeting" && i > 0 && w[i - 1] == "parish");  // a parish meeting is a body
  return false;
}

// Drops what names the document and the occasion, keeping the body.
Words strip_occasion(Words w) {
  // Leading: "minutes of the annual meeting of the", "draft minutes", "virtual".
  size_t start = 0;
  while (start < w.size() && (in(w[start], kDocumentWords) || in(w[start], kOccasionWords) ||
                              in(w[start], kLeadWords) || in(w[start], kMonthWords) || w[start] == "general" ||
                              is_number(w[start]) || is_ordinal(w[start])))
    ++start;
  w.erase(w.begin(), w.begin() + static_cast<std::ptrdiff_t>(start));
  // Trailing: "... meeting minutes", "... minutes of May meeting 2019".
  while (!w.empty() && is_trailing_noise(w, w.size() - 1)) w.pop_back();
  // Inside: "Barset Annual Parish Council", "Barset Virtual PC Meeting".
  Words kept;
  for (size_t i = 0; i < w.size(); ++i) {
    const std::string& word = w[i];
    const std::string next = i + 1 < w.size() ? w[i + 1] : "";
    bool occasion = in(word, kOccasionWords) || in(word, kDocumentWords) ||
                    (word == "general" && (next == "meeting" || next == "mtg"));
    if (occasion && (next == "parish" || next == "town" || next == "pc" || next == "meeting" || next == "mtg" ||
                     next == "general" || in(next, kOccasionWords) || in(next, kDocumentWords)))
      continue;
    if (word == "the") continue;
    kept.push_back(word);
  }
  return kept;
}

Words end_at_body(Words w) {
  size_t last = w.size();
  for (size_t i = 0; i < w.size(); ++i)
    if (in(w[i], kBodyEnds) && !(w[i] == "meeting" && (i == 0 || w[i - 1] != "parish"))) last = i;
  if (last < w.size()) w.resize(last + 1);
  // "Barset Annual Parish" was "Barset Annual Parish Meeting" before its
  // occasion word was cut: the parish meeting, not the council.
  if (!w.empty() && w.back() == "parish") w.push_back("meeting");
  return w;
}

// "ofwest", "derehamparish": words a converter glued in capitals, where no
// case change marks the seam. Only a lead "of" and the body words are split off.
Words split_glued(const Words& w) {
  Words out;
  for (size_t i = 0; i < w.size(); ++i) {
    std::string word = w[i];
    if (i > 0 && (w[i - 1] == "minutes" || w[i - 1] == "meeting") && word.size() > 4 && word.starts_with("of") &&
        !word.starts_with("off") && !word.starts_with("ofs")) {
      out.push_back("of");
      word = word.substr(2);
    }
    bool split = false;
    for (std::string_view end : {"parish", "council", "committee"}) {
      if (word.size() > end.size() + 2 && word.ends_with(end)) {
        out.push_back(word.substr(0, word.size() - end.size()));
        out.emplace_back(end);
        split = true;
        break;
      }
    }
    if (!split) out.push_back(word);
  }
  return out;
}

Words expand(const Words& w) {
  Words out;
  for (size_t i = 0; i < w.size(); ++i) {
    const std::string& word = w[i];
    // "Well-being", "Well Being".
    if (word == "well" && i + 1 < w.size() && w[i + 1] == "being") {
      out.push_back("wellbeing");
      ++i;
      continue;
    }
    bool done = false;
    for (const Abbreviation& a : kAbbreviations) {
      // "PC" is a parish council after a place, not a police constable in a name.
      if (word != a.word || (word == "pc" && i == 0)) continue;
      for (const std::string& part : split_slug(std::string(a.full))) out.push_back(part);
      done = true;
      break;
    }
    if (!done) out.push_back(word);
  }
  // "Local Safeguarding Children Board", "Safeguarding Adult Board".
  Words tidy;
  for (size_t i = 0; i < out.size(); ++i) {
    if (out[i] == "local" && i + 1 < out.size() && out[i + 1] == "safeguarding") continue;
    if (i > 0 && out[i - 1] == "safeguarding" && out[i] == "adult") {
      tidy.push_back("adults");
      continue;
    }
    if (i > 0 && out[i - 1] == "safeguarding" && out[i] == "childrens") {
      tidy.push_back("children");
      continue;
    }
    tidy.push_back(out[i]);
  }
  return tidy;
}

// "barset county council cabinet" → "barset cabinet": the authority's
// council words before the body's own name. Parish and town councils are
// bodies themselves and keep theirs.
Words drop_authority_council(const Words& w) {
  for (size_t i = 1; i + 1 < w.size(); ++i) {
    if (w[i] != "council" || w[i - 1] == "parish" || w[i - 1] == "town") continue;
    size_t first = i;
    while (first > 1 && in(w[first - 1], kCouncilKinds)) --first;
    Words out(w.begin(), w.begin() + static_cast<std::ptrdiff_t>(first));
    out.insert(out.end(), w.begin() + static_cast<std::ptrdiff_t>(i + 1), w.end());
    return out;
  }
  return w;
}

// "corporate parenting panel of barset county council" → "barset corporate
// parenting panel": an authority written after the body goes first.
Words authority_first(const Words& w, std::string_view unglued) {
  for (size_t i = 1; i + 1 < w.size(); ++i) {
    if (w[i] != "of" && w[i] != "for") continue;
    Words tail(w.begin() + static_cast<std::ptrdiff_t>(i + 1), w.end());
    bool council = tail.size() >= 2 && tail.back() == "council";
    bool area = false;
    if (!council) {
      // "... Board for Barset": the tail is exactly one authority's name.
      std::string written = join(tail);
      std::replace(written.begin(), written.end(), '-', ' ');
      std::vector<NameMention> named = Gazetteer::builtin().areas(written);
      area = named.size() == 1 && named[0].offset == 0 && named[0].length == written.size();
    }
    (void)unglued;
    if (!council && !area) continue;
    // "July meeting of the Barset Parish Council": words before "of" that
    // name no body are the occasion, and go.
    bool head_is_body = false;
    for (size_t k = 0; k < i; ++k) head_is_body = head_is_body || in(w[k], kBodyEnds);
    Words out = tail;
    if (head_is_body) out.insert(out.end(), w.begin(), w.begin() + static_cast<std::ptrdiff_t>(i));
    return out;
  }
  return w;
}

// Words that start the body's function: a name starting with one has no place.
bool starts_without_place(const Words& w) {
  static const std::set<std::string, std::less<>> kFunctionStarts = {
      "childrens", "children", "health", "safeguarding", "local", "clinical", "corporate", "adult", "adults",
      "community", "public", "strategic", "integrated", "joint", "youth", "family", "families", "executive",
      "partnership", "schools", "education", "cabinet", "crime", "panel", "committee", "board", "trust",
      "county", "council", "full", "governing", "village", "transparency", "planning", "scrutiny", "audit",
      "policy", "standards", "licensing", "regulation", "governance", "primary", "parish", "town"};
  return !w.empty() && kFunctionStarts.count(w.front()) > 0;
}

}  // namespace

std::string unglue(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  size_t lower_run = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    bool upper = std::isupper(c) != 0;
    bool next_lower = i + 1 < text.size() && std::islower(static_cast<unsigned char>(text[i + 1])) != 0;
    if (upper && next_lower && lower_run >= kMinGluedRun) out += ' ';
    out += text[i];
    lower_run = std::islower(c) ? lower_run + 1 : 0;
  }
  return out;
}

std::string tidy_board_name(std::string_view board) {
  // "Panel.\nNot complete": a name is one line and one sentence.
  board = board.substr(0, std::min(board.find('\n'), board.find(". ")));
  std::string unglued = unglue(board);
  std::vector<std::string> words;
  for (std::string_view w : split_words(unglued)) words.emplace_back(w);
  // Page furniture run into the name: "5 Barset Parish Council Page 1".
  while (!words.empty() && is_number(words.front())) words.erase(words.begin());
  if (words.size() >= 2 && lower_ascii(words[words.size() - 2]) == "page" && is_number(words.back()))
    words.resize(words.size() - 2);
  std::string out;
  for (size_t i = 0; i < words.size(); ++i) {
    std::string word = words[i];
    std::string lower = lower_ascii(word);
    std::string before = i > 0 ? lower_ascii(words[i - 1]) : "";
    if ((before == "minutes" || before == "meeting") && lower.size() > 4 && lower.starts_with("of") &&
        !lower.starts_with("off") && !lower.starts_with("ofs")) {
      out += (out.empty() ? "" : " ") + word.substr(0, 2);
      word = word.substr(2);
      lower = lower.substr(2);
    }
    for (std::string_view end : {"parish", "council", "committee"}) {
      if (lower.size() > end.size() + 2 && lower.ends_with(end) && std::isalpha(static_cast<unsigned char>(lower[lower.size() - end.size() - 1]))) {
        word.insert(word.size() - end.size(), " ");
        break;
      }
    }
    out += (out.empty() ? "" : " ") + word;
  }
  return out;
}

std::string board_identity(std::string_view board, std::string_view area) {
  std::string unglued = unglue(board);
  // "Minutes ofWest": a lost space after a lead word the capital did not mark.
  Words words = split_slug(slugify(unglued));
  words = end_at_body(strip_occasion(expand(split_glued(words))));
  words = authority_first(words, unglued);
  words = drop_authority_council(words);
  if (words.empty()) return slugify(board);
  if (!area.empty() && starts_without_place(words)) {
    Words place = split_slug(slugify(area));
    words.insert(words.begin(), place.begin(), place.end());
  }
  return join(words);
}

bool is_local_council(std::string_view board, std::string& place) {
  std::string unglued = unglue(board);
  std::vector<std::string_view> raw = split_words(unglued);
  std::vector<std::string> words;
  for (std::string_view w : raw) {
    std::string cleaned;
    for (char c : w)
      if (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '\'') cleaned += c;
    if (!cleaned.empty()) words.push_back(cleaned);
  }
  auto lower = [](const std::string& w) { return lower_ascii(w); };
  // Drop what follows the council: "Parish Council Minutes", "PC Meeting".
  size_t end = words.size();
  size_t council_at = std::string::npos;
  for (size_t i = 0; i < end; ++i) {
    std::string w = lower(words[i]);
    if (w == "pc" && i > 0) {
      council_at = i;
      break;
    }
    if ((w == "parish" || w == "town") && i + 1 < end && lower(words[i + 1]) == "council" && i > 0) {
      council_at = i;
      break;
    }
  }
  if (council_at == std::string::npos) return false;
  size_t stop = council_at;
  while (stop > 0 && (in(lower(words[stop - 1]), kOccasionWords) || lower(words[stop - 1]) == "general"))
    --stop;
  // The place: the capitalised words just before ("July meeting of the
  // Barset Parish Council"); "the meeting of our Parish Council" names none.
  size_t start = stop;
  while (start > 0) {
    const std::string& w = words[start - 1];
    std::string l = lower(w);
    bool small = l == "and" || l == "upon" || l == "on" || l == "under" || l == "le" || l == "with";
    // "Stoke ferry Parish Council": a place's later words may lose their capital.
    bool word = std::isalpha(static_cast<unsigned char>(w[0])) || small;
    if (!word || in(l, kDocumentWords) || in(l, kOccasionWords) || in(l, kLeadWords) || in(l, kMonthWords) ||
        in(l, kBodyEnds) || l == "general")
      break;
    --start;
  }
  // The place starts with a capital: "our Parish Council" names none.
  while (start < stop && !std::isupper(static_cast<unsigned char>(words[start][0]))) ++start;
  while (start < stop && (lower(words[start]) == "and" || lower(words[start]) == "with")) ++start;
  if (stop == start) return false;
  place.clear();
  for (size_t i = start; i < stop; ++i) place += (place.empty() ? "" : " ") + words[i];
  // "SF PC", "WD Parish Council": initials are not a parish's name.
  if (stop - start == 1 && place.size() <= 3 && is_upper_word(place)) return false;
  return true;
}

// ---- the boards file ----

BoardNames BoardNames::from_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot read the boards file");
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::string label = path;
  if (size_t slash = label.find_last_of('/'); slash != std::string::npos) label = label.substr(slash + 1);
  BoardNames names = from_string(buffer.str(), label);
  return names;
}

BoardNames BoardNames::from_string(std::string_view content, std::string_view name) {
  BoardNames b;
  b.label_ = std::string(name);
  b.text_ = std::string(content);
  std::istringstream lines{std::string(content)};
  int number = 0;
  std::vector<std::pair<std::string, std::string>> lineage;  // raw names; resolved once merges are read
  std::vector<int> lineage_lines;
  auto fail = [&](int line, const std::string& why) {
    throw std::runtime_error(std::string(name) + ":" + std::to_string(line) + ": " + why);
  };
  for (std::string line; std::getline(lines, line);) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::string_view t = trim(line);
    if (t.empty() || t.starts_with('#')) continue;
    if (size_t arrow = t.find("->"); arrow != std::string_view::npos) {
      std::string_view before = trim(t.substr(0, arrow));
      std::string_view after = trim(t.substr(arrow + 2));
      if (before.empty() || after.empty() || after.find("->") != std::string_view::npos)
        fail(number, "expected \"EARLIER BOARD -> LATER BOARD\"");
      lineage.emplace_back(std::string(before), std::string(after));
      lineage_lines.push_back(number);
      continue;
    }
    std::vector<std::string> names;
    for (size_t from = 0;;) {
      size_t eq = t.find('=', from);
      std::string_view part = trim(t.substr(from, eq == std::string_view::npos ? std::string_view::npos : eq - from));
      if (part.empty()) fail(number, "empty board name");
      names.emplace_back(part);
      if (eq == std::string_view::npos) break;
      from = eq + 1;
    }
    if (names.size() < 2) fail(number, "expected \"BOARD = OTHER SPELLING\" or \"EARLIER BOARD -> LATER BOARD\"");
    std::string id = board_identity(names[0]);
    std::string rule = b.label_ + ":" + std::to_string(number);
    // The first name may itself be a spelling merged earlier in the file.
    if (auto it = b.merges_.find(id); it != b.merges_.end()) id = it->second.id;
    b.names_.emplace(id, names[0]);
    for (const std::string& spelling : names) {
      std::string from_id = board_identity(spelling);
      b.merges_[from_id] = Merge{id, b.names_[id], rule};
    }
  }
  for (size_t k = 0; k < lineage.size(); ++k) {
    std::string earlier = b.resolve(board_identity(lineage[k].first)).id;
    std::string later = b.resolve(board_identity(lineage[k].second)).id;
    if (earlier == later) fail(lineage_lines[k], "a board cannot follow itself");
    if (auto it = b.successor_.find(earlier); it != b.successor_.end() && it->second != later)
      fail(lineage_lines[k], "\"" + lineage[k].first + "\" already has a successor");
    b.successor_[earlier] = later;
    if (!b.names_.count(later)) b.names_[later] = lineage[k].second;
    if (!b.names_.count(earlier)) b.names_[earlier] = lineage[k].first;
    // A chain that comes back to its start has no last board.
    std::set<std::string> seen{earlier};
    for (auto next = b.successor_.find(later); next != b.successor_.end(); next = b.successor_.find(next->second))
      if (!seen.insert(next->first).second || next->second == earlier)
        fail(lineage_lines[k], "the lineage goes round in a circle");
  }
  return b;
}

BoardNames::Resolved BoardNames::resolve(std::string_view id) const {
  if (auto it = merges_.find(id); it != merges_.end()) return {it->second.id, it->second.name, it->second.rule};
  return {std::string(id), "", ""};
}

std::string BoardNames::lineage_head(std::string_view id) const {
  std::string current(id);
  for (size_t guard = 0; guard <= successor_.size(); ++guard) {
    auto it = successor_.find(current);
    if (it == successor_.end()) break;
    current = it->second;
  }
  return current;
}

std::vector<std::string> BoardNames::lineage(std::string_view id) const {
  std::string head = lineage_head(id);
  // Every board that leads to the same last board, farthest from it first.
  std::vector<std::pair<size_t, std::string>> members{{0, head}};
  for (const auto& [from, to] : successor_) {
    if (lineage_head(from) != head) continue;
    size_t steps = 0;
    for (std::string current = from; current != head && steps <= successor_.size(); ++steps)
      current = successor_.at(current);
    members.emplace_back(steps, from);
  }
  std::sort(members.begin(), members.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  std::vector<std::string> out;
  for (auto& [steps, member] : members) out.push_back(member);
  return out;
}

std::string BoardNames::name_of(std::string_view id) const {
  auto it = names_.find(id);
  return it == names_.end() ? "" : it->second;
}

}  // namespace crossboard::corpus
