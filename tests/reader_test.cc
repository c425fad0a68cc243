// read_file: what it refuses, and the size limit applied to the bytes actually read.
#include "corpus/reader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace crossboard::corpus {
namespace {

namespace fs = std::filesystem;

// A fresh folder for one test, removed after it.
class ScratchDir {
 public:
  explicit ScratchDir(const std::string& tag)
      : path_(fs::temp_directory_path() / ("crossboard-" + tag + "-" + std::to_string(::getpid()))) {
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~ScratchDir() { fs::remove_all(path_); }
  fs::path operator/(const std::string& name) const { return path_ / name; }

 private:
  fs::path path_;
};

void write_bytes(const fs::path& path, const std::string& bytes) { std::ofstream(path, std::ios::binary) << bytes; }

std::string lines_of_minutes(size_t bytes) {
  std::string out = "Wexby Community Safety Partnership\nMinutes of the meeting held on 4 May 2021\n1. Reports\n";
  while (out.size() < bytes) out += "The partnership noted the quarterly report on anti-social behaviour.\n";
  return out;
}

// The walk compares the size it listed; a file that grew after that is
// caught here, when its bytes pass the limit, not after it filled memory.
TEST(ReadFile, FileOverTheLimitWhenReadIsRefused) {
  ScratchDir dir("reader");
  write_bytes(dir / "growing.txt", lines_of_minutes(3u << 20));
  ReadResult read = read_file(dir / "growing.txt", uintmax_t{1} << 20);
  EXPECT_EQ(read.error, "too large to index: it grew past the limit of 1 MB while being read (--max-file-size raises it)");
  EXPECT_TRUE(read.text.lines.empty());
}

TEST(ReadFile, FileUnderTheLimitIsReadWhole) {
  ScratchDir dir("reader");
  std::string minutes = lines_of_minutes((3u << 20) / 2);
  write_bytes(dir / "minutes.txt", minutes);
  ReadResult read = read_file(dir / "minutes.txt", uintmax_t{2} << 20);
  ASSERT_EQ(read.error, "");
  EXPECT_EQ(read.text.lines.front().text, "Wexby Community Safety Partnership");
  EXPECT_EQ(read.source.sha256, sha256_hex(minutes));
}

TEST(ReadFile, WithoutALimitALargeFileIsRead) {
  ScratchDir dir("reader");
  write_bytes(dir / "minutes.txt", lines_of_minutes(3u << 20));
  EXPECT_EQ(read_file(dir / "minutes.txt").error, "");
}

TEST(ReadFile, TooLargeMessageNamesSizeAndLimit) {
  EXPECT_EQ(too_large_message(uintmax_t{100} << 20, uintmax_t{64} << 20),
            "too large to index: 100.0 MB (the limit is 64 MB; --max-file-size raises it)");
}

}  // namespace
}  // namespace crossboard::corpus
