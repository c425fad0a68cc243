// DOCX reader: a Word document built with libzip reads as the plain text does; numbering, styles, bad zips.
#include "corpus/docx_reader.h"

#include <gtest/gtest.h>

#include "corpus/minutes_parser.h"
#include "corpus/reader.h"
#include "format_fixtures.h"

namespace crossboard::corpus {
namespace {

using test::ScratchDir;

const std::string kW = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

// A .docx holding `body` (w:body content) and optional numbering/styles parts.
std::string docx_bytes(const std::string& body, const std::string& numbering = "", const std::string& styles = "") {
  ScratchDir dir("docx");
  std::vector<std::pair<std::string, std::string>> entries = {
      {"word/document.xml", "<?xml version=\"1.0\"?><w:document " + kW + "><w:body>" + body + "</w:body></w:document>"}};
  if (!numbering.empty()) entries.push_back({"word/numbering.xml", "<w:numbering " + kW + ">" + numbering + "</w:numbering>"});
  if (!styles.empty()) entries.push_back({"word/styles.xml", "<w:styles " + kW + ">" + styles + "</w:styles>"});
  test::write_zip(dir / "d.docx", entries);
  return test::read_bytes(dir / "d.docx");
}

std::vector<std::string> line_texts(const FormatText& read) {
  std::vector<std::string> out;
  for (const Line& line : read.text.lines) out.push_back(line.text);
  return out;
}

TEST(DocxReader, WordDocumentGivesTheSameMeetingAsPlainText) {
  ScratchDir dir("docx");
  test::write_docx(dir / "minutes.docx");
  test::write_bytes(dir / "minutes.txt", test::plain_minutes());
  ReadResult docx = read_file(dir / "minutes.docx"), text = read_file(dir / "minutes.txt");
  ASSERT_TRUE(docx.ok()) << docx.error;
  EXPECT_EQ(docx.source.format, "docx");
  std::vector<Meeting> from_docx = parse_minutes(docx.text, docx.source), from_text = parse_minutes(text.text, text.source);
  ASSERT_EQ(from_docx.size(), 1u);
  ASSERT_EQ(from_text.size(), 1u);
  EXPECT_EQ(test::shape(from_docx[0]), test::shape(from_text[0]));
}

TEST(DocxReader, AutomaticNumberingIsWrittenOut) {
  std::string numbering =
      "<w:abstractNum w:abstractNumId=\"0\">"
      "<w:lvl w:ilvl=\"0\"><w:start w:val=\"4\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl>"
      "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"(%2)\"/></w:lvl>"
      "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.%3\"/></w:lvl>"
      "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";
  auto numbered = [](const std::string& text, int level) {
    return test::docx_paragraph(test::docx_run(text), "<w:numPr><w:ilvl w:val=\"" + std::to_string(level) +
                                                          "\"/><w:numId w:val=\"1\"/></w:numPr>");
  };
  FormatText read = read_docx(docx_bytes(numbered("Finance", 0) + numbered("Budget", 1) + numbered("Audit", 1) +
                                         numbered("Risks", 0) + numbered("Pensions", 2), numbering));
  ASSERT_EQ(read.error, "");
  EXPECT_EQ(line_texts(read), (std::vector<std::string>{"4.\tFinance", "(a)\tBudget", "(b)\tAudit", "5.\tRisks", "5.1\tPensions"}));
}

TEST(DocxReader, BulletsHeadingsBoldRunsAndBreaks) {
  std::string numbering =
      "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\xEF\x82\xB7\"/></w:lvl></w:abstractNum>"
      "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/></w:num>";
  std::string styles =
      "<w:style w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/></w:style>"
      "<w:style w:styleId=\"MinuteTitle\"><w:name w:val=\"Minute Title\"/><w:basedOn w:val=\"Strong\"/></w:style>"
      "<w:style w:styleId=\"Strong\"><w:name w:val=\"Strong\"/><w:rPr><w:b/></w:rPr></w:style>";
  std::string body =
      test::docx_paragraph(test::docx_run("Present"), "<w:pStyle w:val=\"Heading1\"/>") +
      test::docx_paragraph(test::docx_run("Cllr Ann Lee"), "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"2\"/></w:numPr>") +
      test::docx_paragraph(test::docx_run("Safeguarding"), "<w:pStyle w:val=\"MinuteTitle\"/>") +
      test::docx_paragraph(test::docx_run("RESOLVED:", true) + test::docx_run(" that the plan be noted.")) +
      test::docx_paragraph(test::docx_run("Not bold ", false) + "<w:r><w:rPr><w:b w:val=\"0\"/></w:rPr><w:t>either</w:t></w:r>") +
      test::docx_paragraph("<w:r><w:t>Ann Lee</w:t><w:br/><w:t>Bob Ray</w:t><w:tab/><w:t>Chair</w:t></w:r>") +
      test::docx_paragraph("<w:r><w:t>kept</w:t></w:r><w:del><w:r><w:delText>deleted</w:delText></w:r></w:del>"
                           "<w:hyperlink><w:r><w:t xml:space=\"preserve\"> linked</w:t></w:r></w:hyperlink>");
  FormatText read = read_docx(docx_bytes(body, numbering, styles));
  ASSERT_EQ(read.error, "");
  const std::vector<Line>& lines = read.text.lines;
  ASSERT_EQ(lines.size(), 7u);
  EXPECT_TRUE(lines[0].cells[0].blocks[0].bold);
  EXPECT_TRUE(lines[1].cells[0].blocks[0].list_item);
  EXPECT_EQ(lines[1].text, "Cllr Ann Lee");
  EXPECT_TRUE(lines[2].cells[0].blocks[0].bold) << "bold through the style it is based on";
  EXPECT_EQ(lines[3].cells[0].blocks[0].bold_prefix, "RESOLVED:");
  EXPECT_FALSE(lines[4].cells[0].blocks[0].bold);
  EXPECT_EQ(lines[4].text, "Not bold either");
  ASSERT_EQ(lines[5].cells.size(), 2u) << "a tab separates cells, as in the text path";
  ASSERT_EQ(lines[5].cells[0].blocks.size(), 2u) << "a line break separates blocks";
  EXPECT_EQ(lines[5].cells[0].blocks[1].text, "Bob Ray");
  EXPECT_EQ(lines[6].text, "kept linked");
}

TEST(DocxReader, TableCellsHoldTheirParagraphs) {
  std::string body = "<w:tbl><w:tr><w:tc>" + test::docx_paragraph(test::docx_run("2.")) + "</w:tc><w:tc>" +
                     test::docx_paragraph(test::docx_run("Matters arising")) + test::docx_paragraph(test::docx_run("None.")) +
                     "</w:tc><w:tc>" + test::docx_paragraph(test::docx_run("KH")) + "</w:tc></w:tr></w:tbl>";
  FormatText read = read_docx(docx_bytes(body));
  ASSERT_EQ(read.text.lines.size(), 1u);
  const Line& row = read.text.lines[0];
  ASSERT_EQ(row.cells.size(), 3u);
  ASSERT_EQ(row.cells[1].blocks.size(), 2u);
  EXPECT_EQ(row.cells[1].blocks[1].text, "None.");
  EXPECT_EQ(row.cells[2].text(), "KH");
}

TEST(DocxReader, RenderedPageBreaksGivePages) {
  std::string body = test::docx_paragraph(test::docx_run("one")) +
                     test::docx_paragraph("<w:r><w:lastRenderedPageBreak/><w:t>two</w:t></w:r>") +
                     test::docx_paragraph("<w:r><w:br w:type=\"page\"/></w:r>") + test::docx_paragraph(test::docx_run("three"));
  FormatText read = read_docx(docx_bytes(body));
  ASSERT_EQ(read.text.lines.size(), 3u);
  EXPECT_EQ(read.text.lines[0].page, 1);
  EXPECT_EQ(read.text.lines[1].page, 1) << "the break is inside the paragraph, which starts on page 1";
  EXPECT_EQ(read.text.lines[2].page, 3);
}

TEST(DocxReader, BadFilesGetOneClearLine) {
  ScratchDir dir("docx");
  test::write_docx(dir / "good.docx");
  std::string good = test::read_bytes(dir / "good.docx");
  test::write_zip(dir / "other.zip", {{"readme.txt", "hello"}});
  test::write_zip(dir / "odt.zip", {{"mimetype", "application/vnd.oasis.opendocument.text"}, {"content.xml", "<x/>"}});
  test::write_zip(dir / "badxml.zip", {{"word/document.xml", "<w:document><w:body><w:p>"}});
  struct Case {
    std::string name, bytes, error_start;
  } cases[] = {
      {"truncated zip", good.substr(0, good.size() / 2), "damaged Word file"},
      {"zip header only", good.substr(0, 30), "damaged Word file"},
      {"zip of something else", test::read_bytes(dir / "other.zip"), "zip archive without word/document.xml"},
      {"OpenDocument", test::read_bytes(dir / "odt.zip"), "OpenDocument files (.odt) are not supported"},
      {"broken XML", test::read_bytes(dir / "badxml.zip"), "damaged Word file: word/document.xml is not well-formed"},
  };
  for (const Case& c : cases) {
    FormatText read = read_docx(c.bytes);
    EXPECT_TRUE(read.error.starts_with(c.error_start)) << c.name << ": " << read.error;
    EXPECT_EQ(read.error.find('\n'), std::string::npos) << c.name;
  }
}

// 100 MB of spaces compress to about 100 KB; the reader must refuse, not unpack.
TEST(DocxReader, OversizedEntryIsRefused) {
  ScratchDir dir("docx");
  test::write_zip(dir / "bomb.docx", {{"word/document.xml", std::string(100u << 20, ' ')}});
  FormatText read = read_docx(test::read_bytes(dir / "bomb.docx"));
  EXPECT_NE(read.error.find("over 64 MB"), std::string::npos) << read.error;
}

TEST(DocxReader, LegacyFormatsAreNamedUnsupported) {
  ScratchDir dir("docx");
  test::write_bytes(dir / "old.doc", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(512, '\0'));
  test::write_bytes(dir / "old.rtf", "{\\rtf1\\ansi Minutes of the Board}");
  ReadResult doc = read_file(dir / "old.doc"), rtf = read_file(dir / "old.rtf");
  EXPECT_EQ(doc.error, "legacy Word .doc files are not supported; save as .docx or PDF");
  EXPECT_EQ(doc.source.format, "doc");
  EXPECT_EQ(rtf.error, "RTF files are not supported; save as .docx or PDF");
}

}  // namespace
}  // namespace crossboard::corpus
