// PDF reader: a two-column PDF drawn with Cairo reads as the plain text does; real Kent minutes; bad PDFs.
#include "corpus/pdf_reader.h"

#include <gtest/gtest.h>

#include "corpus/minutes_parser.h"
#include "corpus/reader.h"
#include "format_fixtures.h"
#include "shared_data.h"

namespace crossboard::corpus {
namespace {

namespace fs = std::filesystem;
using test::ScratchDir;

std::vector<Meeting> parse_file(const fs::path& path, std::string* error = nullptr) {
  ReadResult read = read_file(path);
  if (error) *error = read.error;
  EXPECT_TRUE(read.ok()) << path << ": " << read.error;
  return parse_minutes(read.text, read.source);
}

TEST(PdfReader, TwoColumnPdfGivesTheSameMeetingAsPlainText) {
  ScratchDir dir("pdf");
  test::write_two_column_pdf(dir / "minutes.pdf");
  test::write_bytes(dir / "minutes.txt", test::plain_minutes());
  std::vector<Meeting> pdf = parse_file(dir / "minutes.pdf"), text = parse_file(dir / "minutes.txt");
  ASSERT_EQ(pdf.size(), 1u);
  ASSERT_EQ(text.size(), 1u);
  EXPECT_EQ(pdf[0].source.format, "pdf");
  EXPECT_EQ(test::shape(pdf[0]), test::shape(text[0]));
}

TEST(PdfReader, ColumnsReadInOrderAndRunningFooterDropped) {
  ScratchDir dir("pdf");
  test::write_two_column_pdf(dir / "minutes.pdf");
  FormatText read = read_pdf(test::read_bytes(dir / "minutes.pdf"));
  ASSERT_EQ(read.error, "");
  std::string all;
  for (const Line& line : read.text.lines) all += line.text + "\n";
  EXPECT_EQ(all.find("Page 1 of 2"), std::string::npos) << all;
  EXPECT_EQ(all.find("Anytown Borough Council"), std::string::npos) << all;
  // The running header stays once, as the title of page 1.
  EXPECT_EQ(all.find(test::kBoard), 0u) << all;
  EXPECT_EQ(all.find(test::kBoard, 1), std::string::npos) << all;
  // Item 2 (left column) comes before item 3 (right column), each paragraph whole.
  size_t item2 = all.find(test::kItems[1].paragraphs[0]), item3 = all.find(test::kItems[2].paragraphs[0]);
  ASSERT_NE(item2, std::string::npos) << all;
  ASSERT_NE(item3, std::string::npos) << all;
  EXPECT_LT(item2, item3);
}

TEST(PdfReader, LinesAndItemsCarryTheirPage) {
  ScratchDir dir("pdf");
  test::write_two_column_pdf(dir / "minutes.pdf");
  std::vector<Meeting> meetings = parse_file(dir / "minutes.pdf");
  ASSERT_EQ(meetings.size(), 1u);
  ASSERT_EQ(meetings[0].items.size(), 5u);
  EXPECT_EQ(meetings[0].span.page, 1);
  EXPECT_EQ(meetings[0].items[2].span.page, 1);
  EXPECT_EQ(meetings[0].items[3].span.page, 2);
  EXPECT_EQ(meetings[0].items[4].span.page, 2);
}

TEST(PdfReader, TableRowsKeepTheirCells) {
  ScratchDir dir("pdf");
  test::write_two_column_pdf(dir / "minutes.pdf");
  FormatText read = read_pdf(test::read_bytes(dir / "minutes.pdf"));
  bool found = false;
  for (const Line& line : read.text.lines) {
    if (line.cells.size() == 2 && line.cells[0].text() == "Tom Brown") {
      found = true;
      EXPECT_EQ(line.cells[1].text(), "Anytown Clinical Commissioning Group");
    }
  }
  EXPECT_TRUE(found);
}

TEST(PdfReader, BoldHeadingsAreBoldBlocks) {
  ScratchDir dir("pdf");
  test::write_two_column_pdf(dir / "minutes.pdf");
  FormatText read = read_pdf(test::read_bytes(dir / "minutes.pdf"));
  for (const Line& line : read.text.lines) {
    if (line.text.find("Early help strategy") != std::string::npos && line.cells.size() == 2) {
      EXPECT_TRUE(line.cells[1].blocks[0].bold) << line.text;
    }
    if (line.text.starts_with("Tom Brown introduced")) {
      EXPECT_FALSE(line.cells[0].blocks[0].bold);
    }
  }
}

// A page that is one image and no text: the scanned-minutes case.
TEST(PdfReader, ScannedPdfWithoutTextNeedsOcr) {
  ScratchDir dir("pdf");
  cairo_surface_t* surface = cairo_pdf_surface_create((dir / "scan.pdf").c_str(), 595, 842);
  cairo_t* cr = cairo_create(surface);
  for (int page = 0; page < 3; ++page) {
    cairo_rectangle(cr, 50, 50, 400, 600);
    cairo_fill(cr);
    cairo_show_page(cr);
  }
  cairo_destroy(cr);
  cairo_surface_destroy(surface);
  FormatText read = read_pdf(test::read_bytes(dir / "scan.pdf"));
  EXPECT_EQ(read.error, "scanned PDF with no text layer (3 pages): needs OCR before it can be read");
  EXPECT_TRUE(read.text.lines.empty());
}

// A standard-security PDF whose user password is not empty.
std::string encrypted_pdf() {
  std::string hex32(64, 'A');
  std::string body = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  auto object = [&](const std::string& text) {
    offsets.push_back(body.size());
    body += std::to_string(offsets.size()) + " 0 obj\n" + text + "\nendobj\n";
  };
  object("<< /Type /Catalog /Pages 2 0 R >>");
  object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
  object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
  object("<< /Filter /Standard /V 1 /R 2 /O <" + hex32 + "> /U <" + hex32 + "> /P -4 >>");
  size_t xref = body.size();
  body += "xref\n0 5\n0000000000 65535 f \n";
  for (size_t offset : offsets) {
    std::string digits = std::to_string(offset);
    body += std::string(10 - digits.size(), '0') + digits + " 00000 n \n";
  }
  body += "trailer\n<< /Size 5 /Root 1 0 R /Encrypt 4 0 R /ID [<" + hex32 + "> <" + hex32 + ">] >>\nstartxref\n" +
          std::to_string(xref) + "\n%%EOF\n";
  return body;
}

TEST(PdfReader, BadPdfsGetOneClearLine) {
  ScratchDir dir("pdf");
  test::write_two_column_pdf(dir / "good.pdf");
  std::string good = test::read_bytes(dir / "good.pdf");
  struct Case {
    std::string name, bytes, error_start;
  } cases[] = {
      {"encrypted", encrypted_pdf(), "encrypted PDF: it needs a password to open"},
      {"not a pdf after the magic", "%PDF-1.4 not really", "damaged PDF"},
      {"header only", "%PDF-1.7\n%%EOF\n", "damaged PDF"},
  };
  for (const Case& c : cases) {
    FormatText read = read_pdf(c.bytes);
    EXPECT_TRUE(read.error.starts_with(c.error_start)) << c.name << ": " << read.error;
    EXPECT_EQ(read.error.find('\n'), std::string::npos) << c.name;
  }
  // A broken xref table: Poppler rebuilds it from the objects, so the minutes still read.
  std::string broken = good;
  size_t xref = broken.rfind("startxref");
  ASSERT_NE(xref, std::string::npos);
  broken.replace(xref, std::string::npos, "startxref\n999999\n%%EOF\n");
  FormatText rebuilt = read_pdf(broken);
  EXPECT_EQ(rebuilt.error, "");
  EXPECT_FALSE(rebuilt.text.lines.empty());
  // Truncated mid-file: either what survives is read or one line says why; never a crash.
  for (size_t cut : {good.size() / 2, good.size() / 10, size_t{20}}) {
    FormatText truncated = read_pdf(std::string_view(good).substr(0, cut));
    EXPECT_TRUE(!truncated.error.empty() || !truncated.text.lines.empty()) << cut;
    EXPECT_EQ(truncated.error.find('\n'), std::string::npos);
  }
}

TEST(PdfReader, TextNamedPdfIsReadAsText) {
  ScratchDir dir("pdf");
  test::write_bytes(dir / "minutes.pdf", test::plain_minutes());
  ReadResult read = read_file(dir / "minutes.pdf");
  EXPECT_TRUE(read.ok()) << read.error;
  EXPECT_EQ(read.source.format, "text");
}

// Kent County Council's Corporate Parenting Panel, 29 October 2024, as
// published (9 pages, Word through Aspose). Values checked against pdftotext.
const fs::path kKentCpp = shared::path(
    "realdata/lusavkaedu__council-assistant/archive/"
    "council_documents_archived/full_council/2025-03-13/originals/CPP Minutes 29.10.24.pdf");

TEST(PdfReaderKent, CorporateParentingPanelReadsPageByPage) {
  if (!fs::exists(kKentCpp))
    GTEST_SKIP() << "../shared not found: skipped (no Kent sample at " << kKentCpp << ")";
  ReadResult read = read_file(kKentCpp);
  ASSERT_TRUE(read.ok()) << read.error;
  const std::vector<Line>& lines = read.text.lines;
  ASSERT_GT(lines.size(), 100u);
  EXPECT_EQ(lines[0].text, "CORPORATE PARENTING PANEL\u2013 29 October 2024");
  EXPECT_TRUE(lines[0].cells[0].blocks[0].bold);
  EXPECT_EQ(lines.back().page, 9);
  std::map<std::string, int> page_of;
  std::string all;
  for (const Line& line : lines) {
    page_of.try_emplace(line.text, line.page);
    all += line.text + "\n";
    // Page numbers at the foot of each page are gone.
    EXPECT_FALSE(line.text.size() <= 2 && std::isdigit(static_cast<unsigned char>(line.text[0]))) << line.text;
  }
  // The attendance paragraph is one line, wrapped lines joined.
  EXPECT_NE(all.find("PRESENT: Shellina Prendergast (Chair), Paul Bartlett (Vice-Chair), Gary Cooke, Dylan Jeffrey, "
                     "David Brazier, Lesley Game, Sarah Hamilton, Sarah Hammond, Caroline Smith, Tom Byrne, Tony "
                     "Doran, Tracy Scott, Nancy Sayer and Brian Horton\n"),
            std::string::npos);
  EXPECT_NE(all.find("Apologies were received from Mr R Love OBE, Ms K Leonard, and Ms A Farmer.\n"), std::string::npos);
  EXPECT_EQ(page_of["Youth Justice Annual Report"], 4);
  EXPECT_EQ(page_of["(Item 7)"], 4);
  EXPECT_EQ(page_of["Sufficiency Strategy 2022-2027"], 8);
  EXPECT_EQ(page_of["RESOLVED that the work programme was noted."], 9);
  // A paragraph that runs over a page break is one line, cited at its first page.
  EXPECT_NE(all.find("reviews took place twice a year. Gavin Swann added"), std::string::npos);
  // Every item heading is read: "(Item 1)" to "(Item 12)".
  for (int i = 1; i <= 12; ++i)
    EXPECT_NE(all.find("\n(Item " + std::to_string(i) + ")\n"), std::string::npos) << i;
}

TEST(PdfReaderKent, CorporateParentingPanelMeetingDate) {
  if (!fs::exists(kKentCpp))
    GTEST_SKIP() << "../shared not found: skipped (no Kent sample at " << kKentCpp << ")";
  std::vector<Meeting> meetings = parse_file(kKentCpp);
  // One meeting: the minute "Minutes of the meeting held on 30 July 2024" (item 3)
  // is not another. Its attendance and items: tests/kent_minutes_test.cc.
  ASSERT_EQ(meetings.size(), 1u);
  EXPECT_EQ(meetings[0].board, "CORPORATE PARENTING PANEL");
  EXPECT_EQ(meetings[0].date, "2024-10-29");
  EXPECT_EQ(meetings[0].source.format, "pdf");
  EXPECT_EQ(meetings[0].span.page, 1);
}

}  // namespace
}  // namespace crossboard::corpus
