// crossboard people: a person's boards, roles, organisations, years and attendance, from the index.
#include <iostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "analysis/people.h"
#include "cli/commands.h"
#include "indexer/index_store.h"
#include "query/search.h"

namespace crossboard::cli {

namespace {

using ordered_json = nlohmann::ordered_json;

struct PeopleCommandOptions {
  std::string name;
  std::vector<std::string> dbs;
  std::string aliases_file;
  bool across_boards = false;
  bool json = false;
};

std::string join(const std::vector<std::string>& values, const char* separator = "; ") {
  std::string out;
  for (const std::string& v : values) out += (out.empty() ? "" : separator) + v;
  return out;
}

// "present, chair", "deputy for Kate Allen", "in attendance".
std::string status_text(const analysis::Appearance& a) {
  std::string status = a.status == "in_attendance" ? "in attendance" : a.status;
  if (!a.deputy_for.empty()) status += " for " + a.deputy_for;
  if (a.chair) status += ", chair";
  return status;
}

ordered_json appearance_json(const analysis::Appearance& a) {
  ordered_json j{{"meeting_id", a.meeting_id}, {"board", a.board},   {"board_id", a.board_id},
                 {"area", a.area},             {"date", a.date},     {"kind", a.kind},
                 {"name", a.name},             {"role", a.role},     {"organisation", a.organisation},
                 {"organisation_as_written", a.organisation_as_written},
                 {"status", a.status},         {"chair", a.chair}};
  if (!a.deputy_for.empty()) j["deputy_for"] = a.deputy_for;
  j["from_aliases"] = a.alias.empty() ? ordered_json(nullptr) : ordered_json(a.alias);
  j["source"] = {{"path", a.source_path}, {"line", a.line}};
  return j;
}

ordered_json person_json(const analysis::PersonRecord& p) {
  ordered_json j{{"person_id", p.person_id}, {"name", p.name}};
  if (p.group) {
    j["clash_group"] = p.group;
    j["region"] = p.region;
  }
  j["boards"] = p.boards;
  j["board_ids"] = p.board_ids;
  j["roles"] = p.roles;
  j["organisations"] = p.organisations;
  j["years"] = p.years;
  j["from_aliases"] = p.from_aliases;
  j["meetings"] = ordered_json::array();
  for (const analysis::Appearance& a : p.meetings) j["meetings"].push_back(appearance_json(a));
  return j;
}

void print_json(const analysis::Roster& roster) {
  ordered_json out{{"people", ordered_json::array()}, {"clashes", ordered_json::array()}};
  for (const analysis::PersonRecord& p : roster.people) out["people"].push_back(person_json(p));
  for (const analysis::NameClash& c : roster.clashes)
    out["clashes"].push_back({{"person_id", c.person_id}, {"name", c.name}, {"groups", c.groups}, {"reason", c.reason}});
  std::cout << out.dump(2) << "\n";
}

void print_person(const analysis::PersonRecord& p) {
  std::cout << p.name << " (" << p.person_id;
  if (p.group) std::cout << ", name clash: person " << p.group << ", " << p.region;
  std::cout << ")\n";
  std::cout << "  boards: " << join(p.boards) << "\n";
  if (!p.roles.empty()) std::cout << "  roles: " << join(p.roles) << "\n";
  if (!p.organisations.empty()) std::cout << "  organisations: " << join(p.organisations) << "\n";
  std::cout << "  years: " << join(p.years, ", ") << "\n";
  for (const analysis::Appearance& a : p.meetings) {
    std::cout << "  " << (a.date.empty() ? "undated   " : a.date) << "  " << a.board;
    if (!a.area.empty()) std::cout << " (" << a.area << ")";
    std::cout << ": " << status_text(a);
    std::vector<std::string> about;
    if (!a.role.empty()) about.push_back(a.role);
    if (!a.organisation.empty()) {
      bool same = a.organisation_as_written.empty() || a.organisation_as_written == a.organisation;
      about.push_back(a.organisation + (same ? "" : " [\"" + a.organisation_as_written + "\"]"));
    }
    if (!about.empty()) std::cout << " — " << join(about, ", ");
    if (!a.alias.empty()) std::cout << "  {id from " << a.alias << "}";
    std::cout << "\n";
  }
}

void print_text(const analysis::Roster& roster, const PeopleCommandOptions& o) {
  for (size_t i = 0; i < roster.people.size(); ++i) {
    if (i) std::cout << "\n";
    print_person(roster.people[i]);
  }
  if (!roster.clashes.empty()) {
    std::cout << "\nname clashes (shown apart, not merged):\n";
    for (const analysis::NameClash& c : roster.clashes) std::cout << "  " << c.reason << "\n";
  }
  std::cout << "\n" << roster.people.size() << (roster.people.size() == 1 ? " person" : " people")
            << (o.across_boards ? " on more than one board" : "") << "; " << roster.clashes.size() << " name clash"
            << (roster.clashes.size() == 1 ? "" : "es") << "\n";
}

int run_people_command(const PeopleCommandOptions& o) {
  analysis::RosterOptions options;
  options.name = o.name;
  options.across_boards = o.across_boards;
  if (!o.aliases_file.empty()) {
    try {
      options.aliases = corpus::PersonAliases::from_file(o.aliases_file);
    } catch (const std::runtime_error& e) {
      std::cerr << "crossboard: " << e.what() << "\n";
      return kExitUsage;
    }
  }
  std::vector<std::string> dbs = o.dbs;
  if (dbs.empty()) dbs.push_back(indexer::default_db_path());
  analysis::Roster roster;
  try {
    query::Searcher searcher(dbs);
    roster = analysis::read_roster(searcher.database(), options);
  } catch (const indexer::EnvironmentError& e) {
    std::cerr << "crossboard: " << e.what() << "\n";
    return kExitEnvironment;
  } catch (const Xapian::Error& e) {
    std::cerr << "crossboard: index: " << e.get_type() << ": " << e.get_msg() << "\n";
    return kExitEnvironment;
  }
  if (!roster.index_has_attendance)
    std::cerr << "crossboard: some meetings were indexed before attendance was kept; re-index them "
                 "(crossboard index PATH --db DIR) to list their people\n";
  if (o.json) {
    print_json(roster);
  } else {
    print_text(roster, o);
  }
  if (roster.people.empty() && !o.name.empty()) {
    std::cerr << "crossboard: no one named \"" << o.name << "\" in the index\n";
    return kExitSkipped;
  }
  return kExitOk;
}

}  // namespace

void add_people_command(CLI::App& app, Runner& run) {
  auto o = std::make_shared<PeopleCommandOptions>();
  CLI::App* cmd = app.add_subcommand(
      "people",
      "People from the index's attendance lists: boards, roles, organisations, years and\n"
      "status at each meeting. Name clashes (one name, people in different regions) are\n"
      "shown apart and reported. Exit code 1 if NAME matches no one.");
  cmd->add_option("name", o->name, "A person's name or part of it (\"Gerald Meehan\", \"Meehan\"); everyone if omitted");
  cmd->add_flag("--across-boards", o->across_boards, "Only people seen on more than one board");
  cmd->add_flag("--json", o->json, "JSON output (schema in README.md, \"People\")");
  cmd->add_option("--aliases", o->aliases_file,
                  "Apply this aliases file now instead of the one the index was built with");
  cmd->add_option("--db", o->dbs, "Index directory or Xapian stub file; repeat to read several as one");
  cmd->callback([o, &run] { run = [o] { return run_people_command(*o); }; });
}

}  // namespace crossboard::cli
