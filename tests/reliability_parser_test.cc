// Regressions: lines that made the text normaliser quadratic or recursive; each must now take moments.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "corpus/minutes_parser.h"
#include "corpus/text.h"

namespace crossboard {
namespace {

// Far above the milliseconds these take now, far below the minutes they took
// (a 2 MB line was seconds to minutes; with ASan, more).
constexpr double kSeconds = 20;

std::string repeat(const std::string& s, size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

template <typename Work>
double seconds(Work&& work) {
  auto start = std::chrono::steady_clock::now();
  work();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

const std::string kHeader = "Minutes of the meeting held on 29th November 2011\n1. Item\n";

// Each '<' searched the rest of the line for a '>' that never came.
TEST(NormaliserRegression, LineOfLessThanSignsWithoutCloseIsLinear) {
  double s = seconds([] { corpus::parse_minutes_string(kHeader + repeat("<", 2000000) + "\n"); });
  EXPECT_LT(s, kSeconds);
}

// Each '&' searched the rest of the line for a ';'.
TEST(NormaliserRegression, LineOfAmpersandsWithoutSemicolonIsLinear) {
  double s = seconds([] { corpus::parse_minutes_string(kHeader + repeat("&", 2000000) + "\n"); });
  EXPECT_LT(s, kSeconds);
}

// "• a • b • c ..." recursed once per bullet and copied the rest each time:
// 200,000 bullets overflowed time and memory.
TEST(NormaliserRegression, RunTogetherBulletsSplitWithoutRecursion) {
  corpus::Text text;
  double s = seconds([&] { text = corpus::normalise_text("\u2022 a" + repeat(" \u2022 b", 200000) + "\n"); });
  EXPECT_LT(s, kSeconds);
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
  double s = seconds([] { corpus::parse_minutes_string(kHeader + repeat(" ", 200000) + repeat("<b>", 200000) + "x\n"); });
  EXPECT_LT(s, kSeconds);
}

TEST(NormaliserRegression, BoldLineIsStillBold) {
  corpus::Text text = corpus::normalise_text("  <b>Present:</b> Gerald Meehan\n<b>Apologies</b>\n");
  ASSERT_EQ(text.lines.size(), 2u);
  EXPECT_EQ(text.lines[0].cells[0].blocks[0].bold_prefix, "Present:");
  EXPECT_TRUE(text.lines[1].cells[0].blocks[0].bold);
}

}  // namespace
}  // namespace crossboard
