// The bodies of the fuzz targets, shared with tests/fuzz_regressions_test.cc so every crash replays as a test.
#pragma once

#include <stdlib.h>

#include <cstddef>
#include <cstdlib>
#include <filesystem>
#include <cstdint>
#include <string>
#include <string_view>

#include <xapian.h>

#include "corpus/annotate.h"
#include "corpus/meeting.h"
#include "corpus/minutes_parser.h"
#include "corpus/text.h"
#include "corpus/user_file.h"
#include "indexer/term_prefixes.h"
#include "query/query_parser.h"

namespace crossboard::fuzz {

// What read_file passes to the parser as it is: UTF-8 text without NUL bytes.
inline bool readable_text(std::string_view s) {
  return s.find('\0') == std::string_view::npos && corpus::first_invalid_utf8(s) == std::string_view::npos;
}

// The text path of `extract` and `index`: normalise, parse, annotate.
inline void minutes_parser(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (!readable_text(bytes)) return;
  static const corpus::Annotator annotator;
  corpus::Source source;
  source.path = "fuzz.txt";
  source.format = "text";
  for (corpus::Meeting& meeting : corpus::parse_minutes(corpus::normalise_text(bytes), source))
    annotator.annotate(meeting);
}

// A small index with the shapes the query parser looks up: synonyms,
// single- and multi-word; board, person and status terms.
inline Xapian::Database query_fuzz_database() {
  namespace prefix = indexer::prefix;
  // On disk: the in-memory backend has no synonyms. Removed at exit (the
  // name is a plain array, so it outlives every static destructor).
  static char dir[] = "/tmp/crossboard-fuzz-XXXXXX";
  static bool made = [] {
    if (!mkdtemp(dir)) return false;
    std::atexit([] { std::filesystem::remove_all(dir); });
    return true;
  }();
  if (!made) std::abort();
  Xapian::WritableDatabase db(std::string(dir) + "/db", Xapian::DB_CREATE_OR_OVERWRITE);
  Xapian::Document doc;
  for (std::string_view term : {"safeguarding", "child", "sexual", "exploitation", "cse"}) doc.add_term(std::string(term));
  doc.add_term(std::string(prefix::kDocType) + "item");
  doc.add_term(std::string(prefix::kBoard) + "halton-childrens-trust-executive-group");
  doc.add_term(std::string(prefix::kPerson) + "gerald-meehan");
  doc.add_term(std::string(prefix::kStatus) + "apologies:gerald-meehan");
  doc.add_term(std::string(prefix::kTopic) + "cse");
  doc.add_value(indexer::slot::kDate, "2016-11-21");
  db.add_document(doc);
  db.add_synonym("cse", "child sexual exploitation");
  db.add_synonym("child sexual exploitation", "cse");
  db.add_synonym("lac", "looked after children");
  db.commit();
  return db;
}

// The query path of `search`: parse, then run the query. A QueryError is
// the parser doing its job; anything else escaping is a bug.
inline void query_parser(const uint8_t* data, size_t size) {
  static const Xapian::Database db = query_fuzz_database();
  std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    query::ParsedQuery parsed = query::parse_query(text, db);
    Xapian::Enquire enquire(db);
    enquire.set_query(parsed.query);
    enquire.get_mset(0, 10);
  } catch (const query::QueryError&) {
  }
}

}  // namespace crossboard::fuzz
