// Finding and reading the dates minutes are written with.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace crossboard::corpus {

struct DateMatch {
  std::string iso;    // "2016-11-21"
  size_t offset = 0;  // byte offset of the match in the searched text
  size_t length = 0;  // bytes matched, weekday included
};

// The first complete date (day, month and year) in `text` at or after
// `from`: "Monday 21st November 2016", "Tuesday, 26th September, 2017",
// "29th November 2011", "7 October 2009", "November 7, 2009", "19.01.17",
// "26/09/2017", "2017-09-26". Impossible dates (31 February) are skipped.
std::optional<DateMatch> find_date(std::string_view text, size_t from = 0);

}  // namespace crossboard::corpus
