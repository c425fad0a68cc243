// split_flattened_lines: cut a page that PDF-to-text put on one line back
// into its header, attendance labels and items.
#include "corpus/flatten.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "corpus/dates.h"
#include "corpus/minutes_parts.h"
#include "corpus/text_util.h"

namespace crossboard::corpus {

const std::string_view kFlatLineCues[] = {
    "Present:",         "PRESENT:",         "Members present:",  "MEMBERS PRESENT:",
    "Members:",         "MEMBERS:",         "Attendees:",        "ATTENDEES:",
    "In attendance:",   "IN ATTENDANCE:",   "In Attendance:",    "Also present:",
    "Also Present:",    "ALSO PRESENT:",    "Also in attendance:", "ALSO IN ATTENDANCE:",
    "Officers in attendance:", "Officers present:", "Apologies:", "APOLOGIES:",
    "Apologies for absence:", "Apologies for Absence:", "Absent:", "ABSENT:",
    "Observers:",       "OBSERVERS:",       "Guests:",           "GUESTS:",
    "Attendance Key:",  "Action:",          "ACTION:",           "Actions:",
    "RESOLVED –",       "RESOLVED:",        "RESOLVED -",        "Date of next meeting",
    "Date of Next Meeting", "DATE OF NEXT MEETING"};
const size_t kFlatLineCueCount = std::size(kFlatLineCues);

namespace {

// Shorter lines are paragraphs: a flattened page runs to thousands of characters.
constexpr size_t kFlatLineChars = 500;
// A flattened file's last page may be short: "… Page 3 of 3 7. Any Other Business …".
constexpr size_t kFlatPageTailChars = 80;
// Cues a long line needs before it is taken for a flattened page; once one
// line of a file is, the file's later pages need only one.
constexpr int kMinCues = 3;
// The date line is cut out only within the title block at a page's start.
constexpr size_t kDateHeadChars = 400;
// Item numbers of a flattened agenda: "1." to "999.".
constexpr size_t kMaxNumberDigits = 3;

struct Cut {
  size_t at = 0;
  bool item = false;  // an item number starts here: its title is cut from its text
};

bool word_start(std::string_view line, size_t at) { return at == 0 || line[at - 1] == ' '; }

std::vector<Cut> label_cuts(std::string_view line) {
  std::vector<std::pair<size_t, size_t>> found;  // where, how long
  for (std::string_view cue : kFlatLineCues) {
    for (size_t at = line.find(cue); at != std::string_view::npos; at = line.find(cue, at + 1)) {
      size_t end = at + cue.size();
      bool whole = end >= line.size() || !std::isalpha(static_cast<unsigned char>(line[end]));
      if (word_start(line, at) && whole) found.emplace_back(at, cue.size());
    }
  }
  // "Also present:" holds "present:"-like cues; the longest at the earliest place wins.
  std::sort(found.begin(), found.end(), [](auto a, auto b) { return a.first < b.first || (a.first == b.first && a.second > b.second); });
  std::vector<Cut> cuts;
  size_t covered = 0;
  for (auto [at, length] : found) {
    if (!cuts.empty() && at < covered) continue;
    cuts.push_back({at, false});
    covered = at + length;
  }
  return cuts;
}

// Whether item `expected` starts at `at`: "3. Child Sexual Exploitation …",
// "3 YOUTH COUNCIL PRIORITIES", "… were noted. 4 Performance …". A number
// that is part of a date ("14 May 2015") or a title ("Quarter 3 Audit")
// does not come next in the sequence, or is not followed by a heading word.
bool item_starts_at(std::string_view line, size_t at, int expected) {
  if (!word_start(line, at)) return false;
  size_t i = at;
  int value = 0;
  while (i < line.size() && i - at < kMaxNumberDigits + 1 && std::isdigit(static_cast<unsigned char>(line[i])))
    value = value * 10 + (line[i++] - '0');
  if (i == at || i - at > kMaxNumberDigits || value != expected) return false;
  bool dotted = i < line.size() && line[i] == '.';
  if (dotted) ++i;
  if (i < line.size() && line[i] == ' ') ++i;
  else if (!dotted) return false;
  if (i >= line.size()) return false;
  if (auto date = find_date(line.substr(at, 40)); date && date->offset == 0) return false;
  size_t end = line.find(' ', i);
  std::string_view next = line.substr(i, end == std::string_view::npos ? std::string_view::npos : end - i);
  if (next.empty() || !std::isupper(static_cast<unsigned char>(next[0]))) return false;
  if (dotted) return true;
  // Undotted: a heading in capitals, or a number that opens a sentence.
  size_t before = line.find_last_not_of(' ', at == 0 ? 0 : at - 1);
  bool after_sentence = at == 0 || (before != std::string_view::npos && (line[before] == '.' || line[before] == ')'));
  return is_upper_word(next) || after_sentence;
}

std::vector<Cut> item_cuts(std::string_view line, int& expected) {
  std::vector<Cut> cuts;
  for (size_t at = 0; at < line.size(); ++at) {
    if (!std::isdigit(static_cast<unsigned char>(line[at])) || !word_start(line, at)) continue;
    if (item_starts_at(line, at, expected)) {
      cuts.push_back({at, true});
      ++expected;
    }
  }
  return cuts;
}

// Words after which a date belongs to the sentence: "was held on Friday 21 September 2018".
bool joins_date(std::string_view word) {
  std::string w = fold(word);
  for (std::string_view j : {"on", "held", "of", "dated", "from", "at", "date:", "on:"})
    if (w == j) return true;
  return false;
}

// "9.30am", "10:00", "2pm", "12.30pm": a clock time.
bool is_time_word(std::string_view w) {
  while (w.ends_with(",")) w.remove_suffix(1);
  if (w.ends_with("am") || w.ends_with("pm")) w.remove_suffix(2);
  if (w.empty() || w.size() > 5 || !std::isdigit(static_cast<unsigned char>(w[0]))) return false;
  return std::all_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == ':'; });
}

// Where the date's times end: "14th May 2015, 9.30am – 12.30pm| Training Room 2".
size_t end_of_times(std::string_view line, size_t from) {
  size_t end = from, at = from;
  while (at < line.size()) {
    while (at < line.size() && (line[at] == ' ' || line[at] == ',')) ++at;
    size_t stop = line.find(' ', at);
    std::string_view w = line.substr(at, stop == std::string_view::npos ? std::string_view::npos : stop - at);
    if (w.empty()) break;
    if (is_time_word(w)) end = at + w.size();
    else if (w != "\u2013" && w != "-" && w != "to" && w != "at" && w != "from") break;
    at += w.size();
  }
  return end;
}

// The meeting's date line inside a document's title block: "… MINUTES OF
// BOARD MEETING Thursday 14th May 2015, 9.30am – 12.30pm Training Room 2 …"
// is cut before "Thursday" and after "12.30pm", so the date has a line of its own.
std::vector<Cut> date_cuts(std::string_view line, size_t before) {
  std::optional<DateMatch> date = find_date(line);
  if (!date || date->offset == 0 || date->offset > kDateHeadChars || date->offset >= before) return {};
  std::vector<std::string_view> words = split_words(line.substr(0, date->offset));
  if (words.empty() || joins_date(words.back())) return {};
  std::vector<Cut> cuts{{date->offset, false}};
  size_t end = end_of_times(line, date->offset + date->length);
  if (end < before && end + 1 < line.size()) cuts.push_back({end, false});
  return cuts;
}

Line make_line(const Line& source, std::string_view text) {
  Line line;
  line.number = source.number;
  line.page = source.page;
  line.text = std::string(trim(text));
  Block block;
  block.text = line.text;
  line.cells = {Cell{{block}}};
  return line;
}

// An item's piece: "3. Budget Update GO presented the …" → "3. Budget Update"
// and "GO presented the …". A title in capitals is left whole: the item
// reader takes the capitals as the title.
void add_item_piece(std::vector<Line>& out, const Line& source, std::string_view piece) {
  size_t space = piece.find(' ');
  if (space == std::string_view::npos) {
    out.push_back(make_line(source, piece));
    return;
  }
  std::string_view rest = trim(piece.substr(space));
  std::vector<std::string_view> words = split_words(rest);
  size_t end = 0;
  std::string title = words.empty() || is_upper_word(words[0]) ? "" : split_title(rest, {}, end);
  if (title.empty() || end == 0 || end >= rest.size()) {
    out.push_back(make_line(source, piece));
    return;
  }
  out.push_back(make_line(source, std::string(piece.substr(0, space)) + " " + title));
  out.push_back(make_line(source, rest.substr(end)));
}

}  // namespace

std::optional<Text> split_flattened_lines(const Text& text) {
  std::optional<Text> out;
  int expected = 1;
  bool flattened_before = false;
  for (size_t k = 0; k < text.lines.size(); ++k) {
    const Line& line = text.lines[k];
    std::vector<Cut> cuts;
    if (!line.table_row() && line.text.size() >= (flattened_before ? kFlatPageTailChars : kFlatLineChars)) {
      int next = expected;
      cuts = label_cuts(line.text);
      std::vector<Cut> items = item_cuts(line.text, next);
      size_t first = items.empty() ? line.text.size() : items[0].at;
      if (!cuts.empty()) first = std::min(first, cuts[0].at);
      // Only the document's first page has the title block.
      std::vector<Cut> dates = flattened_before ? std::vector<Cut>{} : date_cuts(line.text, first);
      int cues = static_cast<int>(cuts.size() + items.size()) + (dates.empty() ? 0 : 1);
      cuts.insert(cuts.end(), dates.begin(), dates.end());
      cuts.insert(cuts.end(), items.begin(), items.end());
      int needed = flattened_before ? 1 : kMinCues;
      if (cues >= needed) {
        expected = next;
        flattened_before = true;
      } else {
        cuts.clear();
      }
    }
    if (cuts.empty()) {
      if (out) out->lines.push_back(line);
      continue;
    }
    if (!out) {
      out.emplace();
      out->lines.assign(text.lines.begin(), text.lines.begin() + static_cast<std::ptrdiff_t>(k));
    }
    std::sort(cuts.begin(), cuts.end(), [](const Cut& a, const Cut& b) { return a.at < b.at; });
    std::string_view whole = line.text;
    if (cuts[0].at > 0) out->lines.push_back(make_line(line, whole.substr(0, cuts[0].at)));
    for (size_t c = 0; c < cuts.size(); ++c) {
      size_t end = c + 1 < cuts.size() ? cuts[c + 1].at : whole.size();
      std::string_view piece = trim(whole.substr(cuts[c].at, end - cuts[c].at));
      if (piece.empty()) continue;
      if (cuts[c].item) add_item_piece(out->lines, line, piece);
      else out->lines.push_back(make_line(line, piece));
    }
  }
  return out;
}

}  // namespace crossboard::corpus
