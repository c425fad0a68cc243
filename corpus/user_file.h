// Files a user names as options (--topics, --aliases): read whole, or refused
// with a one-line reason naming the file, before anything is indexed.
#pragma once

#include <string>
#include <string_view>

namespace crossboard::corpus {

// The byte offset of the first invalid UTF-8 sequence in `s`, or npos.
size_t first_invalid_utf8(std::string_view s);

// The bytes of `path`, a `what` file ("topics", "aliases"). Throws
// std::runtime_error("PATH: reason") for a folder, an unreadable file or one
// that is not UTF-8 ("PATH:LINE: not valid UTF-8 (byte N)").
std::string read_user_file(const std::string& path, std::string_view what);

}  // namespace crossboard::corpus
