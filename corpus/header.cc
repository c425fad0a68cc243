// Meeting headers: board, area, date, time, venue and kind of document.
#include <algorithm>
#include <array>
#include <cctype>

#include "corpus/dates.h"
#include "corpus/minutes_parts.h"
#include "corpus/text_util.h"

namespace crossboard::corpus {

namespace {

// Phrases that open a document's title line, folded.
constexpr std::string_view kTitlePhrases[] = {
    "minutes of", "minutes", "draft minutes", "unconfirmed minutes", "confirmed minutes",
    "notes of", "note of", "action notes", "action note", "decisions and actions log",
    "decision and action log", "decisions and actions", "decisions log", "decision log",
    "actions log", "record of the meeting", "summary of decisions", "agenda"};

// Words naming the kind of body; a board's name contains one.
constexpr std::string_view kBoardWords[] = {
    "Board", "Trust", "Partnership", "Committee", "Sub-Committee", "Panel", "Council", "Executive",
    "Group", "Forum", "Governing Body", "Cabinet", "Assembly", "Commission", "Authority",
    "BOARD", "TRUST", "PARTNERSHIP", "COMMITTEE", "PANEL", "COUNCIL", "EXECUTIVE", "GROUP", "FORUM",
    "PC"};  // "Kestleigh PC": a parish council

// Words that start the functional part of a board's name; what comes before is the place.
constexpr std::string_view kDomainWords[] = {
    "children's", "childrens", "children", "health", "safeguarding", "local", "parish", "county",
    "borough", "city", "district", "town", "metropolitan", "clinical", "trust", "board",
    "corporate", "adult", "adults", "community", "public", "strategic", "integrated", "joint",
    "council", "youth", "family", "families", "executive", "partnership", "schools", "education",
    "cabinet", "transparency", "crime", "sector", "panel", "committee", "nhs", "ccg", "data",
    "open", "village", "liaison", "combined", "police", "fire", "wellbeing", "well-being",
    "lscb", "lsab", "scb", "hwb", "the", "ordinary", "annual", "extraordinary", "special"};

// Months and weekdays end a board's name: what follows says when it met.
constexpr std::string_view kWhenWords[] = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    "Saturday", "Sunday"};

bool has_board_word(std::string_view text) {
  for (std::string_view w : kBoardWords) {
    if (find_word_ci(text, w) != std::string_view::npos &&
        text.find(w) != std::string_view::npos)
      return true;
  }
  return false;
}

std::string_view strip_label(std::string_view text, std::string_view label) {
  text = trim(text);
  if (!starts_with_ci(text, label)) return {};
  std::string_view rest = trim(text.substr(label.size()));
  if (rest.starts_with(":")) rest = trim(rest.substr(1));
  return rest;
}

// Cuts a board name where the date, "held on", a dash or the venue begins.
std::string cut_board_name(std::string_view text) {
  std::string f = lower_ascii(text);  // same length as `text`: offsets carry over
  size_t cut = text.size();
  for (std::string_view stop : {" held on", " held at", " held in", " meeting held", " meeting following",
                                " - ", " \xe2\x80\x93 ", " at ", ", ", " (", ":", " \xc2\xa3"}) {
    size_t at = f.find(stop);
    if (at != std::string::npos && at > 0) cut = std::min(cut, at);
  }
  // "Fenmarsh Parish Council March", "... Council Tuesday 6th": the occasion follows.
  for (std::string_view w : kWhenWords) {
    size_t at = find_word_ci(text, w);
    if (at != std::string::npos && at > 0) cut = std::min(cut, at - 1);
  }
  if (auto date = find_date(text)) cut = std::min(cut, date->offset);
  // "YOUTH JUSTICE PANEL– 14 March 2024": a dash written against the
  // name still separates it from the date.
  std::string_view kept = trim(text.substr(0, cut));
  for (bool cut_more = true; cut_more;) {
    cut_more = false;
    for (std::string_view dash : {"\xe2\x80\x93", "\xe2\x80\x94", "-", ",", ":"}) {
      if (kept.ends_with(dash)) {
        kept = trim(kept.substr(0, kept.size() - dash.size()));
        cut_more = true;
      }
    }
  }
  std::string name(kept);
  // "Ordinary Meeting", "Meeting": the occasion, not the board; "... Meeting
  // On 3rd July": the words that led to the date.
  std::string fname = fold(name);
  for (std::string_view tail : {" on", " of", " at", " held", " ordinary meeting", " extraordinary meeting",
                                " annual meeting", " meeting", " minutes"}) {
    if (fname.ends_with(tail)) {
      name.resize(name.size() - tail.size());
      fname.resize(fname.size() - tail.size());
    }
  }
  // "Kestleigh Annual Parish Council": the annual meeting of the parish council.
  for (std::string_view occasion : {"Annual General ", "ANNUAL GENERAL ", "Annual ", "ANNUAL "}) {
    size_t at = name.find(occasion);
    if (at != std::string::npos && at > 0 && name[at - 1] == ' ' &&
        has_board_word(std::string_view(name).substr(at + occasion.size())))
      name.erase(at, occasion.size());
  }
  return std::string(trim(name));
}

// The body named after a title phrase: "Minutes of a meeting of the X held on".
std::string board_after_title(std::string_view text, bool& generic) {
  std::string f = fold(text);
  size_t start = 0;
  for (std::string_view phrase : kTitlePhrases) {
    if (f.starts_with(phrase)) {
      start = phrase.size();
      break;
    }
  }
  std::string_view rest = trim(text.substr(start));
  // "... of the Annual Meeting of West Brindlecombe Parish Council", "from the
  // March meeting of the Kestleigh PC": the body follows "meeting of".
  std::string lowered = lower_ascii(rest);
  size_t meeting_of = lowered.find("meeting of ");
  if (meeting_of != std::string::npos && meeting_of < 40) rest = trim(rest.substr(meeting_of + 11));
  for (std::string_view lead : {"of ", "from ", "a meeting of the ", "a meeting of ", "the meeting of the ",
                                "meeting of the ", "meeting of ", "the ", "a "}) {
    if (starts_with_ci(rest, lead)) rest = trim(rest.substr(lead.size()));
  }
  std::string name = cut_board_name(rest);
  generic = true;
  if (name.empty() || !std::isupper(static_cast<unsigned char>(name[0]))) return "";
  std::string first = lower_ascii(split_words(name)[0]);
  for (std::string_view w : {"executive", "group", "board", "committee", "panel", "partnership",
                             "trust", "forum", "sub-group", "steering", "meeting", "management"}) {
    if (first == w) return name;
  }
  generic = false;
  return name;
}

// A verb that makes a title line a sentence about minutes: "were read",
// "are available", "was approved". `f` is folded.
bool has_sentence_verb(std::string_view f) {
  for (std::string_view verb : {"is", "are", "was", "were", "be", "been", "has", "have", "had", "will",
                                "would", "should", "approved", "agreed", "adopted", "accepted", "signed",
                                "noted", "read", "available", "circulated", "confirmed", "taken"}) {
    for (size_t at = find_word_ci(f, verb); at != std::string_view::npos; at = find_word_ci(f, verb, at + 1)) {
      // "the meeting which was held on": the title's own verb.
      std::string_view after = trim(f.substr(at + verb.size()));
      if (!after.starts_with("held")) return true;
    }
  }
  return false;
}

bool ends_with_ci(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && lower_ascii(s.substr(s.size() - suffix.size())) == lower_ascii(suffix);
}

bool is_label_line(std::string_view text) {
  size_t colon = text.find(':');
  return colon != std::string_view::npos && colon < 25 && count_words(text.substr(0, colon)) <= 3;
}

// A line that names a body on its own: "Halton Children's Trust".
bool is_board_line(std::string_view text) {
  int words = count_words(text);
  if (words == 0 || words > 14 || is_label_line(text)) return false;
  if (text.find(". ") != std::string_view::npos) return false;
  if (!std::isupper(static_cast<unsigned char>(trim(text)[0]))) return false;
  // "PANEL– 14 March 2024": the name is whole once the date is cut off.
  return has_board_word(text) || has_board_word(cut_board_name(text));
}

// "2.00pm", "2pm", "2.00 pm", "10.30 a.m." at text[i]; returns its length.
size_t time_at(std::string_view text, size_t i) {
  size_t j = i;
  while (j < text.size() && std::isdigit(static_cast<unsigned char>(text[j])) && j - i < 2) ++j;
  if (j == i) return 0;
  if (j < text.size() && (text[j] == '.' || text[j] == ':')) {
    size_t k = j + 1;
    while (k < text.size() && std::isdigit(static_cast<unsigned char>(text[k]))) ++k;
    if (k - j != 3) return 0;
    j = k;
  }
  size_t k = j < text.size() && text[j] == ' ' ? j + 1 : j;
  for (std::string_view suffix : {"a.m.", "p.m.", "am", "pm", "noon"}) {
    if (starts_with_ci(text.substr(k), suffix)) {
      size_t end = k + suffix.size();
      if (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end]))) return 0;
      return end - i;
    }
  }
  return 0;
}

std::string find_time(std::string_view text, size_t& end) {
  for (size_t i = 0; i < text.size(); ++i) {
    if (i > 0 && std::isalnum(static_cast<unsigned char>(text[i - 1]))) continue;
    if (size_t n = time_at(text, i)) {
      end = i + n;
      return std::string(text.substr(i, n));
    }
  }
  return "";
}

// The venue written after the date (and time) on the header's date line.
std::string venue_after(std::string_view rest) {
  std::string_view r = trim(rest);
  for (int guard = 0; guard < 6; ++guard) {
    size_t n = 0;
    if (r.starts_with(",") || r.starts_with("-") || r.starts_with(";")) {
      r = trim(r.substr(1));
    } else if (r.starts_with("\u2013")) {
      r = trim(r.substr(3));
    } else if (starts_with_ci(r, "at ")) {
      r = trim(r.substr(3));
    } else if (starts_with_ci(r, "in ")) {
      r = trim(r.substr(3));
    } else if ((n = time_at(r, 0)) != 0) {
      r = trim(r.substr(n));
    } else if (starts_with_ci(r, "to ") && time_at(r, 3)) {
      r = trim(r.substr(3 + time_at(r, 3)));
    } else {
      break;
    }
  }
  if (r.starts_with("(") && r.ends_with(")")) r = trim(r.substr(1, r.size() - 2));
  while (r.ends_with(",") || r.ends_with(".")) r = trim(r.substr(0, r.size() - 1));
  if (r.empty() || count_words(r) > 16 || r.find(". ") != std::string_view::npos) return "";
  if (!std::isupper(static_cast<unsigned char>(r[0])) && !std::isdigit(static_cast<unsigned char>(r[0])))
    return "";
  return std::string(r);
}

std::string kind_of(const std::vector<const Line*>& lines) {
  bool agenda = false;
  for (const Line* line : lines) {
    std::string f = fold(line->text);
    if (f.find("action note") != std::string::npos) return "action note";
    if (f.find("decisions and actions") != std::string::npos ||
        f.find("decision and action") != std::string::npos ||
        f.starts_with("decision log") || f.starts_with("decisions log"))
      return "decisions and actions log";
    if (f.starts_with("minutes") || f.find(" minutes of") != std::string::npos ||
        f.starts_with("notes of") || f.starts_with("draft minutes") ||
        f.starts_with("unconfirmed minutes") || f.find("- minutes") != std::string::npos)
      return "minutes";
    if (f == "agenda" || f.starts_with("agenda for") || f.starts_with("agenda:")) agenda = true;
  }
  return agenda ? "agenda" : "minutes";
}

}  // namespace

bool is_meeting_title(std::string_view text) {
  std::string f = fold(trim(text));
  if (f.empty() || count_words(f) > 25) return false;
  // A title starts with a capital; "agenda." is the end of a wrapped sentence.
  if (!std::isupper(static_cast<unsigned char>(trim(text)[0]))) return false;
  if (f.find("previous meeting") != std::string::npos || f.find("last meeting") != std::string::npos)
    return false;
  for (std::string_view phrase : kTitlePhrases) {
    if (!f.starts_with(phrase)) continue;
    char next = f.size() > phrase.size() ? f[phrase.size()] : '\0';
    if (std::isalnum(static_cast<unsigned char>(next))) continue;
    if (phrase == "agenda")
      return count_words(f) <= 6 && f.find("item") == std::string::npos && !f.ends_with(".");
    // "Minutes: Members agreed that ..." is the item approving the last minutes.
    if (phrase == "minutes") return count_words(f) <= 3 && f.find(':') == std::string::npos;
    // "Minutes of meeting of 2 February are available on the website.", "Minutes
    // of the last Annual Parish meeting were signed as correct": a verb makes
    // a sentence. "MINUTES of a meeting of the Planning Committee held in ... on
    // Tuesday, 4 March 2025." has none but "held", and is the title.
    return !has_sentence_verb(f);
  }
  return false;
}

bool is_meeting_close(std::string_view text) {
  std::string f = fold(trim(text));
  if (count_words(f) > 20) return false;
  for (std::string_view cue : {"the meeting closed", "meeting closed at", "the meeting ended",
                               "the meeting finished", "the meeting concluded", "meeting ended at",
                               "there being no other business", "there being no further business",
                               "the meeting terminated"}) {
    if (f.starts_with(cue)) return true;
  }
  return f.starts_with("the meeting commenced at") && f.find("concluded") != std::string::npos;
}

std::string area_from_board(std::string_view board) {
  std::vector<std::string_view> words = split_words(board);
  std::string area;
  for (std::string_view w : words) {
    std::string f = fold(w);
    bool domain = false;
    for (std::string_view d : kDomainWords) domain = domain || f == d;
    if (domain || !std::isupper(static_cast<unsigned char>(w[0]))) {
      if (f == "and" && !area.empty()) {
        area += " and";
        continue;
      }
      break;
    }
    area += (area.empty() ? "" : " ") + std::string(w);
  }
  if (area.ends_with(" and")) area.resize(area.size() - 4);
  // "CHESHIRE EAST" reads better as written in the text, but is still the area.
  return area;
}

std::string board_from_title(std::string_view title) {
  std::string_view t = trim(title);
  if (is_meeting_title(t)) {
    bool generic = false;
    std::string named = board_after_title(t, generic);
    return generic ? "" : named;
  }
  std::string name = cut_board_name(t);
  // "Roxholme PC Meeting November": stop at the occasion.
  std::string lowered = lower_ascii(name);
  for (std::string_view stop : {" meeting", " minutes", " agm"}) {
    size_t at = lowered.find(stop);
    if (at != std::string::npos) {
      name.resize(at);
      lowered.resize(at);
    }
  }
  name = std::string(trim(name));
  return has_board_word(name) || ends_with_ci(name, " pc") ? name : "";
}

Header parse_header(const std::vector<const Line*>& lines) {
  Header h;
  h.kind = kind_of(lines);

  // Board: a body named in a title line wins; a generic one ("Executive
  // Group Meeting") completes the standalone name above it.
  std::string standalone;
  std::vector<std::string> banners;  // every standalone name above the title
  for (size_t index = 0; index < lines.size(); ++index) {
    const Line* line = lines[index];
    std::string_view text = line->text;
    if (is_meeting_title(text)) {
      bool generic = false;
      std::string named = board_after_title(text, generic);
      if (!named.empty() && !generic && has_board_word(named)) {
        // "KENT COUNTY COUNCIL" above "Minutes of a meeting of the County
        // Council": the banner names the same body in full, when the title's
        // name has no place of its own and the banner adds capitalised words
        // ("KENT"), not "Your update from".
        h.board = named;
        std::string fn = fold(named);
        for (const std::string& banner : banners) {
          std::string fs = fold(banner);
          if (!area_from_board(named).empty() || fs.size() <= fn.size() || !fs.ends_with(fn) ||
              fs[fs.size() - fn.size() - 1] != ' ')
            continue;
          bool place = true;
          for (std::string_view w : split_words(std::string_view(banner).substr(0, banner.size() - fn.size())))
            place = place && std::isupper(static_cast<unsigned char>(w[0]));
          if (place) h.board = banner;
        }
        break;
      }
      if (!named.empty() && generic && !standalone.empty() && fold(named) != "meeting") {
        h.board = standalone + " " + named;
        break;
      }
      if (!standalone.empty()) {
        h.board = standalone;
        break;
      }
      continue;
    }
    if (is_board_line(text) && index < 8) {
      standalone = cut_board_name(text);
      if (standalone.empty()) standalone = std::string(trim(text));
      banners.push_back(standalone);
    }
  }
  if (h.board.empty()) h.board = standalone;
  h.area = area_from_board(h.board);
  if (h.area.empty()) {
    // "CHESHIRE EAST COUNCIL", "Kent County Council" above the title.
    for (const Line* line : lines) {
      std::string f = fold(line->text);
      if (count_words(f) <= 5 && f.ends_with(" council") && !f.ends_with("parish council")) {
        h.area = area_from_board(line->text);
        break;
      }
    }
  }

  // Date: after "held on", else a "Date:" label, else the first date.
  std::optional<DateMatch> date;
  size_t date_line = lines.size();
  // "held on" and dates in the first lines first: a later one may be the
  // minutes being approved or the next meeting.
  for (int pass = 0; pass < 5 && !date; ++pass) {
    for (size_t i = 0; i < lines.size() && !date; ++i) {
      std::string_view text = lines[i]->text;
      std::string f = lower_ascii(text);  // same length as `text`: offsets carry over
      bool held_on = f.find("held on") != std::string::npos;
      if (pass == 0 && (!held_on || i > 4)) continue;
      if (pass == 1 && !starts_with_ci(text, "date")) continue;
      if (pass == 2 && (count_words(text) > 40 || i > 6)) continue;
      if (pass == 3 && !held_on) continue;
      if (pass == 4 && count_words(text) > 40) continue;
      size_t from = pass == 0 || pass == 3 ? f.find("held on") : 0;
      date = find_date(text, from);
      if (date) date_line = i;
    }
  }
  if (date) h.date = date->iso;

  // Time and venue: labels first, then what follows the date.
  for (const Line* line : lines) {
    std::string_view text = line->text;
    if (std::string_view v = strip_label(text, "venue"); !v.empty() && h.venue.empty())
      h.venue = std::string(v);
    if (std::string_view t = strip_label(text, "time"); !t.empty() && h.time.empty()) {
      size_t end = 0;
      h.time = find_time(t, end);
    }
    if (std::string_view c = strip_label(text, "chair"); !c.empty() && h.chair.empty()) h.chair = std::string(c);
  }
  if (date && date_line < lines.size()) {
    std::string_view text = lines[date_line]->text;
    std::string rest(text.substr(date->offset + date->length));
    // A venue that runs on: "at Committee Suite 1,2 & 3," / "Westfields, Sandbach".
    size_t next = date_line + 1;
    while (next < lines.size() && (trim(rest).empty() || trim(rest).ends_with(",")) &&
           !is_label_line(lines[next]->text) && count_words(lines[next]->text) <= 12 && next <= date_line + 2) {
      std::string_view following = trim(lines[next]->text);
      bool continues = trim(rest).ends_with(",") || following.starts_with("(") ||
                       starts_with_ci(following, "at ") || time_at(following, 0);
      if (!continues) break;
      rest += " " + std::string(following);
      ++next;
    }
    if (h.time.empty()) {
      size_t end = 0;
      std::string t = find_time(rest, end);
      if (!t.empty() && end <= 30) h.time = t;
    }
    if (h.venue.empty()) h.venue = venue_after(rest);
  }
  return h;
}

}  // namespace crossboard::corpus
