// encode_* and decode_*: the stored field names, written and read in one place.
#include "indexer/records.h"

namespace crossboard::indexer {

namespace {

using nlohmann::json;

// `fields[key]` when it holds a T, else `fallback`: data from another
// version or damaged data never throws.
template <typename T>
T get(const json& fields, const char* key, T fallback = T{}) {
  auto it = fields.find(key);
  if (it == fields.end()) return fallback;
  try {
    return it->get<T>();
  } catch (const json::exception&) {
    return fallback;
  }
}

const json& member(const json& fields, const char* key) {
  static const json kNull;
  auto it = fields.find(key);
  return it == fields.end() ? kNull : *it;
}

}  // namespace

std::string encode_passage(const PassageRecord& r, const std::string& text) {
  const Citation& c = r.citation;
  json data{{"type", r.type},
            {"meeting", c.meeting_id},
            {"board", c.board},
            {"board_id", c.board_id},
            {"area", c.area},
            {"date", c.date},
            {"kind", c.kind},
            {"item_number", c.item_number},
            {"item_title", c.item_title},
            {"source", {{"path", c.source_path},
                        {"first_line", c.first_line},
                        {"last_line", c.last_line},
                        {"page", c.page}}},
            {"text", text}};
  if (r.type == "item") {
    json actions = json::array();
    for (const ActionRecord& a : r.actions)
      actions.push_back({{"text", a.text}, {"owners", a.owners}, {"owner_ids", a.owner_ids},
                         {"due", a.due}, {"line", a.line}});
    json decisions = json::array();
    for (const DecisionRecord& d : r.decisions) decisions.push_back({{"text", d.text}, {"line", d.line}});
    data["actions"] = std::move(actions);
    data["decisions"] = std::move(decisions);
  } else {
    json attendance = json::array();
    for (const AttendeeRecord& a : r.attendance) {
      json entry = {{"name", a.name}, {"person_id", a.person_id}, {"role", a.role},
                    {"organisation", a.organisation}, {"status", a.status}, {"line", a.line}};
      if (a.chair) entry["chair"] = true;
      if (!a.deputy_for.empty()) entry["deputy_for"] = a.deputy_for;
      if (!a.organisation_as_written.empty()) entry["organisation_as_written"] = a.organisation_as_written;
      if (!a.alias.empty()) entry["alias"] = a.alias;
      attendance.push_back(std::move(entry));
    }
    data["attendance"] = std::move(attendance);
  }
  return data.dump();
}

std::string decode_type(const json& fields) {
  return fields.is_object() ? get<std::string>(fields, "type") : "";
}

Citation decode_citation(const json& fields) {
  Citation c;
  if (!fields.is_object()) return c;
  c.meeting_id = get<std::string>(fields, "meeting");
  c.board = get<std::string>(fields, "board");
  c.board_id = get<std::string>(fields, "board_id");
  c.area = get<std::string>(fields, "area");
  c.date = get<std::string>(fields, "date");
  c.kind = get<std::string>(fields, "kind");
  c.item_number = get<std::string>(fields, "item_number");
  c.item_title = get<std::string>(fields, "item_title");
  if (const json& source = member(fields, "source"); source.is_object()) {
    c.source_path = get<std::string>(source, "path");
    c.first_line = get<int>(source, "first_line");
    c.last_line = get<int>(source, "last_line");
    c.page = get<int>(source, "page");
  }
  return c;
}

std::vector<ActionRecord> decode_actions(const json& fields) {
  std::vector<ActionRecord> out;
  if (!fields.is_object()) return out;
  if (const json& list = member(fields, "actions"); list.is_array())
    for (const json& a : list)
      if (a.is_object())
        out.push_back({get<std::string>(a, "text"), get<std::vector<std::string>>(a, "owners"),
                       get<std::vector<std::string>>(a, "owner_ids"), get<std::string>(a, "due"),
                       get<int>(a, "line")});
  return out;
}

std::vector<DecisionRecord> decode_decisions(const json& fields) {
  std::vector<DecisionRecord> out;
  if (!fields.is_object()) return out;
  if (const json& list = member(fields, "decisions"); list.is_array())
    for (const json& d : list)
      if (d.is_object()) out.push_back({get<std::string>(d, "text"), get<int>(d, "line")});
  return out;
}

std::optional<std::vector<AttendeeRecord>> decode_attendance(const json& fields) {
  if (!fields.is_object() || !fields.contains("attendance")) return std::nullopt;
  std::vector<AttendeeRecord> out;
  if (const json& list = member(fields, "attendance"); list.is_array())
    for (const json& a : list) {
      if (!a.is_object()) continue;
      AttendeeRecord r;
      r.name = get<std::string>(a, "name");
      r.person_id = get<std::string>(a, "person_id");
      r.role = get<std::string>(a, "role");
      r.organisation = get<std::string>(a, "organisation");
      r.organisation_as_written = get<std::string>(a, "organisation_as_written");
      r.status = get<std::string>(a, "status");
      r.chair = get<bool>(a, "chair");
      r.deputy_for = get<std::string>(a, "deputy_for");
      r.alias = get<std::string>(a, "alias");
      r.line = get<int>(a, "line");
      out.push_back(std::move(r));
    }
  return out;
}

std::string encode_file(const FileData& f) {
  json data{{"path", f.path}, {"sha256", f.sha256}, {"meetings", f.meetings}, {"items", f.items}};
  if (f.mtime_ns != 0) {
    data["size"] = f.size;
    data["mtime_ns"] = f.mtime_ns;
  }
  return data.dump();
}

std::optional<FileData> decode_file(const std::string& data) {
  json fields = json::parse(data, nullptr, false);
  if (!fields.is_object()) return std::nullopt;
  FileData f;
  f.path = get<std::string>(fields, "path");
  f.sha256 = get<std::string>(fields, "sha256");
  f.meetings = get<size_t>(fields, "meetings");
  f.items = get<size_t>(fields, "items");
  f.size = get<uintmax_t>(fields, "size");
  f.mtime_ns = get<int64_t>(fields, "mtime_ns");
  return f;
}

std::string encode_aliases(const AliasesData& a) {
  json fields = json::object();
  if (!a.file.empty()) fields["file"] = a.file, fields["text"] = a.text;
  if (!a.boards_file.empty()) fields["boards_file"] = a.boards_file, fields["boards_text"] = a.boards_text;
  return fields.empty() ? "" : fields.dump();
}

std::optional<AliasesData> decode_aliases(const std::string& record) {
  if (record.empty()) return std::nullopt;
  json fields = json::parse(record, nullptr, false);
  if (!fields.is_object()) return std::nullopt;
  AliasesData a;
  if (fields.contains("text")) a.file = get<std::string>(fields, "file", "aliases"), a.text = get<std::string>(fields, "text");
  a.boards_file = get<std::string>(fields, "boards_file", "boards");
  a.boards_text = get<std::string>(fields, "boards_text");
  if (!fields.contains("boards_text")) a.boards_file.clear();
  return a;
}

}  // namespace crossboard::indexer
