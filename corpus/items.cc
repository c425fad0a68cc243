// Agenda items: where they start, their titles, actions, decisions and owners.
#include <algorithm>
#include <cctype>

#include "corpus/attendance.h"
#include "corpus/dates.h"
#include "corpus/minutes_parts.h"
#include "corpus/text_util.h"

namespace crossboard::corpus {

namespace {

bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

bool mostly_upper(std::string_view s) { return upper_ratio(s) > 0.8 && count_words(s) >= 1; }

// Words that open a sentence (and so end a title that runs into its text).
constexpr std::string_view kSentenceOpeners[] = {
    "The", "A", "An", "It", "This", "These", "There", "Following", "Colleagues", "Information",
    "Members", "Attention", "Councillor", "Cllr", "Dr", "We", "All", "Concern", "Discussion",
    "Consideration", "Further", "Progress", "Apologies", "Nothing", "No", "In"};

// Words after which a title cannot end.
constexpr std::string_view kConnectors[] = {"of", "and", "the", "on", "for", "to", "in", "from",
                                            "with", "by", "at", "a", "an", "&", "-", "/", "\u2013"};

bool is_connector(std::string_view w) {
  for (std::string_view c : kConnectors) {
    if (w == c) return true;
  }
  return false;
}

// Labels that introduce a list of actions on the following lines.
bool is_actions_heading(std::string_view text) {
  std::string f = fold(trim(text));
  while (f.ends_with(":") || f.ends_with("-")) f.pop_back();
  f = std::string(trim(f));
  return f == "actions" || f == "action" || f == "action points" || f == "agreed actions" ||
         f == "actions agreed" || f == "action point" || f == "actions arising";
}

// "Action:", "ACTION -", "Action 2:", "Action point:" → the text after the label.
std::optional<std::string_view> after_action_label(std::string_view text, size_t& at) {
  for (size_t i = 0; i < text.size(); ++i) {
    if (i > 0 && text[i - 1] != ' ') continue;
    if (!starts_with_ci(text.substr(i), "action")) continue;
    // The label is "Action" in capitals or at the start of a block.
    if (i > 0 && !text.substr(i).starts_with("Action") && !text.substr(i).starts_with("ACTION"))
      continue;
    size_t j = i + 6;
    if (j < text.size() && (text[j] == 's' || text[j] == 'S')) ++j;
    if (starts_with_ci(text.substr(j), " point")) j += 6;
    if (j < text.size() && text[j] == ' ') {
      size_t k = j + 1;
      while (k < text.size() && is_digit(text[k])) ++k;
      if (k > j + 1) j = k;
    }
    std::string_view rest = text.substr(j);
    std::string_view t = trim(rest);
    bool colon = t.starts_with(":");
    bool dash = t.starts_with("- ") || t.starts_with("\u2013");
    if (!colon && !dash) continue;
    t = t.substr(colon ? 1 : dash && t.starts_with("-") ? 1 : 3);
    at = i;
    return trim(t);
  }
  return std::nullopt;
}

// "RESOLVED", "RESOLVED:", "RESOLVED – That ...", "Agreed:", "Decision:".
std::optional<std::string_view> after_decision_label(std::string_view text) {
  std::string_view t = trim(text);
  // "5. RESOLVED – to note the update": a numbered paragraph of the minute.
  if (size_t space = t.find(' '); space != std::string_view::npos && space <= 5) {
    std::string_view token = t.substr(0, space);
    size_t letter = token.starts_with("(") ? 1 : 0;
    bool marker = token.size() > letter + 1 && (token.ends_with(".") || token.ends_with(")")) &&
                  (read_item_number(token) ||
                   (token.size() <= 4 && std::islower(static_cast<unsigned char>(token[letter]))));
    if (marker && trim(t.substr(space)).starts_with("RESOLVED")) t = trim(t.substr(space));
  }
  for (std::string_view label : {"RESOLVED", "Resolved", "AGREED", "Agreed", "DECISION", "Decision",
                                 "DECISIONS", "Decisions"}) {
    if (!t.starts_with(label)) continue;
    std::string_view rest = t.substr(label.size());
    bool upper = label[1] >= 'A' && label[1] <= 'Z';
    std::string_view r = trim(rest);
    bool labelled = r.starts_with(":") || r.starts_with("-") || r.starts_with("\u2013");
    // "RESOLVED to adopt the Play Space Strategy".
    bool to = upper && label == "RESOLVED" && r.starts_with("to ");
    if (rest.empty() || (labelled) || (upper && (r.empty() || starts_with_ci(r, "that"))) || to) {
      if (labelled) r = trim(r.substr(r.starts_with("\u2013") ? 3 : 1));
      if (r.starts_with("-")) r = trim(r.substr(1));
      return r;
    }
  }
  return std::nullopt;
}

// Owner tokens of a Who/Lead cell: "SK/KAd/ DHi", "Isabel Noonan /Sarah Blaylock", "ALL".
std::vector<std::string> owner_tokens(std::string_view cell, const std::vector<Attendee>& attendance) {
  std::vector<std::string> parts;
  std::string current;
  auto flush = [&] {
    std::string t(trim(current));
    if (!t.empty()) parts.push_back(t);
    current.clear();
  };
  for (size_t i = 0; i < cell.size(); ++i) {
    char c = cell[i];
    if (c == '/' || c == ',' || c == '&' || c == ';') {
      flush();
    } else if (cell.substr(i).starts_with(" and ")) {
      flush();
      i += 4;
    } else {
      current += c;
    }
  }
  flush();
  // "SK KAd KAd": initials separated by spaces are several owners; a full
  // name ("Isabel Noonan") is one.
  std::vector<std::string> tokens;
  for (const std::string& p : parts) {
    if (resolve_person(p, attendance) >= 0 || count_words(p) == 1) {
      tokens.push_back(p);
      continue;
    }
    bool all_initials = true;
    for (std::string_view w : split_words(p)) {
      int upper = 0;
      for (unsigned char c : w) upper += std::isupper(c) != 0;
      all_initials = all_initials && w.size() <= 4 && std::isupper(static_cast<unsigned char>(w[0])) &&
                     upper >= 2;
    }
    if (all_initials) {
      for (std::string_view w : split_words(p)) tokens.emplace_back(w);
    } else {
      tokens.push_back(p);
    }
  }
  return tokens;
}

// Owners the action names itself: "DHi and KAd to discuss", "Alison to provide",
// "Youth workers training – SH to share".
std::vector<std::string> owners_in_text(std::string_view text, const std::vector<Attendee>& attendance) {
  std::string f = lower_ascii(text);  // same length as `text`: offsets carry over
  size_t to = std::string::npos;
  for (std::string_view verb : {" to ", " will ", " would ", " agreed to ", " is to ", " are to "}) {
    size_t at = f.find(verb);
    if (at != std::string::npos) to = std::min(to, at);
  }
  if (to == std::string::npos || to > 80) return {};
  std::string_view subject = text.substr(0, to);
  for (std::string_view dash : {"\u2013 ", "- ", ": "}) {
    size_t at = subject.rfind(dash);
    if (at != std::string_view::npos) subject = subject.substr(at + dash.size());
  }
  std::vector<std::string> owners;
  for (const std::string& token : owner_tokens(subject, attendance)) {
    bool initials = token.size() >= 2 && token.size() <= 4 && is_upper_word(token.substr(0, 2));
    if (resolve_person(token, attendance) >= 0 || (initials && count_words(token) == 1)) {
      owners.push_back(token);
    } else {
      return {};  // "Children's Trust Executive to receive": not a person
    }
  }
  return owners;
}

void add_owner(Action& action, const std::string& written, const std::vector<Attendee>& attendance) {
  int who = resolve_person(written, attendance);
  if (who >= 0) {
    const Attendee& a = attendance[who];
    if (std::find(action.owners.begin(), action.owners.end(), a.name) != action.owners.end()) return;
    action.owners.push_back(a.name);
    action.owner_ids.push_back(a.person_id);
  } else {
    if (std::find(action.owners.begin(), action.owners.end(), written) != action.owners.end()) return;
    action.owners.push_back(written);
    action.unresolved.push_back(written);
  }
}

std::string first_sentence_with_owner(std::string_view text, const std::vector<std::string>& tokens) {
  std::vector<std::string> sentences = split_sentences(text);
  for (const std::string& s : sentences) {
    for (const std::string& t : tokens) {
      size_t at = find_word_ci(s, t);
      if (at == std::string::npos) continue;
      std::string after = fold(s.substr(at + t.size()));
      if (after.starts_with(" to ") || after.starts_with(" will ") || after.starts_with(" and ") ||
          after.starts_with("/"))
        return s;
    }
  }
  // No sentence names the owner: the last one that asks for something.
  // Strongest cue first; among sentences with the same cue, the last.
  for (std::string_view cue : {" request", " asked to ", " encouraged", " to provide", " to send",
                               " to circulate", " to share", " to forward", " will ", " to be "}) {
    for (auto it = sentences.rbegin(); it != sentences.rend(); ++it) {
      if ((" " + lower_ascii(*it)).find(cue) != std::string::npos) return *it;
    }
  }
  return sentences.empty() ? "" : sentences.back();
}

}  // namespace

namespace {

// Longest minute reference read as one number: "HWB/21/22/14", "CPP 23/145".
constexpr size_t kMaxMinuteRefChars = 16;
// Letters of a board's minute prefix: "GB", "CPP", "HWB", "TC", "CSPB".
constexpr size_t kMaxRefPrefixLetters = 5;

// "HWB/21/22/14", "GB/2122/214", "GB 19/101", "CPP 23/45", "TC/24/031", "GBP/2122/ 216":
// a board's letters, then numbers joined by "/". The sequence runs in the
// last number, so `top` is that one.
std::optional<ItemNumber> read_minute_reference(std::string_view written) {
  // "GBP/2122/ 216": a space after a slash, left by a line break or a typo.
  std::string joined(written);
  for (size_t at = joined.find("/ "); at != std::string::npos; at = joined.find("/ ", at)) joined.erase(at + 1, 1);
  std::string_view t = joined;
  if (t.size() > kMaxMinuteRefChars) return std::nullopt;
  size_t letters = 0;
  while (letters < t.size() && std::isupper(static_cast<unsigned char>(t[letters]))) ++letters;
  if (letters == 0 || letters > kMaxRefPrefixLetters || letters + 1 >= t.size()) return std::nullopt;
  if (t[letters] != '/' && t[letters] != ' ') return std::nullopt;
  std::string_view digits = t.substr(letters + 1);
  if (digits.empty() || !is_digit(digits[0]) || digits.find('/') == std::string_view::npos || digits.ends_with("/"))
    return std::nullopt;
  if (!std::all_of(digits.begin(), digits.end(), [](char c) { return is_digit(c) || c == '/'; }))
    return std::nullopt;
  if (digits.find("//") != std::string_view::npos) return std::nullopt;
  size_t last = digits.rfind('/') + 1;
  if (digits.size() - last > 4) return std::nullopt;
  int top = 0;
  for (size_t i = last; i < digits.size(); ++i) top = top * 10 + (digits[i] - '0');
  ItemNumber n{std::string(t), top, false};
  n.reference = true;
  return n;
}

}  // namespace

std::optional<ItemNumber> read_item_number(std::string_view token) {
  std::string_view t = trim(token);
  while (t.ends_with(":")) t.remove_suffix(1);
  if (!t.empty() && std::isupper(static_cast<unsigned char>(t[0]))) return read_minute_reference(t);
  // "4(a)", "5(b)", "3(ii)": a lettered sub-item of 4.
  if (size_t open = t.find('('); open != std::string_view::npos && open > 0 && open <= 3 && t.ends_with(")")) {
    std::string_view head = t.substr(0, open), letter = t.substr(open + 1, t.size() - open - 2);
    bool digits = std::all_of(head.begin(), head.end(), is_digit);
    bool lower = !letter.empty() && letter.size() <= 4 &&
                 std::all_of(letter.begin(), letter.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)) != 0; });
    if (!digits || !lower) return std::nullopt;
    int top = 0;
    for (char c : head) top = top * 10 + (c - '0');
    ItemNumber n{std::string(t), top, false};
    n.sub = true;
    return n;
  }
  if (t.empty() || t.size() > 10 || !is_digit(t[0])) return std::nullopt;
  if (auto date = find_date(t); date && date->offset == 0 && date->length == t.size() &&
                                t.find('.') != std::string_view::npos) {
    return ItemNumber{std::string(t), 0, true};
  }
  std::string_view n = t;
  if (n.ends_with(".") || n.ends_with(")")) n.remove_suffix(1);
  // Minute numbers "107/20", "23/145": the minute, then the year or a running count.
  if (size_t slash = n.find('/'); slash != std::string_view::npos && slash > 0 && slash <= 4 &&
                                   n.size() - slash - 1 >= 2 && n.size() - slash - 1 <= 4) {
    bool digits = std::all_of(n.begin(), n.end(), [](char c) { return is_digit(c) || c == '/'; });
    if (digits && std::count(n.begin(), n.end(), '/') == 1) {
      int top = 0;
      for (size_t i = 0; i < slash; ++i) top = top * 10 + (n[i] - '0');
      return ItemNumber{std::string(n), top, false};
    }
  }
  int parts = 0;
  size_t i = 0;
  int top = 0;
  while (i < n.size()) {
    size_t start = i;
    int value = 0;
    while (i < n.size() && is_digit(n[i])) value = value * 10 + (n[i++] - '0');
    if (i == start || i - start > 3) return std::nullopt;
    if (parts == 0) top = value;
    ++parts;
    if (i < n.size() && n[i] == '.') {
      ++i;
      if (i == n.size()) return std::nullopt;
      continue;
    }
    // "5a", "7b": a lettered sub-item.
    if (i + 1 == n.size() && std::islower(static_cast<unsigned char>(n[i]))) {
      ++i;
      break;
    }
    if (i != n.size()) return std::nullopt;
  }
  if (parts > 3 || top > 999) return std::nullopt;
  return ItemNumber{std::string(n), top, false};
}

std::optional<ItemNumber> item_reference(std::string_view text, size_t& at) {
  std::string_view t = trim(text);
  if (!t.ends_with(")")) return std::nullopt;
  size_t open = t.rfind('(');
  if (open == std::string_view::npos) return std::nullopt;
  std::string_view inside = trim(t.substr(open + 1, t.size() - open - 2));
  if (starts_with_ci(inside, "agenda ")) inside = trim(inside.substr(7));
  if (!starts_with_ci(inside, "item")) return std::nullopt;
  inside = inside.substr(4);
  if (!inside.empty() && (inside[0] == 's' || inside[0] == 'S')) inside.remove_prefix(1);
  if (inside.empty() || (inside[0] != ' ' && inside[0] != '.')) return std::nullopt;
  if (inside[0] == '.') inside.remove_prefix(1);  // "(Item. 4)"
  std::vector<std::string_view> words = split_words(trim(inside));
  if (words.empty() || words.size() > 5) return std::nullopt;
  std::optional<ItemNumber> number = read_item_number(words[0]);
  if (!number || number->date_like) return std::nullopt;
  // "(Items 5 and 6)", "(Item 3 & 4)": the first number names the minute.
  for (size_t k = 1; k < words.size(); ++k) {
    std::string_view w = words[k];
    bool joiner = w == "and" || w == "&" || w == "to" || w == "-" || w == "\u2013";
    if (!joiner && !read_item_number(w)) return std::nullopt;
  }
  at = (t.data() - text.data()) + open;
  return number;
}

std::optional<Columns> read_table_header(const Line& line) {
  if (line.cells.size() < 2) return std::nullopt;
  Columns columns;
  bool item_column = false;
  for (size_t i = 0; i < line.cells.size(); ++i) {
    std::string f = fold(line.cells[i].text());
    if (count_words(f) > 4) return std::nullopt;
    if (f == "who" || f == "lead" || f == "owner" || f == "by whom" || f == "responsible" ||
        f == "action by" || f == "lead officer" || (f == "action" && i > 0))
      columns.owner = static_cast<int>(i);
    else if (f.starts_with("item") || f == "no" || f == "no." || f == "ref" || f.starts_with("date of"))
      item_column = true;
    else if (f.find("minute") != std::string::npos || f == "action point" || f == "discussion" ||
             f == "notes" || f == "description" || f == "subject")
      columns.text = static_cast<int>(i);
  }
  if (!item_column) return std::nullopt;
  return columns;
}

// "GO presented", "SMcK gave": a member's initials and a verb open the minute's
// first sentence, as minutes that name people by initials write it.
bool initials_then_verb(std::string_view word, std::string_view next) {
  if (word.size() < 2 || word.size() > 5 || !std::isupper(static_cast<unsigned char>(word[0]))) return false;
  int upper = 0;
  for (char c : word) {
    if (!std::isalpha(static_cast<unsigned char>(c))) return false;
    upper += std::isupper(static_cast<unsigned char>(c)) != 0;
  }
  if (upper < 2 || next.empty() || !std::islower(static_cast<unsigned char>(next[0]))) return false;
  for (std::string_view irregular : {"gave", "took", "spoke", "led", "said", "was", "will", "has"})
    if (next == irregular) return true;
  return next.ends_with("ed");
}

// Capitalised words a sentence's subject may run to: "The Director of Public Health presented".
constexpr size_t kMaxSubjectWords = 6;

// "The Chair welcomed", "The Director of Public Health presented": an
// article, a capitalised subject and a verb open the minute's first sentence.
bool article_subject_verb(const std::vector<std::string_view>& words, size_t k) {
  if (words[k] != "The" && words[k] != "A" && words[k] != "An") return false;
  if (k + 2 >= words.size() || !std::isupper(static_cast<unsigned char>(words[k + 1][0]))) return false;
  for (size_t j = k + 2; j < words.size() && j <= k + kMaxSubjectWords; ++j) {
    std::string_view w = words[j];
    if (std::isupper(static_cast<unsigned char>(w[0])) || is_connector(w)) continue;
    return w.ends_with("ed") || w == "gave" || w == "took" || w == "said" || w == "was" || w == "were";
  }
  return false;
}

std::string split_title(std::string_view text, const std::vector<std::string>& people, size_t& title_end) {
  title_end = 0;
  std::vector<std::string_view> words = split_words(text);
  // "Any Other Business: Feedback from ...", "Date of next meeting: ...".
  size_t colon = text.find(':');
  if (colon != std::string_view::npos && count_words(text.substr(0, colon)) <= 7 && colon > 0) {
    title_end = colon + 1;
    return std::string(trim(text.substr(0, colon)));
  }
  size_t offset = 0;
  for (size_t k = 0; k < words.size() && k < 20; ++k) {
    offset = words[k].data() - text.data();
    if (k == 0) continue;
    std::string_view previous = words[k - 1];
    if (is_connector(previous)) continue;
    std::string_view rest = text.substr(offset);
    bool opens = false;
    for (std::string_view o : kSentenceOpeners) {
      opens = opens || (words[k] == o && k + 1 < words.size() &&
                        !std::isupper(static_cast<unsigned char>(words[k + 1][0])) ) ||
              (words[k] == o && (o == "Councillor" || o == "Cllr" || o == "Dr"));
    }
    for (const std::string& person : people) {
      opens = opens || (!person.empty() && rest.starts_with(person));
    }
    opens = opens || (k + 1 < words.size() && initials_then_verb(words[k], words[k + 1])) ||
            article_subject_verb(words, k);
    if (opens) {
      std::string_view title = trim(text.substr(0, offset));
      while (title.ends_with(".") || title.ends_with(",")) title = trim(title.substr(0, title.size() - 1));
      title_end = offset;
      return std::string(title);
    }
  }
  // "Missing children update. Action - JB to ...": a short first sentence.
  std::vector<std::string> sentences = split_sentences(text);
  if (sentences.size() > 1 && count_words(sentences[0]) <= 12) {
    std::string_view title = trim(sentences[0]);
    title_end = text.find(sentences[1], title.size());
    while (title.ends_with(".")) title.remove_suffix(1);
    return std::string(title);
  }
  return "";
}

namespace {

// What a line offers as an item before its number is checked against the sequence.
struct Candidate {
  ItemNumber number;
  std::string heading;       // the words after the number on a heading line; empty in a table
  std::vector<Block> content;
  std::string owner;
  bool strong = false;       // a heading in capitals or bold: trust its number more
};

std::vector<Block> cells_except(const Line& line, size_t from, int skip) {
  std::vector<Block> blocks;
  for (size_t c = from; c < line.cells.size(); ++c)
    if (static_cast<int>(c) != skip) blocks.insert(blocks.end(), line.cells[c].blocks.begin(), line.cells[c].blocks.end());
  return blocks;
}

// "2.2 | <b>Title</b> text | KH", "<p>5.</p> | text", or "<b>19.01.17 Title</b> | | |".
std::optional<Candidate> table_row_candidate(const Line& line, const Columns& columns) {
  const Cell& first = line.cells[0];
  if (first.blocks.empty()) return std::nullopt;
  Candidate c;
  std::optional<ItemNumber> number = read_item_number(first.text());
  // "<p>3.0</p> <p>3.1</p> <p>3.2</p>": sub-items share one row; the first names it.
  if (!number && first.blocks.size() > 1) number = read_item_number(first.blocks[0].text);
  if (number) {
    size_t text_col = static_cast<size_t>(columns.text);
    if (text_col >= line.cells.size() || text_col == 0) text_col = 1;
    c.content = line.cells[text_col].blocks;
    for (size_t k = 1; k < line.cells.size() && c.content.empty(); ++k)
      if (static_cast<int>(k) != columns.owner) c.content = line.cells[k].blocks;
  } else {
    const Block& b = first.blocks[0];
    std::vector<std::string_view> words = split_words(b.text);
    if (!words.empty()) number = read_item_number(words[0]);
    if (!number || !(b.bold || !b.bold_prefix.empty())) return std::nullopt;
    c.heading = std::string(trim(std::string_view(b.text).substr(words[0].size())));
    c.content = cells_except(line, 1, columns.owner);
  }
  c.number = *number;
  if (columns.owner > 0 && static_cast<size_t>(columns.owner) < line.cells.size())
    c.owner = line.cells[columns.owner].text();
  return c;
}

}  // namespace

bool is_minute_label(std::string_view text) {
  std::string_view t = trim(text);
  return t == "Minutes:" || t == "Minute:" || t == "MINUTES:";
}

bool is_paper_link(std::string_view text) {
  std::vector<std::string_view> words = split_words(text);
  if (words.size() != 3 || words[0] != "PDF" || !is_digit(words[1][0])) return false;
  return words[2] == "KB" || words[2] == "MB";
}

namespace {

// Cells of `text` split at `separator`.
size_t count_cells(std::string_view text, std::string_view separator) {
  size_t cells = 1;
  for (size_t at = text.find(separator); at != std::string_view::npos; at = text.find(separator, at + 1)) ++cells;
  return cells;
}

// Longest title before a dash that opens the minute.
constexpr int kMaxDashTitleWords = 10;

// "Early Help Assessment – MO confirmed that …": where the minute starts
// after a short title and a dash, when it opens with a sentence's subject
// and verb; 0 otherwise.
size_t dash_heading_end(std::string_view rest) {
  for (std::string_view dash : {" \u2013 ", " - "}) {
    size_t at = rest.find(dash);
    if (at == std::string_view::npos || at == 0) continue;
    std::string_view title = rest.substr(0, at);
    if (count_words(title) > kMaxDashTitleWords || title.find('.') != std::string_view::npos) continue;
    std::vector<std::string_view> words = split_words(rest.substr(at + dash.size()));
    if ((words.size() >= 2 && initials_then_verb(words[0], words[1])) || (!words.empty() && article_subject_verb(words, 0)))
      return at + dash.size();
  }
  return 0;
}

// Where the number of "1.Welcome and apologies" ends (PDF text that lost the
// space after the full stop): after "N." when a capital follows; 0 otherwise.
size_t glued_number_end(std::string_view text) {
  size_t i = 0;
  while (i < text.size() && i < 3 && is_digit(text[i])) ++i;
  if (i == 0 || i + 2 >= text.size() || text[i] != '.') return 0;
  unsigned char next = text[i + 1], after = text[i + 2];
  return std::isupper(next) && std::isalpha(after) ? i + 1 : 0;
}

// "1. Apologies", "22 DECLARATIONS OF INTEREST", "Item 5: Title", "9 Finance",
// "3. Planning: None.", "107/14 Highways".
std::optional<Candidate> heading_line_candidate(const Line& line, int last_top) {
  const Cell& cell = line.cells[0];
  if (cell.blocks.empty()) return std::nullopt;
  const Block& b = cell.blocks[0];
  std::string_view text = b.text;
  if (starts_with_ci(text, "item ") || starts_with_ci(text, "agenda item ")) {
    text = trim(text.substr(text.find(' ') + 1));
    if (starts_with_ci(text, "item ")) text = trim(text.substr(5));
  }
  std::string glued;
  if (size_t end = glued_number_end(text); end != 0) {
    glued = std::string(text.substr(0, end)) + " " + std::string(text.substr(end));  // "1.Welcome" → "1. Welcome"
    text = glued;
  }
  std::vector<std::string_view> words = split_words(text);
  if (words.size() < 2) return std::nullopt;
  // "GB 19/101 Welcome": the board's letters and the number are one token.
  std::string_view first = words[0];
  if (words.size() >= 3 && read_item_number(text.substr(0, words[1].data() + words[1].size() - text.data())))
    first = text.substr(0, words[1].data() + words[1].size() - text.data());
  std::string_view token = first.ends_with(":") ? first.substr(0, first.size() - 1) : first;
  std::optional<ItemNumber> number = read_item_number(token);
  if (!number || (number->date_like && !b.bold)) return std::nullopt;
  std::string_view rest = trim(text.substr(first.size()));
  // "/" separates the cells of a Word table converted to text: "1. / Welcome and apologies /".
  bool slash_cells = rest.starts_with("/");
  while (rest.starts_with(":") || rest.starts_with("-") || rest.starts_with(")") || rest.starts_with("/"))
    rest = trim(rest.substr(1));
  if (rest.starts_with("\u2013")) rest = trim(rest.substr(3));
  while (rest.ends_with(" /")) rest = trim(rest.substr(0, rest.size() - 2));
  if (rest.empty()) return std::nullopt;
  // "19/07 / Circulate the policy / HK / June 2019 / Complete": a row of an
  // action log, more cells than an item's title and its owner.
  if (slash_cells && count_cells(rest, " / ") > 2) return std::nullopt;
  bool dotted = first.find_first_of(".):/") != std::string_view::npos;
  bool strong = b.bold || !b.bold_prefix.empty() || mostly_upper(split_words(rest)[0]);
  // "3. Planning: None." — a heading and its colon, then the minute.
  size_t colon = rest.find(':');
  bool colon_heading = colon != std::string_view::npos && colon > 0 && count_words(rest.substr(0, colon)) <= 8;
  // "9 Finance", "1 To Receive Apologies": undotted, but a short title next in sequence.
  bool next_in_line = number->top == last_top + 1 || (last_top == 0 && number->top <= 2);
  if (!dotted && !strong && next_in_line && count_words(rest) <= 16 && !rest.ends_with(".")) strong = true;
  if (!dotted && !strong && !(colon_heading && next_in_line)) return std::nullopt;
  unsigned char first_char = rest[0];
  if (!std::isupper(first_char) && !is_digit(static_cast<char>(first_char)) && first_char < 0x80) return std::nullopt;
  // "14 January 2010 - 2pm": a date, not item 14.
  if (auto date = find_date(text); date && date->offset == 0 && !number->date_like) return std::nullopt;
  // A numbered sentence ("1. That the Strategy be noted.") is a list, not an item.
  bool sentence = rest.ends_with(".") && !mostly_upper(rest.substr(0, std::min<size_t>(rest.size(), 20)));
  size_t dash = dash_heading_end(rest);
  if (!strong && !colon_heading && dash == 0 && (sentence || count_words(rest) > 25)) return std::nullopt;
  Candidate c;
  c.number = *number;
  c.strong = strong;
  c.heading = std::string(rest);
  if (dash != 0 && (sentence || count_words(rest) > 25)) {
    // "3.1 Early Help Assessment – MO confirmed that …": the title, then the minute.
    Block after;
    after.text = std::string(trim(rest.substr(dash)));
    c.content.push_back(after);
    std::string_view title = trim(rest.substr(0, dash));
    title = trim(title.substr(0, title.ends_with("-") ? title.size() - 1 : title.size() - 3));
    c.heading = std::string(title);
  }
  if (colon_heading && !mostly_upper(split_words(rest)[0])) {
    Block after;
    after.text = std::string(trim(rest.substr(colon + 1)));
    if (!after.text.empty()) c.content.push_back(after);
    c.heading = std::string(trim(rest.substr(0, colon)));
  }
  c.content.insert(c.content.end(), cell.blocks.begin() + 1, cell.blocks.end());
  std::vector<Block> others = cells_except(line, 1, -1);
  c.content.insert(c.content.end(), others.begin(), others.end());
  return c;
}

// How far the next item's number may jump: agendas skip withdrawn items, not dozens.
constexpr int kMaxItemStep = 20;

// Numbers only go forward, so numbered resolutions stay inside their item;
// a date-numbered log repeats its date; minute numbers ("107/14") run on
// from the last meeting's, so there is no sequence to check.
// A board's minute references ("GB 19/104") go forward in their last number,
// so a reference quoted in matters arising ("GB 19/087 – Winter plan") is not an item.
bool in_sequence(const Candidate& c, int last_top) {
  if (c.number.reference) return last_top == 0 || (c.number.top > last_top && c.number.top <= last_top + kMaxItemStep);
  if (c.number.date_like || c.number.number.find('/') != std::string::npos || last_top == 0) return true;
  bool sub = c.number.sub || c.number.number.find('.') != std::string::npos;
  bool forward = c.number.top > last_top && c.number.top <= last_top + kMaxItemStep;
  bool same = c.number.top == last_top && (sub || c.strong);
  return forward || same;
}

// Parish style "PUBLIC FORUM (10 MINUTES) No residents attended.": the capitals are the title.
void title_from_heading(ItemStart& start, const std::string& heading, std::vector<Block>& content) {
  size_t upper_end = 0;
  int lettered = 0;  // "COVID-19 – Safeguarding Adults Impact" has one word in capitals, not a title
  for (std::string_view w : split_words(heading)) {
    bool letters = std::any_of(w.begin(), w.end(), [](char ch) { return std::isalpha(static_cast<unsigned char>(ch)); });
    if (upper_ratio(w) < 0.99 && letters) break;
    lettered += letters;
    upper_end = (w.data() - heading.data()) + w.size();
  }
  if (upper_end > 0 && upper_end < heading.size() && lettered >= 2) {
    start.title = std::string(trim(std::string_view(heading).substr(0, upper_end)));
    Block rest;
    rest.text = std::string(trim(std::string_view(heading).substr(upper_end)));
    content.insert(content.begin(), rest);
  } else {
    start.title = heading;
  }
}

// The title in a table's text cell: a bold run, the words before the first
// sentence, a short first paragraph, or failing those its opening words.
void title_from_content(ItemStart& start, std::vector<Block>& content, const std::vector<std::string>& people) {
  if (content.empty()) return;
  Block first = content[0];
  content.erase(content.begin());
  // modern.gov: the title, its papers ("PDF 58 KB") and a "Minutes:" label over the minute.
  bool labelled = false;
  while (!content.empty() && (is_minute_label(content[0].text) || is_paper_link(content[0].text))) {
    labelled = labelled || is_minute_label(content[0].text);
    content.erase(content.begin());
  }
  if ((first.bold && first.bold_prefix.empty()) || labelled) {
    start.title = first.text;
    return;
  }
  Block rest;
  if (!first.bold_prefix.empty()) {
    start.title = first.bold_prefix;
    size_t end = std::min(first.text.size(), first.text.find(first.bold_prefix) + first.bold_prefix.size());
    rest.text = std::string(trim(std::string_view(first.text).substr(end)));
    content.insert(content.begin(), rest);
    return;
  }
  size_t end = 0;
  std::string title = split_title(first.text, people, end);
  if (!title.empty()) {
    start.title = title;
    rest.text = std::string(trim(std::string_view(first.text).substr(end)));
    if (!rest.text.empty()) content.insert(content.begin(), rest);
  } else if (count_words(first.text) <= 15) {
    start.title = first.text;
  } else {
    // No title to be found: keep the text whole and name the item by its opening words.
    std::vector<std::string_view> words = split_words(first.text);
    for (size_t k = 0; k < 8 && k < words.size(); ++k) start.title += (k ? " " : "") + std::string(words[k]);
    start.title += "...";
    content.insert(content.begin(), first);
  }
}

}  // namespace

std::optional<ItemStart> item_start(const Line& line, const Columns& columns, int last_top,
                                    const std::vector<std::string>& people) {
  std::optional<Candidate> c =
      line.table_row() && !line.cells[0].blocks.empty() ? table_row_candidate(line, columns)
                                                         : heading_line_candidate(line, last_top);
  if (!c || !in_sequence(*c, last_top)) return std::nullopt;
  ItemStart start;
  start.number = c->number;
  start.owner = c->owner;
  start.strong = c->strong;
  if (!c->heading.empty()) {
    title_from_heading(start, c->heading, c->content);
  } else {
    title_from_content(start, c->content, people);
  }
  start.body = std::move(c->content);
  return start;
}

std::vector<std::string> split_sentences(std::string_view text) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t i = 0; i + 2 < text.size(); ++i) {
    char c = text[i];
    if ((c != '.' && c != '?' && c != '!' && c != ';') || text[i + 1] != ' ') continue;
    unsigned char next = text[i + 2];
    if (!std::isupper(next) && !is_digit(static_cast<char>(next)) && next != 0xE2) continue;
    // "Dr. Smith", "No. 5", "C. Tolland": not the end of a sentence.
    size_t word_start = text.rfind(' ', i);
    word_start = word_start == std::string_view::npos ? 0 : word_start + 1;
    std::string_view word = text.substr(word_start, i - word_start);
    if (c == '.' && (word.size() <= 1 || word == "Dr" || word == "No" || word == "Mr" ||
                     word == "Mrs" || word == "St" || word == "e.g" || word == "i.e"))
      continue;
    out.emplace_back(trim(text.substr(start, i + 1 - start)));
    start = i + 2;
  }
  std::string_view last = trim(text.substr(std::min(start, text.size())));
  if (!last.empty()) out.emplace_back(last);
  return out;
}

bool is_decision_sentence(std::string_view sentence) {
  std::string f = " " + fold(sentence);
  for (std::string_view no : {"once agreed", "to be agreed", "if agreed", "yet to be", "until agreed",
                              "be agreed by", "for approval", "to be approved", "for endorsement",
                              "not agreed", "awaiting approval", "seek approval", "for agreement",
                              "to be endorsed", "approved by the", "agreed by the"}) {
    if (f.find(no) != std::string::npos) return false;
  }
  for (std::string_view cue : {" was agreed", " were agreed", " agreed that", " agreed to ",
                               " has been agreed", " had been agreed", " it was resolved",
                               " resolved that", " endorsed the", " endorsed this", " endorsed a",
                               " was endorsed", " were endorsed", " approved the", " was approved",
                               " were approved", " agreed the", " agreed a ", " agreed an ",
                               " confirmed as a correct", " confirmed as a true",
                               " agreed as a true", " agreed as a correct", " be approved",
                               " be agreed", " be endorsed", " agreed unanimously", " all agreed",
                               " signed as a true", " approved as a correct", " approved as a true"}) {
    if (f.find(cue) != std::string::npos) return true;
  }
  return false;
}

int resolve_person(std::string_view written, const std::vector<Attendee>& attendance) {
  std::string_view w = trim(written);
  while (w.ends_with(".") || w.ends_with(",")) w.remove_suffix(1);
  if (w.empty()) return -1;
  auto unique = [&](auto&& match) {
    int found = -1;
    for (size_t i = 0; i < attendance.size(); ++i) {
      if (!match(attendance[i])) continue;
      if (found >= 0 && attendance[found].person_id != attendance[i].person_id &&
          fold(attendance[found].name) != fold(attendance[i].name))
        return -2;  // ambiguous
      if (found < 0) found = static_cast<int>(i);
    }
    return found;
  };
  std::string fw = fold(w);
  // Full name as listed.
  int found = unique([&](const Attendee& a) { return fold(a.name) == fw; });
  if (found >= 0) return found;
  bool initials = w.size() >= 2 && w.size() <= 4 && std::isupper(static_cast<unsigned char>(w[0])) &&
                  w.find(' ') == std::string_view::npos &&
                  std::isupper(static_cast<unsigned char>(w[1]));
  if (initials) {
    found = unique([&](const Attendee& a) { return a.initials == w; });
    if (found >= 0 || found == -2) return found < 0 ? -1 : found;
    found = unique([&](const Attendee& a) { return a.initials.empty() && initials_of(a.name) == w; });
    return found < 0 ? -1 : found;
  }
  // "Councillor Meardon", "Cllr Clowes", "Mr Smith": title and surname.
  if (auto name = leading_name(w); name && !name->title.empty()) {
    std::vector<std::string_view> parts = split_words(name->name);
    std::string surname = fold(parts.back());
    found = unique([&](const Attendee& a) {
      std::vector<std::string_view> p = split_words(a.name);
      return !p.empty() && fold(p.back()) == surname;
    });
    if (found >= 0) return found;
  }
  // "Fay", "Alison": a first name that only one attendee has.
  if (w.find(' ') == std::string_view::npos && std::isupper(static_cast<unsigned char>(w[0])) &&
      w.size() >= 3) {
    found = unique([&](const Attendee& a) {
      std::vector<std::string_view> p = split_words(a.name);
      return !p.empty() && fold(p.front()) == fw;
    });
    if (found >= 0) return found;
  }
  return -1;
}

void read_actions_and_decisions(Item& item, const std::vector<ItemRow>& rows,
                                const std::vector<Attendee>& attendance) {
  bool in_action_list = false;
  bool awaiting_resolution = false;
  bool resolution_taken = false;
  for (const ItemRow& row : rows) {
    size_t actions_before = item.actions.size();
    std::vector<std::string> owners = owner_tokens(row.owner, attendance);
    for (const Block& block : row.blocks) {
      std::string_view text = block.text;
      if (awaiting_resolution) {
        // After "RESOLVED": the next paragraph, and each "That ..." or
        // numbered resolution after it.
        std::string f = fold(text);
        bool numbered = !text.empty() && (is_digit(text[0]) || text[0] == '(');
        bool continues = f.starts_with("that") || numbered || block.list_item;
        if (continues || !resolution_taken) {
          item.decisions.push_back({std::string(text), row.line});
          resolution_taken = true;
          continue;
        }
        awaiting_resolution = false;
      }
      if (is_actions_heading(text)) {
        in_action_list = true;
        continue;
      }
      if (in_action_list && block.list_item) {
        item.actions.push_back({std::string(text), {}, {}, {}, "", row.line});
        continue;
      }
      in_action_list = false;
      if (auto rest = after_decision_label(text)) {
        if (rest->empty()) {
          awaiting_resolution = true;
          resolution_taken = false;
        } else {
          item.decisions.push_back({std::string(*rest), row.line});
        }
        continue;
      }
      size_t at = 0;
      if (auto rest = after_action_label(text, at)) {
        std::string_view before = text.substr(0, at);
        for (const std::string& s : split_sentences(before))
          if (is_decision_sentence(s)) item.decisions.push_back({s, row.line});
        if (!rest->empty()) item.actions.push_back({std::string(*rest), {}, {}, {}, "", row.line});
        else in_action_list = true;
        continue;
      }
      for (const std::string& s : split_sentences(text))
        if (is_decision_sentence(s)) item.decisions.push_back({s, row.line});
    }
    // A Who/Lead cell with no action written out: the row's own sentence
    // naming the owner (or its last sentence) is the action.
    if (!owners.empty() && item.actions.size() == actions_before) {
      std::string row_text;
      for (const Block& b : row.blocks) row_text += (row_text.empty() ? "" : " ") + b.text;
      std::string sentence = first_sentence_with_owner(row_text, owners);
      // A row that is only a title and a list ("Items for next Board: ...") is the action itself.
      if (count_words(sentence) < 3) sentence = item.title + (row_text.empty() ? "" : ": " + row_text);
      if (!sentence.empty()) item.actions.push_back({sentence, {}, {}, {}, "", row.line});
    }
    size_t new_actions = item.actions.size() - actions_before;
    for (size_t k = actions_before; k < item.actions.size(); ++k) {
      Action& action = item.actions[k];
      std::vector<std::string> named = owners_in_text(action.text, attendance);
      if (!named.empty()) {
        for (const std::string& o : named) add_owner(action, o, attendance);
      } else if (owners.size() == new_actions && new_actions > 1) {
        add_owner(action, owners[k - actions_before], attendance);
      } else {
        for (const std::string& o : owners) add_owner(action, o, attendance);
      }
    }
  }
}

}  // namespace crossboard::corpus
