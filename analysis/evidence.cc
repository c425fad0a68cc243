// evidence: matches grouped by the query's topics and by board, written as Markdown, CSV or JSON.
#include "analysis/evidence.h"

#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <thread>

#include "analysis/passages.h"
#include "analysis/table.h"
#include "corpus/topics.h"
#include "indexer/index_store.h"
#include "indexer/records.h"
#include "indexer/term_prefixes.h"
#include "query/document_data.h"
#include "query/highlight.h"
#include "query/query_parser.h"

namespace crossboard::analysis {

namespace {

constexpr size_t kQuoteBytes = 600;

EvidencePassage passage_from(const query::DocumentData& document, const std::string& topics_value,
                             const query::Highlight& highlight) {
  const nlohmann::json& data = document.fields;
  EvidencePassage p;
  p.item = citation_from(data);
  p.quote = query::make_snippet(document.text, highlight, kQuoteBytes);
  p.topics = split_list(topics_value);
  for (indexer::DecisionRecord& d : indexer::decode_decisions(data)) p.decisions.push_back(std::move(d.text));
  for (indexer::ActionRecord& a : indexer::decode_actions(data))
    p.actions.push_back({p.item, std::move(a.text), std::move(a.owners), std::move(a.owner_ids), std::move(a.due), a.line});
  return p;
}

// Calls work(i) for every i < n, split over the machine's cores.
void in_parallel(size_t n, const std::function<void(size_t)>& work) {
  size_t threads = std::clamp<size_t>(std::thread::hardware_concurrency(), 1, 4);
  if (n < 256) threads = 1;
  std::vector<std::thread> pool;
  for (size_t t = 1; t < threads; ++t)
    pool.emplace_back([&, t] {
      for (size_t i = t; i < n; i += threads) work(i);
    });
  for (size_t i = 0; i < n; i += threads) work(i);
  for (std::thread& th : pool) th.join();
}

bool carries(const EvidencePassage& p, const std::string& topic) {
  return std::find(p.topics.begin(), p.topics.end(), topic) != p.topics.end();
}

EvidenceTheme theme_of(const TopicRef& topic, const EvidencePack& pack, const std::vector<size_t>& members) {
  EvidenceTheme theme{topic, {}};
  std::map<std::pair<std::string, std::string>, EvidenceBoard> boards;  // (name, id)
  for (size_t i : members) {
    const ItemCitation& c = pack.passages[i].item;
    EvidenceBoard& b = boards[{c.board, c.board_id}];
    b.board_id = c.board_id, b.board = c.board, b.area = c.area;
    b.passages.push_back(i);
  }
  for (auto& [key, b] : boards) theme.boards.push_back(std::move(b));
  return theme;
}

void group_by_theme(EvidencePack& pack, const std::vector<TopicRef>& topics) {
  if (topics.empty()) {
    std::vector<size_t> all(pack.passages.size());
    for (size_t i = 0; i < all.size(); ++i) all[i] = i;
    if (!all.empty()) pack.themes.push_back(theme_of({"all", "All matches"}, pack, all));
    return;
  }
  std::vector<size_t> other;
  for (size_t i = 0; i < pack.passages.size(); ++i)
    if (std::none_of(topics.begin(), topics.end(),
                     [&](const TopicRef& t) { return carries(pack.passages[i], t.id); }))
      other.push_back(i);
  for (const TopicRef& t : topics) {
    std::vector<size_t> members;
    for (size_t i = 0; i < pack.passages.size(); ++i)
      if (carries(pack.passages[i], t.id)) members.push_back(i);
    if (!members.empty()) pack.themes.push_back(theme_of(t, pack, members));
  }
  if (!other.empty()) pack.themes.push_back(theme_of({"other", "Other matches"}, pack, other));
}

}  // namespace

EvidencePack evidence_pack(const Xapian::Database& db, std::string_view query) {
  EvidencePack pack;
  pack.query = std::string(query);
  query::ParsedQuery parsed = query::parse_query(query, db);
  Xapian::Query items(Xapian::Query::OP_FILTER, parsed.query, items_only());
  // Reading is serial (a Database is not shared across threads); parsing and
  // quoting, most of the cost, run on every core.
  std::vector<std::pair<std::string, std::string>> docs;  // data, topics value
  for (Xapian::docid docid : matches_by_date(db, items)) {
    Xapian::Document doc = db.get_document(docid);
    docs.emplace_back(doc.get_data(), doc.get_value(indexer::slot::kTopics));
  }
  std::vector<std::optional<EvidencePassage>> built(docs.size());
  in_parallel(docs.size(), [&](size_t i) {
    query::DocumentData data = query::read_document_data(docs[i].first, true);
    if (data.fields.is_object()) built[i] = passage_from(data, docs[i].second, parsed.highlight);
  });
  std::set<std::string> meetings, boards;
  for (auto& p : built) {
    if (!p) continue;
    meetings.insert(p->item.meeting_id);
    boards.insert(p->item.board_id);
    pack.passages.push_back(std::move(*p));
  }
  pack.meetings = meetings.size();
  pack.boards = boards.size();
  std::shared_ptr<const corpus::Taxonomy> taxonomy = indexer::index_taxonomy(db);
  std::vector<TopicRef> topics;
  for (const std::string& id : parsed.topics)
    if (const corpus::Topic* topic = taxonomy->find(id)) topics.push_back({topic->id, topic->label});
  group_by_theme(pack, topics);
  return pack;
}

namespace {

std::string lines_of(const ItemCitation& c) {
  std::string out = c.last_line > c.first_line
                        ? "lines " + std::to_string(c.first_line) + "–" + std::to_string(c.last_line)
                        : "line " + std::to_string(c.first_line);
  if (c.page > 0) out += ", from page " + std::to_string(c.page);
  return out;
}

std::string action_line(const ActionEntry& a) {
  std::string owners;
  for (const std::string& o : a.owners) owners += (owners.empty() ? "" : ", ") + o;
  std::string out = a.text;
  if (!owners.empty()) out += " — " + owners;
  if (!a.due.empty()) out += " (due " + a.due + ")";
  return out;
}

std::string one_line(std::string s) {
  std::replace(s.begin(), s.end(), '\n', ' ');
  return s;
}

void markdown_passage(std::string& out, const EvidencePassage& p) {
  const ItemCitation& c = p.item;
  out += "#### " + (c.date.empty() ? std::string("undated") : c.date) + " — item " +
         (c.item_number.empty() ? "" : c.item_number + ": ") + one_line(c.item_title) + "\n\n";
  out += "Source: `" + c.source_path + "`, " + lines_of(c) + " (" + (c.kind.empty() ? "meeting" : c.kind) +
         ")\n\n";
  out += "> " + one_line(p.quote) + "\n\n";
  if (!p.decisions.empty()) {
    out += "Decisions:\n";
    for (const std::string& d : p.decisions) out += "- " + one_line(d) + "\n";
    out += "\n";
  }
  if (!p.actions.empty()) {
    out += "Actions:\n";
    for (const ActionEntry& a : p.actions) out += "- " + one_line(action_line(a)) + "\n";
    out += "\n";
  }
}

}  // namespace

std::string evidence_markdown(const EvidencePack& pack) {
  std::string out = "# Evidence pack: " + pack.query + "\n\n";
  out += std::to_string(pack.passages.size()) + " passage" + (pack.passages.size() == 1 ? "" : "s") +
         " from " + std::to_string(pack.meetings) + " meeting" + (pack.meetings == 1 ? "" : "s") + " of " +
         std::to_string(pack.boards) + " board" + (pack.boards == 1 ? "" : "s") + ".\n\n";
  for (const EvidenceTheme& theme : pack.themes) {
    size_t n = 0;
    for (const EvidenceBoard& b : theme.boards) n += b.passages.size();
    out += "## " + theme.topic.label + " (" + std::to_string(n) + ")\n\n";
    for (const EvidenceBoard& b : theme.boards) {
      out += "### " + b.board + (b.area.empty() ? "" : " — " + b.area) + "\n\n";
      for (size_t i : b.passages) markdown_passage(out, pack.passages[i]);
    }
  }
  return out;
}

std::string evidence_csv(const EvidencePack& pack) {
  Table t;
  t.columns = {"theme",     "theme_label", "board",       "board_id",   "area",        "date",
               "kind",      "meeting_id",  "item_number", "item_title", "source_path", "first_line",
               "last_line", "page",        "quote",       "decisions",  "actions"};
  for (const EvidenceTheme& theme : pack.themes)
    for (const EvidenceBoard& b : theme.boards)
      for (size_t i : b.passages) {
        const EvidencePassage& p = pack.passages[i];
        const ItemCitation& c = p.item;
        std::string decisions, actions;
        for (const std::string& d : p.decisions) decisions += (decisions.empty() ? "" : " | ") + d;
        for (const ActionEntry& a : p.actions) actions += (actions.empty() ? "" : " | ") + action_line(a);
        t.rows.push_back({theme.topic.id, theme.topic.label, c.board, c.board_id, c.area, c.date, c.kind,
                          c.meeting_id, c.item_number, c.item_title, c.source_path,
                          std::to_string(c.first_line), std::to_string(c.last_line), page_cell(c),
                          strip_marks(p.quote),
                          decisions, actions});
      }
  return render_csv(t);
}

nlohmann::ordered_json evidence_json(const EvidencePack& pack) {
  nlohmann::ordered_json out{{"query", pack.query},
                             {"passages", pack.passages.size()},
                             {"meetings", pack.meetings},
                             {"boards", pack.boards},
                             {"themes", nlohmann::ordered_json::array()}};
  for (const EvidenceTheme& theme : pack.themes) {
    nlohmann::ordered_json jt{
        {"id", theme.topic.id}, {"label", theme.topic.label}, {"boards", nlohmann::ordered_json::array()}};
    for (const EvidenceBoard& b : theme.boards) {
      nlohmann::ordered_json jb{{"board", b.board},
                                {"board_id", b.board_id},
                                {"area", b.area},
                                {"passages", nlohmann::ordered_json::array()}};
      for (size_t i : b.passages) {
        const EvidencePassage& p = pack.passages[i];
        nlohmann::ordered_json jp = citation_json(p.item);
        jp["quote"] = strip_marks(p.quote);
        jp["topics"] = p.topics;
        jp["decisions"] = p.decisions;
        jp["actions"] = nlohmann::ordered_json::array();
        for (const ActionEntry& a : p.actions)
          jp["actions"].push_back({{"text", a.text}, {"owners", a.owners}, {"due", a.due}, {"line", a.line}});
        jb["passages"].push_back(std::move(jp));
      }
      jt["boards"].push_back(std::move(jb));
    }
    out["themes"].push_back(std::move(jt));
  }
  return out;
}

}  // namespace crossboard::analysis
