// Board identity: one id per body, however its minutes spell its name, and
// the boards file (`--boards FILE`) that merges what rules cannot and says
// which board followed which.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace crossboard::corpus {

// Puts back the space a converter lost between two words: "DerehamParish
// Council" → "Dereham Parish Council", "ofWest" → "of West". Splits only
// where a run of at least two lower-case letters meets a capital followed
// by a lower-case letter, so "McAllister" and "NHS" stay whole.
std::string unglue(std::string_view text);

// A board's name as it should be shown: lost spaces put back (see unglue,
// and "MINUTES OFWEST BARSETPARISH COUNCIL" → "MINUTES OF WEST BARSET PARISH
// COUNCIL"), page furniture around it dropped ("5 Barset PC Page 1").
std::string tidy_board_name(std::string_view board);

// The board id the rules give a board's name: the corpus::slugify of the
// name with the words around it that are not the body dropped ("Minutes
// of", "Meeting of", "Draft", "Annual", "Virtual", "Extraordinary", a
// trailing month), lost spaces put back, "Well-being" as "wellbeing",
// common abbreviations written out (LSCB, SAB, HWB, CCG, CPP, YOT, YOS, CSP,
// SCP, PCT; "PC" after a place is a parish council) and the authority's
// council words dropped before the body's own ("Barset County Council
// Cabinet" → "barset-cabinet"). `area` (the meeting's stated area) is put
// first when the name carries no place: "Cabinet" in Barset → "barset-cabinet".
// "Minutes of the Barset PC" and "BARSET PARISH COUNCIL" both give
// "barset-parish-council".
std::string board_identity(std::string_view board, std::string_view area = {});

// Whether the name is a parish or town council ("Little Barset PC", "Barset
// Town Council"); sets `place` to the place words as written.
bool is_local_council(std::string_view board, std::string& place);

// A boards file: one rule per line, blank lines and lines starting with "#"
// ignored.
//   West Barset Parish Council = W Barset PC = Wst Barset Parish Council
//     merges spellings; the first name gives the id and the display name.
//   Barset Local Safeguarding Children Board -> Barset Safeguarding Children Partnership
//     lineage: the board on the left was renamed or replaced by the one on
//     the right. Chains are allowed; a board has at most one successor.
// Names on either side are read with board_identity, so a rule covers every
// spelling the rules already merge.
class BoardNames {
 public:
  BoardNames() = default;
  // Throw std::runtime_error("NAME:LINE: reason") on a malformed line or a
  // lineage cycle.
  static BoardNames from_file(const std::string& path);
  static BoardNames from_string(std::string_view content, std::string_view name = "boards");

  struct Resolved {
    std::string id;    // the merged id
    std::string name;  // the display name the file gives; empty when no merge line names it
    std::string rule;  // "boards.txt:3" when a merge line gave the id
  };
  // The id and display name for a board whose rule id is `id`.
  Resolved resolve(std::string_view id) const;
  // The last board of the lineage `id` belongs to (itself when it has no
  // successor): what `--lineage` groups by.
  std::string lineage_head(std::string_view id) const;
  // Every id of that lineage, earliest first.
  std::vector<std::string> lineage(std::string_view id) const;
  // The display name the file gives an id, or "".
  std::string name_of(std::string_view id) const;

  bool empty() const { return merges_.empty() && successor_.empty(); }
  // The file's label and text as read: what the index records.
  const std::string& label() const { return label_; }
  const std::string& text() const { return text_; }

 private:
  struct Merge {
    std::string id;
    std::string name;
    std::string rule;
  };
  std::map<std::string, Merge, std::less<>> merges_;            // rule id → merged board
  std::map<std::string, std::string, std::less<>> successor_;    // merged id → next board's id
  std::map<std::string, std::string, std::less<>> names_;        // merged id → display name
  std::string label_;
  std::string text_;
};

}  // namespace crossboard::corpus
