// A PDF that would take minutes in Poppler's text layout is stopped at its
// time limit, or at once when reads are cancelled; the rest of the run goes on.
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "corpus/pdf_reader.h"

namespace crossboard::corpus {
namespace {

// One A4 page drawing `pieces` separate pieces of text, each its own text
// object: the shape whose layout cost grows faster than linearly in Poppler.
std::string pdf_of_pieces(int pieces) {
  std::string content;
  for (int i = 0; i < pieces; ++i)
    content += "BT /F1 8 Tf " + std::to_string(50 + (i % 40) * 12) + " " + std::to_string(800 - (i / 40 % 60) * 12) +
               " Td (w" + std::to_string(i % 97) + ") Tj ET\n";
  std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
      "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "\nendstream",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
  std::string pdf = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t off : offsets) {
    std::string n = std::to_string(off);
    pdf += std::string(10 - n.size(), '0') + n + " 00000 n \n";
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

TEST(PdfLimits, SmallPageIsReadInTheChildProcess) {
  FormatText read = read_pdf(pdf_of_pieces(3));
  ASSERT_EQ(read.error, "");
  ASSERT_FALSE(read.text.lines.empty());
  EXPECT_NE(read.text.lines[0].text.find("w0"), std::string::npos) << read.text.lines[0].text;
}

// 60,000 pieces take well over a minute to lay out; the limit is 1 s.
TEST(PdfLimits, PageOverTheTimeLimitIsRefusedSoon) {
  auto start = std::chrono::steady_clock::now();
  FormatText read = read_pdf(pdf_of_pieces(60000), 1.0);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(read.error, "PDF took over 1 s to read: not read (a page with very many pieces of text)");
  EXPECT_LT(seconds, 30) << "the child was not stopped at its limit";
}

TEST(PdfLimits, CancelStopsAReadInProgress) {
  std::thread canceller([] {
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    cancel_pdf_reads();
  });
  FormatText read = read_pdf(pdf_of_pieces(60000), 600.0);
  canceller.join();
  EXPECT_EQ(read.error, "interrupted");
  // Reads started after a cancel stop at once too.
  EXPECT_EQ(read_pdf(pdf_of_pieces(3)).error, "interrupted");
}

}  // namespace
}  // namespace crossboard::corpus
