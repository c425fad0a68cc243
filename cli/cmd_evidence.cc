// crossboard evidence: write an evidence pack (Markdown, CSV or JSON) of every passage a query matches.
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "analysis/evidence.h"
#include "cli/commands.h"
#include "indexer/index_store.h"

namespace crossboard::cli {

namespace {

struct EvidenceOptions {
  std::vector<std::string> words;
  std::vector<std::string> dbs;
  std::string out;
};

std::string extension(const std::string& path) {
  size_t dot = path.rfind('.');
  if (dot == std::string::npos || path.find('/', dot) != std::string::npos) return "";
  std::string ext = path.substr(dot + 1);
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

std::string render(const analysis::EvidencePack& pack, const std::string& ext) {
  if (ext == "md" || ext == "markdown") return analysis::evidence_markdown(pack);
  if (ext == "csv") return analysis::evidence_csv(pack);
  return analysis::evidence_json(pack).dump(2) + "\n";
}

int run_evidence(const EvidenceOptions& o) {
  std::string ext = extension(o.out);
  if (ext != "md" && ext != "markdown" && ext != "csv" && ext != "json") {
    std::cerr << "crossboard: --out must end in .md, .csv or .json: " << o.out << "\n";
    return kExitUsage;
  }
  std::string text;
  for (const std::string& w : o.words) text += (text.empty() ? "" : " ") + w;
  return run_analysis(o.dbs, [&](const Xapian::Database& db) {
    analysis::EvidencePack pack = analysis::evidence_pack(db, text);
    std::ofstream file(o.out, std::ios::binary);
    file << render(pack, ext);
    file.close();
    if (!file) throw indexer::EnvironmentError("cannot write " + o.out);
    std::cout << "wrote " << pack.passages.size() << " passage" << (pack.passages.size() == 1 ? "" : "s")
              << " from " << pack.meetings << " meeting" << (pack.meetings == 1 ? "" : "s") << " of "
              << pack.boards << " board" << (pack.boards == 1 ? "" : "s") << " in " << pack.themes.size()
              << " theme" << (pack.themes.size() == 1 ? "" : "s") << " to " << o.out << "\n";
    return kExitOk;
  });
}

}  // namespace

void add_evidence_command(CLI::App& app, Runner& run) {
  auto o = std::make_shared<EvidenceOptions>();
  CLI::App* cmd = app.add_subcommand(
      "evidence",
      "Write an evidence pack: every passage matching QUERY, grouped by the topics the query names\n"
      "and by board, oldest first, each with board, date, item, source path and lines, the quote,\n"
      "and the item's decisions and actions. The format follows --out: .md, .csv or .json.");
  cmd->add_option("query", o->words, "The query (search language; several words are joined)")->required();
  cmd->add_option("--out", o->out, "Output file: FILE.md, FILE.csv or FILE.json")->required();
  cmd->add_option("--db", o->dbs, "Index directory or Xapian stub file; repeat to read several as one")
      ->allow_extra_args(false);
  cmd->callback([o, &run] { run = [o] { return run_evidence(*o); }; });
}

}  // namespace crossboard::cli
