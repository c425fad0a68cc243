// File names that are not UTF-8, or hold terminal escape codes, are indexed
// and printed escaped ("\xNN"); the run never stops on them.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "corpus/user_file.h"
#include "reliability.h"

namespace crossboard {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using testing::ChildResult;

TEST(PrintableName, EscapesInvalidBytesAndControlCodesOnly) {
  EXPECT_EQ(corpus::printable_name("minutes 2021.txt"), "minutes 2021.txt");
  EXPECT_EQ(corpus::printable_name("caf\xC3\xA9.txt"), "caf\xC3\xA9.txt");      // é in UTF-8 is kept
  EXPECT_EQ(corpus::printable_name("caf\xE9.txt"), "caf\\xe9.txt");             // é in Latin-1 is not UTF-8
  EXPECT_EQ(corpus::printable_name("a\x1B[31mred"), "a\\x1b[31mred");           // ESC starts a colour code
  EXPECT_EQ(corpus::printable_name("tab\there\n"), "tab\\x09here\\x0a");
  EXPECT_EQ(corpus::printable_name("c1\xC2\x9B" "x"), "c1\\xc2\\x9bx");        // U+009B, the one-byte CSI
  EXPECT_EQ(corpus::printable_name("cut\xE2\x82"), "cut\\xe2\\x82");            // a sequence cut short
}

TEST(OddNames, NonUtf8NameIsIndexedSearchedAndPrunedLikeAnyOther) {
  testing::TempDir dir;
  fs::create_directories(dir.path() / "minutes");
  const std::string odd = "caf\xE9-\x1B[2J-minutes.txt";
  std::ofstream(dir.path() / "minutes" / odd)
      << "Wexby Board\nMinutes of the meeting held on 4 May 2021\n\n1. Budget\nThe zzoddname budget was agreed.\n";
  std::ofstream(dir.path() / "minutes" / "plain.txt")
      << "Wexby Board\nMinutes of the meeting held on 5 May 2021\n\n1. Budget\nThe zzplain budget was agreed.\n";
  ChildResult first = testing::run_crossboard({"index", dir.str("minutes"), "--db", dir.str("db"), "-q"}, dir.path());
  EXPECT_EQ(first.exit_code, 0) << first.err;
  EXPECT_NE(first.out.find("2 new"), std::string::npos) << first.out;

  ChildResult found = testing::run_crossboard({"search", "zzoddname", "--db", dir.str("db"), "--json"}, dir.path());
  ASSERT_EQ(found.exit_code, 0) << found.err;
  json hits = json::parse(found.out)["hits"];
  ASSERT_EQ(hits.size(), 1u);
  std::string path = hits[0]["source"]["path"];
  EXPECT_TRUE(path.ends_with("caf\\xe9-\\x1b[2J-minutes.txt")) << path;

  // Unchanged on the next run: the file is keyed by its bytes, not by the escaped name.
  ChildResult again = testing::run_crossboard({"index", dir.str("minutes"), "--db", dir.str("db"), "-q"}, dir.path());
  EXPECT_NE(again.out.find("index unchanged"), std::string::npos) << again.out;

  ChildResult extract = testing::run_crossboard({"extract", "--json", dir.str("minutes") + "/" + odd}, dir.path());
  EXPECT_EQ(extract.exit_code, 0) << extract.err;
  EXPECT_EQ(extract.err.find('\x1B'), std::string::npos) << "a raw escape code reached the terminal";
  EXPECT_EQ(json::parse(extract.out)["meetings"][0]["date"], "2021-05-04");

  fs::remove(dir.path() / "minutes" / odd);
  ChildResult pruned =
      testing::run_crossboard({"index", dir.str("minutes"), "--db", dir.str("db"), "--prune", "-q"}, dir.path());
  EXPECT_NE(pruned.out.find("1 removed"), std::string::npos) << pruned.out;
}

}  // namespace
}  // namespace crossboard
