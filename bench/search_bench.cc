// search_bench: in-process search latency, the index opened once, for bench/run.
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "query/search.h"

using namespace crossboard;

// Usage: search_bench RUNS FACETS(0|1) QUERY DB...
// Prints one JSON object: total, median_ms, p99_ms, max_ms over RUNS searches.
int main(int argc, char** argv) {
  if (argc < 5) {
    std::cerr << "usage: search_bench RUNS FACETS QUERY DB...\n";
    return 2;
  }
  size_t runs = std::strtoul(argv[1], nullptr, 10);
  bool facets = std::string(argv[2]) == "1";
  std::string text = argv[3];
  std::vector<std::string> dbs(argv + 4, argv + argc);
  query::Searcher searcher(dbs);
  query::SearchOptions options;
  options.facets = facets;
  std::vector<double> ms;
  query::SearchResult result;
  for (size_t i = 0; i < runs; ++i) {
    auto start = std::chrono::steady_clock::now();
    result = searcher.search(text, options);
    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(ms.begin(), ms.end());
  auto at = [&](double q) { return ms[std::min(ms.size() - 1, static_cast<size_t>(q * (ms.size() - 1) + 0.5))]; };
  std::cout << nlohmann::json{{"query", text},    {"facets", facets},       {"total", result.total},
                              {"runs", runs},     {"median_ms", at(0.5)},   {"p99_ms", at(0.99)},
                              {"max_ms", ms.back()}}
                   .dump()
            << "\n";
}
