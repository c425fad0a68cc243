// The indexing floor: Xapian alone (TermGenerator, add_document, commit) on the files crossboard indexes.
//
//   xapian_floor DB FOLDER [--words N] [--no-positions] [--no-add]
//
// Splits each .txt file of FOLDER into documents of about N words (at line
// ends; 0: one document per file, as omindex does), indexes each with an
// English STEM_SOME TermGenerator, stores the text as its data and adds it,
// flushing every 250 and committing every 4,000 documents, as crossboard
// does; nothing is parsed.
// Prints the documents written and the CPU seconds, for bench/RESULTS.md.
#include <xapian.h>

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: xapian_floor DB FOLDER [--words N] [--no-positions] [--no-add]\n";
    return 2;
  }
  size_t words_per_document = 180;  // 6,030 documents on the 10 MB corpus (crossboard: 6,830)
  bool positions = true, add = true;
  for (int i = 3; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--words" && i + 1 < argc)
      words_per_document = std::stoul(argv[++i]);
    else if (arg == "--no-positions")
      positions = false;
    else if (arg == "--no-add")
      add = false;
  }
  // As crossboard flushes (indexer/index_writer.cc); a value in the environment wins.
  setenv("XAPIAN_FLUSH_THRESHOLD", "250", 0);
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(argv[2]))
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  Xapian::WritableDatabase db(argv[1], Xapian::DB_CREATE_OR_OVERWRITE);
  Xapian::TermGenerator generator;
  generator.set_stemmer(Xapian::Stem("english"));
  generator.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
  size_t documents = 0;
  auto write = [&](const std::string& text, const std::string& file_term) {
    Xapian::Document doc;
    generator.set_document(doc);
    if (positions)
      generator.index_text(text);
    else
      generator.index_text_without_positions(text);
    doc.add_boolean_term(file_term);
    doc.set_data(text);
    if (add) db.add_document(doc);
    if (++documents % 4000 == 0) db.commit();
  };
  for (const fs::path& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    std::string text = buffer.str();
    std::string file_term = "XF" + file.filename().string();
    size_t start = 0, words = 0;
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] == ' ') ++words;
      if (text[i] == '\n' && words_per_document > 0 && words >= words_per_document) {
        write(text.substr(start, i - start), file_term);
        start = i;
        words = 0;
      }
    }
    if (start < text.size()) write(text.substr(start), file_term);
  }
  db.commit();
  std::cout << documents << " documents, " << static_cast<double>(std::clock()) / CLOCKS_PER_SEC
            << " CPU seconds\n";
}
