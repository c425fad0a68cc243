// Reading a minutes file from disk: format detection, decoding, normalisation.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include "corpus/meeting.h"
#include "corpus/pdf_reader.h"
#include "corpus/text.h"

namespace crossboard::corpus {

struct ReadResult {
  Source source;
  Text text;
  std::string error;  // non-empty when the file could not be read as minutes
  // Set when text was not UTF-8 and was decoded from another encoding:
  // "read as Windows-1252: not UTF-8 (line 6, byte 130)".
  std::string encoding_note;
  bool ok() const { return error.empty(); }
};

// No limit on a file's size: what `extract` of a named file reads.
inline constexpr uintmax_t kNoSizeLimit = UINTMAX_MAX;

// What one file may cost to read.
struct ReadLimits {
  uintmax_t max_bytes = kNoSizeLimit;
  double pdf_seconds = kPdfReadSeconds;  // see read_pdf
};

// Reads `path`. Never throws for bad input: a directory, an unreadable,
// empty or binary file gives a result whose `error` says why. Text in
// UTF-16 or Windows-1252 is decoded, and `encoding_note` says so.
// At most `limits.max_bytes` are read: a file that has grown past it since it
// was listed is refused when read, not after it filled memory.
ReadResult read_file(const std::filesystem::path& path, const ReadLimits& limits = {});

// "too large to index: 104.9 MB (the limit is 64 MB; --max-file-size raises it)".
std::string too_large_message(uintmax_t size, uintmax_t limit);

// Hex SHA-256 of `bytes`.
std::string sha256_hex(std::string_view bytes);

}  // namespace crossboard::corpus
