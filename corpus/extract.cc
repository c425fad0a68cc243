// extract_file: the one path from a file on disk to annotated meetings.
#include "corpus/extract.h"

#include "corpus/annotate.h"
#include "corpus/minutes_parser.h"
#include "corpus/reader.h"

namespace crossboard::corpus {

FileRecord extract_file(const std::filesystem::path& path, const Annotator* annotator,
                        const ReadLimits& limits) {
  FileRecord record;
  ReadResult read = read_file(path, limits);
  record.source = read.source;
  if (!read.ok()) {
    record.error = read.error;
    return record;
  }
  record.meetings = parse_minutes(read.text, read.source);
  if (!read.encoding_note.empty())
    for (Meeting& m : record.meetings) m.diagnostics.insert(m.diagnostics.begin(), {0, read.encoding_note});
  if (annotator) {
    for (Meeting& m : record.meetings) annotator->annotate(m);
  }
  return record;
}

}  // namespace crossboard::corpus
