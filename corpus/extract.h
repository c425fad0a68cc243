// One file in, its meetings out: read, parse, annotate. What `extract` and `index` call.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "corpus/meeting.h"

namespace crossboard::corpus {

class Annotator;

struct FileRecord {
  Source source;
  std::vector<Meeting> meetings;
  std::string error;  // why the file was skipped; empty when it was read
  bool ok() const { return error.empty(); }
};

// Reads and parses `path`, then annotates each meeting with `annotator`
// when one is given. Bad input is reported in `error`, never thrown. A file
// over `max_bytes` when read is refused (see read_file).
FileRecord extract_file(const std::filesystem::path& path, const Annotator* annotator,
                        uintmax_t max_bytes = UINTMAX_MAX);

}  // namespace crossboard::corpus
