// Annotation of parsed meetings: person ids, topics, organisations, area.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "corpus/boards.h"
#include "corpus/meeting.h"
#include "corpus/people.h"

namespace crossboard::corpus {

struct AnnotateOptions {
  std::string topics_file;   // overrides the built-in taxonomy when set (format: corpus/data/topics.tsv)
  // Person aliases (format: corpus::PersonAliases, README "People"); none when
  // empty. Merges: "Anna-Marie Challinor = Annamarie Challinor"; splits:
  // "Sarah Lee [organisation: Nottinghamshire] = Sarah Lee of Nottinghamshire".
  std::string aliases_file;
  // Board names (format: corpus::BoardNames, README "Boards file"): merges of
  // spellings the rules cannot merge, and lineage; none when empty.
  std::string boards_file;
};

// Holds the taxonomy and gazetteers; build once, use for every meeting.
// Throws std::runtime_error naming the file when an options file is bad.
class Annotator {
 public:
  explicit Annotator(const AnnotateOptions& options = {});
  ~Annotator();
  Annotator(const Annotator&) = delete;
  Annotator& operator=(const Annotator&) = delete;

  // Fills attendees' person_id (and alias, the rule that set it), their
  // organisation's official name (keeping organisation_as_written), items'
  // topics, people and organisations, and the meeting's area when the header
  // did not give it (with a diagnostic saying it was inferred and from what).
  void annotate(Meeting& meeting) const;

  // person_id(name), then the aliases file: "Annamarie Challinor" → "anna-marie-challinor".
  std::string canonical_person_id(std::string_view name) const;
  // The aliases file as read; empty when none was given.
  const PersonAliases& aliases() const;
  // The boards file as read; empty when none was given.
  const BoardNames& boards() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Canonical person id: the name folded to ASCII lower case, titles
// (Cllr, Councillor, Dr, Professor, Mr, Mrs, Ms) removed, words joined by '-'.
std::string person_id(std::string_view name);

}  // namespace crossboard::corpus
