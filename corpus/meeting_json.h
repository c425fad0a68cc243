// The `extract --json` contract of docs/json.md: a Meeting as JSON and back.
#pragma once

#include <nlohmann/json.hpp>

#include "corpus/extract.h"
#include "corpus/meeting.h"

namespace crossboard::corpus {

nlohmann::json to_json(const Meeting& meeting);
// {"source": path, "meetings": [...]} plus "error" when the file was skipped.
nlohmann::json to_json(const FileRecord& record);

}  // namespace crossboard::corpus
