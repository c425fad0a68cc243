// HTML reader: a committee-system page with navigation around the minutes reads as the plain text does.
#include "corpus/html_reader.h"

#include <gtest/gtest.h>

#include "corpus/minutes_parser.h"
#include "corpus/reader.h"
#include "format_fixtures.h"

namespace crossboard::corpus {
namespace {

using test::ScratchDir;

std::string all_text(const FormatText& read) {
  std::string out;
  for (const Line& line : read.text.lines) out += line.text + "\n";
  return out;
}

TEST(HtmlReader, PageGivesTheSameMeetingAsPlainText) {
  ScratchDir dir("html");
  test::write_bytes(dir / "minutes.html", test::html_page());
  test::write_bytes(dir / "minutes.txt", test::plain_minutes());
  ReadResult html = read_file(dir / "minutes.html"), text = read_file(dir / "minutes.txt");
  ASSERT_TRUE(html.ok()) << html.error;
  EXPECT_EQ(html.source.format, "html");
  std::vector<Meeting> from_html = parse_minutes(html.text, html.source), from_text = parse_minutes(text.text, text.source);
  ASSERT_EQ(from_html.size(), 1u);
  ASSERT_EQ(from_text.size(), 1u);
  EXPECT_EQ(test::shape(from_html[0]), test::shape(from_text[0]));
}

TEST(HtmlReader, NavigationHeaderFooterAndScriptsAreLeftOut) {
  std::string text = all_text(read_html(test::html_page()));
  for (const char* furniture : {"Council and democracy", "Not an item", "margin", "Related meetings",
                                "Schools Forum", "Page 1 of 1", "1 January 2001", "Home"})
    EXPECT_EQ(text.find(furniture), std::string::npos) << furniture << " in:\n" << text;
  EXPECT_TRUE(text.starts_with(test::kBoard + "\n")) << text;
}

TEST(HtmlReader, WithoutMainTheBodyIsReadButBannerAndNavAreNot) {
  std::string page =
      "<html><body><header>Borough Council</header><div role=\"navigation\">Menu</div>"
      "<div class=\"breadcrumb\">Home &gt; Meetings</div><h3>Schools Forum</h3>"
      "<p>Held on <b>3 March 2015</b></p><ul><li>First point</li><li><strong>Agreed:</strong> second</li></ul>"
      "<pre>line one\nline two</pre></body></html>";
  FormatText read = read_html(page);
  ASSERT_EQ(read.error, "");
  EXPECT_EQ(all_text(read), "Schools Forum\nHeld on 3 March 2015\nFirst point\nAgreed: second\nline one\nline two\n");
  const std::vector<Line>& lines = read.text.lines;
  EXPECT_TRUE(lines[0].cells[0].blocks[0].bold);
  EXPECT_TRUE(lines[2].cells[0].blocks[0].list_item);
  EXPECT_EQ(lines[3].cells[0].blocks[0].bold_prefix, "Agreed:");
}

TEST(HtmlReader, ArticleHeaderIsKeptAndTableCellsKeepParagraphs) {
  std::string page =
      "<!doctype html><html><body><nav>Skip</nav><article><header><h1>Health and Wellbeing Board</h1></header>"
      "<table><tr><th>Item</th><th>Minute</th></tr>"
      "<tr><td>4.</td><td><p>Better Care Fund</p><p>The Board &amp; CCG agreed the plan.</p></td></tr></table>"
      "</article></body></html>";
  FormatText read = read_html(page);
  const std::vector<Line>& lines = read.text.lines;
  ASSERT_EQ(lines.size(), 3u) << all_text(read);
  EXPECT_EQ(lines[0].text, "Health and Wellbeing Board");
  ASSERT_EQ(lines[2].cells.size(), 2u);
  ASSERT_EQ(lines[2].cells[1].blocks.size(), 2u);
  EXPECT_EQ(lines[2].cells[1].blocks[1].text, "The Board & CCG agreed the plan.");
}

TEST(HtmlReader, LayoutTablesReadAsBlocks) {
  std::string page =
      "<html><body><table><tr><td>Menu</td><td><h2>Minutes</h2><p>First paragraph.</p>"
      "<table><tr><td>a</td><td>b</td></tr></table></td></tr></table></body></html>";
  EXPECT_EQ(all_text(read_html(page)), "Menu\nMinutes\nFirst paragraph.\na\tb\n");
}

TEST(HtmlReader, LegacyEncodingIsDecoded) {
  ScratchDir dir("html");
  test::write_bytes(dir / "latin1.html",
                    "<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\xe9 \x96 \xa3" "5</p></body></html>");
  test::write_bytes(dir / "undeclared.html", "<html><body><p>Caf\xe9</p></body></html>");
  ReadResult declared = read_file(dir / "latin1.html"), undeclared = read_file(dir / "undeclared.html");
  ASSERT_TRUE(declared.ok()) << declared.error;
  EXPECT_EQ(declared.text.lines[0].text, "Caf\u00e9 \u2013 \u00a35");
  ASSERT_TRUE(undeclared.ok()) << undeclared.error;
  EXPECT_EQ(undeclared.text.lines[0].text, "Caf\u00e9");
}

std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

// libxml2 alone stops at the 256th level and drops the rest of the page.
TEST(HtmlReader, TextNestedPastLibxmlsDefaultDepthIsKept) {
  std::string page = "<html><body><h1>Wexby Safeguarding Board</h1>" + repeat("<div>", 300) + "<p>deep words</p>" +
                     repeat("</div>", 300) + "<p>Closing words</p></body></html>";
  std::string text = all_text(read_html(page));
  EXPECT_EQ(text, "Wexby Safeguarding Board\ndeep words\nClosing words\n");
}

// Past kMaxStructureDepth the text is read without recursion: 20,000
// levels would overflow the stack of a recursive walk.
TEST(HtmlReader, TwentyThousandLevelsKeepTheirTextAndLines) {
  std::string page = "<html><body><p>Opening</p>" + repeat("<div><span>", 10000) + "<p>at the bottom</p>tail " +
                     repeat("</span></div>", 10000) + "<p>after it all</p></body></html>";
  FormatText read = read_html(page);
  ASSERT_EQ(read.error, "");
  EXPECT_EQ(all_text(read), "Opening\nat the bottom\ntail\nafter it all\n");
}

TEST(HtmlReader, DeepScriptsAndNavigationAreStillLeftOut) {
  std::string page = "<html><body>" + repeat("<div>", 400) + "<nav>Menu</nav><script>var x;</script><p>Kept</p>" +
                     repeat("</div>", 400) + "</body></html>";
  EXPECT_EQ(all_text(read_html(page)), "Kept\n");
}

// Parsing cost grows with the square of one tag's attributes in libxml2.
TEST(HtmlReader, TagWithTensOfThousandsOfAttributesIsRefusedUnparsed) {
  std::string tag = "<p";
  for (int i = 0; i < 20000; ++i) tag += " a" + std::to_string(i) + "=\"x\"";
  FormatText read = read_html("<html><body>" + tag + ">Text</p></body></html>");
  EXPECT_EQ(read.error,
            "HTML page with a tag of 20000 attributes (over 2000): not read, it would take minutes to parse");
}

TEST(HtmlReader, OrdinaryAttributesAndQuotedAngleBracketsAreRead) {
  std::string page = "<html><body><p class=\"a b\" title='x > y' data-n=3 hidden>Kept text</p></body></html>";
  FormatText read = read_html(page);
  EXPECT_EQ(read.error, "");
  EXPECT_EQ(all_text(read), "Kept text\n");
}

TEST(HtmlReader, MarkdownWithHtmlFragmentsStaysOnTheTextPath) {
  ScratchDir dir("html");
  test::write_bytes(dir / "notes.md", "Board minutes\n1.\t<p>Welcome</p>\n");
  ReadResult read = read_file(dir / "notes.md");
  EXPECT_EQ(read.source.format, "markdown");
}

}  // namespace
}  // namespace crossboard::corpus
