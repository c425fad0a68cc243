// Aligned text and CSV rendering of analysis tables.
#include "analysis/table.h"

#include <algorithm>
#include <cstdio>

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

std::string pad(const std::string& s, size_t width, bool right) {
  std::string gap(width > char_width(s) ? width - char_width(s) : 0, ' ');
  return right ? gap + s : s + gap;
}

}  // namespace

std::string render_text(const Table& table, size_t max_cell) {
  std::vector<std::vector<std::string>> cells;
  cells.push_back(table.columns);
  for (const auto& row : table.rows) {
    std::vector<std::string> fitted;
    for (const std::string& c : row) fitted.push_back(fit(c, max_cell));
    cells.push_back(std::move(fitted));
  }
  std::vector<size_t> widths(table.columns.size(), 0);
  for (const auto& row : cells)
    for (size_t i = 0; i < row.size() && i < widths.size(); ++i)
      widths[i] = std::max(widths[i], char_width(row[i]));
  std::string out;
  for (size_t r = 0; r < cells.size(); ++r) {
    std::string line;
    for (size_t i = 0; i < widths.size(); ++i) {
      bool right = i < table.numeric.size() && table.numeric[i];
      std::string cell = i < cells[r].size() ? cells[r][i] : "";
      line += (i ? "  " : "") + (i + 1 == widths.size() && !right ? cell : pad(cell, widths[i], right));
    }
    out += line + "\n";
    if (r == 0) {
      std::string rule;
      for (size_t i = 0; i < widths.size(); ++i) rule += (i ? "  " : "") + std::string(widths[i], '-');
      out += rule + "\n";
    }
  }
  return out;
}

std::string csv_field(const std::string& value) {
  if (value.find_first_of(",\"\n\r") == std::string::npos) return value;
  std::string out = "\"";
  for (char c : value) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string render_csv(const Table& table) {
  std::string out;
  auto line = [&out](const std::vector<std::string>& fields) {
    for (size_t i = 0; i < fields.size(); ++i) out += (i ? "," : "") + csv_field(fields[i]);
    out += "\n";
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
