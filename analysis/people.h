// People across meetings, read from the index: boards, roles, organisations, years, attendance; name clashes.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "corpus/people.h"
#include "indexer/records.h"

namespace crossboard::analysis {

// One attendance entry of one meeting, as the meeting document's data holds it.
// One attendance entry: the meeting's citation (the one citation record,
// indexer/records.h; item_title "Attendance") and what the entry says.
struct Appearance : indexer::Citation {
  int line = 0;      // source line of the entry
  std::string name;  // as listed, cleaned of titles
  std::string role;
  std::string organisation;             // official name when the gazetteer knew it
  std::string organisation_as_written;
  std::string status;  // "present", "apologies", "in_attendance", "observer", "deputy", "absent"
  bool chair = false;
  std::string deputy_for;
  std::string alias;  // the aliases-file rule that gave this entry its id; empty when the name did
};

// One person: a canonical id, or one of the people sharing it when a name clash shows them apart.
struct PersonRecord {
  std::string person_id;
  int group = 0;                 // 1.. when the id is shown apart as several people; 0 otherwise
  std::string name;              // the name listed most often
  std::string region;            // where a clash placed this group; empty otherwise
  std::vector<Appearance> meetings;  // oldest first
  // Derived from `meetings`, each in first-seen order:
  std::vector<std::string> boards;         // board display names
  std::vector<std::string> board_ids;
  std::vector<std::string> roles;
  std::vector<std::string> organisations;  // official names (as written when unknown)
  std::vector<std::string> years;
  bool from_aliases = false;               // some entry's id came from the aliases file
};

// One id whose entries look like different people: shown apart, never merged.
struct NameClash {
  std::string person_id;
  std::string name;
  std::vector<int> groups;  // the PersonRecord::group values shown apart
  std::string reason;       // one line a reader can check
};

struct Roster {
  std::vector<PersonRecord> people;  // by name, then id and group
  std::vector<NameClash> clashes;
  bool index_has_attendance = true;  // false: an index written before attendance data was kept
};

struct RosterOptions {
  std::string name;            // only people whose id matches this name's id (or all its words); all when empty
  bool across_boards = false;  // only people seen on more than one board
  // Aliases applied at query time instead of the ids the index holds; the
  // aliases the index was built with (metadata::kAliasesKey) when unset.
  std::optional<corpus::PersonAliases> aliases;
};

// Reads every meeting document's attendance and groups it into people.
// Entries of one id are shown apart (with a NameClash) when they lie in
// different regions of England and share no organisation, unless a merge
// line of the aliases file vouches for the id.
Roster read_roster(const Xapian::Database& db, const RosterOptions& options);

// The region of England of a local authority area ("Halton" → "North West"); empty when unknown.
std::string region_of(std::string_view area);

}  // namespace crossboard::analysis
