// People within a meeting: ASCII folding of names, and finding the listed attendees an item names.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/meeting.h"
#include "corpus/topics.h"

namespace crossboard::corpus {

// `text` transliterated to ASCII and lower-cased: "Siân O’Brien" → "sian o'brien".
std::string fold_to_ascii_lower(std::string_view text);

// Another spelling of a listed person's name, from the aliases file.
struct NameSpelling {
  std::string name;       // "Annamarie Challinor"
  std::string person_id;  // the canonical id it stands for: "anna-marie-challinor"
};

// Where an attendee was listed: what the conditions of a split rule test.
struct Listing {
  std::string_view board;                    // display name
  std::string_view board_id;
  std::string_view area;
  std::string_view organisation;             // official name when known
  std::string_view organisation_as_written;
};

// The person an aliases file says a listed name stands for.
struct AliasResolution {
  std::string person_id;
  std::string rule;  // the rule that decided: "aliases.txt:3"; empty when the name alone did
};

// A user's corrections to canonical person ids (README "People"): merge lines
// ("Anna-Marie Challinor = Annamarie Challinor", the first spelling giving the
// id) and split lines ("Sarah Lee [organisation: Nottinghamshire] = Sarah Lee
// of Nottinghamshire": the entries of that name matching every condition are
// another person). Blank lines and lines starting with "#" are ignored.
class PersonAliases {
 public:
  PersonAliases() = default;
  // Throw std::runtime_error("NAME:LINE: reason") on a malformed line.
  static PersonAliases from_file(const std::string& path);
  static PersonAliases from_string(std::string_view content, std::string_view name = "aliases");

  // The id of `name` listed at `where`: the first split rule of the name whose
  // conditions hold, else its merge line, else person_id(name).
  AliasResolution resolve(std::string_view name, const Listing& where) const;
  // Merge lines only: "Annamarie Challinor" → "anna-marie-challinor".
  std::string canonical_id(std::string_view name) const;
  // True when a merge line gives `id`: the user vouched that its entries are
  // one person, so they are never shown apart as a name clash.
  bool vouched(std::string_view id) const;
  // The merge spellings, for finding attendees in item text.
  const std::vector<NameSpelling>& spellings() const { return spellings_; }
  bool empty() const { return spellings_.empty() && splits_.empty(); }
  // The file's label and text as read: what the index records (see indexer).
  const std::string& label() const { return label_; }
  const std::string& text() const { return text_; }

 private:
  struct Condition {
    std::string key;    // "board", "organisation" or "area"
    std::string value;  // folded: lower-case ASCII words separated by one space
  };
  struct Split {
    std::string name_id;  // person_id of the name split
    std::vector<Condition> conditions;
    std::string person_id;  // the other person's id
    std::string rule;
  };
  struct Merge {
    std::string person_id;
    std::string rule;
  };
  // `path` names the file in errors, `label` in rules ("aliases.txt:3").
  static PersonAliases parse(std::string_view content, const std::string& path, const std::string& label);
  bool holds(const Condition& c, const Listing& where) const;

  std::string label_;
  std::string text_;
  std::vector<NameSpelling> spellings_;
  std::map<std::string, Merge, std::less<>> merges_;  // spelling id → its person
  std::vector<Split> splits_;
};

// The ways one meeting's minutes name its listed people: full names (and
// alias spellings), a title with the surname ("Councillor Meardon", "Cllr S
// Corcoran"), initials as listed or implied ("KH", "DHi", "AMc"), and first
// names ("Fay") — each only when it names exactly one listed person.
class AttendeeIndex {
 public:
  AttendeeIndex(const std::vector<Attendee>& attendance, const std::vector<NameSpelling>& spellings,
                const Taxonomy& taxonomy);
  // Person ids of the listed people `text` names, in order of first mention.
  std::vector<std::string> people_in(std::string_view text) const;

 private:
  std::vector<std::string> ids_;  // matcher value → person id
  PhraseMatcher names_;
};

}  // namespace crossboard::corpus
