// crossboard search: run a query over the index and print hits, snippets and facets.
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "cli/commands.h"
#include "indexer/index_store.h"
#include "query/query_parser.h"
#include "query/search.h"

namespace crossboard::cli {

namespace {

// "1 match", "3 matches", "1 meeting", "4 meetings".
std::string count_noun(size_t n, bool by_meeting) {
  if (by_meeting) return n == 1 ? "meeting" : "meetings";
  return n == 1 ? "match" : "matches";
}

using ordered_json = nlohmann::ordered_json;

struct SearchCommandOptions {
  std::vector<std::string> words;
  std::vector<std::string> dbs;
  bool all = false;
  size_t limit = 10;
  std::string sort = "relevance";
  bool by_meeting = false;
  bool facets = false;
  bool json = false;
  bool csv = false;
};

std::string join_words(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

ordered_json hit_json(const query::Hit& h, bool by_meeting) {
  ordered_json j{{"rank", h.rank},
                 {"type", h.type},
                 {"meeting_id", h.meeting_id},
                 {"board", h.board},
                 {"board_id", h.board_id},
                 {"area", h.area},
                 {"date", h.date},
                 {"kind", h.kind},
                 {"item_number", h.item_number},
                 {"item_title", h.item_title},
                 {"snippet", h.snippet},
                 {"source", {{"path", h.source_path}, {"first_line", h.first_line}, {"last_line", h.last_line}}},
                 {"score", h.score}};
  // PDF and Word hits know the page they start on; text files have none.
  if (h.page > 0) j["source"]["page"] = h.page;
  if (by_meeting) j["passages"] = h.passages;
  return j;
}

ordered_json facets_json(const query::FacetCounts& facets) {
  ordered_json out = ordered_json::object();
  for (const auto& [name, values] : facets) {
    ordered_json counts = ordered_json::object();
    for (const auto& [value, count] : values) counts[value] = count;
    out[name] = counts;
  }
  return out;
}

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

void print_csv_header(bool by_meeting) {
  std::cout << "rank,type,meeting_id,board,area,date,kind,item_number,item_title,snippet,source_path,"
               "first_line,last_line,page,score"
            << (by_meeting ? ",passages" : "") << "\n";
}

void print_csv_hit(const query::Hit& h, bool by_meeting) {
  char score[32];
  std::snprintf(score, sizeof score, "%.4f", h.score);
  std::cout << h.rank << "," << h.type << "," << csv_field(h.meeting_id) << "," << csv_field(h.board) << ","
            << csv_field(h.area) << "," << h.date << "," << csv_field(h.kind) << "," << csv_field(h.item_number)
            << "," << csv_field(h.item_title) << "," << csv_field(h.snippet) << "," << csv_field(h.source_path)
            << "," << h.first_line << "," << h.last_line << "," << (h.page > 0 ? std::to_string(h.page) : "") << ","
            << score;
  if (by_meeting) std::cout << "," << h.passages;
  std::cout << "\n";
}

// **word** becomes bold on a terminal and stays as is in a pipe.
std::string render_marks(const std::string& snippet, bool tty) {
  if (!tty) return snippet;
  std::string out;
  bool open = false;
  for (size_t i = 0; i < snippet.size(); ++i) {
    if (snippet.compare(i, 2, "**") == 0) {
      out += open ? "\033[0m" : "\033[1m";
      open = !open;
      ++i;
    } else {
      out += snippet[i];
    }
  }
  return out;
}

void print_text_hit(const query::Hit& h, bool by_meeting, bool tty) {
  std::cout << h.rank << ". " << (h.date.empty() ? "(undated)" : h.date) << "  "
            << (h.board.empty() ? "(board unknown)" : h.board);
  if (!h.area.empty()) std::cout << " [" << h.area << "]";
  if (!h.kind.empty()) std::cout << " (" << h.kind << ")";
  std::cout << "\n   ";
  if (h.type == "meeting") std::cout << "attendance";
  else std::cout << "item " << (h.item_number.empty() ? "-" : h.item_number) << ": " << h.item_title;
  if (by_meeting) std::cout << "  [" << h.passages << " passage" << (h.passages == 1 ? "" : "s") << "]";
  std::cout << "\n   " << render_marks(h.snippet, tty) << "\n   " << h.source_path << ":" << h.first_line;
  if (h.last_line != h.first_line) std::cout << "-" << h.last_line;
  if (h.page > 0) std::cout << " (page " << h.page << ")";
  std::cout << "\n\n";
}

void print_text_facets(const query::FacetCounts& facets) {
  for (const auto& [name, values] : facets) {
    std::cout << name << ":";
    if (values.empty()) std::cout << " -";
    for (size_t i = 0; i < values.size() && i < 10; ++i)
      std::cout << (i ? "; " : " ") << values[i].first << " (" << values[i].second << ")";
    if (values.size() > 10) std::cout << "; … " << values.size() - 10 << " more";
    std::cout << "\n";
  }
}

void print_facets_csv(const query::FacetCounts& facets) {
  std::cout << "facet,value,count\n";
  for (const auto& [name, values] : facets)
    for (const auto& [value, count] : values) std::cout << name << "," << csv_field(value) << "," << count << "\n";
}

int run_all(const query::Searcher& searcher, const std::string& text, const query::SearchOptions& so,
            const SearchCommandOptions& o) {
  bool tty = isatty(STDOUT_FILENO);
  if (o.csv && !o.facets) print_csv_header(o.by_meeting);
  query::SearchResult result = searcher.search_all(text, so, [&](const query::Hit& h) {
    if (o.json) std::cout << hit_json(h, o.by_meeting).dump() << "\n";
    else if (o.csv && !o.facets) print_csv_hit(h, o.by_meeting);
    else if (!o.csv) print_text_hit(h, o.by_meeting, tty);
  });
  if (o.json) {
    ordered_json summary{{"query", result.query}, {"total", result.total}};
    if (o.facets) summary["facets"] = facets_json(result.facets);
    std::cout << summary.dump() << "\n";
  } else if (o.csv) {
    if (o.facets) print_facets_csv(result.facets);
  } else {
    std::cout << result.total << " " << count_noun(result.total, o.by_meeting) << " for " << text << "\n";
    if (o.facets) print_text_facets(result.facets);
  }
  return kExitOk;
}

int run_page(const query::Searcher& searcher, const std::string& text, const query::SearchOptions& so,
             const SearchCommandOptions& o) {
  query::SearchResult result = searcher.search(text, so);
  if (o.json) {
    ordered_json out{{"query", result.query}, {"total", result.total}, {"hits", ordered_json::array()}};
    for (const query::Hit& h : result.hits) out["hits"].push_back(hit_json(h, o.by_meeting));
    if (o.facets) out["facets"] = facets_json(result.facets);
    std::cout << out.dump(2) << "\n";
  } else if (o.csv) {
    if (o.facets) {
      print_facets_csv(result.facets);
    } else {
      print_csv_header(o.by_meeting);
      for (const query::Hit& h : result.hits) print_csv_hit(h, o.by_meeting);
    }
  } else {
    bool tty = isatty(STDOUT_FILENO);
    std::cout << result.total << " " << count_noun(result.total, o.by_meeting) << " for " << text;
    if (result.total > result.hits.size())
      std::cout << " (showing " << result.hits.size() << "; --all or --limit N for more)";
    std::cout << "\n\n";
    for (const query::Hit& h : result.hits) print_text_hit(h, o.by_meeting, tty);
    if (o.facets) print_text_facets(result.facets);
  }
  return kExitOk;
}

int run_search_command(const SearchCommandOptions& o) {
  std::string text = join_words(o.words);
  query::SearchOptions so;
  so.limit = o.limit;
  so.sort = o.sort == "date" ? query::SortOrder::date : query::SortOrder::relevance;
  so.by_meeting = o.by_meeting;
  so.facets = o.facets;
  std::vector<std::string> dbs = o.dbs;
  if (dbs.empty()) dbs.push_back(indexer::default_db_path());
  try {
    query::Searcher searcher(dbs);
    return o.all ? run_all(searcher, text, so, o) : run_page(searcher, text, so, o);
  } catch (const Xapian::Error& e) {
    std::cerr << "crossboard: search: " << e.get_type() << ": " << e.get_msg() << "\n";
    return kExitEnvironment;
  } catch (...) {
    return report_exception(std::current_exception());
  }
}

}  // namespace

void add_search_command(CLI::App& app, Runner& run) {
  auto o = std::make_shared<SearchCommandOptions>();
  CLI::App* cmd = app.add_subcommand(
      "search",
      "Search the index. QUERY: words (all must match), \"phrases\", wild*, AND, OR, NOT,\n"
      "-word, ( ), and fields board: area: person: org: kind: topic: status: year:2016\n"
      "date:2016-01-01..2017-06-30. Exit code 2 for a bad query, 3 if the index cannot be read.");
  cmd->add_option("query", o->words, "The query (several words are joined with spaces)")->required();
  // One value per --db: a vector option would take the query's words, and
  // after it "--" would not stop "--db=x" in the query being read as an option.
  cmd->add_option("--db", o->dbs, "Index directory or Xapian stub file; repeat to search several as one")
      ->allow_extra_args(false);
  cmd->add_flag("--all", o->all, "Every hit, streamed, not a first page (with --json: JSON Lines)");
  cmd->add_option("--limit", o->limit, "Hits to show (default 10)")
      ->check(CLI::Validator(
          [](std::string& value) -> std::string {
            return value.find_first_not_of(" 0") == std::string::npos ? "must be 1 or more (--all shows every hit)"
                                                                      : "";
          },
          "N", "at least 1"));
  cmd->add_option("--sort", o->sort, "relevance (default) or date (oldest first)")
      ->check(CLI::IsMember({"relevance", "date"}));
  cmd->add_flag("--by-meeting", o->by_meeting, "One hit per meeting: its best passage and how many matched");
  cmd->add_flag("--facets", o->facets, "Counts by board, area, year, topic, person, organisation over all matches");
  auto* json = cmd->add_flag("--json", o->json, "JSON output (schema in README.md, \"Search output\")");
  auto* csv = cmd->add_flag("--csv", o->csv, "CSV output: hits, or with --facets the facet counts");
  json->excludes(csv);
  cmd->callback([o, &run] { run = [o] { return run_search_command(*o); }; });
}

}  // namespace crossboard::cli
