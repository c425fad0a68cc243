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
  ReadResult read = read_file(dir / "growing.txt", {uintmax_t{1} << 20});
  EXPECT_EQ(read.error, "too large to index: it grew past the limit of 1 MB while being read (--max-file-size raises it)");
  EXPECT_TRUE(read.text.lines.empty());
}

TEST(ReadFile, FileUnderTheLimitIsReadWhole) {
  ScratchDir dir("reader");
  std::string minutes = lines_of_minutes((3u << 20) / 2);
  write_bytes(dir / "minutes.txt", minutes);
  ReadResult read = read_file(dir / "minutes.txt", {uintmax_t{2} << 20});
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

const std::string kMinutes =
    "Wexby Board\nMinutes of the meeting held on 4 May 2021\nPresent: Ann Pole (Chair)\n\n1. Budget\nAgreed.\n";

std::string utf16(const std::string& ascii, bool little_endian) {
  std::string out;
  for (char c : ascii) out += little_endian ? std::string{c, '\0'} : std::string{'\0', c};
  return out;
}

TEST(ReadFile, Utf16WithAndWithoutByteOrderMarkIsDecoded) {
  ScratchDir dir("reader");
  write_bytes(dir / "le.txt", "\xFF\xFE" + utf16(kMinutes, true));
  write_bytes(dir / "be.txt", utf16(kMinutes, false));
  ReadResult le = read_file(dir / "le.txt"), be = read_file(dir / "be.txt");
  ASSERT_EQ(le.error, "");
  ASSERT_EQ(be.error, "");
  EXPECT_EQ(le.encoding_note, "read as UTF-16LE (it is not UTF-8)");
  EXPECT_EQ(be.encoding_note, "read as UTF-16BE (it is not UTF-8)");
  ASSERT_EQ(le.text.lines.size(), 5u);  // six lines, one blank: blank lines hold no Line
  EXPECT_EQ(le.text.lines[0].text, "Wexby Board");  // no byte-order mark left in front
  EXPECT_EQ(be.text.lines[2].text, "Present: Ann Pole (Chair)");
}

TEST(ReadFile, Windows1252TextIsDecodedAndSaysWhereUtf8Failed) {
  ScratchDir dir("reader");
  // Line 2 holds 0x96 (an en dash) at byte 24 (12 + 12 bytes before it) and 0xA3 (a pound sign).
  write_bytes(dir / "w.txt", "Wexby Board\nBudget item \x96 \xA3" "5,000 agreed\n");
  ReadResult read = read_file(dir / "w.txt");
  ASSERT_EQ(read.error, "");
  EXPECT_EQ(read.encoding_note, "read as Windows-1252: it is not UTF-8 (line 2, byte 24)");
  EXPECT_EQ(read.text.lines[1].text, "Budget item \u2013 \u00a3" "5,000 agreed");
}

TEST(ReadFile, UtfEightTextHasNoEncodingNote) {
  ScratchDir dir("reader");
  write_bytes(dir / "u.txt", "Wexby Board\nCaf\u00e9 \u2013 \u00a35\n");
  ReadResult read = read_file(dir / "u.txt");
  EXPECT_EQ(read.error, "");
  EXPECT_EQ(read.encoding_note, "");
}

TEST(ReadFile, HighBytesAndControlBytesAreStillBinary) {
  ScratchDir dir("reader");
  std::string junk;
  for (int i = 0; i < 4000; ++i) junk += static_cast<char>(0x80 + i % 0x7F);  // no NUL, all high
  write_bytes(dir / "junk.txt", junk);
  EXPECT_EQ(read_file(dir / "junk.txt").error, "binary file (neither UTF-8 nor Windows-1252 text)");
  write_bytes(dir / "nul.txt", std::string("Wexby Board\nA\0B\n", 16));
  EXPECT_EQ(read_file(dir / "nul.txt").error, "binary file (contains NUL bytes)");
}

}  // namespace
}  // namespace crossboard::corpus
