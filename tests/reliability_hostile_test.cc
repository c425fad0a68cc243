// Hostile input: junk, bad encodings, huge and deep files, loops and odd names each get one message; the rest is indexed.
#include <gtest/gtest.h>

#include <random>

#include "reliability.h"

namespace crossboard {
namespace {

namespace fs = std::filesystem;
using testing::ChildResult;

// Two of the repository's sample minutes (samples/), the good files among the bad.
const std::string kSampleA = "2015-03-10-brackenmoor-lscb.txt";
const std::string kSampleB = "2017-11-30-wrenfield-hwb.txt";

void write(const fs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

std::string repeat(const std::string& s, size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

const std::string kHeader =
    "Brackenmoor Children's Trust Executive Group\n"
    "Minutes of the meeting held on Tuesday 29th November 2011\n"
    "Present: Marguerite Dunsany (Chair), Felicity Kettleby\n\n";

// The hostile corpus: file name → what the index run must say about it
// (empty: it is indexed).
std::map<std::string, std::string> make_hostile_corpus(const fs::path& dir) {
  fs::create_directories(dir);
  std::map<std::string, std::string> expect;
  for (const std::string& sample : std::vector<std::string>{kSampleA, kSampleB}) {
    fs::copy(fs::path(CROSSBOARD_SAMPLES) / sample, dir / sample);
    expect[sample] = "";
  }
  std::mt19937 random(8);
  std::string junk(64 << 10, '\0');
  for (char& c : junk) c = static_cast<char>(random());
  write(dir / "junk.txt", junk);
  expect["junk.txt"] = "binary file";
  write(dir / "invalid-utf8.txt", kHeader + "1. Safeguarding\nThe board caf\xC3\x28 noted \xFF\xFE it.\n");
  expect["invalid-utf8.txt"] = "";  // mostly ASCII: read as Windows-1252, with a warning
  write(dir / "nul.txt", kHeader + "1. Safeguarding\nThe board\0 noted it.\n" + std::string(1, '\0'));
  expect["nul.txt"] = "binary file (contains NUL bytes)";
  write(dir / "empty.txt", "");
  expect["empty.txt"] = "empty file";
  write(dir / "feb31.txt",
        "Brackenmoor Children's Trust Executive Group\nMinutes of the meeting held on Wednesday 31st "
        "February 2016\n"
        "Present: Marguerite Dunsany (Chair)\n\n1. Safeguarding\nThe board noted the report.\n");
  expect["feb31.txt"] = "";
  // A million short lines run together: one enormous line.
  std::string line;
  for (int i = 0; i < 1000000; ++i) line += "Item " + std::to_string(i % 100) + " noted. ";
  write(dir / "one-line.txt", kHeader + line);
  expect["one-line.txt"] = "";
  std::string items = kHeader;
  for (int i = 1; i <= 100000; ++i)
    items += std::to_string(i) + ". Item title " + std::to_string(i) + "\nThe board noted report " +
             std::to_string(i) + " on safeguarding.\n";
  write(dir / "items.txt", items);
  expect["items.txt"] = "";
  std::string open_tags = repeat("<div><b><ul><li><table><tr><td><span>", 10000 / 8 + 1);
  std::string close_tags = repeat("</span></td></tr></table></li></ul></b></div>", 10000 / 8 + 1);
  write(dir / "deep.html",
        "<!DOCTYPE html><html><body><h1>Brackenmoor Children's Trust</h1><p>Minutes of the meeting held on "
        "29th November 2011</p>" +
            open_tags + "<p>1. Safeguarding</p>" + close_tags + repeat("<div>", 10000) + "deep text" +
            "</body></html>");
  expect["deep.html"] = "";
  write(dir / "deep-inline.txt", kHeader + "1. Safeguarding\n" + repeat("<b><i>", 5000) + "bold text" +
                                      repeat("</i></b>", 5000) + repeat("<", 100000) + repeat("&amp", 100000) +
                                      repeat(" \u2022 bullet", 20000) + "\n");
  expect["deep-inline.txt"] = "";
  write(dir / "name with\nnewline.txt", kHeader + "1. Safeguarding\nThe board noted the newline report.\n");
  expect["name with\nnewline.txt"] = "";
  // Symbolic links: a loop of two files, a link to itself, a directory loop, a dangling link.
  fs::create_symlink("loop-b.txt", dir / "loop-a.txt");
  fs::create_symlink("loop-a.txt", dir / "loop-b.txt");
  fs::create_symlink("self.txt", dir / "self.txt");
  fs::create_directories(dir / "sub");
  fs::create_directory_symlink("..", dir / "sub" / "up");
  fs::create_symlink("missing.txt", dir / "dangling.txt");
  fs::create_directories(dir / "dir.txt");  // a directory with a minutes name
  return expect;
}

class HostileInput : public ::testing::Test {
 protected:
  testing::TempDir dir_;
};

TEST_F(HostileInput, EachBadFileGetsAMessageAndTheOthersAreIndexed) {
  fs::path corpus = dir_.path() / "hostile";
  auto expect = make_hostile_corpus(corpus);
  std::string db = dir_.str("db");
  ChildResult run = testing::run_crossboard({"index", corpus.string(), "--db", db, "-q"}, dir_.path(),
                                            std::chrono::minutes(5));
  ASSERT_FALSE(run.timed_out) << "index hung";
  EXPECT_EQ(run.signal, 0);
  EXPECT_EQ(run.exit_code, 1) << run.err;  // ran; some files skipped
  std::cout << "[ reliability ] hostile corpus indexed in " << run.seconds << " s, peak RSS "
            << run.max_rss_kb / 1024 << " MB\n";
  EXPECT_LT(run.max_rss_kb, testing::kRssFactor * (2L << 20)) << "peak RSS over 2 GB";
  auto indexed = testing::indexed_files(Xapian::Database(db));
  for (const auto& [name, reason] : expect) {
    std::string key = indexer::file_key(corpus / name);
    if (reason.empty()) {
      EXPECT_TRUE(indexed.count(key)) << name << " not indexed";
      continue;
    }
    EXPECT_FALSE(indexed.count(key)) << name << " indexed";
    EXPECT_NE(run.out.find((corpus / name).string() + ": " + reason), std::string::npos)
        << name << ": no message '" << reason << "' in\n" << run.out;
  }
  EXPECT_EQ(indexed.size(), static_cast<size_t>(std::count_if(
                                expect.begin(), expect.end(), [](const auto& e) { return e.second.empty(); })));
  // Loops and dangling links are reported, not followed forever.
  for (std::string link : {"loop-a.txt", "loop-b.txt", "self.txt", "dangling.txt"})
    EXPECT_NE(run.out.find((corpus / link).string() + ": "), std::string::npos) << link << " unreported:\n" << run.out;
  EXPECT_EQ(testing::consistency_problems(Xapian::Database(db)), std::vector<std::string>{});

  // The index answers, and an impossible date is no date rather than a wrong one.
  ChildResult search =
      testing::run_crossboard({"search", "safeguarding", "--db", db, "--json", "--all"}, dir_.path());
  EXPECT_EQ(search.exit_code, 0) << search.err;
  for (size_t at = search.out.find("feb31.txt"); at != std::string::npos; at = search.out.find("feb31.txt", at + 1))
    EXPECT_EQ(search.out.rfind("\"date\":\"2016-02", at), std::string::npos);
  ChildResult again = testing::run_crossboard({"index", corpus.string(), "--db", db, "-q"}, dir_.path());
  EXPECT_EQ(again.exit_code, 1) << again.err;
  EXPECT_NE(again.out.find(std::to_string(indexed.size()) + " already indexed"), std::string::npos) << again.out;
}

// A 100 MB text file is refused before it is read, so memory stays small;
// the limit is an option. Its neighbours are indexed.
TEST_F(HostileInput, HundredMegabyteFileIsSkippedUnreadWithBoundedMemory) {
  fs::path corpus = dir_.path() / "big";
  fs::create_directories(corpus);
  fs::copy(fs::path(CROSSBOARD_SAMPLES) / kSampleB, corpus / kSampleB);
  {
    std::ofstream out(corpus / "huge.txt", std::ios::binary);
    std::string sample = testing::slurp(fs::path(CROSSBOARD_SAMPLES) / kSampleB);
    while (out.tellp() < std::streamoff{100} << 20) out << sample;
  }
  ChildResult run = testing::run_crossboard({"index", corpus.string(), "--db", dir_.str("db"), "-q"}, dir_.path(),
                                            std::chrono::minutes(2));
  ASSERT_FALSE(run.timed_out);
  EXPECT_EQ(run.exit_code, 1) << run.err;
  std::cout << "[ reliability ] 100 MB file: " << run.seconds << " s, peak RSS " << run.max_rss_kb / 1024 << " MB\n";
  EXPECT_LT(run.max_rss_kb, testing::kRssFactor * (512L << 10)) << "peak RSS over 512 MB";
  EXPECT_NE(run.out.find("huge.txt: too large to index: 100.0 MB (the limit is 64 MB; --max-file-size raises it)"),
            std::string::npos)
      << run.out;
  EXPECT_EQ(testing::indexed_files(Xapian::Database(dir_.str("db"))).size(), 1u);
}

// A file of 20 MB under the limit, one item of prose: indexed, memory a bounded multiple of it.
TEST_F(HostileInput, LargeFileUnderTheLimitIsIndexedInBoundedMemory) {
  fs::path corpus = dir_.path() / "large";
  fs::create_directories(corpus);
  {
    std::ofstream out(corpus / "large.txt", std::ios::binary);
    out << kHeader << "1. Reports\n";
    for (int i = 0; out.tellp() < std::streamoff{8} << 20; ++i)
      out << "The board noted report " << i << " and agreed the actions on safeguarding.\n";
  }
  ChildResult run = testing::run_crossboard({"index", corpus.string(), "--db", dir_.str("db"), "-q"}, dir_.path(),
                                            std::chrono::minutes(4));
  ASSERT_FALSE(run.timed_out);
  EXPECT_EQ(run.exit_code, 0) << run.err;
  std::cout << "[ reliability ] 8 MB one-item file: " << run.seconds << " s, peak RSS " << run.max_rss_kb / 1024
            << " MB\n";
  EXPECT_LT(run.max_rss_kb, testing::kRssFactor * (1536L << 10)) << "peak RSS over 1.5 GB";
}

TEST_F(HostileInput, UnreadableFileIsSkippedWithAMessage) {
  if (testing::running_as_root()) GTEST_SKIP() << "running as root: chmod 0 does not stop root reading a file";
  fs::path corpus = dir_.path() / "locked";
  fs::create_directories(corpus);
  fs::copy(fs::path(CROSSBOARD_SAMPLES) / kSampleB, corpus / kSampleB);
  write(corpus / "secret.txt", kHeader + "1. Safeguarding\nNoted.\n");
  fs::permissions(corpus / "secret.txt", fs::perms::none);
  ChildResult run = testing::run_crossboard({"index", corpus.string(), "--db", dir_.str("db"), "-q"}, dir_.path());
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_NE(run.out.find("secret.txt: "), std::string::npos) << run.out;
  EXPECT_EQ(testing::indexed_files(Xapian::Database(dir_.str("db"))).size(), 1u);
}

// Named explicitly, a FIFO or a device is refused at once, never read (a
// FIFO with no writer would block forever).
TEST_F(HostileInput, FifoAndDeviceGivenByNameAreRefusedWithoutBlocking) {
  std::string fifo = dir_.str("pipe.txt");
  ASSERT_EQ(mkfifo(fifo.c_str(), 0644), 0);
  ChildResult run =
      testing::run_crossboard({"index", fifo, "/dev/zero", (fs::path(CROSSBOARD_SAMPLES) / kSampleB).string(),
                               "--db", dir_.str("db"), "-q"},
                              dir_.path(), std::chrono::seconds(60));
  ASSERT_FALSE(run.timed_out) << "blocked on a FIFO or device";
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_NE(run.out.find(fifo + ": not a regular file"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("/dev/zero: not a regular file"), std::string::npos) << run.out;
}

}  // namespace
}  // namespace crossboard
