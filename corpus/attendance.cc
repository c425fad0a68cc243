// Reading attendance lists: section headings, entries, names, roles and initials.
#include "corpus/attendance.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "corpus/text_util.h"

namespace crossboard::corpus {

namespace {

struct HeadingWord {
  std::string_view phrase;  // folded
  AttendanceStatus status;
  bool generic;
};

// Longest phrases first so "apologies for absence" wins over "apologies".
constexpr HeadingWord kHeadings[] = {
    {"attendance details", AttendanceStatus::present, true},
    {"names present", AttendanceStatus::present, false},
    {"those attending", AttendanceStatus::present, false},
    {"guests", AttendanceStatus::in_attendance, false},
    {"officers attending", AttendanceStatus::in_attendance, false},
    {"those present", AttendanceStatus::present, false},
    {"attending", AttendanceStatus::present, false},
    {"other attendees", AttendanceStatus::in_attendance, false},
    {"also attending", AttendanceStatus::in_attendance, false},
    {"secretariat", AttendanceStatus::in_attendance, false},
    {"panel members", AttendanceStatus::present, false},
    {"panel:", AttendanceStatus::present, false},
    {"members present", AttendanceStatus::present, false},
    {"board members present", AttendanceStatus::present, false},
    {"councillors present", AttendanceStatus::present, false},
    {"present", AttendanceStatus::present, false},
    {"attendees", AttendanceStatus::present, false},
    {"attendance", AttendanceStatus::present, true},
    {"members", AttendanceStatus::present, false},
    {"membership", AttendanceStatus::present, false},
    {"voting members", AttendanceStatus::present, false},
    {"voting", AttendanceStatus::present, false},
    {"non-voting members", AttendanceStatus::present, false},
    {"non-voting", AttendanceStatus::present, false},
    {"also present", AttendanceStatus::in_attendance, false},
    {"also in attendance", AttendanceStatus::in_attendance, false},
    {"officers in attendance", AttendanceStatus::in_attendance, false},
    {"officers present", AttendanceStatus::in_attendance, false},
    {"in attendance", AttendanceStatus::in_attendance, true},
    {"officers", AttendanceStatus::in_attendance, false},
    {"apologies for absence", AttendanceStatus::apologies, false},
    {"apologies received", AttendanceStatus::apologies, false},
    {"apologies", AttendanceStatus::apologies, false},
    {"apology", AttendanceStatus::apologies, false},
    {"observers", AttendanceStatus::observer, false},
    {"observer", AttendanceStatus::observer, false},
    {"observing", AttendanceStatus::observer, false},
    {"absent", AttendanceStatus::absent, false},
    {"not present", AttendanceStatus::absent, false},
    {"deputies", AttendanceStatus::deputy, false},
    {"substitutes", AttendanceStatus::deputy, false},
    {"substitute members", AttendanceStatus::deputy, false},
};

// Titles and ranks written before a name; a name is written without them
// ("Det Supt Graham Lusty" is "Graham Lusty"). Longer forms first, since the
// first title the text starts with wins.
constexpr std::string_view kTitles[] = {
    "County Councillors", "County Councillor", "Borough Councillor", "Councillors", "Councillor",
    "Cllrs", "Cllr.", "Cllr", "Professor", "Prof.", "Prof", "Dr.", "Dr", "Mrs.", "Mrs", "Mr.", "Mr",
    "Ms.", "Ms", "Miss", "Sir", "Dame", "Revd", "Rev.", "Rev", "Lord", "Baroness",
    // Police and fire ranks.
    "Detective Chief Superintendent", "Detective Superintendent", "Detective Chief Inspector",
    "Detective Inspector", "Detective Sergeant", "Chief Superintendent", "Chief Inspector",
    "Superintendent", "Inspector", "Sergeant", "Det Ch Supt", "Det Ch Insp", "Det Supt", "Det Insp",
    "Det Sgt", "Chief Supt", "Chief Insp", "Ch Supt", "Ch Insp", "Ch Inspector", "DCS", "DCI", "DSupt", "DI", "DS", "Supt", "Insp",
    "Sgt", "Station Manager", "Group Manager", "Watch Manager"};

// Capitalised words that end a name: sentence openers and role words.
constexpr std::string_view kNotNameWords[] = {
    "The", "There", "This", "That", "It", "And", "For", "From", "With", "Chair", "Chairman",
    "Chairperson", "Vice", "Clerk", "Director", "Head", "Manager", "Officer", "Member", "Members",
    "Council", "Councillors", "Apologies", "Present", "Action", "Actions", "Item", "Minutes",
    "Meeting", "Board", "Trust", "Group", "Team", "Service", "Services", "Partnership", "Society",
    "Police", "Health", "Hospital", "Complete", "Ongoing", "Requiring", "Key", "Update", "NHS",
    "CCG", "Committee", "Panel", "Forum", "Children's", "Children’s", "County", "Borough", "City",
    "District", "Public", "Social", "Care", "Strategic", "Executive", "Chief", "Assistant",
    "Deputy", "Lead", "Representative", "Solicitor", "Secretary", "Treasurer", "Governor",
    "Headteacher", "Principal", "Superintendent", "Inspector", "Sergeant", "Nurse", "Policy",
    "Portfolio", "Cabinet", "Leader", "All", "Noted", "Agreed", "Welcome", "Introductions",
    "Thanks", "Thank", "Please", "Also", "Other", "Others", "None", "Nil", "Date", "Time", "Venue",
    "Page", "Tel", "Email", "E-Mail", "Contact", "Report", "Reports", "Agenda", "Part", "Who",
    "What", "When", "Where", "Representing", "On", "In", "At", "By", "To", "Of", "As", "Following",
    "Independent", "Director's", "Designated", "Named", "Ex", "Officio",
    // Words that open a role or a body after a name written without punctuation:
    // "Grace Obi Lay Member", "Ian Garbutt Station Manager".
    "Lay", "Station", "Trading", "National", "Associate", "Detective", "Business", "Safeguarding",
    "Operations", "Operational", "Quality", "Finance", "Communications", "Corporate", "Registered",
    "Secondary", "Accountable", "Integrated", "Probation", "Interim", "Acting", "Senior", "Area",
    "Commissioner", "Regional", "Partnerships", "Housing", "Education", "Adult", "Adults",
    // Headings in capitals that a list runs into: "Mr R J Whitlock IN ATTENDANCE: ...".
    "IN", "ALSO", "PRESENT", "ATTENDANCE", "APOLOGIES", "ABSENT", "OBSERVERS", "OFFICERS", "MEMBERS"};

// Honours written after a name: "Mr R C Penrose, OBE", "Mrs T Yardley MBE".
constexpr std::string_view kPostNominals[] = {"OBE", "MBE", "CBE", "KBE", "DBE", "BEM", "JP", "DL", "QC",
                                              "KC", "MP", "MEP", "QPM", "KPM", "RRC", "FRCP", "FRCS"};

bool is_post_nominal(std::string_view w) {
  while (w.ends_with(",") || w.ends_with(".") || w.ends_with(";")) w.remove_suffix(1);
  for (std::string_view p : kPostNominals) {
    if (w == p) return true;
  }
  return false;
}

// The honours after a name, with their commas: ", OBE", " MBE,"; 0 if none.
size_t post_nominals_length(std::string_view s) {
  size_t i = 0, end = 0;
  while (i < s.size()) {
    size_t j = i;
    while (j < s.size() && (s[j] == ' ' || s[j] == ',')) ++j;
    size_t k = j;
    while (k < s.size() && std::isupper(static_cast<unsigned char>(s[k]))) ++k;
    if (k == j || !is_post_nominal(s.substr(j, k - j)) ||
        (k < s.size() && std::isalnum(static_cast<unsigned char>(s[k]))))
      break;
    end = i = k;
  }
  return end;
}

// Words that name bodies, never people: "West Cheshire College", "Cheshire Fire".
constexpr std::string_view kBodyWords[] = {
    "College", "School", "Academy", "University", "Fire", "Rescue", "Constabulary", "Healthwatch",
    "Connexions", "Foundation", "Authority", "Office", "Ministry", "Department", "Agency",
    "Commission", "Network", "Ltd", "Limited", "Church", "Hub", "HUB", "Centre", "Center",
    "Clinical", "Commissioning", "Primary", "Infirmary", "Youth", "Voluntary", "Sector",
    "Programme", "Project", "Unit", "Directorate", "Alliance", "Association", "Union"};

constexpr std::string_view kParticles[] = {"de", "van", "von", "der", "le", "la", "du", "da", "di",
                                           "del", "bin", "ap"};

bool is_letter_start(std::string_view w) {
  if (w.empty()) return false;
  unsigned char c = w[0];
  return std::isupper(c) || c >= 0xC3;  // accented capitals start with 0xC3 in UTF-8
}

// A word that can be part of a name: "Meehan", "O'Brien", "Parker-Priest",
// "McIntyre", "C", "C.", "St".
bool is_name_word(std::string_view w) {
  if (w.empty() || w.size() > 30 || !is_letter_start(w)) return false;
  for (std::string_view bad : kNotNameWords) {
    if (w == bad) return false;
  }
  for (std::string_view bad : kBodyWords) {
    if (w == bad) return false;
  }
  int lower = 0;
  for (size_t i = 1; i < w.size(); ++i) {
    unsigned char c = w[i];
    if (std::islower(c)) ++lower;
    if (std::isalpha(c) || c >= 0x80 || c == '\'' || c == '-' || c == '.') continue;
    return false;
  }
  // An all-capitals word longer than an initial is an acronym (NHS, HBC), not a name,
  // unless it is a surname written in capitals after a first name (handled by caller).
  return lower > 0 || w.size() <= 2 || (w.size() == 3 && w[1] == '\'');
}

// "Office", "Council": a word that names a body, never a person.
bool is_body_word(std::string_view w) {
  for (std::string_view b : kBodyWords)
    if (w == b) return true;
  for (std::string_view b : {"Council", "Board", "Trust", "Group", "Team", "Service", "Services", "Partnership",
                             "Police", "Hospital", "Committee", "Panel", "Forum", "NHS", "CCG", "Society"})
    if (w == b) return true;
  return false;
}

bool is_particle(std::string_view w) {
  for (std::string_view p : kParticles) {
    if (w == p) return true;
  }
  return false;
}

bool is_initial(std::string_view w) {
  return (w.size() == 1 && std::isupper(static_cast<unsigned char>(w[0]))) ||
         (w.size() == 2 && std::isupper(static_cast<unsigned char>(w[0])) && w[1] == '.');
}

std::string strip_trailing(std::string_view s, std::string_view chars) {
  s = trim(s);
  while (!s.empty() && chars.find(s.back()) != std::string_view::npos) s.remove_suffix(1);
  return std::string(trim(s));
}

// Removes separators that open the rest of an entry: ",", "–", "-", ":".
std::string_view strip_leading_separators(std::string_view s) {
  while (true) {
    s = trim(s);
    if (s.starts_with(",") || s.starts_with("-") || s.starts_with(":") || s.starts_with(";")) {
      s.remove_prefix(1);
    } else if (s.starts_with("\u2013") || s.starts_with("\u2014")) {
      s.remove_prefix(3);
    } else {
      return s;
    }
  }
}

// Words that make a phrase an organisation rather than a role.
constexpr std::string_view kOrganisationWords[] = {
    "Council", "CCG", "NHS", "PCT", "Police", "Constabulary", "Trust", "College", "School",
    "Academy", "University", "Society", "Partnership", "Healthwatch", "CVS", "Fire", "Ofsted",
    "Connexions", "Hospital", "Foundation", "Authority", "Forum", "Office", "Ministry",
    "Department", "Agency", "Commission", "Network", "Ltd", "Limited", "Church", "Barnardo's",
    "NSPCC", "Probation", "Group", "Board", "Service", "Team", "Commissioning", "England"};
constexpr std::string_view kRoleEndings[] = {
    "Manager", "Officer", "Director", "Lead", "Representative", "representative", "Chair",
    "Member", "Head", "Worker", "Nurse", "Coordinator", "Co-ordinator", "Adviser", "Advisor",
    "Specialist", "Registrar", "Executive", "Holder", "Headteacher", "Principal", "Clerk",
    "Consultant", "Superintendent", "Inspector", "Secretary", "Chairman", "Commissioner",
    "Leader", "Governor", "Doctor", "GP", "Solicitor", "Analyst", "Administrator", "Partner"};

bool looks_like_acronym(std::string_view w) {
  int upper = 0;
  for (unsigned char c : w) {
    if (std::isupper(c)) ++upper;
    else if (!std::isalpha(c) && c != '&') return false;
  }
  return upper >= 2 && w.size() <= 6;
}

// Words that open a role: "Head of Service – Safeguarding", "Lead Member ...".
constexpr std::string_view kRoleOpenings[] = {
    "Head", "Director", "Assistant", "Deputy", "Chief", "Lead", "Manager", "Officer", "Chair",
    "Vice", "Senior", "Principal", "Interim", "Acting", "Strategic", "Operational", "Divisional",
    "Portfolio", "Cabinet", "Member", "Non-Executive", "Executive", "Independent", "Service",
    "Designated", "Named", "Consultant", "Superintendent", "Chairman", "Leader"};

bool opens_role(std::string_view phrase) {
  std::vector<std::string_view> words = split_words(phrase);
  if (words.empty()) return false;
  for (std::string_view r : kRoleOpenings) {
    if (words[0] == r) return true;
  }
  return false;
}

bool ends_with_role_word(std::string_view phrase) {
  std::vector<std::string_view> words = split_words(phrase);
  if (words.empty()) return false;
  for (std::string_view ending : kRoleEndings) {
    if (strip_trailing(words.back(), ".,;)") == ending) return true;
  }
  return false;
}

bool looks_like_organisation(std::string_view phrase) {
  std::vector<std::string_view> words = split_words(phrase);
  if (words.empty()) return false;
  if (opens_role(phrase)) return false;
  for (std::string_view ending : kRoleEndings) {
    if (strip_trailing(words.back(), ".,;)") == ending) return false;
  }
  if (words.size() == 1 && looks_like_acronym(words[0])) return true;
  for (std::string_view w : words) {
    std::string bare = strip_trailing(w, ".,;()");
    for (std::string_view o : kOrganisationWords) {
      if (bare == o) return true;
    }
  }
  return false;
}

// Pulls "(Chair)", "(KAd)", "(representing X - Org" and similar out of `rest`.
struct Parentheticals {
  bool chair = false;
  std::string initials;
  std::string deputy_for;
  std::string deputy_org;
  bool substitute = false;
};

bool is_chair_note(std::string_view s) {
  std::string f = fold(trim(s));
  return f == "chair" || f == "chairman" || f == "chairperson" || f == "chairwoman" || f == "in the chair";
}

// A role that chairs the meeting's own board: "Independent Chair", "Clinical
// Chair" (a CCG's governing body). "LSCB Chair" names another body.
bool is_chairing_role(std::string_view role) {
  std::string f = fold(trim(role));
  return is_chair_note(f) || f == "independent chair" || f == "clinical chair" || f == "independent chairman" ||
         f == "independent chairperson";
}

bool is_initials_note(std::string_view s) {
  s = trim(s);
  if (s.size() < 2 || s.size() > 4 || !std::isupper(static_cast<unsigned char>(s[0]))) return false;
  int upper = 0;
  for (unsigned char c : s) {
    if (!std::isalpha(c)) return false;
    if (std::isupper(c)) ++upper;
  }
  return upper >= 2 || s.size() <= 3;
}

}  // namespace

std::string initials_of(std::string_view name) {
  std::string out;
  bool start = true;
  for (char c : name) {
    if (c == ' ' || c == '-') {
      start = true;
      continue;
    }
    if (start && std::isupper(static_cast<unsigned char>(c))) out += c;
    start = false;
  }
  return out;
}

std::optional<AttendanceHeading> attendance_heading(std::string_view line) {
  std::string_view text = trim(line);
  if (text.empty()) return std::nullopt;
  std::string folded = fold(text);
  for (const HeadingWord& h : kHeadings) {
    if (!folded.starts_with(h.phrase)) continue;
    std::string_view rest = std::string_view(text).substr(h.phrase.size());
    char next = rest.empty() ? '\0' : rest[0];
    if (std::isalnum(static_cast<unsigned char>(next))) {
      // "PRESENTVoting" (markdown joined the words) still opens the section.
      if (!is_upper_word(text.substr(0, h.phrase.size()))) continue;
    }
    AttendanceHeading heading{h.status, "", h.generic};
    std::string_view after = trim(rest);
    // "In attendance for item 5: Ann Pole (...)": the list read per item.
    if (starts_with_ci(after, "for item") && after.find(':') != std::string_view::npos) {
      heading.rest = std::string(after);
      return heading;
    }
    // "IN ATTENDANCE VIRTUALLY:", "Present (remotely):": how, not who.
    for (std::string_view how : {"virtually", "remotely", "online", "in person", "by video", "via teams",
                                 "(virtually)", "(remotely)", "(online)", "(in person)", "(via teams)"}) {
      if (starts_with_ci(after, how) &&
          (after.size() == how.size() || !std::isalnum(static_cast<unsigned char>(after[how.size()])))) {
        after = trim(after.substr(how.size()));
        break;
      }
    }
    // "PRESENT (6 Councillors):-": a count, then the list.
    if (after.starts_with("(") && after.find(')') != std::string_view::npos && after.find(')') < 40)
      after = trim(after.substr(after.find(')') + 1));
    bool colon = after.starts_with(":") || h.phrase.ends_with(':');
    if (colon || after.starts_with("-") || after.starts_with("\u2013") || after.empty()) {
      after = strip_leading_separators(after);
    } else if (!after.empty()) {
      // Words after the heading without a colon: only "PRESENT Cllr H ..." in
      // capitals, or a heading qualifier such as "Voting".
      bool caps = is_upper_word(text.substr(0, h.phrase.size()));
      std::string fafter = fold(after);
      if (fafter.starts_with("voting") || fafter.starts_with("non-voting") ||
          fafter.starts_with("(voting") || fafter == "members" || fafter == "list") {
        after = {};
      } else if (!caps && !leading_name(after)) {
        // "Apologies were noted: ..." and "Present were..." are sentences;
        // "Apologies Dr Kay, Cllr Lowe" is the heading without its colon.
        return std::nullopt;
      }
    }
    heading.rest = std::string(after);
    return heading;
  }
  // "Cheshire East Officers/others in attendance:", "Officers in attendance";
  // but "1. Apologies" is an agenda item.
  if (std::isdigit(static_cast<unsigned char>(text[0]))) return std::nullopt;
  std::string bare = strip_trailing(folded, ":");
  if (count_words(bare) <= 6 && (bare.ends_with("in attendance") || bare.ends_with("also present")))
    return AttendanceHeading{AttendanceStatus::in_attendance, "", false, true};
  if (count_words(bare) <= 4 && (bare.ends_with("apologies") || bare.ends_with("apologies for absence")))
    return AttendanceHeading{AttendanceStatus::apologies, "", false, true};
  if (count_words(bare) <= 4 && bare.ends_with("present"))
    return AttendanceHeading{AttendanceStatus::present, "", false, true};
  return std::nullopt;
}

std::optional<NameMatch> leading_name(std::string_view text) {
  NameMatch match;
  size_t offset = text.find_first_not_of(" \t");
  if (offset == std::string_view::npos) return std::nullopt;
  size_t pos = offset;
  std::vector<std::string_view> words;
  size_t end = pos;
  bool titled = false;
  // Titles first ("Cllr", "County Councillor", "Dr").
  for (int guard = 0; guard < 2; ++guard) {
    std::string_view rest = text.substr(pos);
    bool found = false;
    for (std::string_view t : kTitles) {
      if (rest.starts_with(t) && (rest.size() == t.size() || rest[t.size()] == ' ')) {
        if (match.title.empty()) {
          match.title = std::string(t);
          if (match.title.back() == '.') match.title.pop_back();
        }
        pos += t.size();
        while (pos < text.size() && text[pos] == ' ') ++pos;
        titled = found = true;
        break;
      }
    }
    if (!found) break;
  }
  size_t name_start = pos;
  while (pos < text.size() && words.size() < 5) {
    size_t word_end = pos;
    while (word_end < text.size() && text[word_end] != ' ' && text[word_end] != ',' &&
           text[word_end] != '(' && text[word_end] != ')' && text[word_end] != ';' &&
           text[word_end] != ':' && text[word_end] != '/')
      ++word_end;
    std::string_view word = text.substr(pos, word_end - pos);
    // A trailing full stop ends the sentence unless the word is an initial.
    std::string_view bare = word;
    if (bare.ends_with(".") && !is_initial(bare)) bare.remove_suffix(1);
    bool ok = is_name_word(bare) ||
              (is_particle(bare) && !words.empty() && word_end + 1 < text.size() &&
               std::isupper(static_cast<unsigned char>(text[word_end + 1])));
    // A surname in capitals after a first name: "John SMITH".
    if (!ok && !words.empty() && is_upper_word(bare) && bare.size() >= 3 && bare.size() <= 20 &&
        !looks_like_acronym(bare))
      ok = true;
    // "Wendy Head (Head of Finance)", "Mrs W Head, ...": a surname that is also a
    // role word, where the name must end (before its role in brackets, or after
    // a title and initials).
    if (!ok && !words.empty() && bare.size() == word.size() && bare.size() >= 3 && !is_body_word(bare) &&
        std::isupper(static_cast<unsigned char>(bare[0])) &&
        std::all_of(bare.begin() + 1, bare.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); })) {
      size_t next = word_end;
      while (next < text.size() && text[next] == ' ') ++next;
      bool initials_only = std::all_of(words.begin(), words.end(), [](std::string_view w) { return is_initial(w); });
      bool ends = next >= text.size() || text[next] == ',' || text[next] == ';';
      bool before_role = next < text.size() && text[next] == '(' && (words.size() == 1 || initials_only);
      if (before_role || (titled && initials_only && ends)) {
        words.push_back(bare);
        end = pos + bare.size();
        break;
      }
    }
    if (!ok || bare.empty()) break;
    words.push_back(bare);
    end = pos + bare.size();
    pos = word_end;
    if (bare.size() != word.size()) break;  // sentence ended
    if (pos < text.size() && text[pos] != ' ') break;
    while (pos < text.size() && text[pos] == ' ') ++pos;
  }
  // Drop trailing initials-only words ("Smith J" is fine, "Smith J." too) but
  // a name cannot be only initials.
  int full_words = 0;
  for (std::string_view w : words) full_words += !is_initial(w) && w.size() > 1;
  if (full_words == 0) return std::nullopt;
  if (words.size() < 2 && !titled) return std::nullopt;
  if (is_initial(words.back()) && words.size() > 1 && !titled) return std::nullopt;
  match.name = std::string(text.substr(name_start, end - name_start));
  // "Ashby- Moore": a name hyphenated across a line break.
  for (size_t at = match.name.find("- "); at != std::string::npos; at = match.name.find("- ", at + 1)) {
    if (at > 0 && std::isalpha(static_cast<unsigned char>(match.name[at - 1])) && at + 2 < match.name.size() &&
        std::isupper(static_cast<unsigned char>(match.name[at + 2])))
      match.name.erase(at + 1, 1);
  }
  match.length = end;
  return match;
}

void split_role_and_organisation(std::string_view text, std::string& role, std::string& organisation) {
  std::string_view s = strip_leading_separators(text);
  s = trim(s);
  role.clear();
  organisation.clear();
  if (s.empty()) return;
  // "LSCB, Business Manager": the body first, then the role.
  size_t first_comma = s.find(", ");
  if (first_comma != std::string_view::npos && looks_like_acronym(trim(s.substr(0, first_comma)))) {
    organisation = std::string(trim(s.substr(0, first_comma)));
    role = strip_trailing(s.substr(first_comma + 1), ".,;");
    return;
  }
  // "Director, Education": the organisation, when given, comes last.
  size_t comma = s.rfind(", ");
  if (comma != std::string_view::npos) {
    std::string_view last = trim(s.substr(comma + 1));
    if (looks_like_organisation(last)) {
      organisation = strip_trailing(last, ".,;");
      role = strip_trailing(s.substr(0, comma), ".,;");
      return;
    }
  }
  // "CWaC Policy Manager", "CWP Participation and Engagement": an acronym
  // naming the body, then the role or department. "NHS Bassetlaw" and "NHS
  // Western Cheshire" are names of bodies: NHS and HM open a body's name.
  std::vector<std::string_view> words = split_words(s);
  if (words.size() > 1 && looks_like_acronym(words[0]) && words[0] != "NHS" && words[0] != "HM") {
    std::string_view after = trim(s.substr(words[0].size()));
    if (ends_with_role_word(after) || (words.size() > 2 && !looks_like_organisation(after))) {
      organisation = std::string(words[0]);
      role = strip_trailing(after, ".,;");
      return;
    }
  }
  // "Nottinghamshire County Council (Public Health)", "West Cheshire CCG".
  if (looks_like_organisation(s)) {
    organisation = strip_trailing(s, ".,;");
    return;
  }
  role = strip_trailing(s, ".,;");
}

namespace {

// Words that say whom a person stood in for: "(substitute for Ann Pole)",
// "deputising for Ann Pole", "attended on behalf of Ann Pole". The length of the
// cue `folded` starts with, 0 if none.
size_t deputy_cue_length(std::string_view folded) {
  for (std::string_view cue : {"representing ", "deputising for ", "deputizing for ", "substituting for ",
                               "substitute for ", "as substitute for ", "deputy for ", "attended on behalf of ",
                               "attending on behalf of ", "on behalf of ", "in place of ", "standing in for ",
                               "for "}) {
    if (folded.starts_with(cue)) return cue.size();
  }
  return 0;
}

// Reads "(Chair)", "(KAd)", "(representing ...)" notes from `rest`, removing them.
std::string take_parentheticals(std::string_view rest, Parentheticals& notes) {
  std::string out;
  size_t i = 0;
  while (i < rest.size()) {
    if (rest[i] != '(') {
      out += rest[i++];
      continue;
    }
    size_t close = rest.find(')', i);
    std::string_view inside = rest.substr(i + 1, (close == std::string_view::npos ? rest.size() : close) - i - 1);
    std::string finside = fold(trim(inside));
    if (is_chair_note(inside)) {
      notes.chair = true;
    } else if (notes.initials.empty() && is_initials_note(inside) && out.find_first_not_of(' ') == std::string::npos) {
      notes.initials = std::string(trim(inside));
    } else if (size_t comma = finside.rfind(", for "); comma != std::string::npos && !notes.chair &&
               leading_name(trim(inside).substr(comma + 6)) && close != std::string_view::npos) {
      // "(Barset Police, for Detective Superintendent Cy Tan)": the body, then whom they stood in for.
      std::string_view whole = trim(inside);
      notes.deputy_for = leading_name(whole.substr(comma + 6))->name;
      notes.deputy_org = std::string(trim(whole.substr(0, comma)));
    } else if (size_t cue = deputy_cue_length(finside); cue > 0 && leading_name(trim(inside).substr(cue))) {
      // The note may run to the end: "(representing Kate Allen - Nottinghamshire County Council (Public Health)".
      std::string_view note = trim(rest.substr(i + 1));
      note = trim(note.substr(cue));
      if (auto name = leading_name(note)) {
        notes.deputy_for = name->name;
        std::string org = strip_trailing(strip_leading_separators(note.substr(name->length)), ",;");
        // Balance the parentheses the note left open.
        int depth = 0;
        for (char c : org) depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        while (depth < 0 && !org.empty() && org.back() == ')') {
          org.pop_back();
          ++depth;
        }
        notes.deputy_org = org;
      }
      return out;
    } else if (finside == "substitute" || finside == "deputy" || finside == "substitute member") {
      notes.substitute = true;  // a substitute whose member the list names elsewhere
    } else if (finside.starts_with("vice")) {
      out += " - " + std::string(trim(inside));  // "(Vice-Chairman)": a role, not a note
    } else if (finside == "minutes" || finside == "minute taker" || finside == "notes" ||
               finside == "note taker" || finside == "clerk") {
      // A note on the role the person played; it is not part of a name or body.
    } else {
      out += rest.substr(i, (close == std::string_view::npos ? rest.size() : close + 1) - i);
    }
    i = close == std::string_view::npos ? rest.size() : close + 1;
  }
  return out;
}

}  // namespace

std::optional<Attendee> parse_attendee(std::string_view entry, AttendanceStatus status) {
  std::string_view s = trim(entry);
  while (s.ends_with(".") || s.ends_with(",") || s.ends_with(";")) s = trim(s.substr(0, s.size() - 1));
  if (s.empty() || s.size() > 400) return std::nullopt;
  std::optional<NameMatch> name = leading_name(s);
  if (!name) return std::nullopt;
  // "Mr R Penrose OBE", "Mr R C Penrose, OBE": honours, then the rest of the entry.
  size_t consumed = name->length + post_nominals_length(s.substr(name->length));
  // "Jack Penhale deputising for Alison Dewar – Place", "Lena Sorensen – attended
  // on behalf of Nick Pryce (Director)": the person stood in for, in prose.
  {
    std::string_view clause = strip_leading_separators(s.substr(consumed));
    std::string fclause = lower_ascii(clause);  // same length: offsets carry over
    size_t cue = deputy_cue_length(fclause);
    if (cue > 0 && !fclause.starts_with("for ")) {
      if (std::optional<NameMatch> member = leading_name(clause.substr(cue))) {
        Attendee a;
        a.as_written = std::string(s);
        a.name = name->name;
        a.title = name->title;
        a.status = AttendanceStatus::deputy;
        a.deputy_for = member->name;
        std::string rest(strip_leading_separators(clause.substr(cue + member->length)));
        Parentheticals notes;
        rest = take_parentheticals(rest, notes);
        split_role_and_organisation(rest, a.role, a.organisation);
        return a;
      }
    }
  }
  // A name runs into a body's words without a separator: "West Cheshire College".
  std::string_view after = trim(s.substr(consumed));
  if (!after.empty() && !after.starts_with(",") && !after.starts_with("(") && !after.starts_with("-") &&
      !after.starts_with("\u2013") && !after.starts_with("\u2014") && !after.starts_with(":") &&
      !after.starts_with(";") && !after.starts_with("."))
    return std::nullopt;
  Attendee a;
  a.as_written = std::string(s);
  a.name = name->name;
  a.title = name->title;
  a.status = status;
  Parentheticals notes;
  std::string rest = take_parentheticals(s.substr(consumed), notes);
  a.initials = notes.initials;
  a.chair = notes.chair;
  a.presence = presence_note(s.substr(consumed));
  if (notes.substitute) a.status = AttendanceStatus::deputy;
  if (!notes.deputy_for.empty()) {
    a.status = AttendanceStatus::deputy;
    a.deputy_for = notes.deputy_for;
    a.organisation = notes.deputy_org;
  }
  std::string_view r = trim(rest);
  // "Dr A Kilbride (Director of Public Health)": the role in brackets.
  if (r.starts_with("(") && r.ends_with(")")) {
    int depth = 0;
    size_t close = 0;
    for (size_t i = 0; i < r.size(); ++i) {
      depth += r[i] == '(' ? 1 : r[i] == ')' ? -1 : 0;
      if (depth == 0) {
        close = i;
        break;
      }
    }
    if (close + 1 == r.size()) r = trim(r.substr(1, r.size() - 2));
  }
  if (is_chair_note(strip_leading_separators(r))) {
    a.chair = true;
    r = {};
  }
  std::string role, organisation;
  split_role_and_organisation(r, role, organisation);
  // "Chair" as the role itself: "Dr Declan O'Halloran – Chair". "LSCB Chair"
  // chairs another body.
  if (is_chair_note(role) && organisation.empty()) {
    a.chair = true;
    role.clear();
  } else if (starts_with_ci(role, "Chair, ") || starts_with_ci(role, "Chairman, ")) {
    // "Ann Pole (AP) – Chair, Director of Children's Services": chairs, and has a post.
    a.chair = true;
    role = std::string(trim(std::string_view(role).substr(role.find(',') + 1)));
  } else if (is_chairing_role(role) && !is_chair_note(role)) {
    a.chair = true;  // the role stays: "Independent Chair" says who they are
  }
  a.role = role;
  if (a.organisation.empty()) a.organisation = organisation;
  return a;
}

std::optional<Attendee> parse_attendee_row(std::string_view name_cell, std::string_view role_cell,
                                           AttendanceStatus status) {
  std::string joined = std::string(trim(name_cell));
  if (!trim(role_cell).empty()) joined += " - " + std::string(trim(role_cell));
  std::optional<Attendee> a = parse_attendee(joined, status);
  if (!a) return a;
  // The whole name cell must be the name (with notes): "Steve Robinson".
  Parentheticals notes;
  std::string bare = take_parentheticals(name_cell, notes);
  std::optional<NameMatch> name = leading_name(bare);
  if (!name) return std::nullopt;
  // "Chief Superintendent Ian McLachlan QPM": honours may follow the name.
  size_t length = name->length + post_nominals_length(std::string_view(bare).substr(name->length));
  if (trim(bare).size() > length + 2) return std::nullopt;
  return a;
}

namespace {

// Offsets in `text` where an entry "Name (XX)" starts, after the first.
std::vector<size_t> initials_entry_starts(std::string_view text) {
  std::vector<size_t> starts;
  for (size_t i = 1; i < text.size(); ++i) {
    bool after_separator = (text[i - 1] == ' ' && i >= 2 && (text[i - 2] == ',' || text[i - 2] == ';'));
    if (!after_separator) continue;
    std::optional<NameMatch> name = leading_name(text.substr(i));
    if (!name) continue;
    std::string_view after = text.substr(i + name->length);
    after = trim(after);
    if (after.starts_with("(") && after.find(')') != std::string_view::npos &&
        is_initials_note(after.substr(1, after.find(')') - 1)))
      starts.push_back(i);
  }
  return starts;
}

// Splits at commas, semicolons and " and " (outside parentheses).
std::vector<std::string> split_list(std::string_view text) {
  std::vector<std::string> parts;
  std::string current;
  int depth = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '(') ++depth;
    if (c == ')' && depth > 0) --depth;
    bool split = depth == 0 && (c == ',' || c == ';');
    size_t skip = 0;
    if (depth == 0 && text.substr(i).starts_with(" and ")) {
      split = true;
      skip = 4;
    } else if (depth == 0 && text.substr(i).starts_with(" & ")) {
      // "Ann Pole & Cy Tan" are two people; "Quality & Patient Safety" is one role.
      std::string_view so_far = trim(current);
      std::optional<NameMatch> name = leading_name(so_far);
      split = name && name->length + post_nominals_length(so_far.substr(name->length)) >= so_far.size();
      skip = split ? 2 : 0;
    }
    if (split) {
      parts.push_back(current);
      current.clear();
      i += skip;
      continue;
    }
    current += c;
  }
  parts.push_back(current);
  return parts;
}

// Whether part k of `text`'s list was joined to the one before by "and".
bool paired_by_and(std::string_view text, const std::vector<std::string>& parts, size_t k) {
  size_t offset = 0;
  for (size_t i = 0; i < k; ++i) offset = text.find(parts[i], offset) + parts[i].size();
  return text.substr(offset).starts_with(" and ") || text.substr(offset).starts_with(" & ");
}

}  // namespace

namespace {
bool is_pure_name(std::string_view part, bool bracketed_role);
}  // namespace

std::vector<Attendee> parse_attendee_run(std::string_view text, AttendanceStatus status) {
  std::vector<Attendee> out;
  std::vector<size_t> starts = initials_entry_starts(text);
  if (!starts.empty()) {
    starts.insert(starts.begin(), 0);
    starts.push_back(text.size());
    for (size_t k = 0; k + 1 < starts.size(); ++k) {
      std::string_view entry = text.substr(starts[k], starts[k + 1] - starts[k]);
      // "Devon Allen (DA) and Merlin Tinker (MT) – Org": two people, one body.
      size_t and_at = entry.find(") and ");
      if (and_at != std::string_view::npos) {
        std::string_view second = entry.substr(and_at + 6);
        std::optional<Attendee> b = parse_attendee(second, status);
        std::optional<Attendee> a = parse_attendee(entry.substr(0, and_at + 1), status);
        if (a && b) {
          if (a->organisation.empty()) a->organisation = b->organisation;
          if (a->role.empty()) a->role = b->role;
          out.push_back(*a);
          out.push_back(*b);
          continue;
        }
      }
      if (auto a = parse_attendee(entry, status)) out.push_back(*a);
    }
    return out;
  }
  // Plain list: "Dr Paul Bowen and Kath O'Dwyer." or "Cllr C Tolland, Cllr M Jessop".
  // Parts that are not names (a role after a comma) attach to the person before.
  // "Devon Allen (DA) and Merlin Tinker (MT) – Nottinghamshire County Council":
  // a body written once after a pair belongs to both.
  std::vector<std::string> parts = split_list(text);
  size_t first_of_pair = std::string::npos;
  for (size_t k = 0; k < parts.size(); ++k) {
    std::string_view p = trim(parts[k]);
    if (p.empty()) continue;
    // "Mr R C Penrose, OBE": honours, not a body.
    if (post_nominals_length(p) >= p.size() - (p.ends_with(".") ? 1 : 0)) continue;
    // "Ex Officio: Amina Qureshi (DCLG)": a label, then the person; "C.
    // Lightfoot: G. Midgley": a colon for a comma between two people.
    if (size_t colon = p.find(':'); colon != std::string_view::npos && colon < 30 && count_words(p.substr(0, colon)) <= 3 &&
                                    is_pure_name(p.substr(colon + 1), true)) {
      if (is_pure_name(p.substr(0, colon), false))
        if (std::optional<Attendee> a = parse_attendee(p.substr(0, colon), status)) out.push_back(*a);
      p = trim(p.substr(colon + 1));
    }
    // "Fiona Caddick who was substituted by Imogen Tredwell": the clause says who came instead.
    if (std::optional<NameMatch> name = leading_name(p)) {
      std::string_view clause = trim(p.substr(name->length));
      std::string fclause = fold(clause);
      if (fclause.starts_with("who ") || fclause.starts_with("substituted by ") ||
          fclause.starts_with("represented by ") || fclause.starts_with("deputised by ")) {
        std::optional<Attendee> a = parse_attendee(p.substr(0, name->length), status);
        if (a) out.push_back(*a);
        for (std::string_view by : {"substituted by ", "represented by ", "deputised by ", "replaced by "}) {
          size_t at = fclause.find(by);
          if (at == std::string::npos || !a) continue;
          if (std::optional<Attendee> d = parse_attendee(clause.substr(at + by.size()), AttendanceStatus::deputy)) {
            d->status = AttendanceStatus::deputy;
            d->deputy_for = a->name;
            out.push_back(*d);
          }
          break;
        }
        first_of_pair = std::string::npos;
        continue;
      }
    }
    // "and McTavish (Acting Chief Accountant)": someone named by surname alone,
    // not a role of the person before.
    if (std::vector<std::string_view> words = split_words(p);
        words.size() >= 2 && words[1].starts_with("(") && is_name_word(words[0]) && !opens_role(p)) {
      std::string_view note = trim(p.substr(words[1].data() - p.data()));
      note = trim(note.substr(1, note.size() - (note.ends_with(")") ? 2 : 1)));
      if (opens_role(note) || ends_with_role_word(note)) continue;
    }
    if (std::vector<Attendee> pair = substitution_pair(p, status); !pair.empty()) {
      out.insert(out.end(), pair.begin(), pair.end());
      first_of_pair = std::string::npos;
      continue;
    }
    bool after_and = k > 0 && paired_by_and(text, parts, k);
    if (after_and && !out.empty() && out.back().organisation.empty() && out.back().role.empty())
      first_of_pair = out.size() - 1;
    else
      first_of_pair = std::string::npos;
    std::optional<Attendee> a = parse_attendee(p, status);
    if (a) {
      // "Cheshire East Council" after a comma is the previous person's body.
      std::optional<NameMatch> name = leading_name(p);
      std::string_view after = trim(p.substr(name ? name->length : 0));
      bool separated = after.empty() || after.starts_with("(") || after.starts_with("-") ||
                       after.starts_with("\u2013") || after.starts_with(":") || after.starts_with(".");
      if (!separated && !out.empty()) a.reset();
    }
    // "Supt Ian Marchbanks Barset Police": a name and its role with no
    // punctuation between, in a list whose entries a title or comma set apart.
    if (!a) {
      std::optional<NameMatch> name = leading_name(p);
      std::string_view after = name ? trim(p.substr(name->length)) : std::string_view();
      bool semicolons = text.find(';') != std::string_view::npos;  // "Ann Pole Public Health; Cy Tan ..."
      if (name && (opens_role(after) || looks_like_organisation(after) || semicolons) &&
          split_words(name->name).size() >= 2)
        a = parse_attendee(separate_name_and_role(p), status);
    }
    if (a) {
      if (first_of_pair != std::string::npos && !a->organisation.empty())
        out[first_of_pair].organisation = a->organisation;
      out.push_back(*a);
    } else if (!out.empty()) {
      std::string extra = strip_trailing(p, ".;");
      if (count_words(extra) > 8) break;  // prose after the list
      // "..., Barset Police (representing Cy Tan)": the note ends the previous person's entry.
      Parentheticals notes;
      extra = take_parentheticals(extra, notes);
      std::string role, org;
      split_role_and_organisation(extra, role, org);
      Attendee& last = out.back();
      if (!notes.deputy_for.empty() && last.deputy_for.empty()) {
        last.status = AttendanceStatus::deputy;
        last.deputy_for = notes.deputy_for;
      }
      if (!org.empty() && last.organisation.empty()) last.organisation = org;
      if (!role.empty()) last.role = last.role.empty() ? role : last.role + ", " + role;
    }
  }
  return out;
}

// The people listed from the start of `rest` to the end of its sentence.
std::vector<Attendee> list_until_sentence_end(std::string_view rest) {
  rest = strip_leading_separators(rest);
  if (starts_with_ci(rest, "the following:")) rest = strip_leading_separators(rest.substr(14));
  size_t end = std::min(rest.size(), rest.find('\n'));
  for (size_t i = 0; i + 1 < rest.size(); ++i) {
    if (rest[i] == '.' && rest[i + 1] == ' ') {
      // "Mrs S. Nuttall", "C. Lightfoot": an initial, not the end of the sentence.
      bool initial = i >= 1 && std::isupper(static_cast<unsigned char>(rest[i - 1])) &&
                     (i < 2 || rest[i - 2] == ' ' || rest[i - 2] == '.');
      bool title = i >= 3 && (rest.substr(i - 3, 3) == "Mrs" || rest.substr(i - 2, 2) == "Mr" ||
                              rest.substr(i - 2, 2) == "Dr" || rest.substr(i - 2, 2) == "Ms");
      if (!initial && !title) {
        end = i;
        break;
      }
    }
  }
  // "... from Cllr Ann Pole and from Cy Tan (Barset CCG)": "from" again before each.
  std::string list(rest.substr(0, end));
  for (std::string_view from : {" and from ", ", from "}) {
    for (size_t at = list.find(from); at != std::string::npos; at = list.find(from, at + 1))
      list.replace(at, from.size(), from.starts_with(" and") ? " and " : ", ");
  }
  std::vector<Attendee> people = parse_attendance_text(list, AttendanceStatus::apologies);
  // "Di Ung (Director) attended in her absence.": the next sentence names the deputy of the last.
  if (!people.empty() && end < rest.size()) {
    std::string_view next = trim(rest.substr(end + 1));
    std::string lowered = lower_ascii(next.substr(0, std::min(next.size(), next.find(". "))));
    for (std::string_view cue : {" attended in her absence", " attended in his absence", " attended in their absence",
                                 " attended as substitute", " attended as a substitute", " deputised", " substituted"}) {
      size_t at = lowered.find(cue);
      if (at == std::string::npos) continue;
      if (std::optional<Attendee> d = parse_attendee(next.substr(0, at), AttendanceStatus::deputy)) {
        d->status = AttendanceStatus::deputy;
        d->deputy_for = people.back().name;
        people.push_back(std::move(*d));
      }
      break;
    }
  }
  return people;
}

std::vector<Attendee> apologies_in_text(std::string_view text) {
  std::string lowered = lower_ascii(text);  // same length as `text`: offsets carry over
  std::vector<Attendee> out;
  // "Apologies were noted: ...", "Apologies for absence were received from ...",
  // "These were accepted from ...", "Apologies also received from ...".
  for (size_t at = lowered.find("apolog"); at != std::string::npos; at = lowered.find("apolog", at + 6)) {
    std::string_view window = std::string_view(lowered).substr(at, 60);
    window = window.substr(0, std::min(window.find('\n'), window.find(". ")));
    size_t colon = window.find(':');
    size_t from = window.find(" from ");
    size_t start;
    if (from != std::string_view::npos && (colon == std::string_view::npos || from < colon)) {
      start = at + from + 6;
    } else if (colon != std::string_view::npos && colon < 40) {
      start = at + colon + 1;
    } else if (window.starts_with("apologies -") || window.starts_with("apologies \xe2\x80\x93")) {
      start = at + 11;
    } else {
      continue;
    }
    std::vector<Attendee> people = list_until_sentence_end(text.substr(start));
    out.insert(out.end(), people.begin(), people.end());
  }
  for (std::string_view cue : {"these were accepted from", "accepted from"}) {
    size_t at = lowered.find(cue);
    if (at == std::string::npos || !out.empty()) continue;
    std::vector<Attendee> people = list_until_sentence_end(text.substr(at + cue.size()));
    out.insert(out.end(), people.begin(), people.end());
  }
  return out;
}

}  // namespace crossboard::corpus

namespace crossboard::corpus {

namespace {

// A list ends where the public or a sentence about the meeting begins: "Cllr
// Z together with 7 members of the public", "Mrs N Openshaw (Clerk) There were 0 ...".
std::string end_of_list(std::string_view text) {
  std::string lowered = lower_ascii(text);
  size_t cut = text.size();
  for (std::string_view stop : {" together with ", " along with ", " plus ", " there were ", " there was ",
                                " also present ", " members of the public", " member of the public"}) {
    size_t at = lowered.find(stop);
    // "Jobcentre Plus" is a body; "plus 3 officers" ends the list.
    if (at != std::string::npos && stop == " plus " && at + stop.size() < text.size() &&
        std::isupper(static_cast<unsigned char>(text[at + stop.size()])))
      continue;
    if (at != std::string::npos) cut = std::min(cut, at);
  }
  std::string_view head = text.substr(0, cut);
  // "Mrs C Rawcliffe (Clerk) 9 members of the public": the count is not part of the list.
  if (cut < text.size()) {
    std::string_view h = trim(head);
    size_t space = h.rfind(' ');
    std::string_view last = space == std::string_view::npos ? h : h.substr(space + 1);
    bool count = !last.empty() && std::all_of(last.begin(), last.end(), [](char c) {
      return std::isdigit(static_cast<unsigned char>(c));
    });
    for (std::string_view w : {"a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                               "ten", "several", "many", "no"})
      count = count || lower_ascii(last) == w;
    if (count && space != std::string_view::npos) head = h.substr(0, space);
  }
  // "... and a member of the public", "..., and four members": drop the dangling count.
  if (cut < text.size()) {
    size_t last_and = lower_ascii(head).rfind(" and ");
    size_t last_comma = head.rfind(',');
    size_t split = std::max(last_and == std::string::npos ? 0 : last_and,
                            last_comma == std::string_view::npos ? 0 : last_comma);
    std::string_view tail = trim(head.substr(split));
    if (split > 0 && !leading_name(strip_leading_separators(tail.starts_with("and ") ? tail.substr(4) : tail)))
      head = head.substr(0, split);
  }
  return std::string(trim(head));
}

// "Cllr Ann Pellow (Chair) Cllr Rob Fothergill-Hume (Vice-Chair) Cllr ...":
// names with no commas between them, each opened by a title.
std::string separate_titled_names(const std::string& text) {
  std::vector<std::string_view> words = split_words(text);
  int titles = 0;
  for (std::string_view w : words)
    for (std::string_view t : kTitles) titles += w == t;
  if (titles < 2) return text;
  std::string out;
  bool previous_title = false;
  for (size_t i = 0; i < words.size(); ++i) {
    std::string_view w = words[i];
    bool title = false;
    for (std::string_view t : kTitles) title = title || w == t;
    // "Borough Councillor C Ormerod": the council's kind opens the title.
    bool kind_of_councillor = i + 1 < words.size() && (words[i + 1] == "Councillor" || words[i + 1] == "Councillors") &&
                              (w == "Borough" || w == "County" || w == "District" || w == "Parish" ||
                               w == "Town" || w == "City");
    if (kind_of_councillor) title = true;
    if (i > 0 && (w == "Councillor" || w == "Councillors") && previous_title) title = false;
    // "Chief Inspector", "Det Supt": a rank's second word, not a new person.
    if (i > 0 && title) {
      std::string_view prev = words[i - 1];
      if (prev == "Chief" || prev == "Detective" || prev == "Det" || prev == "Ch" || prev == "Station" ||
          prev == "Group" || prev == "Watch")
        title = false;
    }
    if (i > 0) {
      std::string_view prev = words[i - 1];
      bool joined = prev.ends_with(",") || prev.ends_with(";") || prev == "and" || prev == "&" || previous_title;
      out += title && !joined ? ", " : " ";
    }
    out += w;
    previous_title = title;
  }
  return out;
}

// Whether `part` is a name and nothing else (notes in brackets allowed;
// with `bracketed_role`, a role in brackets too).
bool is_pure_name(std::string_view part, bool bracketed_role) {
  Parentheticals notes;
  std::string bare = take_parentheticals(trim(part), notes);
  std::string_view b = trim(bare);
  while (b.ends_with(".")) b = trim(b.substr(0, b.size() - 1));
  std::optional<NameMatch> name = leading_name(b);
  if (!name) return false;
  std::string_view after = trim(b.substr(name->length));
  after = trim(after.substr(post_nominals_length(after)));
  // "Dr A Kilbride (Director of Public Health)": a name and its role in brackets.
  if (bracketed_role && after.starts_with("(") && after.ends_with(")") && count_words(after) <= 16) return true;
  return after.empty();
}

std::vector<Attendee> parse_for_item_segments(std::string_view text, AttendanceStatus status) {
  std::vector<Attendee> out;
  std::string f = lower_ascii(text);  // same length as `text`: offsets carry over
  std::vector<size_t> starts;
  for (size_t at = f.find("for item"); at != std::string::npos; at = f.find("for item", at + 1))
    starts.push_back(at);
  starts.push_back(text.size());
  for (size_t k = 0; k + 1 < starts.size(); ++k) {
    std::string_view segment = text.substr(starts[k] + 8, starts[k + 1] - starts[k] - 8);
    size_t i = 0;
    while (i < segment.size() && (std::isdigit(static_cast<unsigned char>(segment[i])) || segment[i] == ' '))
      ++i;
    segment = strip_leading_separators(segment.substr(i));
    AttendanceStatus s = status;
    std::string fs = lower_ascii(segment);
    for (std::string_view cue : {"and observing ", "observing "}) {
      if (fs.starts_with(cue)) {
        s = AttendanceStatus::observer;
        segment = trim(segment.substr(cue.size()));
        break;
      }
    }
    while (segment.ends_with(",") || segment.ends_with(" ")) segment.remove_suffix(1);
    if (starts_with_ci(segment, "and ")) segment = trim(segment.substr(4));
    std::string item(trim(text.substr(starts[k] + 4, 4 + i)));  // "item 5"
    while (!item.empty() && !std::isdigit(static_cast<unsigned char>(item.back()))) item.pop_back();
    for (Attendee& a : parse_attendee_run(segment, s)) {
      if (a.presence.empty()) a.presence = item;
      out.push_back(std::move(a));
    }
  }
  return out;
}

}  // namespace

std::vector<Attendee> presence_in_text(std::string_view text) {
  std::string lowered = lower_ascii(text);  // same length as `text`: offsets carry over
  for (std::string_view cue : {" were in attendance", " was in attendance", " were present", " was present",
                               " attended virtually", " attended remotely", " attended online",
                               " joined the meeting", " joined virtually", " joined remotely",
                               " were attending", " was attending"}) {
    size_t at = lowered.find(cue);
    if (at == std::string::npos) continue;
    // The sentence's subject: from its start to the verb.
    size_t start = 0;
    for (std::string_view stop : {". ", "\n", ": "}) {
      size_t s = lowered.rfind(stop, at);
      if (s != std::string::npos) start = std::max(start, s + stop.size());
    }
    if (start > at) continue;
    std::string_view subject = trim(text.substr(start, at - start));
    if (subject.empty()) continue;
    bool names = true;
    for (const std::string& part : split_list(subject)) {
      std::string_view p = trim(part);
      names = names && (p.empty() || is_pure_name(p, true) || post_nominals_length(p) >= p.size());
    }
    if (!names) continue;
    return parse_attendee_run(subject, AttendanceStatus::in_attendance);
  }
  return {};
}

size_t midline_attendance_heading(std::string_view text) {
  size_t best = std::string_view::npos;
  for (std::string_view cue : {" IN ATTENDANCE", " ALSO PRESENT", " APOLOGIES", " PRESENT:", " ABSENT:",
                               " OBSERVERS:", " In attendance:", " Also present:", " Apologies:",
                               " Also in attendance:", " ALSO IN ATTENDANCE"}) {
    for (size_t at = text.find(cue); at != std::string_view::npos; at = text.find(cue, at + 1)) {
      size_t end = at + cue.size();
      if (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end]))) continue;
      // "ALSO PRESENT" holds " PRESENT": the longer heading starts earlier.
      if (at >= 4 && text.substr(at - 4, 4) == "ALSO") continue;
      if (at > 0 && (best == std::string_view::npos || at + 1 < best)) best = at + 1;
      break;
    }
  }
  return best;
}

namespace {

// Endings that say the person just named came instead of the one before:
// "Ann Pole – Cy Tan substituted", "Ann Pole (Cy Tan attended as substitute)".
constexpr std::string_view kSubstitutedEndings[] = {
    " attended as a substitute", " attended as substitute", " attended in her absence",
    " attended in his absence", " attended in their absence", " substituted", " substituting", " deputised",
    " deputising", " attended"};

}  // namespace

std::string share_plural_title(std::string_view text) {
  constexpr std::pair<std::string_view, std::string_view> kPlurals[] = {
      {"County Councillors ", "County Councillor "}, {"Councillors ", "Councillor "}, {"Cllrs. ", "Cllr "},
      {"Cllrs ", "Cllr "}};
  std::string out;
  std::string_view singular;
  bool found = false;
  for (const std::string& part : split_list(trim(text))) {
    std::string_view p = trim(part);
    if (p.empty()) continue;
    if (!out.empty()) out += ", ";
    if (starts_with_ci(p, "from ")) {
      singular = {};
      p = trim(p.substr(5));
    }
    bool opens = false;
    for (auto [plural, one] : kPlurals) {
      if (p.starts_with(plural)) {
        singular = one;
        p = trim(p.substr(plural.size()));
        found = opens = true;
        break;
      }
    }
    // The title is shared while the list names people by surname ("Ashby
    // (Chair)", "M Fairlie"); a full name or another title ends it.
    std::vector<std::string_view> words = split_words(p.substr(0, p.find('(')));
    bool initials = words.size() >= 2 && std::all_of(words.begin(), words.end() - 1, [](std::string_view w) { return is_initial(w); });
    bool surname = !words.empty() && (words.size() == 1 || initials) && is_name_word(words.back());
    if (!singular.empty() && (surname || opens)) out += singular;
    else singular = {};
    out += p;
  }
  return found ? out : "";
}

std::vector<Attendee> substitution_pair(std::string_view entry, AttendanceStatus status) {
  std::string_view e = trim(entry);
  while (e.ends_with(".") || e.ends_with(",") || e.ends_with(";")) e = trim(e.substr(0, e.size() - 1));
  bool bracket = e.ends_with(")");
  if (bracket) e = trim(e.substr(0, e.size() - 1));
  std::string lowered = lower_ascii(e);
  size_t end = std::string::npos;
  for (std::string_view ending : kSubstitutedEndings) {
    if (std::string_view(lowered).ends_with(ending)) {
      end = e.size() - ending.size();
      break;
    }
  }
  if (end == std::string::npos) return {};
  std::string_view body = e.substr(0, end);
  size_t split = std::string_view::npos, skip = 0;
  if (bracket) {
    split = body.rfind('(');
    skip = 1;
  } else {
    for (std::string_view dash : {" \u2013 ", " - ", " \u2014 "}) {
      size_t at = body.find(dash);
      if (at != std::string_view::npos && (split == std::string_view::npos || at < split)) {
        split = at;
        skip = dash.size();
      }
    }
  }
  if (split == std::string_view::npos) return {};
  // One entry, not a list: "Ann Pole (Chair), Cy Tan (Di Ung substituting)" is read part by part.
  std::string_view member_text = body.substr(0, split);
  if (member_text.find('(') != std::string_view::npos || member_text.find(" and ") != std::string_view::npos ||
      split_list(member_text).size() > 2)
    return {};
  std::optional<Attendee> member = parse_attendee(member_text, status);
  std::string_view deputy_text = trim(body.substr(split + skip));
  std::optional<NameMatch> deputy_name = leading_name(deputy_text);
  // "(Di Ung, Medical Director attended in his absence)": the deputy's role may follow a comma.
  std::string_view deputy_rest = trim(deputy_text.substr(deputy_name ? deputy_name->length : 0));
  if (!member || !deputy_name || !(deputy_rest.empty() || deputy_rest.starts_with(","))) return {};
  std::optional<Attendee> deputy = parse_attendee(deputy_text, AttendanceStatus::deputy);
  if (!deputy) return {};
  if (member->status == AttendanceStatus::present) member->status = AttendanceStatus::apologies;
  deputy->status = AttendanceStatus::deputy;
  deputy->deputy_for = member->name;
  return {*member, *deputy};
}

namespace {

// "Ann Pole (Chair)   Cy Tan (Police)": entries set out in two columns, each
// a name and its note in brackets, with only spaces between; a comma is put
// after each closing bracket that a name and an opening bracket follow.
std::string separate_bracketed_entries(const std::string& text) {
  std::string out;
  size_t from = 0;
  for (size_t at = text.find(") "); at != std::string::npos; at = text.find(") ", at + 1)) {
    std::string_view rest = std::string_view(text).substr(at + 2);
    std::optional<NameMatch> name = leading_name(rest);
    if (!name) continue;
    std::string_view after = rest.substr(name->length);
    after = trim(after.substr(post_nominals_length(after)));
    if (!after.starts_with("(")) continue;
    out += text.substr(from, at + 1 - from) + ",";
    from = at + 1;
  }
  return out + text.substr(from);
}

}  // namespace

namespace {

// The most words an entry of a flattened table spans before its closing initials.
constexpr size_t kMaxEntryWords = 20;

// Whether `token` ("AP", "CMcA", "MOS") abbreviates `name` ("Ann Pole",
// "Callum McAlpine", "Margaret O'Sullivan"): the same first initial, and the
// surname's initial among its later capitals.
bool initials_fit(std::string_view token, std::string_view name) {
  if (token.size() < 2 || token.size() > 5 || !std::isupper(static_cast<unsigned char>(token[0]))) return false;
  std::string upper;
  for (char c : token) {
    if (!std::isalpha(static_cast<unsigned char>(c))) return false;
    if (std::isupper(static_cast<unsigned char>(c))) upper += c;
  }
  std::string of = initials_of(name);
  if (upper.size() < 2 || of.size() < 2) return false;
  return upper == of || (upper[0] == of[0] && upper.find(of.back(), 1) != std::string::npos);
}

}  // namespace

// Dashes a run must hold before it is read as "Name – Role" entries with
// nothing between them: one or two dashes are a person's role and its body.
constexpr int kMinDashEntries = 3;

std::string separate_dash_entries(const std::string& text) {
  constexpr std::string_view kDash = " \u2013 ";
  std::vector<size_t> dashes;
  for (size_t at = text.find(kDash); at != std::string::npos; at = text.find(kDash, at + 1)) dashes.push_back(at);
  if (static_cast<int>(dashes.size()) < kMinDashEntries) return text;
  std::string out;
  size_t from = 0;
  for (size_t k = 1; k < dashes.size(); ++k) {
    // The name before this dash: two name words (three with an initial or particle).
    std::string_view head = std::string_view(text).substr(dashes[k - 1] + kDash.size(), dashes[k] - dashes[k - 1] - kDash.size());
    std::vector<std::string_view> words = split_words(head);
    if (words.size() < 3) continue;  // "Ann Pole – Chair – Barset": a role, not a new entry
    size_t n = words.size();
    if (!is_name_word(words[n - 1]) || !is_name_word(words[n - 2])) continue;
    size_t first = n - 2;
    if (first > 1 && (is_initial(words[first - 1]) || is_particle(words[first - 1]))) --first;
    size_t cut = static_cast<size_t>(words[first].data() - text.data());
    out += std::string(trim(std::string_view(text).substr(from, cut - from)));
    out += "; ";
    from = cut;
  }
  if (out.empty()) return text;
  return out + text.substr(from);
}

std::string split_at_closing_initials(const std::string& text) {
  // Only a run with no separators of its own: a table flattened onto one line.
  if (text.find_first_of(",;") != std::string::npos || count_words(text) < 8) return text;
  std::vector<std::string_view> words = split_words(text);
  std::string out;
  int entries = 0;
  size_t i = 0;
  while (i < words.size()) {
    std::string_view from_here = std::string_view(text).substr(words[i].data() - text.data());
    std::optional<NameMatch> name = leading_name(from_here);
    if (!name) return text;
    std::vector<std::string_view> name_words = split_words(name->name);
    size_t title_words = split_words(from_here.substr(0, name->length)).size() - name_words.size();
    bool closed = false;
    for (size_t j = i + title_words + 2; j < words.size() && j < i + kMaxEntryWords; ++j) {
      // The initials close the entry when they fit the name's first two or
      // more words: exactly ("SJH" for "Sarah Jane Heseltine") before loosely,
      // and the shortest name first ("OS" is "Oliver Strand", not "Oliver Strand Early Help").
      size_t fit = 0;
      for (int exact = 1; exact >= 0 && fit == 0; --exact) {
        for (size_t n = 2; n <= name_words.size() && fit == 0; ++n) {
          std::string person;
          for (size_t k = 0; k < n; ++k) person += (k ? " " : "") + std::string(name_words[k]);
          bool same = initials_of(person) == words[j];
          if (exact ? same : initials_fit(words[j], person)) fit = n;
        }
      }
      if (fit > 0) {
        size_t n = fit;
        size_t person_end = static_cast<size_t>(words[i + title_words + n - 1].data() - text.data()) +
                            words[i + title_words + n - 1].size();
        size_t start = static_cast<size_t>(words[i].data() - text.data());
        size_t role_start = person_end;
        size_t role_end = static_cast<size_t>(words[j].data() - text.data());
        std::string role(trim(std::string_view(text).substr(role_start, role_end - role_start)));
        if (!out.empty()) out += "; ";
        out += text.substr(start, person_end - start) + " (" + std::string(words[j]) + ")";
        if (!role.empty()) out += " \u2013 " + role;
        ++entries;
        i = j + 1;
        closed = true;
      }
      if (closed) break;
    }
    if (!closed) {
      if (!out.empty()) out += "; ";
      out += text.substr(static_cast<size_t>(words[i].data() - text.data()));
      break;
    }
  }
  return entries >= 2 ? out : text;
}

std::vector<Attendee> parse_attendance_text(std::string_view text, AttendanceStatus status) {
  // "..., Mr M Haworth (Chief Analyst) and": the list goes on on the next line;
  // "Mrs. Kershaw and a member of the public": the public are not in it.
  std::string list = end_of_list(trim(text));
  for (std::string_view dangling : {" and", " &"}) {
    if (std::string_view(list).ends_with(dangling)) list = std::string(trim(list.substr(0, list.size() - dangling.size())));
  }
  list = split_at_closing_initials(list);
  list = separate_dash_entries(list);
  list = separate_bracketed_entries(list);
  if (std::vector<Attendee> pair = substitution_pair(list, status); !pair.empty()) return pair;
  std::string shared = share_plural_title(list);
  if (!shared.empty()) return parse_attendee_run(shared, status);
  list = separate_titled_names(list);
  std::string_view t = trim(list);
  if (t.empty()) return {};
  if (starts_with_ci(t, "for item")) {
    return parse_for_item_segments(t, AttendanceStatus::in_attendance);
  }
  if (!initials_entry_starts(t).empty()) return parse_attendee_run(t, status);
  // "Mr J Dimmock (Democratic Services Manager) and Mr K Illingworth (General Counsel)":
  // names with their roles in brackets make a list when there are several.
  // One such entry beside a plain name counts when a title ("Mr") says it is a person.
  int pure = 0, bracketed = 0, titled = 0;
  std::vector<std::string> parts = split_list(t);
  // "Ann Pole (Cy Tan substituting), Di Ung and ...": a list with substitutes in it.
  if (parts.size() >= 2 && std::any_of(parts.begin(), parts.end(), [&](const std::string& p) {
        return !substitution_pair(p, status).empty();
      }))
    return parse_attendee_run(t, status);
  bool opens_with_name = !parts.empty() && is_pure_name(parts[0], true);
  for (const std::string& part : parts) {
    bool plain = is_pure_name(part, false);
    bool role = !plain && is_pure_name(part, true);
    pure += plain;
    bracketed += role;
    if (role) {
      std::optional<NameMatch> name = leading_name(trim(part));
      titled += name && !name->title.empty();
    }
  }
  // "Supt Ian Loft Barset Police, Revd Ona Pask Schools Officer": each part opens with a titled name.
  size_t titled_parts = static_cast<size_t>(std::count_if(parts.begin(), parts.end(), [](const std::string& p) {
    std::optional<NameMatch> name = leading_name(trim(p));
    return name && !name->title.empty();
  }));
  // "Ann Pole Lead Member; Cy Tan Public Health": semicolons set entries apart.
  bool semicolon_list = std::count(t.begin(), t.end(), ';') >= 1 && !parts.empty() && leading_name(trim(parts[0]));
  if (pure >= 2 || (opens_with_name && (bracketed >= 2 || (pure == 1 && titled == 1))) ||
      (parts.size() >= 2 && titled_parts == parts.size()) || semicolon_list ||
      // "Cllr Ann Pole and Cy Tan (Chief Officer, Barset CCG)": every part a name, with or without its role.
      (opens_with_name && pure + bracketed >= 2 && static_cast<size_t>(pure + bracketed) == parts.size()))
    return parse_attendee_run(t, status);
  if (auto a = parse_attendee(t, status)) return {*a};
  return {};
}

}  // namespace crossboard::corpus

namespace crossboard::corpus {

namespace {

// A cell's words folded, with "/" spaced out: "Organisation/Role" → "organisation / role".
std::string folded_label(std::string_view cell) {
  std::string f = fold(trim(cell));
  while (!f.empty() && (f.back() == ':' || f.back() == '.')) f.pop_back();
  return f;
}

bool is_date_label(std::string_view f) {
  if (f.empty() || !std::isdigit(static_cast<unsigned char>(f[0]))) return false;
  return std::all_of(f.begin(), f.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c)) || c == '/' || c == '.' || c == '-';
  });
}

}  // namespace

std::optional<AttendanceColumns> attendance_columns(const std::vector<std::string>& cells) {
  if (cells.size() < 2) return std::nullopt;
  AttendanceColumns columns;
  bool other = false;
  for (size_t i = 0; i < cells.size(); ++i) {
    std::string f = folded_label(cells[i]);
    int at = static_cast<int>(i);
    if (f.empty() || f == "-") continue;
    if (i == 0) {
      // The first column names the people: "Name", "Attendee", or a status heading ("Apologies / Role").
      if (f == "name" || f == "names" || f == "attendee" || f == "member" || f == "board member") continue;
      std::optional<AttendanceHeading> heading = attendance_heading(cells[i]);
      if (!heading || !heading->rest.empty()) return std::nullopt;
      columns.section = heading->status;
      continue;
    }
    if (f == "initials") {
      columns.initials = at;
    } else if (f.starts_with("role") || f.starts_with("organisation") || f == "title" || f == "job title" ||
               f == "position" || f == "representing" || f == "agency" || f == "organisation / role") {
      columns.role.push_back(at);
    } else if (f == "attendance" || f == "attended" || f == "status" || f == "present" || is_date_label(f)) {
      columns.status = at;
    } else if (f == "apols" || f == "apologies") {
      columns.apologies = at;
    } else if (f == "deputy" || f == "substitute" || f == "deputy / substitute" || f == "represented by") {
      columns.deputy = at;
    } else if (f == "notes" || f == "comments" || f == "contact" || f == "email") {
      if (f == "notes" || f == "comments") columns.notes = at;
    } else {
      return std::nullopt;
    }
    other = true;
  }
  if (!other) return std::nullopt;
  return columns;
}

std::optional<StatusMark> status_mark(std::string_view cell, bool has_apologies_column) {
  std::string_view c = trim(cell);
  if (c.empty()) return std::nullopt;
  // "No – apologies", "S – DI Ann Pole", "Yes – deputy for Cy Tan": a mark, then a note.
  std::string_view head = c, note;
  for (std::string_view dash : {" \u2013 ", " - ", " \u2014 "}) {
    size_t at = c.find(dash);
    if (at != std::string_view::npos) {
      head = trim(c.substr(0, at));
      note = trim(c.substr(at + dash.size()));
      break;
    }
  }
  std::string f = fold(head);
  std::string fnote = fold(note);
  StatusMark mark;
  if (f == "\u2713" || f == "\u2714" || f == "yes" || f == "y" || f == "p" || f == "present" || f == "attended") {
    mark.status = AttendanceStatus::present;
  } else if (f == "\u2717" || f == "\u2718" || f == "x") {
    mark.status = has_apologies_column ? AttendanceStatus::absent : AttendanceStatus::apologies;
  } else if (f == "a" || f == "apols" || f == "apologies" || f == "apologies sent") {
    mark.status = AttendanceStatus::apologies;
  } else if (f == "no" || f == "n" || f == "dna" || f == "absent" || f == "did not attend" || f == "-" ||
             f == "\u2013" || f == "\u2014" || f == "not present") {
    mark.status = AttendanceStatus::absent;
  } else if (f == "in attendance" || f == "attending") {
    mark.status = AttendanceStatus::in_attendance;
  } else if (f == "observer" || f == "observing") {
    mark.status = AttendanceStatus::observer;
  } else if (f == "s" || f == "sub" || f == "substitute" || f == "present as substitute" || f == "deputy" ||
             f == "r") {
    mark.status = AttendanceStatus::deputy;
  } else {
    return std::nullopt;
  }
  if (fnote.starts_with("apolog")) mark.status = AttendanceStatus::apologies;
  for (std::string_view cue : {"deputy for ", "substitute for ", "deputising for ", "for ", "on behalf of "}) {
    if (fnote.starts_with(cue)) {
      mark.status = AttendanceStatus::deputy;
      if (auto name = leading_name(note.substr(cue.size()))) mark.other = name->name;
      return mark;
    }
  }
  // "S – DI Ann Pole": the row's member sent a deputy, who is named.
  if (mark.status == AttendanceStatus::deputy && !note.empty()) {
    if (auto name = leading_name(note)) {
      mark.other = name->name;
      mark.deputy_named = true;
    }
  }
  return mark;
}

std::vector<std::pair<std::string, AttendanceStatus>> marker_legend(std::string_view line) {
  std::vector<std::pair<std::string, AttendanceStatus>> out;
  std::string_view text = trim(line);
  if (starts_with_ci(text, "key:")) text = trim(text.substr(4));
  if (count_words(text) > 30) return {};
  // Each entry: a short marker, an optional "=", then the word it stands for.
  // "DNA=Did not attend", "D/R=Deputise/Representative": the "=" joins marker and meaning.
  std::string spaced;
  for (char c : text) {
    if (c == '=') spaced += "= ";
    else spaced += c;
  }
  std::vector<std::string_view> words = split_words(spaced);
  for (size_t k = 0; k + 1 < words.size(); ++k) {
    std::string_view marker = words[k];
    size_t next = k + 1;
    if (marker.ends_with("=")) marker.remove_suffix(1);
    else if (words[next] == "=") ++next;
    if (marker.empty() || marker.size() > 4 || next >= words.size()) continue;
    // A marker is a tick, cross or dash, or capitals: "P", "DNA".
    bool symbol = static_cast<unsigned char>(marker[0]) >= 0x80 || marker == "-";
    bool letters = std::all_of(marker.begin(), marker.end(), [](char c) {
      return std::isupper(static_cast<unsigned char>(c)) || c == '/';
    });
    if (!symbol && !letters) continue;
    std::string meaning = fold(strip_trailing(words[next], ",;\u00b7"));
    if (meaning.empty() || !std::isalpha(static_cast<unsigned char>(meaning[0]))) continue;
    if (meaning == "did") meaning = "did not attend";
    // "Deputise/Representative": the first of the meanings.
    meaning = meaning.substr(0, meaning.find('/'));
    if (meaning == "deputise" || meaning == "represented" || meaning == "representative" || meaning == "deputised")
      meaning = "deputy";
    std::optional<StatusMark> mark = status_mark(meaning);
    if (!mark) continue;
    out.emplace_back(std::string(marker), mark->status);
    // "D/R": a row may give either letter.
    if (marker.find('/') != std::string_view::npos) {
      for (std::string_view part : {marker.substr(0, marker.find('/')), marker.substr(marker.find('/') + 1)})
        if (!part.empty()) out.emplace_back(std::string(part), mark->status);
    }
  }
  if (out.size() < 2) return {};
  return out;
}

std::vector<std::string> slash_cells(std::string_view text) {
  std::vector<std::string> cells;
  if (text.find(" / ") == std::string_view::npos) return cells;
  // "Present / Initials / / Role": an empty cell between two separators.
  std::string filled(text);
  for (size_t at = filled.find(" / / "); at != std::string::npos; at = filled.find(" / / ", at))
    filled.replace(at, 5, " / - / ");
  text = filled;
  size_t start = 0;
  while (true) {
    size_t at = text.find(" / ", start);
    std::string_view cell = trim(text.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
    // "Name /" at the end of a row: an empty last cell.
    if (cell.ends_with(" /")) cell = trim(cell.substr(0, cell.size() - 2));
    if (cell == "/") cell = {};
    cells.emplace_back(cell);
    if (at == std::string_view::npos) break;
    start = at + 3;
  }
  return cells;
}

namespace {

// "MarsdenAssistant", "OrmerodHM": the offset where a capital is glued to a
// surname, 0 if none. "McAllister", "MacLeish", "DeVries" are names.
size_t glued_capital(std::string_view word) {
  size_t segment = 0;  // start of the run since the last capital
  for (size_t i = 1; i < word.size(); ++i) {
    unsigned char c = word[i], prev = word[i - 1];
    if (!std::isupper(c)) continue;
    if (std::islower(prev)) {
      std::string_view run = word.substr(segment, i - segment);
      bool prefix = run == "Mc" || run == "Mac" || run == "De" || run == "Di" || run == "La" || run == "Le" ||
                    run == "Fitz" || run == "Van" || run == "Von" || run.size() <= 2;
      if (!prefix) return i;
    }
    segment = i;
  }
  return 0;
}

}  // namespace

std::string separate_name_and_role(std::string_view entry) {
  std::string s(trim(entry));
  // A capital glued to the surname, within the first words.
  {
    std::vector<std::string_view> words = split_words(s);
    for (size_t k = 1; k < words.size() && k < 5; ++k) {
      size_t at = glued_capital(words[k]);
      if (at == 0) continue;
      size_t offset = static_cast<size_t>(words[k].data() - s.data()) + at;
      s = s.substr(0, offset) + " \u2013 " + s.substr(offset);
      break;
    }
  }
  std::optional<NameMatch> name = leading_name(s);
  if (!name) return s;
  // The words of `s` from the name on: views into `s`, so offsets carry over.
  size_t name_at = s.find(name->name);
  if (name_at == std::string::npos || name_at >= name->length) return s;
  std::string title = s.substr(0, name_at);
  std::vector<std::string_view> words = split_words(std::string_view(s).substr(name_at));
  size_t name_words = split_words(name->name).size();
  if (name_words == 0 || name_words > words.size()) return s;
  // "Ann Pole MBE (Lay Member)": honours belong to the name.
  size_t name_end = std::min(name->length, s.size());
  name_end += post_nominals_length(std::string_view(s).substr(name_end));
  std::string_view bare_after = trim(std::string_view(s).substr(name_end));
  // Initials that fit the name: in the name run ("Pemberton ALP"), or just after it ("Pole AP").
  for (size_t k = 1; k <= name_words && k < words.size(); ++k) {
    std::string_view token = words[k];
    if (is_initial(token)) continue;
    std::string person;
    for (size_t j = 0; j < k; ++j) person += (j ? " " : "") + std::string(words[j]);
    if (!initials_fit(token, person)) continue;
    size_t rest_at = static_cast<size_t>(token.data() - s.data()) + token.size();
    std::string rest = std::string(strip_leading_separators(std::string_view(s).substr(rest_at)));
    return title + person + " (" + std::string(token) + ")" + (rest.empty() ? "" : " \u2013 " + rest);
  }
  if (!bare_after.empty()) {
    // The name ended at a role's or body's word, with nothing between.
    bool separated = bare_after.starts_with(",") || bare_after.starts_with("(") || bare_after.starts_with("-") ||
                     bare_after.starts_with("\u2013") || bare_after.starts_with("\u2014") ||
                     bare_after.starts_with(":") || bare_after.starts_with(";") || bare_after.starts_with(".") ||
                     bare_after.starts_with("/");
    if (separated || !std::isupper(static_cast<unsigned char>(bare_after[0]))) return s;
    if (name_words < 2 && name->title.empty()) return s;
    // "Cheshire East Council", "West Cheshire College": a body's name ends in
    // its kind, not a person's name followed by a body ("Ann Pole Healthwatch Barset").
    std::vector<std::string_view> next = split_words(bare_after);
    bool initials = std::any_of(words.begin(), words.begin() + name_words, [](std::string_view w) { return is_initial(w); });
    if (next.size() == 1) {
      std::string w = strip_trailing(next[0], ".,;");
      bool body = is_body_word(w);
      for (std::string_view o : kOrganisationWords) body = body || w == o;
      // "Supt Ian Loft Barset Police": the place before the body's kind is the body's.
      if (body && !name->title.empty() && name_words >= 3 && !initials) {
        size_t cut = static_cast<size_t>(words[name_words - 1].data() - s.data());
        return std::string(trim(s.substr(0, cut))) + " \u2013 " + s.substr(cut);
      }
      if (body) return s;
    }
    // "Ona Pask Diocesan Schools Officer": four name words are a name of two and a body.
    if (name_words >= 4 && !initials) {
      size_t cut = static_cast<size_t>(words[2].data() - s.data());
      return std::string(trim(s.substr(0, cut))) + " \u2013 " + s.substr(cut);
    }
    return s.substr(0, name_end) + " \u2013 " + std::string(bare_after);
  }
  // Four or more name words and nothing else: a name of two, then a body
  // ("Meera Patel Healthwatch Thornwick").
  bool initials = std::any_of(words.begin(), words.begin() + name_words, [](std::string_view w) { return is_initial(w); });
  if (name_words >= 4 && !initials) {
    size_t cut = static_cast<size_t>(words[2].data() - s.data());
    return std::string(trim(s.substr(0, cut))) + " \u2013 " + s.substr(cut);
  }
  return s;
}

std::string presence_note(std::string_view entry) {
  std::string lowered = lower_ascii(entry);  // same length: offsets carry over
  size_t best = std::string::npos;
  for (std::string_view cue : {"left the meeting", "left at", "arrived at", "arrived during", "joined the meeting",
                               "from item", "until item", "up to item", "for item", "items ", "item ",
                               "from minute", "for minute"}) {
    size_t at = lowered.find(cue);
    // "item" must be a word: not "items" inside "agenda items" before a cue found earlier.
    if (at != std::string::npos && (at == 0 || !std::isalpha(static_cast<unsigned char>(lowered[at - 1]))))
      best = std::min(best, at);
  }
  if (best == std::string::npos) return "";
  std::string_view note = entry.substr(best);
  size_t end = note.find_first_of("),;");
  note = trim(note.substr(0, end));
  while (note.ends_with(".")) note.remove_suffix(1);
  // "item" alone, with no number or time after it, says nothing.
  if (note.find_first_of("0123456789") == std::string_view::npos) return "";
  return std::string(note);
}

}  // namespace crossboard::corpus

namespace crossboard::corpus {

std::vector<Attendee> deputies_in_text(std::string_view text) {
  std::vector<Attendee> out;
  std::string lowered = lower_ascii(text);  // same length: offsets carry over
  for (std::string_view cue : {" attended on behalf of ", " attended as substitute for ", " attended as a substitute for ",
                               " was deputising for ", " deputised for ", " attended for ", " substituted for ",
                               " was substituting for "}) {
    for (size_t at = lowered.find(cue); at != std::string::npos; at = lowered.find(cue, at + 1)) {
      // The deputy: the name words just before the cue ("... noted; Sergeant Yates attended ...").
      std::string_view before = text.substr(0, at);
      std::vector<std::string_view> words = split_words(before);
      size_t first = words.size();
      while (first > 0 && words.size() - first < 5 && (is_name_word(words[first - 1]) || is_initial(words[first - 1])))
        --first;
      std::optional<NameMatch> deputy;
      for (size_t k = first; k < words.size() && !deputy; ++k) {
        std::string_view from = before.substr(words[k].data() - text.data());
        // A title before the name counts: "Sergeant Yates".
        if (k > 0) {
          std::string_view with_title = before.substr(words[k - 1].data() - text.data());
          if (std::optional<NameMatch> t = leading_name(with_title); t && !t->title.empty() && t->length == with_title.size())
            deputy = t;
        }
        if (std::optional<NameMatch> n = leading_name(from); !deputy && n && n->length == from.size()) deputy = n;
      }
      std::optional<NameMatch> member = leading_name(text.substr(at + cue.size()));
      if (!deputy || !member) continue;
      Attendee a;
      a.name = deputy->name;
      a.title = deputy->title;
      a.as_written = std::string(text.substr(0, at + cue.size() + member->length).substr(words[first < words.size() ? first : 0].data() - text.data()));
      a.status = AttendanceStatus::deputy;
      a.deputy_for = member->name;
      out.push_back(std::move(a));
    }
  }
  return out;
}

}  // namespace crossboard::corpus
