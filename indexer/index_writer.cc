// IndexWriter and run_index: incremental, committed indexing of minutes files.
#include "indexer/index_writer.h"

#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <exception>
#include <fstream>
#include <iterator>
#include <mutex>
#include <optional>
#include <set>
#include <sstream>
#include <thread>
#include <utility>

#include "corpus/annotate.h"
#include "corpus/reader.h"
#include "indexer/documents.h"
#include "indexer/records.h"
#include "indexer/term_prefixes.h"

namespace crossboard::indexer {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kMinutesExtensions[] = {".txt", ".md",  ".markdown", ".html",
                                                   ".htm", ".pdf", ".docx"};

std::string term(std::string_view prefix, const std::string& value) { return std::string(prefix) + value; }

[[noreturn]] void rethrow_as_environment(const std::string& db_path, const Xapian::Error& e) {
  // Xapian says "already locked" only when another process holds the lock;
  // a lock file it cannot create (a read-only file system, a folder it may
  // not write, a flintlock that is a folder) is no reason to wait.
  bool held = std::string(e.get_msg()).find("already locked") != std::string::npos;
  if (std::string(e.get_type()) == "DatabaseLockError" && !held)
    throw EnvironmentError("index " + db_path + " cannot be locked for writing: " + e.get_msg() +
                           " (can this user write there, and is the file system writable?)");
  if (std::string(e.get_type()) == "DatabaseLockError")
    throw LockedError("index " + db_path + " is locked by another writer (Xapian::DatabaseLockError on " +
                      (fs::path(db_path) / "flintlock").string() +
                      "): another crossboard index run is writing it; wait for it to finish");
  throw EnvironmentError("index " + db_path + ": " + std::string(e.get_type()) + ": " + e.get_msg());
}

// Applies `change` to `db` as one unit: Xapian's automatic flush (every
// XAPIAN_FLUSH_THRESHOLD changes) never commits part of it, and a failure
// inside discards it. So a file's documents are in a commit all or not at all.
template <typename Change>
auto atomically(Xapian::WritableDatabase& db, Change&& change) {
  db.begin_transaction(false);
  try {
    auto result = change();
    db.commit_transaction();
    return result;
  } catch (...) {
    try {
      db.cancel_transaction();
    } catch (const Xapian::Error&) {
      // The first error is the one to report.
    }
    throw;
  }
}

// True when `pid` names no living process.
bool process_gone(const std::string& pid) {
  char* end = nullptr;
  long n = std::strtol(pid.c_str(), &end, 10);
  return n > 0 && *end == '\0' && kill(static_cast<pid_t>(n), 0) != 0 && errno == ESRCH;
}

// `db` without a trailing separator, normalised.
fs::path db_dir(fs::path db) {
  db = db.lexically_normal();
  if (!db.has_filename()) db = db.parent_path();
  return db;
}

// This process's working directory beside `db`, named `db` + `infix` + pid:
// on the same file system, so it can be renamed into place. Those of other,
// dead processes (a killed run's) are removed first.
fs::path sibling_workdir(const fs::path& db, const std::string& infix) {
  std::string stem = db.filename().string() + infix;
  fs::path parent = db.parent_path().empty() ? fs::path(".") : db.parent_path();
  std::error_code ec;
  for (fs::directory_iterator it(parent, ec), end; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (name.starts_with(stem) && process_gone(name.substr(stem.size()))) fs::remove_all(it->path(), ec);
  }
  fs::path mine = parent / (stem + std::to_string(getpid()));
  fs::remove_all(mine, ec);
  return mine;
}

// Creates a new, empty index at `db` whole or not at all. Xapian writes a
// new database's files one by one, and a kill between them leaves a
// directory it will neither open nor create into; so the index is made in a
// sibling directory and renamed into place. A sibling left by a killed run
// is removed.
void create_index(fs::path db) {
  db = db_dir(db);
  fs::path partial = sibling_workdir(db, ".partial-");
  std::error_code ec;
  {
    Xapian::WritableDatabase created(partial.string(), Xapian::DB_CREATE);
    created.set_metadata(std::string(metadata::kFormatKey), std::string(metadata::kFormatVersion));
    created.commit();
  }
  // Fails when another run created the index first (or it is not empty): use that.
  fs::rename(partial, db, ec);
  if (ec) fs::remove_all(partial, ec);
}

// True when `db_path` is a folder that holds files but no Xapian database
// (whose folder always holds its "iam<backend>" marker): a wrong --db, such
// as the minutes folder itself, which an index run must not fill.
bool foreign_folder(const std::string& db_path) {
  std::error_code ec;
  if (!fs::is_directory(db_path, ec)) return false;
  bool any = false;
  for (const fs::directory_entry& entry : fs::directory_iterator(db_path, ec)) {
    if (entry.path().filename().string().rfind("iam", 0) == 0) return false;
    any = true;
  }
  return any;
}

// True when `db_path` holds no index yet: missing, or an empty directory.
bool no_index_yet(const std::string& db_path) {
  std::error_code ec;
  fs::file_status status = fs::status(db_path, ec);
  if (!fs::exists(status)) return true;
  return fs::is_directory(status) && fs::is_empty(db_path, ec) && !ec;
}

// Xapian buffers each term's new postings in a std::map keyed by document
// id until it flushes them (every XAPIAN_FLUSH_THRESHOLD documents, 10,000
// by default); finding an id in those maps was 18% of indexing time. Flushing
// every 250 documents keeps the maps shallow: 26% less CPU and 52 MB peak
// RSS instead of 135 MB on a 10 MB corpus. A value in the environment wins.
void set_flush_threshold() { setenv("XAPIAN_FLUSH_THRESHOLD", "250", /*overwrite=*/0); }

Xapian::WritableDatabase open_writable(const std::string& db_path) {
  set_flush_threshold();
  if (foreign_folder(db_path))
    throw InputError("--db " + db_path + " is a folder of other files, not a crossboard index: "
                     "give a new or empty folder, or an index");
  try {
    if (no_index_yet(db_path)) create_index(db_path);
    Xapian::WritableDatabase db(db_path, Xapian::DB_CREATE_OR_OPEN);
    check_format(db, db_path, "writes", "re-index into a new --db (or delete " + db_path + " and index again)");
    if (db.get_metadata(std::string(metadata::kFormatKey)).empty()) {
      db.set_metadata(std::string(metadata::kFormatKey), std::string(metadata::kFormatVersion));
      db.commit();
    }
    return db;
  } catch (const Xapian::Error& e) {
    rethrow_as_environment(db_path, e);
  }
}

bool is_minutes_file(const fs::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return std::find(std::begin(kMinutesExtensions), std::end(kMinutesExtensions), ext) !=
         std::end(kMinutesExtensions);
}

bool hidden(const fs::path& path) {
  std::string name = path.filename().string();
  return !name.empty() && name[0] == '.';
}

// Hex SHA-256 of the file's bytes; empty when it cannot be read (extract says why).
std::string file_sha256(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return "";
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return corpus::sha256_hex(buffer.str());
}

// True when `path` is `root` or lies below it (both absolute and normal).
bool under(const fs::path& path, const fs::path& root) {
  auto root_end = std::mismatch(root.begin(), root.end(), path.begin(), path.end()).first;
  return root_end == root.end() || (std::next(root_end) == root.end() && root_end->empty());
}

fs::path absolute_normal(const fs::path& path) {
  std::error_code ec;
  fs::path abs = fs::absolute(path, ec);
  return (ec ? path : abs).lexically_normal();
}

// Now, UTC, in ISO 8601 to the second: "2024-05-01T09:30:00Z".
std::string utc_now() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buffer;
}

}  // namespace

namespace {

// What the documents' topic terms depend on, as the index records it.
std::string taxonomy_digest(const corpus::Taxonomy& taxonomy) {
  return corpus::sha256_hex(taxonomy_fingerprint(taxonomy));
}

}  // namespace


std::string file_key(const fs::path& path) {
  std::string key = absolute_normal(path).string();
  if (key.size() > 200) key = "sha256:" + corpus::sha256_hex(key);
  return key;
}

IndexWriter::IndexWriter(const std::string& db_path) : IndexWriter(db_path, utc_now()) {}

IndexWriter::IndexWriter(const std::string& db_path, std::string indexed_at)
    : db_(open_writable(db_path)), indexed_at_(std::move(indexed_at)) {}

FileStamp stamp_of(const fs::path& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return {};
  return {static_cast<uintmax_t>(st.st_size),
          int64_t{st.st_mtim.tv_sec} * 1'000'000'000 + st.st_mtim.tv_nsec};
}

IndexedFileRecord IndexWriter::indexed_record(const fs::path& path) const {
  std::string unique = term(prefix::kUnique, "file:" + file_key(path));
  Xapian::PostingIterator it = db_.postlist_begin(unique);
  if (it == db_.postlist_end(unique)) return {};
  std::optional<FileData> data = decode_file(db_.get_document(*it).get_data());
  if (!data) return {};
  IndexedFileRecord record;
  record.sha256 = data->sha256;
  record.stamp.size = data->size;
  record.stamp.mtime_ns = data->mtime_ns;
  return record;
}

PreparedFile prepare_file(const corpus::FileRecord& record, const corpus::Taxonomy& taxonomy,
                          const FileStamp& stamp, const fs::path& path) {
  PreparedFile prepared;
  prepared.key = file_key(path.empty() ? fs::path(record.source.path) : path);
  std::set<std::string> ids;
  for (size_t n = 0; n < record.meetings.size(); ++n) {
    std::string id = meeting_id(record.meetings[n], n);
    // Two meetings of one file with the same id would overwrite each other.
    while (!ids.insert(id).second) id += "-" + std::to_string(n + 1);
    for (Xapian::Document& doc : meeting_documents(record.meetings[n], id, prepared.key, taxonomy))
      prepared.documents.push_back(std::move(doc));
    prepared.counts.meetings++;
    prepared.counts.items += record.meetings[n].items.size();
  }
  Xapian::Document file_doc;
  file_doc.add_boolean_term(term(prefix::kUnique, "file:" + prepared.key));
  file_doc.add_boolean_term(term(prefix::kDocType, "file"));
  file_doc.add_boolean_term(term(prefix::kFile, prepared.key));
  FileData data{record.source.path, record.source.sha256, prepared.counts.meetings, prepared.counts.items, 0, 0};
  if (stamp.known()) {
    data.size = stamp.size;
    data.mtime_ns = stamp.mtime_ns;
  }
  file_doc.set_data(encode_file(data));
  prepared.documents.push_back(std::move(file_doc));
  return prepared;
}

FileWrite IndexWriter::write_file(const corpus::FileRecord& record, const corpus::Taxonomy& taxonomy) {
  return write_prepared(prepare_file(record, taxonomy));
}

FileWrite IndexWriter::write_prepared(PreparedFile prepared) {
  return atomically(db_, [&] { return write_documents(prepared); });
}

FileWrite IndexWriter::write_documents(PreparedFile& prepared) {
  FileWrite result = prepared.counts;
  result.replaced = remove_documents(prepared.key);
  // The last document is the file record, which carries no indexed-at time.
  for (size_t n = 0; n < prepared.documents.size(); ++n) {
    if (n + 1 < prepared.documents.size()) prepared.documents[n].add_value(slot::kIndexedAt, indexed_at_);
    db_.add_document(prepared.documents[n]);
  }
  dirty_ = true;
  return result;
}

bool IndexWriter::remove_file_key(const std::string& key) {
  return atomically(db_, [&] { return remove_documents(key); });
}

bool IndexWriter::remove_documents(const std::string& key) {
  std::string file_term = term(prefix::kFile, key);
  if (!db_.term_exists(file_term)) return false;
  db_.delete_document(file_term);
  dirty_ = true;
  return true;
}

std::vector<std::pair<std::string, std::string>> IndexWriter::indexed_files() const {
  std::vector<std::pair<std::string, std::string>> files;
  std::string type = term(prefix::kDocType, "file");
  for (auto it = db_.postlist_begin(type); it != db_.postlist_end(type); ++it) {
    Xapian::Document doc = db_.get_document(*it);
    std::optional<FileData> data = decode_file(doc.get_data());
    if (!data) continue;
    // The key is the file's term, not one made again from the stored path:
    // a name that is not UTF-8 is stored escaped for printing.
    std::string key = file_key(data->path);
    Xapian::TermIterator t = doc.termlist_begin();
    t.skip_to(std::string(prefix::kFile));
    if (t != doc.termlist_end() && (*t).starts_with(prefix::kFile)) key = (*t).substr(prefix::kFile.size());
    files.emplace_back(key, data->path);
  }
  return files;
}

void IndexWriter::write_synonyms(const corpus::Taxonomy& taxonomy) {
  auto pairs = synonym_pairs(taxonomy);
  std::string digest_input;
  for (const auto& [key, value] : pairs) digest_input += key + '\t' + value + '\n';
  std::string digest = corpus::sha256_hex(digest_input);
  if (db_.get_metadata(std::string(metadata::kSynonymsKey)) == digest) return;
  std::vector<std::string> old_keys;
  for (auto it = db_.synonym_keys_begin(); it != db_.synonym_keys_end(); ++it) old_keys.push_back(*it);
  for (const std::string& key : old_keys) db_.clear_synonyms(key);
  for (const auto& [key, value] : pairs) db_.add_synonym(key, value);
  db_.set_metadata(std::string(metadata::kSynonymsKey), digest);
  dirty_ = true;
}

std::string IndexWriter::aliases_record() const {
  return db_.get_metadata(std::string(metadata::kAliasesKey));
}

void IndexWriter::set_aliases_record(const std::string& record) {
  if (aliases_record() == record) return;
  db_.set_metadata(std::string(metadata::kAliasesKey), record);
  dirty_ = true;
}

std::string IndexWriter::topics_record() const {
  return db_.get_metadata(std::string(metadata::kTopicsKey));
}

void IndexWriter::set_topics_record(const std::string& record, const std::string& taxonomy_text) {
  if (topics_record() == record && db_.get_metadata(std::string(metadata::kTaxonomyKey)) == taxonomy_text) return;
  db_.set_metadata(std::string(metadata::kTopicsKey), record);
  db_.set_metadata(std::string(metadata::kTaxonomyKey), taxonomy_text);  // empty: the key goes
  dirty_ = true;
}

void IndexWriter::commit() {
  if (!dirty_) return;
  try {
    db_.commit();
  } catch (const Xapian::Error& e) {
    throw EnvironmentError(std::string("cannot commit the index: ") + e.get_type() + ": " + e.get_msg());
  }
  dirty_ = false;
}

std::vector<fs::path> walk_paths(const std::vector<std::string>& paths, std::vector<SkippedFile>& missing) {
  std::vector<fs::path> files;
  for (const std::string& given : paths) {
    std::error_code ec;
    fs::file_status status = fs::status(given, ec);
    if (ec || !fs::exists(status)) {
      missing.push_back({given, "no such file or directory"});
      continue;
    }
    if (!fs::is_directory(status)) {
      files.emplace_back(given);
      continue;
    }
    std::vector<fs::path> found;
    fs::recursive_directory_iterator it(given, fs::directory_options::skip_permission_denied, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
      std::error_code entry_ec;
      if (hidden(it->path())) {
        if (it->is_directory(entry_ec)) it.disable_recursion_pending();
        continue;
      }
      bool regular = it->is_regular_file(entry_ec);
      if (entry_ec && is_minutes_file(it->path())) {
        // A symbolic link that leads nowhere: a loop or a missing target.
        missing.push_back({it->path().string(), "broken symbolic link: " + entry_ec.message()});
      } else if (regular && is_minutes_file(it->path())) {
        found.push_back(it->path());
      }
    }
    if (ec) missing.push_back({given, "cannot walk: " + ec.message()});
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

namespace {

// Removes indexed files that lie under the given paths but were not found there now.
size_t prune_missing(IndexWriter& writer, const std::vector<std::string>& roots,
                     const std::set<std::string>& seen_keys) {
  std::vector<fs::path> abs_roots;
  for (const std::string& r : roots) abs_roots.push_back(absolute_normal(r));
  size_t removed = 0;
  for (const auto& [key, path] : writer.indexed_files()) {
    if (seen_keys.count(key)) continue;
    fs::path abs = absolute_normal(path);
    bool in_scope = std::any_of(abs_roots.begin(), abs_roots.end(),
                                [&](const fs::path& root) { return under(abs, root); });
    if (in_scope && writer.remove_file_key(key)) removed++;
  }
  return removed;
}

}  // namespace

namespace {

// What a worker made of one file: unchanged, skipped (error) or documents to write.
struct FileOutcome {
  bool unchanged = false;
  std::string error;
  PreparedFile prepared;
};

// Runs `work` on files 0..n-1 in worker threads, at most `window` files ahead
// of the consumer, and hands the outcomes back in file order: the index gets
// the same documents in the same order whatever the thread count.
class FilePipeline {
 public:
  FilePipeline(size_t n, size_t threads, std::function<FileOutcome(size_t)> work)
      : work_(std::move(work)), slots_(n), window_(std::max<size_t>(2, threads * 4)) {
    for (size_t t = 0; t < threads; ++t) workers_.emplace_back([this] { run(); });
  }
  ~FilePipeline() {
    {
      std::lock_guard lock(mutex_);
      stop_ = true;
    }
    changed_.notify_all();
    for (std::thread& w : workers_) w.join();
  }

  // The outcome of file i; called for i = 0, 1, 2, ... in turn.
  FileOutcome take(size_t i) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return slots_[i].done; });
    consumed_ = i + 1;
    changed_.notify_all();
    Slot slot = std::move(slots_[i]);
    slots_[i] = Slot{};
    if (slot.failure) std::rethrow_exception(slot.failure);
    return std::move(slot.outcome);
  }

 private:
  struct Slot {
    bool done = false;
    FileOutcome outcome;
    std::exception_ptr failure;
  };

  void run() {
    for (;;) {
      size_t i;
      {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return stop_ || next_ >= slots_.size() || next_ < consumed_ + window_; });
        if (stop_ || next_ >= slots_.size()) return;
        i = next_++;
      }
      Slot slot;
      try {
        slot.outcome = work_(i);
      } catch (...) {
        slot.failure = std::current_exception();
      }
      slot.done = true;
      {
        std::lock_guard lock(mutex_);
        slots_[i] = std::move(slot);
      }
      changed_.notify_all();
    }
  }

  std::function<FileOutcome(size_t)> work_;
  std::vector<Slot> slots_;
  size_t window_;
  size_t next_ = 0;
  size_t consumed_ = 0;
  bool stop_ = false;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<std::thread> workers_;
};

// The threads a run may use: $CROSSBOARD_INDEX_THREADS, else options.threads,
// else the cores (then `automatic` is set).
size_t index_threads(const IndexOptions& options, bool& automatic) {
  automatic = false;
  if (const char* env = std::getenv("CROSSBOARD_INDEX_THREADS"); env && *env) {
    long n = std::strtol(env, nullptr, 10);
    if (n >= 1) return static_cast<size_t>(n);
  }
  if (options.threads > 0) return options.threads;
  automatic = true;
  return std::max(1u, std::thread::hardware_concurrency());
}

// Says when the files, bytes or documents written since the last commit call for one.
class CommitCadence {
 public:
  explicit CommitCadence(const IndexOptions& options) : options_(options) {}
  void wrote(uintmax_t bytes, size_t documents) {
    files_++;
    bytes_ += bytes;
    documents_ += documents;
  }
  bool due() const {
    return files_ >= options_.commit_every_files || bytes_ >= options_.commit_every_bytes ||
           documents_ >= options_.commit_every_documents;
  }
  void reset() { files_ = 0, bytes_ = 0, documents_ = 0; }

 private:
  const IndexOptions& options_;
  size_t files_ = 0;
  uintmax_t bytes_ = 0;
  size_t documents_ = 0;
};

// What a lane did with one file of its block; the main thread tallies it.
struct LaneFile {
  bool unchanged = false;
  bool written = false;
  std::string error;
  FileWrite write;
};

// A block of files [begin, end) written into a shard of its own (when any file had documents).
struct LaneBlock {
  size_t begin = 0, end = 0;
  fs::path shard;  // empty when nothing was written
  std::vector<LaneFile> files;
};

// The lanes of a new index beside the main thread's: each takes blocks of
// files from the end of the walk while the main thread takes files from its
// start, one at a time, until they meet (see run_index in the header).
class BackLanes {
 public:
  BackLanes(size_t lanes, const std::vector<uintmax_t>& sizes, fs::path workdir, std::string indexed_at,
            std::function<FileOutcome(size_t)> examine, const std::atomic<bool>* stop)
      : sizes_(sizes),
        workdir_(std::move(workdir)),
        indexed_at_(std::move(indexed_at)),
        examine_(std::move(examine)),
        stop_(stop),
        back_end_(sizes.size()),
        lanes_(lanes + 1) {
    before_.push_back(0);
    for (uintmax_t size : sizes) before_.push_back(before_.back() + size);
    // Blocks of about 1/32 of the walk: the lanes end within one small block of each other.
    block_bytes_ = std::clamp<uintmax_t>(before_.back() / 32, 256u << 10, 16u << 20);
    for (size_t t = 0; t < lanes; ++t) threads_.emplace_back([this] { run(); });
  }
  // Abandons what the lanes are writing when the main thread fails.
  ~BackLanes() {
    abandoned_ = true;
    for (std::thread& t : threads_)
      if (t.joinable()) t.join();
  }

  // True when file i (the one after the last claimed) is the main thread's to write.
  bool claim_front(size_t i) {
    std::lock_guard lock(mutex_);
    if (failed_ || i >= back_end_) return false;
    front_next_ = i + 1;
    return true;
  }

  // Files the lanes have dealt with so far, and their bytes.
  size_t files_done() const { return files_done_.load(); }
  uintmax_t bytes_done() const { return bytes_done_.load(); }

  // Waits for the lanes; rethrows the first failure of one.
  void join() {
    for (std::thread& t : threads_)
      if (t.joinable()) t.join();
    if (failure_) std::rethrow_exception(std::exchange(failure_, nullptr));
  }

  // The blocks written, in walk order; call after join().
  std::vector<LaneBlock> blocks() {
    std::sort(blocks_.begin(), blocks_.end(),
              [](const LaneBlock& a, const LaneBlock& b) { return a.begin < b.begin; });
    return std::move(blocks_);
  }

 private:
  bool stopping() const { return abandoned_ || (stop_ && stop_->load()); }

  // The next block from the end, or false when the lanes have met.
  bool claim_back(size_t& begin, size_t& end) {
    std::lock_guard lock(mutex_);
    if (failed_ || back_end_ <= front_next_) return false;
    // Near the meeting point blocks shrink, so no lane is left with much to do alone.
    uintmax_t gap = before_[back_end_] - before_[front_next_];
    uintmax_t want = std::max<uintmax_t>(1, std::min(block_bytes_, gap / lanes_));
    end = back_end_;
    begin = end - 1;
    while (begin > front_next_ && before_[end] - before_[begin] < want) --begin;
    back_end_ = begin;
    return true;
  }

  void run() {
    try {
      size_t begin, end;
      while (!stopping() && claim_back(begin, end)) write_block(begin, end);
    } catch (...) {
      std::lock_guard lock(mutex_);
      if (!failure_) failure_ = std::current_exception();
      failed_ = true;
    }
  }

  void write_block(size_t begin, size_t end) {
    LaneBlock block;
    block.begin = begin;
    block.end = end;
    std::unique_ptr<IndexWriter> shard;
    for (size_t i = begin; i < end; ++i) {
      if (stopping()) return;  // an interrupted run keeps the main thread's files only
      FileOutcome outcome = examine_(i);
      LaneFile& file = block.files.emplace_back();
      file.unchanged = outcome.unchanged;
      file.error = std::move(outcome.error);
      if (!file.unchanged && file.error.empty()) {
        if (!shard) {
          block.shard = workdir_ / ("shard-" + std::to_string(begin));
          shard = std::make_unique<IndexWriter>(block.shard.string(), indexed_at_);
        }
        file.write = shard->write_prepared(std::move(outcome.prepared));
        file.written = true;
      }
      files_done_++;
      bytes_done_ += sizes_[i];
    }
    if (shard) shard->commit();
    std::lock_guard lock(mutex_);
    blocks_.push_back(std::move(block));
  }

  const std::vector<uintmax_t>& sizes_;
  std::vector<uintmax_t> before_;  // before_[i]: bytes of files 0..i-1
  fs::path workdir_;
  std::string indexed_at_;
  std::function<FileOutcome(size_t)> examine_;
  const std::atomic<bool>* stop_;
  uintmax_t block_bytes_ = 0;
  std::mutex mutex_;
  size_t front_next_ = 0;
  size_t back_end_;
  size_t lanes_;  // the main thread's included
  bool failed_ = false;
  std::exception_ptr failure_;
  std::vector<LaneBlock> blocks_;
  std::atomic<bool> abandoned_{false};
  std::atomic<size_t> files_done_{0};
  std::atomic<uintmax_t> bytes_done_{0};
  std::vector<std::thread> threads_;
};

// Compacts the committed index at `db` and then `shards`, in that order, into
// a new database that takes `db`'s place in one atomic exchange of names; the
// old one is left in `workdir`. Document ids follow the order of the inputs.
void merge_shards(const fs::path& db, const std::vector<fs::path>& shards, const fs::path& workdir) {
  fs::path merged = workdir / "merged";
  try {
    Xapian::Database all(db.string());
    for (const fs::path& shard : shards) all.add_database(Xapian::Database(shard.string()));
    all.compact(merged.string());
  } catch (const Xapian::Error& e) {
    throw EnvironmentError("cannot merge the index shards into " + db.string() + ": " + e.get_type() + ": " +
                           e.get_msg());
  }
  if (renameat2(AT_FDCWD, merged.c_str(), AT_FDCWD, db.c_str(), RENAME_EXCHANGE) == 0) return;
  // A file system without RENAME_EXCHANGE: two renames, with a moment between them without an index.
  std::error_code ec;
  fs::rename(db, workdir / "old", ec);
  if (!ec) fs::rename(merged, db, ec);
  if (ec) throw EnvironmentError("cannot move the merged index into " + db.string() + ": " + ec.message());
}

// True when no two of `keys` are the same (a file named twice is written twice by one lane).
bool all_different(std::vector<std::string> keys) {
  std::sort(keys.begin(), keys.end());
  return std::adjacent_find(keys.begin(), keys.end()) == keys.end();
}

// Files younger than this get no stamp: a change in the same clock tick as
// the read, with the same size, would otherwise go unseen.
constexpr int64_t kStampSettleNs = int64_t{2} * 1'000'000'000;

int64_t now_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace

IndexSummary run_index(const IndexOptions& options, const corpus::Annotator& annotator,
                       const ProgressCallback& progress) {
  auto start = std::chrono::steady_clock::now();
  IndexSummary summary;
  std::vector<fs::path> files = walk_paths(options.paths, summary.skipped);
  IndexProgress state;
  state.files_total = files.size();
  std::vector<uintmax_t> sizes;
  for (const fs::path& f : files) {
    std::error_code ec;
    uintmax_t size = fs::file_size(f, ec);
    sizes.push_back(ec ? 0 : size);
    state.bytes_total += sizes.back();
  }
  summary.files = files.size();
  fs::path db = db_dir(default_db_path(options.db_path));
  // Also removes what a killed run of several lanes left beside the index.
  fs::path workdir = sibling_workdir(db, ".build-");
  auto writer = std::make_unique<IndexWriter>(db.string());
  corpus::Taxonomy custom;
  std::string taxonomy_text;  // kept in the index, so queries read the same topics
  if (!options.topics_file.empty()) {
    custom = corpus::Taxonomy::from_file(options.topics_file);
    std::ifstream in(options.topics_file, std::ios::binary);
    taxonomy_text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  const corpus::Taxonomy& taxonomy = options.topics_file.empty() ? corpus::Taxonomy::builtin() : custom;
  writer->write_synonyms(taxonomy);
  const corpus::PersonAliases& aliases = annotator.aliases();
  const corpus::BoardNames& boards = annotator.boards();
  // The boards file rides in the same record: board ids follow it as person ids follow the aliases.
  std::string aliases_record = encode_aliases({aliases.label(), aliases.text(), boards.label(), boards.text()});
  // Person ids follow the aliases file, topic and name-group terms the
  // taxonomy: another file of either means every file is read again.
  std::string topics_record = taxonomy_digest(taxonomy);
  bool reread_all = writer->aliases_record() != aliases_record ||
                    (writer->document_count() > 0 && writer->topics_record() != topics_record);
  // Every document of a new index follows this taxonomy, even if the run is
  // interrupted; an existing one is recorded only once every file is re-read.
  if (writer->document_count() == 0) writer->set_topics_record(topics_record, taxonomy_text);
  // What the index holds for each file, looked up here: workers never touch the database.
  std::vector<std::string> keys;
  std::vector<IndexedFileRecord> stored;
  for (const fs::path& path : files) {
    keys.push_back(file_key(path));
    stored.push_back(reread_all ? IndexedFileRecord{} : writer->indexed_record(path));
  }
  auto examine = [&](size_t i) {
    FileOutcome outcome;
    if (sizes[i] > options.max_file_bytes) {
      // Refused unread: memory grows with a file.
      outcome.error = corpus::too_large_message(sizes[i], options.max_file_bytes);
      return outcome;
    }
    FileStamp stamp = stamp_of(files[i]);
    if (!stored[i].sha256.empty() && ((stored[i].stamp.known() && stored[i].stamp == stamp) ||
                                      stored[i].sha256 == file_sha256(files[i]))) {
      outcome.unchanged = true;
      return outcome;
    }
    if (now_ns() - stamp.mtime_ns < kStampSettleNs) stamp = {};
    corpus::FileRecord record = corpus::extract_file(files[i], &annotator, {options.max_file_bytes, options.pdf_seconds});
    if (!record.ok())
      outcome.error = record.error;
    else
      outcome.prepared = prepare_file(record, taxonomy, stamp, files[i]);
    return outcome;
  };

  std::set<std::string> seen_keys;
  CommitCadence cadence(options);
  const BackLanes* running_lanes = nullptr;  // their files count in the progress shown
  // Deals with file i's outcome in the index itself, in walk order.
  auto handle = [&](size_t i, FileOutcome outcome) {
    seen_keys.insert(keys[i]);
    const SkippedFile* skipped = nullptr;
    if (outcome.unchanged) {
      summary.unchanged++;
    } else if (!outcome.error.empty()) {
      if (writer->remove_file_key(keys[i])) summary.removed++;
      summary.skipped.push_back({files[i].string(), outcome.error});
      skipped = &summary.skipped.back();
    } else {
      size_t documents = outcome.prepared.documents.size();
      FileWrite write = writer->write_prepared(std::move(outcome.prepared));
      (write.replaced ? summary.replaced : summary.added)++;
      summary.meetings += write.meetings;
      summary.items += write.items;
      cadence.wrote(sizes[i], documents);
    }
    if (cadence.due()) {
      summary.wrote = true;
      writer->commit();
      cadence.reset();
    }
    state.files_done++;
    state.bytes_done += sizes[i];
    if (!progress) return;
    IndexProgress shown = state;
    if (running_lanes) {
      shown.files_done += running_lanes->files_done();
      shown.bytes_done += running_lanes->bytes_done();
    }
    progress(shown, skipped);
  };
  auto stopping = [&] { return options.stop && options.stop->load(); };

  bool automatic = false;
  size_t threads = index_threads(options, automatic);
  // Left to itself, a run of 8 MB or more into a new index takes lanes from 2
  // cores: on 2 idle cores one writer with its reader keeps 1.55 cores busy
  // and two lanes 1.8, 12-20% less wall time at 50 MB with the merge counted
  // (bench/RESULTS.md, "Lanes on two cores").
  bool lanes = threads >= 2 && files.size() >= 2 && writer->document_count() == 0 && all_different(keys) &&
               (!automatic || state.bytes_total >= options.lanes_min_bytes);
  std::vector<fs::path> shards;
  if (!lanes) {
    FilePipeline pipeline(files.size(), std::max<size_t>(1, threads - 1), examine);
    for (size_t i = 0; i < files.size(); ++i) {
      if (stopping()) {
        summary.interrupted = true;
        break;
      }
      handle(i, pipeline.take(i));
    }
  } else {
    summary.lanes = threads;
    fs::create_directory(workdir);
    BackLanes back(threads - 1, sizes, workdir, writer->indexed_at(), examine, options.stop);
    running_lanes = &back;
    size_t front = 0;
    for (; back.claim_front(front); ++front) {
      if (stopping()) break;
      handle(front, examine(front));
    }
    back.join();
    running_lanes = nullptr;
    summary.interrupted = stopping();
    if (!summary.interrupted) {
      for (const LaneBlock& block : back.blocks()) {
        if (!block.shard.empty()) shards.push_back(block.shard);
        for (size_t i = block.begin; i < block.end; ++i) {
          const LaneFile& file = block.files[i - block.begin];
          seen_keys.insert(keys[i]);
          state.files_done++;
          state.bytes_done += sizes[i];
          if (file.unchanged) {
            summary.unchanged++;
          } else if (!file.error.empty()) {
            if (writer->remove_file_key(keys[i])) summary.removed++;
            summary.skipped.push_back({files[i].string(), file.error});
            if (progress) progress(state, &summary.skipped.back());
          } else {
            (file.write.replaced ? summary.replaced : summary.added)++;
            summary.meetings += file.write.meetings;
            summary.items += file.write.items;
          }
        }
      }
      if (progress) progress(state, nullptr);
    }
  }
  // An interrupted walk has not seen every file, so it cannot tell which are
  // gone, nor has it re-read every file under a changed aliases file.
  if (!summary.interrupted) {
    if (options.prune) summary.removed += prune_missing(*writer, options.paths, seen_keys);
    writer->set_aliases_record(aliases_record);
    writer->set_topics_record(topics_record, taxonomy_text);
  }
  summary.wrote = summary.wrote || writer->dirty() || !shards.empty();
  writer->commit();
  if (!shards.empty()) merge_shards(db, shards, workdir);
  writer.reset();
  std::error_code ec;
  fs::remove_all(workdir, ec);
  summary.done = state.files_done;
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return summary;
}

}  // namespace crossboard::indexer
