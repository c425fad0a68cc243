// A result table of the analysis commands, rendered as aligned text or CSV.
#pragma once

#include <string>
#include <vector>

namespace crossboard::analysis {

struct Table {
  std::vector<std::string> columns;
  std::vector<bool> numeric;  // right-aligned in text; same length as columns (missing = false)
  std::vector<std::vector<std::string>> rows;
};

// Columns padded to their widest cell (counted in characters, not bytes),
// numbers right-aligned, a rule under the header. Cells longer than
// `max_cell` characters are cut with "…" (0: never).
std::string render_text(const Table& table, size_t max_cell = 0);

// RFC 4180: header row, fields quoted when they hold a comma, quote or line break.
std::string render_csv(const Table& table);

// One CSV field, quoted when needed.
std::string csv_field(const std::string& value);

// "0.25" style decimals for shares and rates; `digits` after the point.
std::string decimal(double value, int digits = 2);

}  // namespace crossboard::analysis
