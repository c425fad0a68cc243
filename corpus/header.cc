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
    "GOVERNING BODY",
    "PC"};  // "Kestleigh PC": a parish council

// Words that start the functional part of a board's name; what comes before is the place.
constexpr std::string_view kDomainWords[] = {
    "children's", "childrens", "children", "health", "safeguarding", "local", "parish", "county",
    "borough", "city", "district", "town", "metropolitan", "clinical", "trust", "board",
    "corporate", "adult", "adults", "community", "public", "strategic", "integrated", "joint",
    "council", "youth", "family", "families", "executive", "partnership", "schools", "education",
    "cabinet", "transparency", "crime", "sector", "panel", "committee", "nhs", "ccg", "data",
    "open", "village", "liaison", "combined", "police", "fire", "wellbeing", "well-being",
    "lscb", "lsab", "scb", "hwb", "the", "ordinary", "annual", "extraordinary", "special", "yos", "yot",
    "sab", "sapb", "csp", "cpp", "pct", "scp", "hwbb", "management", "governing", "steering", "operational",
    "full", "minutes", "meeting", "agenda", "notes", "draft", "virtual", "members", "chief", "director"};

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

// The first cell of a table row or a " / " or " | " run: "Fenbridge
// Children's Trust Board / Minutes / OFFICIAL", "Marrowdale Borough Council |
// Committees". A person's row ("Ann Pole / AP / Chair") has no board word in it.
std::string_view first_cell(std::string_view text) {
  size_t cut = text.size();
  for (std::string_view sep : {"\t", " / ", " | ", " \xe2\x80\xa2 ", " \xe2\x80\xba ", " > "})
    cut = std::min(cut, text.find(sep));
  return trim(text.substr(0, cut));
}

// A line that names a body on its own: "Halton Children's Trust". A
// person's row ("Ann Pole / AP / Chair, Barset Council"), a sentence
// ("Apologies were received from PC Ash") or a label is not one.
bool is_board_line(std::string_view text) {
  text = first_cell(text);
  int words = count_words(text);
  if (words == 0 || words > 14 || is_label_line(text)) return false;
  if (text.find(". ") != std::string_view::npos) return false;
  if (!std::isupper(static_cast<unsigned char>(trim(text)[0]))) return false;
  std::string f = fold(text);
  if (has_sentence_verb(f) || f.starts_with("apologies") || f.starts_with("present")) return false;
  // "Chief Executive's Office", "Director of Children's Services": a post or an office.
  if (f.find("chief executive") != std::string::npos || f.find("office") != std::string::npos) return false;
  // "PANEL– 14 March 2024": the name is whole once the date is cut off;
  // "Ann Pole, Director, Barset Council" names her employer after a comma.
  return has_board_word(cut_board_name(text));
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


// "Barset County Council", "BARSET METROPOLITAN BOROUGH COUNCIL": an
// authority's own name, which over a board's title says whose board it is.
bool is_authority_name(std::string_view name) {
  std::string f = fold(name);
  if (!f.ends_with(" council") || f.ends_with("parish council") || f.ends_with("town council")) return false;
  return !area_from_board(name).empty() || f.starts_with("council of") || f.starts_with("borough council of");
}

// A short line naming a place and a service but no board word: "BARSET
// YOUTH OFFENDING SERVICE" over "Minutes of the YOS Management Board".
bool is_place_banner(std::string_view text) {
  int words = count_words(text);
  if (words < 2 || words > 8 || is_label_line(text) || find_date(text)) return false;
  std::string place = area_from_board(text);
  return !place.empty() && place.size() < trim(text).size();
}

// Words a generic sub-body starts with: "Executive Group", "Governing Body
// Meeting in Public", "Management Board": it belongs to the body named above it.
bool is_generic_body(std::string_view name) {
  std::vector<std::string_view> words = split_words(name);
  if (words.empty()) return false;
  std::string first = lower_ascii(words[0]);
  for (std::string_view w : {"executive", "group", "board", "committee", "panel", "governing", "steering",
                             "management", "sub-group", "operational", "strategic"})
    if (first == w) return true;
  return false;
}

// Lower-case words a sentence may put between "meeting of the" and the name.
constexpr int kMaxWordsBeforeName = 4;

// "the Barset Safeguarding Adults Board" in "A meeting of the Barset ...
// Board was held on", "welcomed everyone to this meeting of the X": the body
// an opening sentence names; empty when none.
std::string board_in_sentence(std::string_view text) {
  std::string lowered = lower_ascii(text);  // same length: offsets carry over
  for (size_t at = lowered.find("meeting of "); at != std::string::npos; at = lowered.find("meeting of ", at + 1)) {
    std::string_view rest = trim(text.substr(at + 11));
    for (std::string_view lead : {"the ", "The "})
      if (rest.starts_with(lead)) rest = trim(rest.substr(lead.size()));
    // "the newly established Barset Safeguarding Adults Board": a few
    // lower-case words may come before the name.
    for (int skipped = 0; skipped < kMaxWordsBeforeName && !rest.empty() &&
                          std::islower(static_cast<unsigned char>(rest[0]));
         ++skipped) {
      size_t space = rest.find(' ');
      if (space == std::string_view::npos) break;
      rest = trim(rest.substr(space));
    }
    if (rest.empty() || !std::isupper(static_cast<unsigned char>(rest[0]))) continue;
    std::string lowered_rest = lower_ascii(rest);
    size_t end = rest.size();
    for (std::string_view stop : {" was held", " held ", " which ", " that ", ". ", " on ", ", "})
      end = std::min(end, lowered_rest.find(stop));
    std::string name = cut_board_name(rest.substr(0, end));
    while (name.ends_with(".")) name.pop_back();  // the sentence's own full stop
    if (has_board_word(name) && count_words(name) <= 12) return name;
  }
  return "";
}

// The body named at the start of a long line before its title words:
// "BARSET LOCAL SAFEGUARDING CHILDREN BOARD MINUTES OF BOARD MEETING
// Thursday ...", a header PDF-to-text flattened onto one line.
std::string board_before_title_words(std::string_view text) {
  std::string f = lower_ascii(text);  // same length as `text`: offsets carry over
  size_t cut = std::string::npos;
  for (std::string_view w : {" minutes", " notes of", " action note", " agenda"}) cut = std::min(cut, f.find(w));
  if (auto date = find_date(text)) cut = std::min(cut, date->offset);
  if (cut == std::string::npos || cut == 0) return "";
  std::string name = cut_board_name(text.substr(0, cut));
  if (count_words(name) > 12 || !has_board_word(name)) return "";
  return name;
}

// Place words in capitals read as a name: "RAVENSHOLT" → "Ravensholt", to
// join a board written in mixed case.
std::string place_for(std::string_view place, std::string_view board) {
  if (upper_ratio(board) > 0.8 || upper_ratio(place) < 0.8) return std::string(place);
  std::string out(place);
  bool start = true;
  for (char& c : out) {
    auto u = static_cast<unsigned char>(c);
    c = static_cast<char>(start ? std::toupper(u) : std::tolower(u));
    start = !std::isalpha(u);
  }
  return out;
}

// Lines of the header looked at for the board: its title block. Later lines
// are attendance rows or text.
constexpr size_t kTitleBlockLines = 10;

// The board the header names. A body named in a title line wins ("Minutes of
// a meeting of the X held on"), then a "Meeting Title:" label, then a line
// naming a body on its own, then a body named in an opening sentence. An
// authority's own name ("BARSET COUNTY COUNCIL") over a board's title says
// whose board it is: the title's board has no place words, so it takes the
// authority's ("Barset Health and Wellbeing Board"); a generic one
// ("Executive Group", "Governing Body") completes the body named above it.
// "Barset Parish Council Councillors are summoned", "Transparency Board
// is": the name ends with its last board word.
std::string end_at_board_word(std::string name) {
  size_t end = 0;
  for (std::string_view w : kBoardWords) {
    for (size_t at = find_word_ci(name, w); at != std::string::npos; at = find_word_ci(name, w, at + 1))
      if (name.compare(at, w.size(), w) == 0) end = std::max(end, at + w.size());
  }
  // "Safeguarding Children Partnership Executive Group Meeting": keep what
  // a name may end with after its board word only when it is a board word too.
  if (end == 0 || end >= name.size()) return name;
  if (end < name.size() && (name[end] == '\'' || std::isalpha(static_cast<unsigned char>(name[end])))) return name;
  // "... Managers' Group on Record Keeping": a connector and a capital go on with the name.
  std::string_view rest = trim(std::string_view(name).substr(end));
  for (std::string_view connector : {"on ", "for ", "of ", "and "})
    if (rest.starts_with(connector) && rest.size() > connector.size() &&
        std::isupper(static_cast<unsigned char>(rest[connector.size()])))
      return name;
  return std::string(trim(std::string_view(name).substr(0, end)));
}

std::string choose_board_in(const std::vector<const Line*>& lines);

std::string choose_board(const std::vector<const Line*>& lines) { return end_at_board_word(choose_board_in(lines)); }

std::string choose_board_in(const std::vector<const Line*>& lines) {
  std::string titled;       // from a title line or label
  bool titled_generic = false;
  std::vector<std::string> standalone;  // lines naming a body, in order
  std::vector<std::string> banners;     // authorities and place banners above the title
  std::string sentence;
  for (size_t index = 0; index < lines.size() && index < kTitleBlockLines; ++index) {
    std::string_view text = lines[index]->text;
    if (is_meeting_title(text)) {
      bool generic = false;
      std::string named = board_after_title(text, generic);
      if (!named.empty() && titled.empty() && fold(named) != "meeting" && has_board_word(named)) {
        titled = named;
        titled_generic = generic;
      }
      if (sentence.empty()) sentence = board_in_sentence(text);
      continue;
    }
    for (std::string_view label : {"meeting title", "title of meeting", "name of meeting", "meeting name", "board"}) {
      std::string_view value = strip_label(text, label);
      if (!value.empty() && text.find(':') != std::string_view::npos && titled.empty()) {
        std::string named = cut_board_name(value);
        if (has_board_word(named)) titled = named;
      }
    }
    // "Agenda and minutes - Barset Health and Wellbeing Board - Tuesday, ...".
    std::string f = lower_ascii(text);  // same length as `text`: offsets carry over
    for (std::string_view lead : {"agenda and minutes - ", "minutes - ", "agenda - ", "agenda and minutes \xe2\x80\x93 ",
                                  "minutes \xe2\x80\x93 "}) {
      if (f.starts_with(lead)) {
        std::string named = cut_board_name(trim(text.substr(lead.size())));
        if (has_board_word(named)) standalone.push_back(named);
      }
    }
    if (sentence.empty()) sentence = board_in_sentence(text);
    if (count_words(text) > 14) {
      // "A meeting of Oxley Children's Partnership was held on ...".
      std::string named = board_in_sentence(text);
      if (named.empty()) named = board_before_title_words(text);
      if (!named.empty() && index < 3) standalone.push_back(named);
      continue;
    }
    if (is_board_line(text)) {
      std::string named = cut_board_name(first_cell(text));
      if (named.empty()) named = std::string(trim(first_cell(text)));
      if (is_authority_name(named)) banners.push_back(named);
      standalone.push_back(named);
    } else if (is_place_banner(text)) {
      banners.push_back(std::string(trim(text)));
    }
  }
  // The body: first a titled one, then the first standalone line with a place
  // that is not only an authority's name, then any standalone line.
  std::string body = titled;
  bool generic = titled_generic;
  if (body.empty()) {
    for (const std::string& c : standalone)
      if (!is_authority_name(c) && !is_generic_body(c) && !area_from_board(c).empty()) {
        body = c;
        break;
      }
  }
  if (body.empty())
    for (const std::string& c : standalone)
      if (!is_authority_name(c)) {
        body = c;
        generic = is_generic_body(c);
        break;
      }
  if (body.empty() && !standalone.empty()) body = standalone.front();
  if (body.empty()) return sentence;
  // "NHS Barset CCG" over "GOVERNING BODY MEETING HELD IN PUBLIC".
  if (!generic && titled.empty()) {
    auto at = std::find(standalone.begin(), standalone.end(), body);
    for (auto next = at; at != standalone.end() && ++next != standalone.end();)
      if (is_generic_body(*next)) return body + " " + *next;
  }
  std::string fb = fold(body);
  // "KENT COUNTY COUNCIL" over "Minutes of a meeting of the County Council",
  // "GREENLOW TOWN COUNCIL" over "the Full Council": the banner names the
  // same body in full.
  for (const std::string& c : standalone) {
    std::string fc = fold(c);
    if (c == body || !area_from_board(body).empty()) continue;
    if ((fc.ends_with(" " + fb) && fb.ends_with("council")) ||
        ((fb == "full council" || fb == "council") && fc.ends_with(" council")))
      return c;
  }
  // "Executive Group" under "Barset Safeguarding Children Partnership".
  if (generic || is_generic_body(body)) {
    for (const std::string& c : standalone)
      if (c != body && !is_generic_body(c) && !is_authority_name(c) && fold(c) != fb) return c + " " + body;
  }
  if (!area_from_board(body).empty()) return body;
  for (const std::string& banner : banners) {
    std::string place = area_from_board(banner);
    if (!place.empty()) return place_for(place, body) + " " + body;
  }
  for (const std::string& c : standalone) {
    std::string place = area_from_board(c);
    if (!place.empty() && c != body) return place_for(place, body) + " " + body;
  }
  return body;
}

// How far into a line a "Date" label may start: "thDate:", "Meeting date:".
constexpr size_t kMaxLabelLead = 12;
// How far past its cue a header's date is looked for, in bytes: a long
// flattened line holds later dates (the next meeting, the last minutes).
constexpr size_t kMaxDateReach = 400;

// The first date of a header line that is not a file's upload or print
// stamp ("uploaded 2013-05-02 09:10", "Uploaded by admin on 15/07/2011",
// "Printed 3 June 2019"): those date the file, not the meeting.
std::optional<DateMatch> header_date(std::string_view text, size_t from) {
  for (std::optional<DateMatch> date = find_date(text, from); date; date = find_date(text, date->offset + date->length)) {
    std::string before = fold(text.substr(0, date->offset));
    bool stamp = false;
    for (std::string_view cue : {"uploaded", "updated", "printed", "published", "posted", "modified", "downloaded", "created"}) {
      size_t at = before.rfind(cue);
      if (at != std::string::npos && before.size() - at < 40) stamp = true;
    }
    if (!stamp) return date;
  }
  return std::nullopt;
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
  // "NHS Barset Clinical Commissioning Group": the NHS is not the place.
  if (!words.empty() && words.front() == "NHS") words.erase(words.begin());
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

std::string board_named_in(std::string_view text) { return board_in_sentence(text); }

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

  h.board = choose_board(lines);
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
      // "Date:", "Date of meeting:", and "thDate:" where a stray
      // superscript was glued to the label.
      size_t label = f.find("date");
      bool dated = label != std::string::npos && label <= kMaxLabelLead &&
                   (label == 0 || !std::isalpha(static_cast<unsigned char>(f[label - 1])) ||
                    f.substr(label).starts_with("date:") || f.substr(label).starts_with("date\t"));
      // "held on" far into a flattened line is the last meeting's minutes being approved.
      if (pass == 0 && (!held_on || i > 4 || f.find("held on") > kMaxDateReach)) continue;
      // A date before "held on" is the meeting's; the one after cites another meeting.
      if (pass == 0) {
        std::optional<DateMatch> earlier = header_date(text, 0);
        if (earlier && earlier->offset < f.find("held on")) continue;
      }
      if (pass == 1 && !dated) continue;
      if (pass == 2 && i > 6) continue;
      if (pass == 3 && !held_on) continue;
      size_t from = pass == 0 || pass == 3 ? f.find("held on") : pass == 1 ? label : 0;
      // A header flattened onto one line: its date is in the first words.
      std::string_view searched = text.substr(0, std::min(text.size(), from + kMaxDateReach));
      date = header_date(searched, from);
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
