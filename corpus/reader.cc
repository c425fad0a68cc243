// read_file: bytes from disk, checked and decoded into normalised Text.
#include "corpus/reader.h"

#include <openssl/evp.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <sstream>
#include <system_error>

#include "corpus/docx_reader.h"
#include "corpus/html_reader.h"
#include "corpus/pdf_reader.h"
#include "corpus/user_file.h"

namespace crossboard::corpus {

namespace fs = std::filesystem;

std::string sha256_hex(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr);
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned int i = 0; i < length; ++i) {
    out += kHex[digest[i] >> 4];
    out += kHex[digest[i] & 15];
  }
  return out;
}

namespace {

// Lower-cased start of `bytes`, for sniffing markup.
std::string lower_head(std::string_view bytes, size_t size) {
  std::string head(bytes.substr(0, size));
  for (char& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return head;
}

// A whole HTML page (not markdown with HTML fragments), by its first kilobyte.
bool is_html_document(std::string_view bytes) {
  std::string head = lower_head(bytes, 1024);
  return head.find("<!doctype html") != std::string::npos || head.find("<html") != std::string::npos;
}

// Names the format `bytes` is in by content, or empty for plain text or markdown.
std::string content_format(std::string_view bytes) {
  if (bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos) return "pdf";
  if (bytes.starts_with("PK\x03\x04")) return "docx";
  if (bytes.starts_with("\xD0\xCF\x11\xE0")) return "doc";
  if (bytes.starts_with("{\\rtf")) return "rtf";
  if (is_html_document(bytes)) return "html";
  return "";
}

// Reads `bytes` in `format` with its own reader.
FormatText read_format(const std::string& format, std::string_view bytes, const ReadLimits& limits) {
  if (format == "pdf") return read_pdf(bytes, limits.pdf_seconds);
  if (format == "docx") return read_docx(bytes);
  if (format == "html") return read_html(bytes);
  FormatText unsupported;
  unsupported.error = format == "doc" ? "legacy Word .doc files are not supported; save as .docx or PDF"
                                      : "RTF files are not supported; save as .docx or PDF";
  return unsupported;
}

std::string text_format(const fs::path& path) {
  std::string ext = path.extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext == ".md" || ext == ".markdown" ? "markdown" : "text";
}

// Bytes of `text` that are control characters no text file holds (not tab,
// newline, carriage return or form feed).
size_t control_bytes(std::string_view text) {
  return static_cast<size_t>(std::count_if(text.begin(), text.end(), [](char ch) {
    auto c = static_cast<unsigned char>(ch);
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f';
  }));
}

// "UTF-16LE" or "UTF-16BE" for text in UTF-16, by its byte-order mark or,
// without one, by the zero bytes that pair with its ASCII letters (in
// the first 4 KB); empty otherwise.
std::string utf16_kind(std::string_view bytes) {
  if (bytes.starts_with("\xFF\xFE")) return "UTF-16LE";
  if (bytes.starts_with("\xFE\xFF")) return "UTF-16BE";
  // Most UTF-16 minutes are ASCII letters: one half of each pair is zero.
  constexpr size_t kSample = 4096;
  constexpr double kZeroShare = 0.4;
  size_t n = std::min(bytes.size(), kSample) & ~size_t{1};
  if (n < 2) return "";
  size_t even_zero = 0, odd_zero = 0;
  for (size_t i = 0; i < n; i += 2) {
    even_zero += bytes[i] == 0;
    odd_zero += bytes[i + 1] == 0;
  }
  double pairs = static_cast<double>(n / 2);
  if (odd_zero > kZeroShare * pairs && even_zero < odd_zero / 10) return "UTF-16LE";
  if (even_zero > kZeroShare * pairs && odd_zero < even_zero / 10) return "UTF-16BE";
  return "";
}

// `bytes` in `encoding` (an ICU converter name) as UTF-8.
std::string to_utf8(std::string_view bytes, const char* encoding) {
  icu::UnicodeString u(bytes.data(), static_cast<int32_t>(bytes.size()), encoding);
  if (u.startsWith(icu::UnicodeString(static_cast<UChar32>(0xFEFF)))) u.remove(0, 1);  // a byte-order mark
  std::string out;
  u.toUTF8String(out);
  return out;
}

// Makes `bytes` UTF-8 text: as it is, or decoded from UTF-16 or
// Windows-1252, said in `result.encoding_note`. False, with `result.error`
// set, when they are not text.
bool decode_text(std::string& bytes, ReadResult& result) {
  if (std::string kind = utf16_kind(bytes); !kind.empty()) {
    std::string text = to_utf8(bytes, kind.c_str());
    if (control_bytes(text) > text.size() / 100) {
      result.error = "binary file (not text, though it looks like " + kind + ")";
      return false;
    }
    result.encoding_note = "read as " + kind + " (it is not UTF-8)";
    bytes = std::move(text);
    return true;
  }
  if (bytes.find('\0') != std::string::npos) {
    result.error = "binary file (contains NUL bytes)";
    return false;
  }
  size_t bad = first_invalid_utf8(bytes);
  if (bad == std::string::npos) return true;
  // Text from Word or an older web page is Windows-1252: mostly ASCII with
  // a few accented letters, dashes and pound signs. Junk is mostly high or
  // control bytes.
  constexpr double kMaxHighShare = 0.3;
  size_t high = static_cast<size_t>(
      std::count_if(bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }));
  if (high > kMaxHighShare * static_cast<double>(bytes.size()) || control_bytes(bytes) > bytes.size() / 100) {
    result.error = "binary file (neither UTF-8 nor Windows-1252 text)";
    return false;
  }
  int line = 1 + static_cast<int>(std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(bad), '\n'));
  result.encoding_note = "read as Windows-1252: it is not UTF-8 (line " + std::to_string(line) + ", byte " +
                         std::to_string(bad) + ")";
  bytes = to_utf8(bytes, "windows-1252");
  return true;
}

}  // namespace

std::string too_large_message(uintmax_t size, uintmax_t limit) {
  char buffer[128];
  std::snprintf(buffer, sizeof buffer,
                "too large to index: %.1f MB (the limit is %.0f MB; --max-file-size raises it)",
                static_cast<double>(size) / (1 << 20), static_cast<double>(limit) / (1 << 20));
  return buffer;
}

ReadResult read_file(const fs::path& path, const ReadLimits& limits) {
  const uintmax_t max_bytes = limits.max_bytes;
  ReadResult result;
  // A name that is not UTF-8 (paths are bytes) is kept escaped, so it can be
  // printed and stored as JSON; the index keys files by their raw bytes.
  result.source.path = printable_name(path.string());
  std::error_code ec;
  fs::file_status status = fs::status(path, ec);
  if (ec || !fs::exists(status)) {
    result.error = "no such file";
    return result;
  }
  if (fs::is_directory(status)) {
    result.error = "is a directory";
    return result;
  }
  if (!fs::is_regular_file(status)) {
    result.error = "not a regular file";
    return result;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    result.error = "cannot open: permission denied or unreadable";
    return result;
  }
  // Read in blocks up to one byte past the limit: the size seen when the
  // file was listed may be stale (a log still being written, a file copied
  // in while the run goes on).
  constexpr size_t kBlock = size_t{1} << 20;
  std::string bytes;
  while (in) {
    size_t old_size = bytes.size();
    bytes.resize(old_size + kBlock);
    in.read(bytes.data() + old_size, kBlock);
    bytes.resize(old_size + static_cast<size_t>(in.gcount()));
    if (bytes.size() > max_bytes) {
      result.error = "too large to index: it grew past the limit of " + std::to_string(max_bytes >> 20) +
                     " MB while being read (--max-file-size raises it)";
      return result;
    }
  }
  if (in.bad()) {
    result.error = "read error";
    return result;
  }
  result.source.sha256 = sha256_hex(bytes);
  if (bytes.empty()) {
    result.error = "empty file";
    return result;
  }
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.erase(0, 3);
  if (std::string format = content_format(bytes); !format.empty()) {
    result.source.format = format;
    FormatText read = read_format(format, bytes, limits);
    if (read.error.empty() && read.text.lines.empty()) read.error = format + " file has no text";
    result.text = std::move(read.text);
    result.error = std::move(read.error);
    return result;
  }
  if (!decode_text(bytes, result)) return result;
  result.source.format = text_format(path);
  result.text = normalise_text(bytes);
  return result;
}

}  // namespace crossboard::corpus
