// Minutes built at test time as plain text, DOCX (libzip), PDF (Cairo) and HTML, for the format readers' tests.
#pragma once

#include <cairo-pdf.h>
#include <cairo.h>
#include <unistd.h>
#include <zip.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "corpus/meeting.h"

namespace crossboard::test {

namespace fs = std::filesystem;

// One meeting, the same words in every format. Items: number, title, paragraphs.
struct FixtureItem {
  std::string number, title;
  std::vector<std::string> paragraphs;
};

inline const std::string kBoard = "Anytown Children's Trust Board";
inline const std::string kHeld = "Minutes of the meeting held on 12 March 2015 at Anytown Town Hall";
inline const std::vector<std::pair<std::string, std::string>> kPresent = {
    {"Jane Smith (Chair)", "Director of Children's Services"},
    {"Tom Brown", "Anytown Clinical Commissioning Group"},
    {"Amina Patel", "Anytown Police"}};
inline const std::string kApologies = "Apologies: Gary Wood, Helen Clark";
inline const std::vector<FixtureItem> kItems = {
    {"1", "Welcome and apologies",
     {"The Chair welcomed members to the meeting and apologies were noted as above. Members "
      "introduced themselves and the Chair thanked the police for hosting the pre-meeting briefing."}},
    {"2", "Minutes of the last meeting",
     {"The minutes of the meeting held on 8 January 2015 were agreed as a correct record of the "
      "meeting, subject to the spelling of the name of the school nursing lead being corrected."}},
    {"3", "Child sexual exploitation update",
     {"Amina Patel presented the quarterly report on child sexual exploitation across the borough, "
      "which showed a rise in referrals from schools and the voluntary sector. Members asked how the "
      "new multi-agency team would share intelligence with licensing officers and taxi firms.",
      "Action: AP to circulate the CSE data to members by 30 April 2015."}},
    {"4", "Early help strategy",
     {"Tom Brown introduced the draft early help strategy, which had been shaped by the views of "
      "families and schools. The Board discussed the role of health visitors and the need for one "
      "assessment shared by all agencies working with a family.",
      "The Board endorsed the strategy for consultation."}},
    {"5", "Any other business",
     {"There was no other business. The Chair thanked members for their contributions and closed "
      "the meeting, noting that the next meeting would be held in the Council Chamber."}}};

// The meeting as plain text, the form the parser was written for.
inline std::string plain_minutes() {
  std::string out = kBoard + "\n" + kHeld + "\n\nPresent:\n";
  for (const auto& [name, role] : kPresent) out += name + "\t" + role + "\n";
  out += "\n" + kApologies + "\n\n";
  for (const FixtureItem& item : kItems) {
    out += item.number + ".\t" + item.title + "\n";
    for (const std::string& p : item.paragraphs) out += p + "\n";
  }
  return out;
}

// What must match across formats: Meeting::to_text without line spans,
// which count lines of each format's own text.
inline std::string shape(const corpus::Meeting& m) {
  static const std::regex kSpans(R"( \(lines \d+-\d+\)|lines: \d+-\d+\n)");
  return std::regex_replace(m.to_text(), kSpans, "");
}

inline std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline void write_bytes(const fs::path& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

// A temporary directory removed with everything in it.
class ScratchDir {
 public:
  explicit ScratchDir(const std::string& tag) {
    static int counter = 0;
    path_ = fs::temp_directory_path() / ("cb_" + tag + "_" + std::to_string(getpid()) + "_" + std::to_string(counter++));
    fs::create_directories(path_);
  }
  ~ScratchDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  const fs::path& path() const { return path_; }
  fs::path operator/(const std::string& name) const { return path_ / name; }

 private:
  fs::path path_;
};

// Writes a zip of {name, content} entries at `path` with libzip.
inline void write_zip(const fs::path& path, const std::vector<std::pair<std::string, std::string>>& entries) {
  int error = 0;
  zip_t* zip = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  for (const auto& [name, content] : entries) {
    char* copy = static_cast<char*>(std::malloc(content.size()));
    std::memcpy(copy, content.data(), content.size());
    zip_source_t* source = zip_source_buffer(zip, copy, content.size(), 1);
    zip_file_add(zip, name.c_str(), source, ZIP_FL_OVERWRITE);
  }
  zip_close(zip);
}

inline std::string xml_escape(const std::string& s) {
  std::string out;
  for (char c : s) out += c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;" : std::string(1, c);
  return out;
}

inline std::string docx_run(const std::string& text, bool bold = false) {
  return std::string("<w:r>") + (bold ? "<w:rPr><w:b/></w:rPr>" : "") + "<w:t xml:space=\"preserve\">" +
         xml_escape(text) + "</w:t></w:r>";
}

inline std::string docx_paragraph(const std::string& runs, const std::string& props = "") {
  return "<w:p>" + (props.empty() ? "" : "<w:pPr>" + props + "</w:pPr>") + runs + "</w:p>";
}

// The meeting as a Word document: a Title paragraph, the attendance as a
// table, items as automatically numbered Heading2 paragraphs (no number in
// the text: Word draws it), an action with a bold "Action:" run.
inline void write_docx(const fs::path& path) {
  const std::string w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
  std::string body = docx_paragraph(docx_run(kBoard), "<w:pStyle w:val=\"Title\"/>") + docx_paragraph(docx_run(kHeld)) +
                     docx_paragraph(docx_run("Present:", true)) + "<w:tbl>";
  for (const auto& [name, role] : kPresent)
    body += "<w:tr><w:tc>" + docx_paragraph(docx_run(name)) + "</w:tc><w:tc>" + docx_paragraph(docx_run(role)) + "</w:tc></w:tr>";
  body += "</w:tbl>" + docx_paragraph(docx_run(kApologies));
  for (const FixtureItem& item : kItems) {
    body += docx_paragraph(docx_run(item.title),
                           "<w:pStyle w:val=\"Heading2\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"7\"/></w:numPr>");
    for (const std::string& p : item.paragraphs) {
      if (p.starts_with("Action: ")) body += docx_paragraph(docx_run("Action:", true) + docx_run(p.substr(7)));
      else body += docx_paragraph(docx_run(p));
    }
  }
  std::string document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + w + "><w:body>" + body + "</w:body></w:document>";
  std::string styles = "<?xml version=\"1.0\"?><w:styles " + w +
                       "><w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/></w:style>"
                       "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/></w:style></w:styles>";
  std::string numbering = "<?xml version=\"1.0\"?><w:numbering " + w +
                          "><w:abstractNum w:abstractNumId=\"3\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
                          "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>"
                          "<w:num w:numId=\"7\"><w:abstractNumId w:val=\"3\"/></w:num></w:numbering>";
  write_zip(path, {{"[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>"},
                   {"word/document.xml", document},
                   {"word/styles.xml", styles},
                   {"word/numbering.xml", numbering}});
}

// The meeting as a council web page: site navigation (with a numbered link
// that must not become an item), a banner, a sidebar and a footer around <main>.
inline std::string html_page() {
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Meeting</title>"
      "<style>p { margin: 0 }</style><script>var x = \"1. Not an item\";</script></head><body>\n"
      "<header><p>Anytown Borough Council</p><p>Minutes held on 1 January 2001</p></header>\n"
      "<nav><ul><li><a href=\"/\">Home</a></li><li>1. Council and democracy</li><li>2. Meetings</li></ul></nav>\n"
      "<main>\n<h1>" + xml_escape(kBoard) + "</h1>\n<p>" + xml_escape(kHeld) + "</p>\n<p><strong>Present:</strong></p>\n<table>\n";
  for (const auto& [name, role] : kPresent) out += "<tr><td>" + xml_escape(name) + "</td><td>" + xml_escape(role) + "</td></tr>\n";
  out += "</table>\n<p>" + xml_escape(kApologies) + "</p>\n";
  for (const FixtureItem& item : kItems) {
    out += "<h2>" + item.number + ". " + xml_escape(item.title) + "</h2>\n";
    for (const std::string& p : item.paragraphs) out += "<p>\n  " + xml_escape(p) + "\n</p>\n";
  }
  out += "</main>\n<aside><h2>Related meetings</h2><p>6. Schools Forum, 3 March 2015</p></aside>\n"
         "<footer><p>&copy; Anytown Borough Council 2015. Page 1 of 1</p></footer>\n</body></html>\n";
  return out;
}

// Draws text into a PDF page box with Cairo, wrapping lines as a word
// processor does, and tracks where the next line goes.
class PdfColumn {
 public:
  PdfColumn(cairo_t* cr, double left, double right, double top) : cr_(cr), left_(left), right_(right), y_(top) {}

  double y() const { return y_; }
  double left() const { return left_; }

  // Draws one line at `x`, bold or not, without wrapping.
  void line(const std::string& text, double x, bool bold = false) {
    font(bold);
    cairo_move_to(cr_, x, y_);
    cairo_show_text(cr_, text.c_str());
  }
  void next_line(double extra = 0) { y_ += kLeading + extra; }

  // Draws a paragraph wrapped to the column; a paragraph gap follows it.
  void paragraph(const std::string& text, bool bold = false) {
    font(bold);
    std::istringstream words(text);
    std::string word, current;
    for (; words >> word;) {
      std::string candidate = current.empty() ? word : current + " " + word;
      if (!current.empty() && width(candidate) > right_ - left_) {
        line(current, left_, bold);
        next_line();
        candidate = word;
      }
      current = candidate;
    }
    line(current, left_, bold);
    next_line(kParagraphGap);
  }

  static constexpr double kSize = 9, kLeading = 12, kParagraphGap = 8;

 private:
  void font(bool bold) {
    cairo_select_font_face(cr_, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr_, kSize);
  }
  double width(const std::string& text) {
    cairo_text_extents_t extents;
    cairo_text_extents(cr_, text.c_str(), &extents);
    return extents.x_advance;
  }

  cairo_t* cr_;
  double left_, right_, y_;
};

// The meeting as a two-page A4 PDF: a running header and a "Page N of 2"
// footer on each page; on page 1 the title block and attendance table span
// the page, then items 1-2 fill the left column and item 3 the right; page 2
// has item 4 on the left and item 5 on the right.
inline void write_two_column_pdf(const fs::path& path) {
  const double width = 595, height = 842, gutter_left = 287, gutter_right = 308;
  cairo_surface_t* surface = cairo_pdf_surface_create(path.c_str(), width, height);
  cairo_t* cr = cairo_create(surface);
  auto furniture = [&](int page) {
    PdfColumn top(cr, 50, 545, 40), bottom(cr, 50, 545, 810);
    top.line(kBoard, 200, true);
    bottom.line("Anytown Borough Council", 50);
    bottom.line("Page " + std::to_string(page) + " of 2", 480);
  };
  auto item = [&](PdfColumn& column, const FixtureItem& it) {
    column.line(it.number + ".", column.left() - 30);
    column.paragraph(it.title, true);
    for (const std::string& p : it.paragraphs) column.paragraph(p);
  };
  furniture(1);
  PdfColumn head(cr, 50, 545, 120);
  head.paragraph(kHeld);
  head.paragraph("Present:", true);
  for (const auto& [name, role] : kPresent) {
    head.line(name, 50);
    head.line(role, 250);
    head.next_line();
  }
  head.next_line(PdfColumn::kParagraphGap);
  head.paragraph(kApologies);
  double columns_top = head.y() + 10;
  PdfColumn left(cr, 80, gutter_left, columns_top), right(cr, gutter_right + 30, width - 50, columns_top);
  for (int i = 0; i < 2; ++i) item(left, kItems[i]);
  item(right, kItems[2]);
  cairo_show_page(cr);
  furniture(2);
  PdfColumn left2(cr, 80, gutter_left, 100), right2(cr, gutter_right + 30, width - 50, 100);
  item(left2, kItems[3]);
  item(right2, kItems[4]);
  cairo_show_page(cr);
  cairo_destroy(cr);
  cairo_surface_destroy(surface);
}

}  // namespace crossboard::test
