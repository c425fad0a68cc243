// Files a user names as options (--topics, --aliases): read whole, or refused
// with a one-line reason naming the file, before anything is indexed.
#pragma once

#include <string>
#include <string_view>

namespace crossboard::corpus {

// The byte offset of the first invalid UTF-8 sequence in `s`, or npos.
size_t first_invalid_utf8(std::string_view s);

// `bytes` (a file name: any bytes but NUL) safe to print and to put in JSON:
// valid UTF-8 is kept; each byte of an invalid sequence, and each control
// character (C0, DEL, C1: terminal escape codes among them), becomes the
// four characters "\xNN". "caf\xE9.txt" (Latin-1) → "caf\\xe9.txt".
std::string printable_name(std::string_view bytes);

// The bytes of `path`, a `what` file ("topics", "aliases"). Throws
// std::runtime_error("PATH: reason") for a folder, an unreadable file or one
// that is not UTF-8 ("PATH:LINE: not valid UTF-8 (byte N)").
std::string read_user_file(const std::string& path, std::string_view what);

}  // namespace crossboard::corpus
