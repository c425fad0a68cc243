// Printing the data model: status names and the stable text form of a Meeting.
#include "corpus/meeting.h"

#include <sstream>

namespace crossboard::corpus {

std::string_view to_string(AttendanceStatus status) {
  switch (status) {
    case AttendanceStatus::present: return "present";
    case AttendanceStatus::apologies: return "apologies";
    case AttendanceStatus::in_attendance: return "in_attendance";
    case AttendanceStatus::observer: return "observer";
    case AttendanceStatus::deputy: return "deputy";
    case AttendanceStatus::absent: return "absent";
  }
  return "present";
}

namespace {

void join_to(std::ostringstream& out, const std::vector<std::string>& words) {
  for (size_t i = 0; i < words.size(); ++i) out << (i ? ", " : "") << words[i];
}

}  // namespace

std::string Meeting::to_text() const {
  std::ostringstream out;
  out << "board: " << board << " [" << board_id << "]\n"
      << "area: " << area << "\n"
      << "date: " << date << (time.empty() ? "" : " " + time) << "\n"
      << "kind: " << kind << "\n"
      << "venue: " << venue << "\n"
      << "chair: " << chair << "\n"
      << "lines: " << span.first_line << "-" << span.last_line << "\n";
  for (const Attendee& a : attendance) {
    out << "attendee: " << to_string(a.status) << " | " << a.name;
    if (!a.initials.empty()) out << " (" << a.initials << ")";
    if (a.chair) out << " [chair]";
    if (!a.role.empty()) out << " | role: " << a.role;
    if (!a.organisation.empty()) out << " | org: " << a.organisation;
    if (!a.deputy_for.empty()) out << " | for: " << a.deputy_for;
    out << "\n";
  }
  for (const Item& item : items) {
    if (item.passage) out << "passage";
    else out << "item " << item.number << ": " << item.title;
    out << " (lines " << item.span.first_line
        << "-" << item.span.last_line << ")\n";
    for (const Action& action : item.actions) {
      out << "  action: " << action.text << " | owners: ";
      join_to(out, action.owners);
      out << "\n";
    }
    for (const Decision& decision : item.decisions) out << "  decision: " << decision.text << "\n";
  }
  for (const Diagnostic& d : diagnostics) out << "warning: line " << d.line << ": " << d.message << "\n";
  return out.str();
}

}  // namespace crossboard::corpus
