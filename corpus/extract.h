// One file in, its meetings out: read, parse, annotate. What `extract` and `index` call.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "corpus/meeting.h"
#include "corpus/reader.h"

namespace crossboard::corpus {

class Annotator;

struct FileRecord {
  Source source;
  std::vector<Meeting> meetings;
  std::string error;  // why the file was skipped; empty when it was read
  bool ok() const { return error.empty(); }
};

// Reads and parses `path`, then annotates each meeting with `annotator`
// when one is given. Bad input is reported in `error`, never thrown,
// and so is a file over `limits` (see read_file).
FileRecord extract_file(const std::filesystem::path& path, const Annotator* annotator,
                        const ReadLimits& limits = {});

}  // namespace crossboard::corpus
