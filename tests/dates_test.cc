// parse_meeting_date and find_date: every date style the samples use, and dates that are not.
#include <gtest/gtest.h>

#include "corpus/dates.h"
#include "corpus/minutes_parser.h"

namespace crossboard::corpus {
namespace {

struct DateCase {
  const char* text;
  const char* iso;
};

TEST(ParseMeetingDate, StylesInTheSamples) {
  const DateCase cases[] = {
      {"Action Note of meeting held on Monday 21st November 2016", "2016-11-21"},
      {"held on Tuesday 29th November 2011", "2011-11-29"},  // from 29<sup>th</sup>
      {"7 October 2009", "2009-10-07"},
      {"19.01.17", "2017-01-19"},
      {"held on Tuesday, 26th September, 2017 at Committee Suite", "2017-09-26"},
      {"Date of meeting:\t28 th November 2017", "2017-11-28"},
      {"Date: Tuesday 28th November 2017", "2017-11-28"},
      {"THURSDAY 12 MAY 2016", "2016-05-12"},
      {"November 7, 2009", "2009-11-07"},
      {"26/09/2017", "2017-09-26"},
      {"2017-09-26", "2017-09-26"},
      {"9th of May 2018", "2018-05-09"},
      {"Tues 3 Sept 2019", "2019-09-03"},
      {"29 February 2016", "2016-02-29"},
  };
  for (const DateCase& c : cases) EXPECT_EQ(parse_meeting_date(c.text), c.iso) << c.text;
}

TEST(ParseMeetingDate, NotDates) {
  const char* cases[] = {
      "31st February 2017",     // no such day
      "29 February 2017",       // not a leap year
      "2.1 Halton Social Care",  // an item number
      "1.2.03",                 // a sub-item, not d.m.yy
      "November 2017",          // no day
      "Pages 3 - 10",
      "2.00pm",
      "Strategic Outcome 5",
      "",
  };
  for (const char* c : cases) EXPECT_EQ(parse_meeting_date(c), "") << c;
}

TEST(FindDate, ReportsWhereTheDateIs) {
  std::string_view text = "Minutes held on Tuesday, 26th September, 2017 at Sandbach";
  std::optional<DateMatch> match = find_date(text);
  ASSERT_TRUE(match);
  EXPECT_EQ(text.substr(match->offset, match->length), "Tuesday, 26th September, 2017");
}

}  // namespace
}  // namespace crossboard::corpus
