// read_roster: attendance entries of every meeting document grouped into people, with name clashes shown apart.
#include "analysis/people.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include <nlohmann/json.hpp>

#include "corpus/annotate.h"
#include "corpus/organisations.h"
#include "indexer/records.h"
#include "indexer/term_prefixes.h"

namespace crossboard::analysis {

namespace {

using nlohmann::json;

// The nine regions of England and the areas of the gazetteer in each.
struct RegionAreas {
  std::string_view region;
  std::vector<std::string_view> areas;
};

const std::vector<RegionAreas>& regions() {
  static const std::vector<RegionAreas> table = {
      {"North East",
       {"Darlington", "Durham", "Hartlepool", "Middlesbrough", "Northumberland", "Redcar and Cleveland",
        "Stockton-on-Tees", "Gateshead", "Newcastle upon Tyne", "North Tyneside", "South Tyneside", "Sunderland"}},
      {"North West",
       {"Cumbria", "Lancashire", "Blackburn with Darwen", "Blackpool", "Cheshire East", "Cheshire West and Chester",
        "Halton", "Warrington", "Cumberland", "Westmorland and Furness", "Bolton", "Bury", "Manchester", "Oldham",
        "Rochdale", "Salford", "Stockport", "Tameside", "Trafford", "Wigan", "Knowsley", "Liverpool", "St Helens",
        "Sefton", "Wirral"}},
      {"Yorkshire and the Humber",
       {"North Yorkshire", "East Riding of Yorkshire", "Kingston upon Hull", "North East Lincolnshire",
        "North Lincolnshire", "York", "Barnsley", "Doncaster", "Rotherham", "Sheffield", "Bradford", "Calderdale",
        "Kirklees", "Leeds", "Wakefield"}},
      {"East Midlands",
       {"Derbyshire", "Leicestershire", "Lincolnshire", "Northamptonshire", "Nottinghamshire", "Derby", "Leicester",
        "Nottingham", "Rutland", "North Northamptonshire", "West Northamptonshire"}},
      {"West Midlands",
       {"Staffordshire", "Warwickshire", "Worcestershire", "Herefordshire", "Shropshire", "Stoke-on-Trent",
        "Telford and Wrekin", "Birmingham", "Coventry", "Dudley", "Sandwell", "Solihull", "Walsall",
        "Wolverhampton"}},
      {"East of England",
       {"Cambridgeshire", "Essex", "Hertfordshire", "Norfolk", "Suffolk", "Bedford", "Central Bedfordshire", "Luton",
        "Peterborough", "Southend-on-Sea", "Thurrock"}},
      {"London",
       {"Barking and Dagenham", "Barnet", "Bexley", "Brent", "Bromley", "Camden", "City of London", "Croydon",
        "Ealing", "Enfield", "Greenwich", "Hackney", "Hammersmith and Fulham", "Haringey", "Harrow", "Havering",
        "Hillingdon", "Hounslow", "Islington", "Kensington and Chelsea", "Kingston upon Thames", "Lambeth",
        "Lewisham", "Merton", "Newham", "Redbridge", "Richmond upon Thames", "Southwark", "Sutton",
        "Tower Hamlets", "Waltham Forest", "Wandsworth", "Westminster"}},
      {"South East",
       {"Buckinghamshire", "East Sussex", "Hampshire", "Kent", "Oxfordshire", "Surrey", "West Sussex",
        "Bracknell Forest", "Brighton and Hove", "Isle of Wight", "Medway", "Milton Keynes", "Portsmouth", "Reading",
        "Slough", "Southampton", "West Berkshire", "Windsor and Maidenhead", "Wokingham"}},
      {"South West",
       {"Devon", "Gloucestershire", "Somerset", "Dorset", "Bath and North East Somerset",
        "Bournemouth, Christchurch and Poole", "Bristol", "Cornwall", "Isles of Scilly", "North Somerset",
        "Plymouth", "South Gloucestershire", "Swindon", "Torbay", "Wiltshire"}},
  };
  return table;
}

// The area the gazetteer gives an organisation's official name; empty for national or unknown bodies.
std::string organisation_area(const std::string& organisation) {
  static const std::map<std::string, std::string> areas = [] {
    std::map<std::string, std::string> out;
    for (const corpus::Organisation& o : corpus::Gazetteer::builtin().entries())
      if (o.kind != "area" && !o.area.empty()) out.emplace(o.name, o.area);
    return out;
  }();
  auto it = areas.find(organisation);
  return it == areas.end() ? "" : it->second;
}

// Where an entry places its person: the region of its organisation's area,
// else of the meeting's area.
std::string region_of_entry(const Appearance& a) {
  std::string region = region_of(organisation_area(a.organisation));
  return region.empty() ? region_of(a.area) : region;
}

void add_unique(std::vector<std::string>& list, const std::string& value) {
  if (!value.empty() && std::find(list.begin(), list.end(), value) == list.end()) list.push_back(value);
}

std::vector<std::string> id_words(const std::string& id) {
  std::vector<std::string> words;
  size_t start = 0;
  for (size_t dash; (dash = id.find('-', start)) != std::string::npos; start = dash + 1)
    words.push_back(id.substr(start, dash - start));
  words.push_back(id.substr(start));
  return words;
}

// True when `query_id` names `id`: the same id, or every word of the query is a word of the id ("meehan").
bool names(const std::string& query_id, const std::string& id) {
  if (query_id == id) return true;
  std::vector<std::string> words = id_words(id);
  for (const std::string& w : id_words(query_id))
    if (std::find(words.begin(), words.end(), w) == words.end()) return false;
  return true;
}

// The aliases recorded with the index (metadata::kAliasesKey); none when absent or unreadable.
corpus::PersonAliases index_aliases(const Xapian::Database& db) {
  std::optional<indexer::AliasesData> recorded =
      indexer::decode_aliases(db.get_metadata(std::string(indexer::metadata::kAliasesKey)));
  if (!recorded || recorded->file.empty()) return {};
  try {
    return corpus::PersonAliases::from_string(recorded->text, recorded->file);
  } catch (const std::runtime_error&) {
    return {};
  }
}

struct Entry {
  std::string person_id;
  Appearance appearance;
};

// The meeting documents to read: all of them, or when `query_ids` is not
// empty those listing a person (prefix::kPerson) that one of them names.
std::vector<Xapian::docid> meeting_documents(const Xapian::Database& db, const std::vector<std::string>& query_ids) {
  std::string type = std::string(indexer::prefix::kDocType) + "meeting";
  std::vector<Xapian::docid> out;
  if (query_ids.empty()) {
    for (auto it = db.postlist_begin(type); it != db.postlist_end(type); ++it) out.push_back(*it);
    return out;
  }
  std::vector<Xapian::Query> people;
  std::string prefix(indexer::prefix::kPerson);
  for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t) {
    std::string id = (*t).substr(prefix.size());
    if (std::any_of(query_ids.begin(), query_ids.end(), [&](const std::string& q) { return names(q, id); }))
      people.emplace_back(*t);
  }
  if (people.empty()) return out;
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query(Xapian::Query::OP_OR, people.begin(),
                                                                           people.end()),
                                  Xapian::Query(type)));
  enquire.set_docid_order(Xapian::Enquire::ASCENDING);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  Xapian::MSet matches = enquire.get_mset(0, db.get_doccount());
  for (auto it = matches.begin(); it != matches.end(); ++it) out.push_back(*it);
  return out;
}

// Every attendance entry of the meeting documents `docids`. Sets
// `has_attendance` false when one of them predates attendance data.
std::vector<Entry> read_entries(const Xapian::Database& db, const std::vector<Xapian::docid>& docids,
                                bool& has_attendance) {
  std::vector<Entry> out;
  for (Xapian::docid docid : docids) {
    json data = json::parse(db.get_document(docid).get_data(), nullptr, false);
    if (!data.is_object()) continue;
    std::optional<std::vector<indexer::AttendeeRecord>> attendance = indexer::decode_attendance(data);
    if (!attendance) {
      has_attendance = false;
      continue;
    }
    Appearance base;
    static_cast<indexer::Citation&>(base) = indexer::decode_citation(data);
    for (const indexer::AttendeeRecord& a : *attendance) {
      Entry e{a.person_id, base};
      Appearance& p = e.appearance;
      p.name = a.name;
      p.line = a.line;
      p.role = a.role;
      p.organisation = a.organisation;
      p.organisation_as_written = a.organisation_as_written;
      p.status = a.status;
      p.chair = a.chair;
      p.deputy_for = a.deputy_for;
      p.alias = a.alias;
      if (!e.person_id.empty()) out.push_back(std::move(e));
    }
  }
  return out;
}

PersonRecord make_record(const std::string& id, int group, std::vector<Appearance> meetings) {
  PersonRecord r;
  r.person_id = id;
  r.group = group;
  std::stable_sort(meetings.begin(), meetings.end(), [](const Appearance& a, const Appearance& b) {
    return std::tie(a.date, a.board) < std::tie(b.date, b.board);
  });
  std::map<std::string, int> name_counts;
  for (const Appearance& a : meetings) {
    name_counts[a.name]++;
    add_unique(r.boards, a.board.empty() ? a.board_id : a.board);
    add_unique(r.board_ids, a.board_id.empty() ? a.board : a.board_id);
    add_unique(r.roles, a.role);
    add_unique(r.organisations, a.organisation);
    if (a.date.size() >= 4) add_unique(r.years, a.date.substr(0, 4));
    r.from_aliases = r.from_aliases || !a.alias.empty();
  }
  int best = 0;
  for (const Appearance& a : meetings)
    if (name_counts[a.name] > best) {
      best = name_counts[a.name];
      r.name = a.name;
    }
  std::sort(r.years.begin(), r.years.end());
  r.meetings = std::move(meetings);
  return r;
}

// "Children's Trust Board 2009, School Forum"
std::string describe(const std::vector<Appearance>& group) {
  std::vector<std::string> parts;
  for (const Appearance& a : group) {
    add_unique(parts, a.board + (a.date.size() >= 4 ? " " + a.date.substr(0, 4) : ""));
    add_unique(parts, a.organisation);
  }
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : ", ") + p;
  return out;
}

// One id's entries split into the people they look like: one group, or one
// per region when regions differ and no organisation links them.
std::vector<std::pair<std::string, std::vector<Appearance>>> split_by_region(std::vector<Appearance> entries) {
  // (region, entries); the region is empty when the entries stay one person.
  std::vector<std::pair<std::string, std::vector<Appearance>>> groups;
  std::vector<Appearance> unplaced;
  for (Appearance& a : entries) {
    std::string region = region_of_entry(a);
    if (region.empty()) {
      unplaced.push_back(std::move(a));
      continue;
    }
    auto it = std::find_if(groups.begin(), groups.end(), [&](auto& g) { return g.first == region; });
    if (it == groups.end()) it = groups.insert(groups.end(), {region, {}});
    it->second.push_back(std::move(a));
  }
  // Groups that share an organisation are one person seen in two regions (a national body's officer).
  for (size_t i = 0; i < groups.size(); ++i)
    for (size_t j = i + 1; j < groups.size();) {
      std::set<std::string> orgs;
      for (const Appearance& a : groups[i].second)
        if (!a.organisation.empty()) orgs.insert(a.organisation);
      bool shared = std::any_of(groups[j].second.begin(), groups[j].second.end(),
                                [&](const Appearance& a) { return orgs.count(a.organisation); });
      if (!shared) {
        ++j;
        continue;
      }
      groups[i].first += " and " + groups[j].first;
      for (Appearance& a : groups[j].second) groups[i].second.push_back(std::move(a));
      groups.erase(groups.begin() + static_cast<long>(j));
    }
  if (groups.size() <= 1) {
    std::vector<Appearance> all = groups.empty() ? std::vector<Appearance>{} : std::move(groups[0].second);
    for (Appearance& a : unplaced) all.push_back(std::move(a));
    return {{"", std::move(all)}};
  }
  if (!unplaced.empty()) groups.push_back({"region unknown", std::move(unplaced)});
  return groups;
}

}  // namespace

std::string region_of(std::string_view area) {
  if (area.empty()) return "";
  for (const RegionAreas& r : regions())
    for (std::string_view a : r.areas)
      if (a == area) return std::string(r.region);
  return "";
}

Roster read_roster(const Xapian::Database& db, const RosterOptions& options) {
  Roster roster;
  corpus::PersonAliases stored = options.aliases ? corpus::PersonAliases() : index_aliases(db);
  const corpus::PersonAliases& aliases = options.aliases ? *options.aliases : stored;
  std::string query_id = corpus::person_id(options.name);
  // With the index's own ids, a name reads only the meetings that list it: by
  // its id's words, or by the id its aliases merge it into. Aliases applied
  // now may give any entry another id, so then every meeting is read.
  std::vector<std::string> query_ids;
  if (!query_id.empty()) query_ids = {query_id, aliases.canonical_id(options.name)};
  std::vector<Entry> entries = read_entries(
      db, meeting_documents(db, options.aliases ? std::vector<std::string>{} : query_ids), roster.index_has_attendance);
  if (options.aliases) {
    for (Entry& e : entries) {
      const Appearance& a = e.appearance;
      corpus::AliasResolution id =
          options.aliases->resolve(a.name, {a.board, a.board_id, a.area, a.organisation, a.organisation_as_written});
      e.person_id = id.person_id;
      e.appearance.alias = id.rule;
    }
  }
  std::map<std::string, std::vector<Appearance>> by_id;
  for (Entry& e : entries) {
    bool wanted = query_ids.empty() || names(query_id, corpus::person_id(e.appearance.name)) ||
                  std::any_of(query_ids.begin(), query_ids.end(), [&](auto& q) { return names(q, e.person_id); });
    if (!wanted) continue;
    by_id[e.person_id].push_back(std::move(e.appearance));
  }
  for (auto& [id, appearances] : by_id) {
    auto groups = aliases.vouched(id) ? std::vector<std::pair<std::string, std::vector<Appearance>>>{{"", appearances}}
                                      : split_by_region(appearances);
    std::vector<PersonRecord> people;
    for (size_t g = 0; g < groups.size(); ++g) {
      people.push_back(make_record(id, groups.size() > 1 ? static_cast<int>(g) + 1 : 0, groups[g].second));
      if (groups.size() > 1) people.back().region = groups[g].first;
    }
    if (groups.size() > 1) {
      NameClash clash{id, people.front().name, {}, ""};
      std::string places;
      for (size_t g = 0; g < groups.size(); ++g) {
        clash.groups.push_back(static_cast<int>(g) + 1);
        places += std::string(g ? "; " : "") + "(" + std::to_string(g + 1) + ") " + groups[g].first + ": " +
                  describe(groups[g].second);
      }
      clash.reason = "\"" + clash.name + "\" (" + id + ") is listed in different regions with no organisation in " +
                     "common, so shown as " + std::to_string(groups.size()) + " people: " + places +
                     ". An aliases line merges or splits them.";
      roster.clashes.push_back(std::move(clash));
    }
    for (PersonRecord& p : people)
      if (!options.across_boards || p.board_ids.size() > 1) roster.people.push_back(std::move(p));
  }
  std::stable_sort(roster.people.begin(), roster.people.end(), [](const PersonRecord& a, const PersonRecord& b) {
    return std::tie(a.name, a.person_id, a.group) < std::tie(b.name, b.person_id, b.group);
  });
  return roster;
}

}  // namespace crossboard::analysis
