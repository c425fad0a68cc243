// lay_out_pages: word boxes grouped into rows, columns split at a gutter, running heads dropped, paragraphs joined.
#include "corpus/pdf_layout.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <optional>
#include <set>

namespace crossboard::corpus {

namespace {

// A physical line of words, or the part of one that lies in a column.
struct Row {
  std::vector<PdfWord> words;  // left to right
  double left = 0, top = 0, right = 0, bottom = 0;
  double column_left = 0, column_right = 0;  // bounds of the text column it sits in
  int page = 0;
  double size() const { return words.empty() ? 0 : words[words.size() / 2].size; }
};

Row make_row(std::vector<PdfWord> words, int page) {
  Row row;
  std::sort(words.begin(), words.end(),
            [](const PdfWord& a, const PdfWord& b) { return a.left < b.left; });
  row.left = row.top = 1e9;
  row.right = row.bottom = -1e9;
  for (size_t i = 0; i < words.size(); ++i) {
    PdfWord& w = words[i];
    row.left = std::min(row.left, w.left);
    row.top = std::min(row.top, w.top);
    row.right = std::max(row.right, w.right);
    row.bottom = std::max(row.bottom, w.bottom);
    // Poppler's own space flag, or a visible gap, separates two words.
    if (i + 1 < words.size()) w.space_after = w.space_after || words[i + 1].left - w.right > 0.1 * w.size;
    else w.space_after = true;
  }
  row.words = std::move(words);
  row.page = page;
  return row;
}

// Groups words whose vertical centres lie within half a line of each other.
std::vector<Row> rows_of(const PdfPage& page, int number) {
  std::vector<PdfWord> words = page.words;
  auto centre = [](const PdfWord& w) { return (w.top + w.bottom) / 2; };
  std::stable_sort(words.begin(), words.end(),
                   [&](const PdfWord& a, const PdfWord& b) { return centre(a) < centre(b); });
  std::vector<Row> rows;
  std::vector<PdfWord> group;
  double group_centre = 0, group_height = 0;
  for (const PdfWord& w : words) {
    double height = std::max(1.0, w.bottom - w.top);
    if (!group.empty() && std::abs(centre(w) - group_centre) > 0.5 * std::min(height, group_height)) {
      rows.push_back(make_row(std::move(group), number));
      group.clear();
    }
    if (group.empty()) {
      group_centre = centre(w);
      group_height = height;
    }
    group.push_back(w);
  }
  if (!group.empty()) rows.push_back(make_row(std::move(group), number));
  return rows;
}

std::string row_text(const Row& row) {
  std::string out;
  for (const PdfWord& w : row.words) {
    if (!out.empty()) out += ' ';
    out += w.text;
  }
  return out;
}

// The text of a margin row with digits folded, so "Page 3 of 12" matches "Page 4 of 12".
std::string running_key(const Row& row) {
  std::string key;
  for (char c : row_text(row)) {
    unsigned char u = static_cast<unsigned char>(c);
    char folded = std::isdigit(u) ? '#' : static_cast<char>(std::tolower(u));
    if (folded == '#' && !key.empty() && key.back() == '#') continue;
    key += folded;
  }
  return key;
}

bool is_page_number(const std::string& key) {
  static const std::set<std::string> kForms = {"#", "page #", "page # of #", "# of #", "- # -",
                                               "-#-", "p. #", "page #/#", "#/#", "[#]"};
  return kForms.contains(key);
}

bool in_margin(const Row& row, const PdfPage& page) {
  return row.bottom < 0.12 * page.height || row.top > 0.88 * page.height;
}

// Drops page numbers and rows repeated in the margins of most pages; a
// running header survives once, at the top of page 1, where it titles the document.
void drop_running_heads(std::vector<std::vector<Row>>& pages, const std::vector<PdfPage>& geometry) {
  std::map<std::string, int> pages_with;
  for (size_t p = 0; p < pages.size(); ++p) {
    std::set<std::string> keys;
    for (const Row& row : pages[p])
      if (in_margin(row, geometry[p])) keys.insert(running_key(row));
    for (const std::string& key : keys) pages_with[key]++;
  }
  int threshold = std::max(2, static_cast<int>(pages.size() + 1) / 2);
  for (size_t p = 0; p < pages.size(); ++p) {
    std::erase_if(pages[p], [&](const Row& row) {
      if (!in_margin(row, geometry[p])) return false;
      std::string key = running_key(row);
      if (is_page_number(key)) return true;
      bool title = p == 0 && row.bottom < 0.12 * geometry[p].height;
      return pages_with[key] >= threshold && !title;
    });
  }
}

// True when a word of `row` reaches within `margin` of x.
bool crosses(const Row& row, double x, double margin = 2) {
  return std::any_of(row.words.begin(), row.words.end(),
                     [&](const PdfWord& w) { return w.left - margin < x && w.right + margin > x; });
}

// True when a gutter at x splits `row` into two filled column lines: a clear
// band of at least a word space either side, text on both sides, and the
// left line running up to near the gutter.
bool splits(const Row& row, double x, double width) {
  double margin = std::max(5.0, 0.5 * row.size());
  if (crosses(row, x, margin) || row.left >= x || row.right <= x) return false;
  double left_end = 0;
  for (const PdfWord& w : row.words)
    if (w.right < x) left_end = std::max(left_end, w.right);
  return left_end > x - 0.2 * width;
}

// The longest run of consecutive rows that a gutter at x splits.
int split_run(const std::vector<Row>& rows, double x, double width) {
  int best = 0, run = 0;
  for (const Row& row : rows) {
    run = splits(row, x, width) ? run + 1 : 0;
    best = std::max(best, run);
  }
  return best;
}

// Finds the gutter of a two-column page, or returns a negative value. Four
// split rows in a row are needed: justified text can line gaps up by chance.
double find_gutter(const std::vector<Row>& rows, double width) {
  int best = 0;
  double first = -1, last = -1;
  for (double x = 0.3 * width; x <= 0.7 * width; x += 1) {
    int count = split_run(rows, x, width);
    if (count > best) {
      best = count;
      first = last = x;
    } else if (count == best && last >= 0 && x - last <= 1.01) {
      last = x;
    }
  }
  if (best < 4) return -1;
  return (first + last) / 2;
}

Row part_of(const Row& row, bool left_side, double gutter) {
  std::vector<PdfWord> words;
  for (const PdfWord& w : row.words)
    if ((w.right < gutter) == left_side) words.push_back(w);
  return words.empty() ? Row{} : make_row(std::move(words), row.page);
}

// Reads a page's rows column by column where a gutter splits them; a row
// that spans the gutter ends the two-column run before it.
std::vector<Row> read_columns(const std::vector<Row>& rows, const PdfPage& page) {
  double text_left = 1e9, text_right = 0;
  for (const Row& row : rows) {
    text_left = std::min(text_left, row.left);
    text_right = std::max(text_right, row.right);
  }
  double gutter = find_gutter(rows, page.width);
  std::vector<Row> out, left, right;
  auto flush = [&]() {
    for (Row& r : left) out.push_back(std::move(r));
    for (Row& r : right) out.push_back(std::move(r));
    left.clear();
    right.clear();
  };
  for (const Row& row : rows) {
    if (gutter < 0 || crosses(row, gutter)) {
      flush();
      out.push_back(row);
      out.back().column_left = text_left;
      out.back().column_right = text_right;
      continue;
    }
    Row l = part_of(row, true, gutter), r = part_of(row, false, gutter);
    l.column_left = text_left, l.column_right = gutter;
    r.column_left = gutter, r.column_right = text_right;
    if (!l.words.empty()) left.push_back(std::move(l));
    if (!r.words.empty()) right.push_back(std::move(r));
  }
  flush();
  return out;
}

// Splits a row into table cells at gaps wider than a word space can be.
std::vector<std::vector<PdfWord>> cells_of(const Row& row) {
  std::vector<std::vector<PdfWord>> cells(1);
  for (size_t i = 0; i < row.words.size(); ++i) {
    const PdfWord& w = row.words[i];
    if (i > 0 && w.left - row.words[i - 1].right > 1.3 * std::max(w.size, 1.0)) cells.emplace_back();
    cells.back().push_back(w);
  }
  return cells;
}

bool starts_list(const std::string& word) {
  static const std::set<std::string> kBullets = {"\u2022", "\u25cf", "\u25aa", "\u00b7", "-", "\u2013",
                                                 "o", "\u27a2", "\uf0b7", "\uf0a7", "\uf076", "\uf0d8"};
  if (kBullets.contains(word)) return true;
  std::string_view w = word;
  if (w.starts_with("(")) w.remove_prefix(1);
  if (w.size() < 2 || (w.back() != '.' && w.back() != ')')) return false;
  w.remove_suffix(1);
  bool digits = std::all_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '.'; });
  // "a." or a roman "iv." opens a list item; "was." ending a sentence does not.
  bool letters = (w.size() == 1 && std::isalpha(static_cast<unsigned char>(w[0]))) ||
                 (w.size() <= 4 && w.find_first_not_of("ivx") == std::string_view::npos);
  return digits || letters;
}

// "PRESENT:", "APOLOGIES:" open a new paragraph even straight after a full line.
bool is_label(const std::string& word) {
  if (word.size() < 3 || word.back() != ':') return false;
  return std::none_of(word.begin(), word.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
}

struct Paragraph {
  std::vector<std::vector<PdfWord>> cells;
  std::vector<double> cell_lefts;
  Row last;
  int page = 0;
};

// True when `row` wraps on from the prose paragraph `p`: the previous line was
// full (the row's first word would not have fitted on it), spacing and font
// carry on, and the row does not open a list item or a labelled line.
bool continues_prose(const Paragraph& p, const Row& row) {
  const Row& last = p.last;
  const PdfWord& first = row.words.front();
  double size = std::max(1.0, last.size());
  bool next_page = row.page == last.page + 1 && std::islower(static_cast<unsigned char>(first.text[0]));
  if (row.page != last.page && !next_page) return false;
  if (row.page == last.page && (row.top - last.bottom > 0.45 * size || row.top < last.top)) return false;
  if (std::abs(row.size() - last.size()) > 0.15 * size) return false;
  if (last.right + 0.3 * size + (first.right - first.left) < last.column_right - size) return false;
  if (first.bold != last.words.back().bold || starts_list(first.text) || is_label(first.text)) return false;
  return true;
}

// True when `row` continues cells of the table row `p`: it starts under a
// later cell, every cell it has lines up with one of p's, and it follows closely.
bool continues_cells(const Paragraph& p, const std::vector<std::vector<PdfWord>>& cells, const Row& row) {
  if (row.page != p.last.page || row.top - p.last.bottom > 0.45 * std::max(1.0, p.last.size())) return false;
  auto column = [&](double x) -> int {
    for (size_t i = 0; i < p.cell_lefts.size(); ++i)
      if (std::abs(p.cell_lefts[i] - x) < 4) return static_cast<int>(i);
    return -1;
  };
  if (column(cells.front().front().left) <= 0) return false;
  return std::all_of(cells.begin(), cells.end(),
                     [&](const std::vector<PdfWord>& c) { return column(c.front().left) >= 0; });
}

void append_words(std::vector<PdfWord>& to, const std::vector<PdfWord>& words) {
  if (!to.empty()) {
    // "inter-" at a line end and "agency" after it are one word.
    const std::string& end = to.back().text;
    bool hyphen = end.size() > 1 && end.back() == '-' && std::isalpha(static_cast<unsigned char>(end[end.size() - 2]));
    to.back().space_after = !(hyphen && std::islower(static_cast<unsigned char>(words.front().text[0])));
  }
  to.insert(to.end(), words.begin(), words.end());
}

void join_cells(Paragraph& p, const std::vector<std::vector<PdfWord>>& cells) {
  for (const std::vector<PdfWord>& cell : cells) {
    for (size_t i = 0; i < p.cell_lefts.size(); ++i)
      if (std::abs(p.cell_lefts[i] - cell.front().left) < 4) append_words(p.cells[i], cell);
  }
}

std::string bullet_form(const std::string& word) {
  static const std::set<std::string> kPrivateBullets = {"\uf0b7", "\uf0a7", "\uf076", "\uf0d8", "\u25cf", "\u25aa"};
  return kPrivateBullets.contains(word) ? "\u2022" : word;
}

// Renders words as markup: escaped, spaced as drawn, bold runs in <b>.
std::string render_cell(const std::vector<PdfWord>& words) {
  std::string out;
  bool bold = false;
  for (size_t i = 0; i < words.size(); ++i) {
    const PdfWord& w = words[i];
    if (w.bold != bold) {
      out += w.bold ? "<b>" : "</b>";
      bold = w.bold;
    }
    out += escape_markup(i == 0 ? bullet_form(w.text) : w.text);
    if (i + 1 < words.size() && w.space_after) {
      if (bold && !words[i + 1].bold) {
        out += "</b>";
        bold = false;
      }
      out += ' ';
    }
  }
  if (bold) out += "</b>";
  return out;
}

MarkupLine render(const Paragraph& p) {
  MarkupLine line;
  line.page = p.page;
  for (size_t i = 0; i < p.cells.size(); ++i) {
    if (i) line.markup += '\t';
    line.markup += render_cell(p.cells[i]);
  }
  return line;
}

// Joins rows in reading order into paragraphs and table rows.
std::vector<MarkupLine> paragraphs_of(const std::vector<Row>& rows) {
  std::vector<MarkupLine> out;
  std::optional<Paragraph> open;
  for (const Row& row : rows) {
    std::vector<std::vector<PdfWord>> cells = cells_of(row);
    if (open && open->cells.size() == 1 && cells.size() == 1 && continues_prose(*open, row)) {
      append_words(open->cells[0], cells[0]);
    } else if (open && open->cells.size() > 1 && continues_cells(*open, cells, row)) {
      join_cells(*open, cells);
    } else {
      if (open) out.push_back(render(*open));
      open = Paragraph{};
      open->page = row.page;
      for (const auto& cell : cells) open->cell_lefts.push_back(cell.front().left);
      open->cells = std::move(cells);
    }
    open->last = row;
  }
  if (open) out.push_back(render(*open));
  return out;
}

}  // namespace

std::vector<MarkupLine> lay_out_pages(const std::vector<PdfPage>& pages) {
  std::vector<std::vector<Row>> rows;
  for (size_t p = 0; p < pages.size(); ++p) rows.push_back(rows_of(pages[p], static_cast<int>(p) + 1));
  drop_running_heads(rows, pages);
  std::vector<Row> flow;
  for (size_t p = 0; p < pages.size(); ++p) {
    for (Row& row : read_columns(rows[p], pages[p])) flow.push_back(std::move(row));
  }
  return paragraphs_of(flow);
}

}  // namespace crossboard::corpus
