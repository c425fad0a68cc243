// Reading a minutes file from disk: format detection, decoding, normalisation.
#pragma once

#include <filesystem>
#include <string>

#include "corpus/meeting.h"
#include "corpus/text.h"

namespace crossboard::corpus {

struct ReadResult {
  Source source;
  Text text;
  std::string error;  // non-empty when the file could not be read as minutes
  bool ok() const { return error.empty(); }
};

// Reads `path`. Never throws for bad input: a directory, an unreadable,
// empty, binary or non-UTF-8 file gives a result whose `error` says why.
ReadResult read_file(const std::filesystem::path& path);

// Hex SHA-256 of `bytes`.
std::string sha256_hex(std::string_view bytes);

}  // namespace crossboard::corpus
