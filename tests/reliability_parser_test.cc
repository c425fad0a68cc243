// Regressions: lines that made the text normaliser quadratic or recursive; each must now take moments.
// No test here times itself (speed belongs in bench/): a quadratic or recursive
// normaliser takes minutes or overflows the stack on these inputs, and ctest's
// time limit for this binary (tests/CMakeLists.txt) fails it.
#include <gtest/gtest.h>

#include <string>

#include "corpus/minutes_parser.h"
#include "corpus/text.h"

namespace crossboard {
namespace {

std::string repeat(const std::string& s, size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

const std::string kHeader = "Minutes of the meeting held on 29th November 2011\n1. Item\n";

// Each '<' searched the rest of the line for a '>' that never came.
TEST(NormaliserRegression, LineOfLessThanSignsWithoutCloseIsLinear) {
  auto meetings = corpus::parse_minutes_string(kHeader + repeat("<", 2000000) + "\n");
  // No '>' ever closes a tag, so every '<' is text of item 1.
  ASSERT_EQ(meetings.size(), 1u);
  ASSERT_EQ(meetings[0].items.size(), 1u);
  EXPECT_EQ(meetings[0].items[0].text, repeat("<", 2000000));
}

// Each '&' searched the rest of the line for a ';'.
TEST(NormaliserRegression, LineOfAmpersandsWithoutSemicolonIsLinear) {
  auto meetings = corpus::parse_minutes_string(kHeader + repeat("&", 2000000) + "\n");
  // No ';' ends an entity, so every '&' is text of item 1.
  ASSERT_EQ(meetings.size(), 1u);
  ASSERT_EQ(meetings[0].items.size(), 1u);
  EXPECT_EQ(meetings[0].items[0].text, repeat("&", 2000000));
}

// "• a • b • c ..." recursed once per bullet and copied the rest each time:
// 200,000 bullets overflowed time and memory.
TEST(NormaliserRegression, RunTogetherBulletsSplitWithoutRecursion) {
  corpus::Text text;
  text = corpus::normalise_text("\u2022 a" + repeat(" \u2022 b", 200000) + "\n");
  ASSERT_EQ(text.lines.size(), 1u);
  ASSERT_EQ(text.lines[0].cells.size(), 1u);
  EXPECT_EQ(text.lines[0].cells[0].blocks.size(), 200001u);
}

TEST(NormaliserRegression, RunTogetherBulletsStillSplitAsBefore) {
  corpus::Text text = corpus::normalise_text("\u2022 first point \u2022 second point \u2022 - third\n");
  ASSERT_EQ(text.lines.size(), 1u);
  const auto& blocks = text.lines[0].cells[0].blocks;
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_EQ(blocks[0].text, "first point");
  EXPECT_EQ(blocks[1].text, "second point");
  EXPECT_EQ(blocks[2].text, "third");
  for (const auto& b : blocks) EXPECT_TRUE(b.list_item);
}

// Each <b> re-scanned the white space before it.
TEST(NormaliserRegression, ManyBoldTagsAfterLongWhiteSpaceAreLinear) {
  auto meetings = corpus::parse_minutes_string(kHeader + repeat(" ", 200000) + repeat("<b>", 200000) + "x\n");
  // The white space is trimmed and the tags are markup: item 1 says "x".
  ASSERT_EQ(meetings.size(), 1u);
  ASSERT_EQ(meetings[0].items.size(), 1u);
  EXPECT_EQ(meetings[0].items[0].text, "x");
}

TEST(NormaliserRegression, BoldLineIsStillBold) {
  corpus::Text text = corpus::normalise_text("  <b>Present:</b> Gerald Meehan\n<b>Apologies</b>\n");
  ASSERT_EQ(text.lines.size(), 2u);
  EXPECT_EQ(text.lines[0].cells[0].blocks[0].bold_prefix, "Present:");
  EXPECT_TRUE(text.lines[1].cells[0].blocks[0].bold);
}

}  // namespace
}  // namespace crossboard
