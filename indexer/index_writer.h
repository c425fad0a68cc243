// Writing the crossboard Xapian index: files in, documents replaced, synonyms, commits.
// Only `index` (cli/cmd_index.cc) and tests include it; readers include
// indexer/index_store.h.
#pragma once

#include <xapian.h>

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

#include "corpus/extract.h"
#include "corpus/pdf_reader.h"
#include "corpus/topics.h"
#include "indexer/index_store.h"

namespace crossboard::corpus {
class Annotator;
}

namespace crossboard::indexer {

// The key under which a file's documents are stored: its absolute, lexically
// normal path (a hash of it when too long for a Xapian term).
std::string file_key(const std::filesystem::path& path);

// What writing one file did to the index.
struct FileWrite {
  size_t meetings = 0;
  size_t items = 0;
  bool replaced = false;  // the file had documents before
};

// A file's size and modification time, as the file record keeps them so that
// a later run skips the file unread when both are the same. A zero
// `mtime_ns` is unknown: the file is then hashed to tell.
struct FileStamp {
  uintmax_t size = 0;
  int64_t mtime_ns = 0;
  bool known() const { return mtime_ns != 0; }
  bool operator==(const FileStamp&) const = default;
};

// The stamp of `path` now; unknown when it cannot be stat'ed.
FileStamp stamp_of(const std::filesystem::path& path);

// What the index records of one file: its hash and stamp (empty, unknown when not indexed).
struct IndexedFileRecord {
  std::string sha256;
  FileStamp stamp;
};

// A file's documents, built from its record without touching the database,
// so any thread can build them (see run_index) and the writer only adds them.
struct PreparedFile {
  std::string key;                          // file_key() of the source
  std::vector<Xapian::Document> documents;  // meetings and items, then the file record
  FileWrite counts;                         // replaced is set by the writer
};

// The documents write_file() adds for `record`; no database needed. A known
// `stamp` (taken before the file was read) goes into the file record. `path`
// is the file as the walk found it: the source path in `record` is escaped
// for printing when the name is not UTF-8, and files are keyed by their bytes.
PreparedFile prepare_file(const corpus::FileRecord& record,
                          const corpus::Taxonomy& taxonomy = corpus::Taxonomy::builtin(),
                          const FileStamp& stamp = {}, const std::filesystem::path& path = {});

// Owns the writable database. Changes are visible to readers after commit().
class IndexWriter {
 public:
  // Creates the database if missing. Throws EnvironmentError when it cannot be
  // opened (locked by another writer, not a database, another format version).
  explicit IndexWriter(const std::string& db_path);
  // As above, stamping what it writes with `indexed_at` (slot::kIndexedAt)
  // instead of the time it opened: the shards of one run share their time.
  IndexWriter(const std::string& db_path, std::string indexed_at);

  // The hash and stamp recorded for the file at `path`.
  IndexedFileRecord indexed_record(const std::filesystem::path& path) const;
  // Documents in the index, file records included.
  Xapian::doccount document_count() const { return db_.get_doccount(); }
  // slot::kIndexedAt of what this writer writes.
  const std::string& indexed_at() const { return indexed_at_; }
  // Replaces the documents of record.source.path with those of its meetings;
  // `taxonomy` counts topic mentions (see prefix::kTopic).
  FileWrite write_file(const corpus::FileRecord& record,
                       const corpus::Taxonomy& taxonomy = corpus::Taxonomy::builtin());
  // Replaces the documents of prepared.key with prepared.documents, as one
  // unit: no commit, explicit or automatic, holds part of a file.
  FileWrite write_prepared(PreparedFile prepared);
  // Removes the documents of the file indexed under `key`, as one unit; false if none.
  bool remove_file_key(const std::string& key);
  // Every indexed file: key → path as recorded.
  std::vector<std::pair<std::string, std::string>> indexed_files() const;
  // Makes each topic's acronyms and synonyms Xapian synonyms of each other.
  // Writes nothing when the same set was written before.
  void write_synonyms(const corpus::Taxonomy& taxonomy);
  // The aliases record (metadata::kAliasesKey) the index's person ids follow; empty when none.
  std::string aliases_record() const;
  void set_aliases_record(const std::string& record);
  std::string topics_record() const;
  // Records the taxonomy digest and the --topics file's text (empty for the built-in one).
  void set_topics_record(const std::string& record, const std::string& taxonomy_text);
  // True when changes are pending since the last commit.
  bool dirty() const { return dirty_; }
  void commit();

 private:
  Xapian::WritableDatabase db_;
  std::string indexed_at_;  // UTC time this writer opened: slot::kIndexedAt of what it writes
  bool dirty_ = false;

  FileWrite write_documents(PreparedFile& prepared);
  bool remove_documents(const std::string& key);
};

// Options of one `index` run.
struct IndexOptions {
  std::vector<std::string> paths;  // files and folders to walk
  std::string db_path;
  bool prune = false;       // remove indexed files gone from `paths`
  std::string topics_file;  // taxonomy file; the built-in one when empty
  size_t commit_every_files = 500;
  size_t commit_every_bytes = 64u << 20;
  // Bounds what a kill loses. Pending postings are flushed (not committed)
  // every 250 documents anyway (XAPIAN_FLUSH_THRESHOLD, index_writer.cc), so
  // commits cost ~1% of a run; fewer would not make it faster.
  size_t commit_every_documents = 4000;
  // Threads indexing. Into a new, empty index, `threads` lanes each read,
  // parse and write their own part of the files (see run_index); into an
  // existing one, one writer and threads - 1 (at least one) readers beside it.
  // 0 picks the number of cores, with lanes only for a walk of at least
  // `lanes_min_bytes`; $CROSSBOARD_INDEX_THREADS overrides.
  size_t threads = 0;
  uintmax_t lanes_min_bytes = uintmax_t{8} << 20;
  // Larger files are skipped unread: indexing takes several times a file's
  // size in memory (a 100 MB text file: minutes and most of a gigabyte).
  uintmax_t max_file_bytes = uintmax_t{64} << 20;
  double pdf_seconds = corpus::kPdfReadSeconds;  // a PDF that takes longer is skipped
  // Checked between files: once true, the run commits what it has done and
  // returns with IndexSummary::interrupted set (set from a SIGINT handler).
  const std::atomic<bool>* stop = nullptr;
};

// Counters a progress display reads after every file.
struct IndexProgress {
  size_t files_done = 0;
  size_t files_total = 0;
  uintmax_t bytes_done = 0;
  uintmax_t bytes_total = 0;
};

struct SkippedFile {
  std::string path;
  std::string reason;
};

struct IndexSummary {
  size_t files = 0;      // files found by the walk
  size_t added = 0;      // new files indexed
  size_t replaced = 0;   // changed files re-indexed
  size_t unchanged = 0;  // same hash as indexed: not read further
  size_t removed = 0;    // pruned: indexed, but gone from the given paths
  size_t meetings = 0;   // meetings written this run
  size_t items = 0;      // items written this run
  std::vector<SkippedFile> skipped;
  bool wrote = false;        // false when the run changed nothing in the index
  bool interrupted = false;  // options.stop was set: files after `done` were not looked at
  size_t done = 0;           // files dealt with (indexed, unchanged or skipped) and committed
  size_t lanes = 1;          // lanes that wrote: more than one only for a new index (see run_index)
  double seconds = 0;
};

// Called after each file; `skipped` is set when that file was skipped.
using ProgressCallback = std::function<void(const IndexProgress&, const SkippedFile* skipped)>;

// The files `paths` name: files as given, folders walked recursively for
// minutes files (.txt .md .markdown .html .htm .pdf .docx), sorted, hidden
// entries skipped. A path that does not exist is reported in `missing`.
std::vector<std::filesystem::path> walk_paths(const std::vector<std::string>& paths,
                                              std::vector<SkippedFile>& missing);

// The whole `index` run. Bad files are skipped and listed; environment
// failures throw EnvironmentError. When the annotator's aliases file differs
// from the one the index records, every file found is read again. A file
// whose size and modification time are as recorded is not read; one whose
// hash is as recorded is not parsed.
//
// Into a new index with several lanes, the first lane writes the walk's
// first files into the index itself, committing as it goes (so a kill or a
// stop leaves whole files of the walk's start, as with one lane), while the
// others take blocks from the walk's end, each block into a shard of its
// own; when they meet, the index and the shards are compacted in walk order
// into a new directory that takes the index's place in one rename. The
// documents, their ids and order are those a one-lane run writes.
IndexSummary run_index(const IndexOptions& options, const corpus::Annotator& annotator,
                       const ProgressCallback& progress = {});

}  // namespace crossboard::indexer
