// From normalised text to meetings: header, attendance, items, actions, decisions.
#pragma once

#include <string_view>
#include <vector>

#include "corpus/meeting.h"
#include "corpus/text.h"

namespace crossboard::corpus {

// Parses every meeting in `text` (an agenda pack yields the agenda's meeting
// and the embedded minutes of the one before). Always returns at least one
// meeting; what could not be found is left empty with a diagnostic.
std::vector<Meeting> parse_minutes(const Text& text, const Source& source);

// Convenience for tests: normalises then parses `content`.
std::vector<Meeting> parse_minutes_string(std::string_view content,
                                          std::string_view path = "test.txt");

// "Monday 21st November 2016", "19.01.17", "29th November 2011" → ISO date;
// empty when `text` holds no date. Impossible dates (31 February) give empty.
std::string parse_meeting_date(std::string_view text);

}  // namespace crossboard::corpus
