// The organisations gazetteer: bodies named in minutes, and the local authority areas they serve.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/topics.h"

namespace crossboard::corpus {

struct Organisation {
  std::string name;  // canonical: "NHS West Cheshire Clinical Commissioning Group"
  std::string kind;  // "ccg", "council", "police", ... (see organisations.tsv)
  std::string area;  // "Cheshire West and Chester"; empty for national bodies
};

// Where a text names an organisation or an area.
struct NameMention {
  Organisation organisation;  // for an area: name = area = the area's name, kind "area"
  size_t offset = 0;
  size_t length = 0;
};

class Gazetteer {
 public:
  // The gazetteer shipped with crossboard (corpus/data/organisations.tsv, embedded).
  static const Gazetteer& builtin();
  // Throws std::runtime_error("NAME:LINE: reason") on a malformed line.
  static Gazetteer from_string(std::string_view content, std::string_view name = "organisations");
  // Adds the lines of another file in the same format. Kind "area-district"
  // is an area (see is_district); an area already listed under one of the
  // line's names takes the line's other names as aliases.
  void add(std::string_view content, std::string_view name);

  // Organisations named in `text`, in text order: listed bodies by any of
  // their names, other bodies by their endings ("Edgewood Primary School").
  // `area` is the meeting's area: an ambiguous acronym ("HBC") names a
  // listed body only when the body serves that area.
  std::vector<NameMention> organisations(std::string_view text, const std::vector<Word>& words,
                                         std::string_view area = {}) const;
  std::vector<NameMention> organisations(std::string_view text, std::string_view area = {}) const;
  // Local authority areas named in `text`, one per mention ("West Cheshire" → Cheshire West and Chester).
  std::vector<NameMention> areas(std::string_view text, const std::vector<Word>& words) const;
  std::vector<NameMention> areas(std::string_view text) const;

  // The area whose name or alias `name` is, in any case ("KENT", "Kent County
  // Council" → Kent); nullptr when it names none exactly.
  const Organisation* area_named(std::string_view name) const;
  // A district of a county: an area a board's name may give, but too small
  // (and too often a word or surname: "Hart") to infer from running text.
  bool is_district(const Organisation& area) const;

  const std::vector<Organisation>& entries() const { return entries_; }

 private:
  std::vector<Organisation> entries_;  // bodies and areas, in file order
  std::vector<bool> district_;         // per entry: an "area-district" line
  std::map<std::string, uint32_t> area_by_name_;  // lower-case area name or alias → entry
  std::vector<bool> needs_area_;       // per alias value: a "~" alias
  std::vector<uint32_t> alias_entry_;  // alias value → index into entries_
  PhraseMatcher bodies_;
  PhraseMatcher areas_;
};

}  // namespace crossboard::corpus
