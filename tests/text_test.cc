// normalise_text: tags, entities, markdown and tables become lines, cells and blocks.
#include <gtest/gtest.h>

#include "corpus/text.h"

namespace crossboard::corpus {
namespace {

TEST(NormaliseText, HtmlParagraphsBecomeBlocks) {
  Text t = normalise_text("2.2\t<p><b>Early Help</b>  Early intervention was discussed.</p> <p>More.</p>\tKH\n");
  ASSERT_EQ(t.lines.size(), 1u);
  const Line& line = t.lines[0];
  ASSERT_EQ(line.cells.size(), 3u);
  EXPECT_EQ(line.cells[0].text(), "2.2");
  ASSERT_EQ(line.cells[1].blocks.size(), 2u);
  EXPECT_EQ(line.cells[1].blocks[0].text, "Early Help Early intervention was discussed.");
  EXPECT_EQ(line.cells[1].blocks[0].bold_prefix, "Early Help");
  EXPECT_EQ(line.cells[1].blocks[1].text, "More.");
  EXPECT_EQ(line.cells[2].text(), "KH");
}

TEST(NormaliseText, InlineTagsAndEntities) {
  struct Case {
    const char* in;
    const char* out;
  } cases[] = {
      {"29<sup>th</sup> November 2011", "29th November 2011"},
      {"Halton &amp; St Helens PCT", "Halton & St Helens PCT"},
      {"<i>Gerald Meehan</i>, Cllr Margaret Parker", "Gerald Meehan, Cllr Margaret Parker"},
      {"<a href=\"x\">link</a> &#8211; &#x2019;", "link \u2013 \u2019"},
      {"Decision <input type=\"checkbox\"/> Yes", "Decision Yes"},
      {"less than <3 months", "less than <3 months"},
      {"**Halton Children's Trust**", "Halton Children's Trust"},
      {"PRESENT**Voting**", "PRESENT Voting"},
      {"1\\. PUBLIC FORUM", "1. PUBLIC FORUM"},
      {"Ｆｕｌｌｗｉｄｔｈ", "Fullwidth"},  // NFKC
      {"a  \u00a0 b", "a b"},
  };
  for (const Case& c : cases) {
    Text t = normalise_text(c.in);
    ASSERT_EQ(t.lines.size(), 1u) << c.in;
    EXPECT_EQ(t.lines[0].text, c.out) << c.in;
  }
}

TEST(NormaliseText, BoldAndHeadings) {
  Text t = normalise_text("**Apologies**\n## 5. Budget\nplain\n");
  ASSERT_EQ(t.lines.size(), 3u);
  EXPECT_TRUE(t.lines[0].cells[0].blocks[0].bold);
  EXPECT_TRUE(t.lines[1].cells[0].blocks[0].bold);
  EXPECT_EQ(t.lines[1].text, "5. Budget");
  EXPECT_FALSE(t.lines[2].cells[0].blocks[0].bold);
}

TEST(NormaliseText, ListsAndBullets) {
  Text t = normalise_text("<ul><li>• One</li> <li>• Two</li></ul>\n- Mark Parkinson – Director\n"
                          "<ul> • Early Years • Commissioning mapping </ul>\n");
  ASSERT_EQ(t.lines.size(), 3u);
  ASSERT_EQ(t.lines[0].cells[0].blocks.size(), 2u);
  EXPECT_TRUE(t.lines[0].cells[0].blocks[0].list_item);
  EXPECT_EQ(t.lines[0].cells[0].blocks[1].text, "Two");
  EXPECT_TRUE(t.lines[1].cells[0].blocks[0].list_item);
  EXPECT_EQ(t.lines[1].text, "Mark Parkinson – Director");
  ASSERT_EQ(t.lines[2].cells[0].blocks.size(), 2u);
  EXPECT_EQ(t.lines[2].cells[0].blocks[1].text, "Commissioning mapping");
}

TEST(NormaliseText, PipeTablesAndLineNumbers) {
  Text t = normalise_text("Title\n\n\n| No | Item |\n|---|---|\n| 7 | Budget |\n");
  ASSERT_EQ(t.lines.size(), 3u);
  EXPECT_EQ(t.lines[0].number, 1);
  EXPECT_EQ(t.lines[1].number, 4);  // blank lines keep their place in the count
  EXPECT_EQ(t.lines[2].number, 6);
  ASSERT_EQ(t.lines[2].cells.size(), 2u);
  EXPECT_EQ(t.lines[2].cells[0].text(), "7");
  EXPECT_EQ(t.lines[2].cells[1].text(), "Budget");
}

TEST(NormaliseText, ContinuationRowKeepsEmptyFirstCell) {
  Text t = normalise_text("\t<p>children has widened by 3%</p>\tALL\r\n");
  ASSERT_EQ(t.lines.size(), 1u);
  ASSERT_EQ(t.lines[0].cells.size(), 3u);
  EXPECT_TRUE(t.lines[0].cells[0].blocks.empty());
  EXPECT_EQ(t.lines[0].cells[2].text(), "ALL");
}

}  // namespace
}  // namespace crossboard::corpus
