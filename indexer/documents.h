// Turning parsed meetings into Xapian documents: one per agenda item, one per meeting.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "corpus/meeting.h"
#include "corpus/topics.h"

namespace crossboard::indexer {

// "2016-11-21" → true iff a real calendar date in ISO form.
bool is_iso_date(std::string_view date);

// The meeting's id, or one made from the file hash and its place in the file
// when the parser gave none, so every meeting has a stable id.
std::string meeting_id(const corpus::Meeting& meeting, size_t index_in_file);

// The documents of one meeting: its meeting document first, then one per item.
// Every document carries the file term `file_key` (prefix::kFile). `taxonomy`
// counts how often each of an item's topics is named (the topic term's wdf).
// Every topic's id, label, acronyms, word acronyms and synonyms, one topic a
// line: what the topic and name-group terms of a document depend on
// (besides the !ignore phrases, which Taxonomy keeps to itself).
std::string taxonomy_fingerprint(const corpus::Taxonomy& taxonomy);

std::vector<Xapian::Document> meeting_documents(
    const corpus::Meeting& meeting, const std::string& id, const std::string& file_key,
    const corpus::Taxonomy& taxonomy = corpus::Taxonomy::builtin());

}  // namespace crossboard::indexer
