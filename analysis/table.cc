// Aligned text and CSV rendering of analysis tables.
#include "analysis/table.h"

#include <algorithm>
#include <cstdio>
#include <deque>
#include <string_view>

namespace crossboard::analysis {

namespace {

size_t char_width(const std::string& s) {
  return std::count_if(s.begin(), s.end(),
                       [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
}

// `s` cut to at most `max` characters, the last being "…"; line breaks become spaces.
std::string fit(std::string s, size_t max) {
  std::replace(s.begin(), s.end(), '\n', ' ');
  std::replace(s.begin(), s.end(), '\t', ' ');
  if (max == 0 || char_width(s) <= max) return s;
  size_t chars = 0, i = 0;
  for (; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && ++chars == max) break;
  }
  return s.substr(0, i) + "…";
}

// Appends `value` as one CSV field: quoted, quotes doubled, when it holds a comma, quote or line break.
void append_csv_field(std::string& out, const std::string& value) {
  if (value.find_first_of(",\"\n\r") == std::string::npos) {
    out += value;
    return;
  }
  out += '"';
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

}  // namespace

std::string render_text(const Table& table, size_t max_cell) {
  // Each cell as shown, with its width. Most cells need no cutting and are
  // shown in place; the others are kept in a deque, which never moves them.
  const size_t n = table.columns.size();
  std::deque<std::string> refitted;
  std::vector<std::string_view> cells;  // n per row, the header first
  std::vector<size_t> cell_widths;
  cells.reserve(n * (table.rows.size() + 1));
  cell_widths.reserve(cells.capacity());
  std::vector<size_t> widths(n, 0);
  auto add_row = [&](const std::vector<std::string>& row, bool cut) {
    for (size_t i = 0; i < n; ++i) {
      std::string_view cell;
      size_t width = 0;
      if (i < row.size()) {
        const std::string& s = row[i];
        width = char_width(s);
        cell = s;
        if (cut && (s.find_first_of("\n\t") != std::string::npos || (max_cell != 0 && width > max_cell))) {
          cell = refitted.emplace_back(fit(s, max_cell));
          width = char_width(refitted.back());
        }
      }
      cells.push_back(cell);
      cell_widths.push_back(width);
      widths[i] = std::max(widths[i], width);
    }
  };
  add_row(table.columns, false);  // the header is shown as it is
  for (const auto& row : table.rows) add_row(row, true);
  size_t line_bytes = n > 0 ? 2 * (n - 1) + 1 : 1;  // separators and the line break
  for (size_t w : widths) line_bytes += w;
  size_t bytes = 2 * line_bytes;  // the header and its rule, near enough
  for (size_t k = 0; k < cells.size(); ++k) bytes += cells[k].size() - cell_widths[k];
  std::string out;
  out.reserve(bytes + line_bytes * table.rows.size());  // one allocation for what is often megabytes
  for (size_t r = 0, k = 0; r < table.rows.size() + 1; ++r) {
    for (size_t i = 0; i < n; ++i, ++k) {
      bool right = i < table.numeric.size() && table.numeric[i];
      if (i) out += "  ";
      size_t gap = widths[i] - cell_widths[k];
      if (i + 1 == n && !right) gap = 0;
      if (right) out.append(gap, ' ');
      out += cells[k];
      if (!right) out.append(gap, ' ');
    }
    out += '\n';
    if (r == 0) {
      for (size_t i = 0; i < n; ++i) {
        if (i) out += "  ";
        out.append(widths[i], '-');
      }
      out += '\n';
    }
  }
  return out;
}

std::string csv_field(const std::string& value) {
  std::string out;
  append_csv_field(out, value);
  return out;
}

std::string render_csv(const Table& table) {
  std::string out;
  auto line = [&out](const std::vector<std::string>& fields) {
    for (size_t i = 0; i < fields.size(); ++i) {
      if (i) out += ',';
      append_csv_field(out, fields[i]);
    }
    out += '\n';
  };
  line(table.columns);
  for (const auto& row : table.rows) line(row);
  return out;
}

std::string decimal(double value, int digits) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", digits, value);
  return buffer;
}

}  // namespace crossboard::analysis
