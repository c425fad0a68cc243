// The crossboard index as readers and the writer open it: the default path,
// the one format check, the topics it was built with, and the error types.
// Readers (query/, analysis/, cli/) include this and indexer/records.h,
// never indexer/index_writer.h.
#pragma once

#include <xapian.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "base/errors.h"
#include "corpus/topics.h"

namespace crossboard::indexer {

// The error vocabulary is the bottom layer's (base/errors.h); these names stay
// for the code that spells them indexer::EnvironmentError.
using crossboard::EnvironmentError;
using crossboard::LockedError;

// The database path: `explicit_path` if set, else $CROSSBOARD_DB, else ./crossboard-index.
std::string default_db_path(const std::string& explicit_path = "");

// Throws EnvironmentError ("re-index it") unless `db`, opened from `path`, is
// of the format this build reads; an empty index has no format yet. `doing`
// is what the message says the caller wanted ("reads", "writes") and `fix`
// how the user gets on.
void check_format(const Xapian::Database& db, const std::string& path, const std::string& doing,
                  const std::string& fix);

// Which directory each path named when it was opened: (device, inode) of a
// local index directory, (0, 0) for a stub file, a remote shard or a missing
// path. A lanes run swaps its merged index in under the same name, so a
// reader whose identity no longer matches the paths is reading the old one.
using IndexIdentity = std::vector<std::pair<unsigned long long, unsigned long long>>;
IndexIdentity index_identity(const std::vector<std::string>& paths);

// One index or several (shards, stub database files) opened as one for
// reading. Throws EnvironmentError naming the path that cannot be opened.
// With `identity`, also says which directories were opened (above).
Xapian::Database open_for_read(const std::vector<std::string>& paths, IndexIdentity* identity = nullptr);

// The synonym pairs the index holds for a taxonomy, sorted: every name of a
// topic (lower case) → every other name. Acronyms that are ordinary words
// ("SEND") are left out: "send" is the verb.
std::vector<std::pair<std::string, std::string>> synonym_pairs(const corpus::Taxonomy& taxonomy);

// The taxonomy the index's topic terms follow: the --topics file it was built
// with (kept in the index, metadata::kTaxonomyKey), else the built-in one. A
// query reads topic names, acronyms and word acronyms from it, so an index
// built with --topics FILE is queried with FILE's names.
std::shared_ptr<const corpus::Taxonomy> index_taxonomy(const Xapian::Database& db);

}  // namespace crossboard::indexer
