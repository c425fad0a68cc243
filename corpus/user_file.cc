// read_user_file: option files read whole and checked before use.
#include "corpus/user_file.h"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <system_error>

namespace crossboard::corpus {

size_t first_invalid_utf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = s[i];
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return i;
    uint32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
    for (size_t k = 1; k < n; ++k) {
      unsigned char d = s[i + k];
      if ((d >> 6) != 2) return i;
      cp = (cp << 6) | (d & 0x3F);
    }
    bool overlong = (n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000);
    if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i += n;
  }
  return std::string_view::npos;
}

std::string printable_name(std::string_view bytes) {
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  auto escape = [&](unsigned char c) {
    out += "\\x";
    out += kHex[c >> 4];
    out += kHex[c & 15];
  };
  for (size_t i = 0; i < bytes.size();) {
    size_t bad = first_invalid_utf8(bytes.substr(i, 4));
    // The sequence at i is valid when the first invalid byte of the next
    // four (a sequence is at most four) is not at i.
    auto c = static_cast<unsigned char>(bytes[i]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
    if (bad == 0 || (bad != std::string_view::npos && bad < n)) {
      escape(c);
      ++i;
      continue;
    }
    bool c1 = n == 2 && c == 0xC2 && static_cast<unsigned char>(bytes[i + 1]) < 0xA0;  // U+0080..U+009F
    if (c < 0x20 || c == 0x7F || c1) {
      for (size_t k = 0; k < n; ++k) escape(static_cast<unsigned char>(bytes[i + k]));
    } else {
      out.append(bytes.substr(i, n));
    }
    i += n;
  }
  return out;
}

std::string read_user_file(const std::string& path, std::string_view what) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    throw std::runtime_error(path + ": is a folder, not a " + std::string(what) + " file");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot open the " + std::string(what) + " file");
  std::ostringstream content;
  content << in.rdbuf();
  std::string bytes = std::move(content).str();
  if (size_t bad = first_invalid_utf8(bytes); bad != std::string::npos) {
    auto line = 1 + std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(bad), '\n');
    throw std::runtime_error(path + ":" + std::to_string(line) + ": not valid UTF-8 (byte " + std::to_string(bad) +
                             "); save the " + std::string(what) + " file as UTF-8");
  }
  return bytes;
}

}  // namespace crossboard::corpus
