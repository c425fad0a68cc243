// The JSON form of meetings, with the field names docs/json.md fixes.
#include "corpus/meeting_json.h"

namespace crossboard::corpus {

namespace {

nlohmann::json span_json(const Span& span) {
  nlohmann::json j = {{"first_line", span.first_line}, {"last_line", span.last_line}};
  if (span.page) j["page"] = span.page;
  return j;
}

nlohmann::json attendee_json(const Attendee& a) {
  nlohmann::json j = {{"name", a.name},
                      {"person_id", a.person_id},
                      {"role", a.role},
                      {"organisation", a.organisation},
                      {"status", std::string(to_string(a.status))},
                      {"as_written", a.as_written},
                      {"line", a.line}};
  if (!a.initials.empty()) j["initials"] = a.initials;
  if (!a.title.empty()) j["title"] = a.title;
  if (a.chair) j["chair"] = true;
  if (!a.deputy_for.empty()) j["deputy_for"] = a.deputy_for;
  if (!a.presence.empty()) j["presence"] = a.presence;
  if (!a.organisation_as_written.empty()) j["organisation_as_written"] = a.organisation_as_written;
  if (!a.alias.empty()) j["alias"] = a.alias;
  return j;
}

nlohmann::json item_json(const Item& item) {
  nlohmann::json actions = nlohmann::json::array();
  for (const Action& a : item.actions) {
    nlohmann::json j = {{"text", a.text}, {"owners", a.owners}, {"line", a.line}};
    if (!a.owner_ids.empty()) j["owner_ids"] = a.owner_ids;
    if (!a.unresolved.empty()) j["unresolved_owners"] = a.unresolved;
    if (!a.due.empty()) j["due"] = a.due;
    actions.push_back(std::move(j));
  }
  nlohmann::json decisions = nlohmann::json::array();
  for (const Decision& d : item.decisions) decisions.push_back(d.text);
  return {{"number", item.number},   {"title", item.title},
          {"text", item.text},       {"span", span_json(item.span)},
          {"actions", actions},      {"decisions", decisions},
          {"topics", item.topics},   {"people", item.people},
          {"organisations", item.organisations}};
}

}  // namespace

nlohmann::json to_json(const Meeting& m) {
  nlohmann::json attendance = nlohmann::json::array();
  for (const Attendee& a : m.attendance) attendance.push_back(attendee_json(a));
  nlohmann::json items = nlohmann::json::array();
  nlohmann::json passages = nlohmann::json::array();
  for (const Item& item : m.items) (item.passage ? passages : items).push_back(item_json(item));
  nlohmann::json warnings = nlohmann::json::array();
  for (const Diagnostic& d : m.diagnostics) warnings.push_back({{"line", d.line}, {"message", d.message}});
  return {{"id", m.id},           {"board", m.board},   {"board_id", m.board_id},
          {"area", m.area},       {"date", m.date},     {"time", m.time},
          {"kind", m.kind},       {"venue", m.venue},   {"chair", m.chair},
          {"span", span_json(m.span)}, {"attendance", attendance}, {"items", items},
          {"passages", passages}, {"warnings", warnings}};
}

nlohmann::json to_json(const FileRecord& record) {
  nlohmann::json meetings = nlohmann::json::array();
  for (const Meeting& m : record.meetings) meetings.push_back(to_json(m));
  nlohmann::json j = {{"source", record.source.path},
                      {"sha256", record.source.sha256},
                      {"format", record.source.format},
                      {"meetings", meetings}};
  if (!record.ok()) j["error"] = record.error;
  return j;
}

}  // namespace crossboard::corpus
