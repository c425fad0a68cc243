// Reading a document's display data (indexer/documents.cc) without building a JSON tree of its text.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace crossboard::query {

// A document's data: its JSON members, with the passage text held apart.
struct DocumentData {
  nlohmann::json fields;  // every member but "text"; discarded (not an object) when the data is unreadable
  std::string text;       // the "text" member, decoded; empty when not asked for or absent
};

// Reads `data` as nlohmann::json::parse would, and gives the same answers:
// `fields` is null when the data is not a JSON object (`is_object()` false),
// and `text` is what `parse(data).value("text", "")` is. The text (most of
// an item's data) is decoded straight from the bytes instead of through the
// JSON tree; with `want_text` false it is checked but not copied. With
// `want_text`, throws nlohmann::json::type_error where that `value` call
// would (a text that is not a string).
DocumentData read_document_data(std::string_view data, bool want_text);

}  // namespace crossboard::query
