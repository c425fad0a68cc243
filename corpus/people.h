// People within a meeting: ASCII folding of names, and finding the listed attendees an item names.
#pragma once

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
