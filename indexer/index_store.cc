// default_db_path, check_format, open_for_read, synonym_pairs, index_taxonomy.
#include "indexer/index_store.h"

#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <set>
#include <thread>

#include "indexer/term_prefixes.h"

namespace crossboard::indexer {

namespace {

// Opens of an index directory retried while a run swaps a merged index in.
// A run swaps once, so a retry almost always succeeds; the margin is for a
// slow open (a sanitizer build, a loaded machine) under a test's swap loop.
constexpr int kOpenAttempts = 50;

// An index run of several lanes ends by swapping its merged index into place
// (indexer/index_writer.cc, RENAME_EXCHANGE). A shard opened at that instant
// could pair one index's version file with the other's tables: Xapian then
// reports corruption, or worse reads wrong counts without a word. So a local
// index directory must be the same directory (inode) after the open as
// before it, or it is opened again; the files it holds open stay one index.
std::pair<unsigned long long, unsigned long long> directory_identity(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) return {0, 0};
  return {static_cast<unsigned long long>(st.st_dev), static_cast<unsigned long long>(st.st_ino)};
}

Xapian::Database open_shard(const std::string& path, std::pair<unsigned long long, unsigned long long>& opened) {
  for (int n = 1;; ++n) {
    try {
      auto before = directory_identity(path);
      Xapian::Database db(path);
      if (before == directory_identity(path)) {
        opened = before;
        return db;
      }
      if (n == kOpenAttempts) throw EnvironmentError("index " + path + " was replaced while being opened");
    } catch (const Xapian::DatabaseCorruptError&) {
      if (n == kOpenAttempts) throw;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10 * n));
  }
}

}  // namespace

std::string default_db_path(const std::string& explicit_path) {
  if (!explicit_path.empty()) return explicit_path;
  if (const char* env = std::getenv("CROSSBOARD_DB"); env && *env) return env;
  return "crossboard-index";
}

void check_format(const Xapian::Database& db, const std::string& path, const std::string& doing,
                  const std::string& fix) {
  std::string format = db.get_metadata(std::string(metadata::kFormatKey));
  if (format == metadata::kFormatVersion || (format.empty() && db.get_doccount() == 0)) return;
  throw EnvironmentError("index " + path + " has format '" + format + "', this crossboard " + doing + " '" +
                         std::string(metadata::kFormatVersion) + "': " + fix);
}

IndexIdentity index_identity(const std::vector<std::string>& paths) {
  IndexIdentity identity;
  for (const std::string& path : paths) identity.push_back(directory_identity(path));
  return identity;
}

Xapian::Database open_for_read(const std::vector<std::string>& paths, IndexIdentity* identity) {
  Xapian::Database db;
  if (identity) identity->clear();
  for (const std::string& path : paths) {
    try {
      std::pair<unsigned long long, unsigned long long> opened;
      Xapian::Database shard = open_shard(path, opened);
      if (identity) identity->push_back(opened);
      if (shard.get_doccount() > 0) check_format(shard, path, "reads", "re-index it");
      db.add_database(shard);
    } catch (const Xapian::DatabaseOpeningError&) {
      throw EnvironmentError("no index at " + path + " (run 'crossboard index PATH --db " + path + "' first)");
    } catch (const Xapian::Error& e) {
      throw EnvironmentError("cannot open index " + path + ": " + e.get_msg());
    }
  }
  return db;
}

std::vector<std::pair<std::string, std::string>> synonym_pairs(const corpus::Taxonomy& taxonomy) {
  auto lower = [](std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
  };
  std::vector<std::pair<std::string, std::string>> pairs;
  for (const corpus::Topic& topic : taxonomy.topics()) {
    std::set<std::string> words;
    for (const std::string& w : topic.word_acronyms) words.insert(lower(w));
    std::set<std::string> names;
    for (const auto* list : {&topic.acronyms, &topic.synonyms})
      for (const std::string& name : *list)
        if (!words.count(lower(name))) names.insert(lower(name));
    if (!words.count(lower(topic.label))) names.insert(lower(topic.label));
    for (const std::string& key : names)
      for (const std::string& value : names)
        if (key != value) pairs.emplace_back(key, value);
  }
  std::sort(pairs.begin(), pairs.end());
  return pairs;
}

std::shared_ptr<const corpus::Taxonomy> index_taxonomy(const Xapian::Database& db) {
  std::string text = db.get_metadata(std::string(metadata::kTaxonomyKey));
  if (text.empty()) return {std::shared_ptr<const corpus::Taxonomy>(), &corpus::Taxonomy::builtin()};
  try {
    return std::make_shared<const corpus::Taxonomy>(corpus::Taxonomy::from_string(text, "the index's topics"));
  } catch (const std::runtime_error& e) {
    throw EnvironmentError(std::string("the index's topics cannot be read (") + e.what() + "): re-index it");
  }
}

}  // namespace crossboard::indexer
