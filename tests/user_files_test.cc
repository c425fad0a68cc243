// Option files (--topics, --aliases) that are not what they claim are refused
// when loaded, with the file (and line) named, never later at commit time.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "corpus/people.h"
#include "corpus/topics.h"
#include "corpus/user_file.h"

namespace crossboard::corpus {
namespace {

namespace fs = std::filesystem;

class UserFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("crossboard-user-files-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string write(const std::string& name, const std::string& bytes) {
    std::ofstream(dir_ / name, std::ios::binary) << bytes;
    return (dir_ / name).string();
  }
  // The message of what `load` throws, or "" if it does not.
  template <typename Load>
  static std::string error_of(Load load) {
    try {
      load();
    } catch (const std::runtime_error& e) {
      return e.what();
    }
    return "";
  }
  fs::path dir_;
};

TEST_F(UserFiles, TopicsFolderIsRefused) {
  std::string folder = dir_.string();
  EXPECT_EQ(error_of([&] { Taxonomy::from_file(folder); }), folder + ": is a folder, not a topics file");
}

TEST_F(UserFiles, EmptyOrCommentOnlyTopicsFileIsRefused) {
  std::string empty = write("empty.tsv", ""), comments = write("comments.tsv", "# nothing yet\n\n");
  std::string expected = ": no topics in the file (each line: id<TAB>label<TAB>acronyms<TAB>word acronyms<TAB>synonyms)";
  EXPECT_EQ(error_of([&] { Taxonomy::from_file(empty); }), empty + expected);
  EXPECT_EQ(error_of([&] { Taxonomy::from_file(comments); }), comments + expected);
}

TEST_F(UserFiles, TopicsFileThatIsNotUtf8NamesTheLine) {
  // Line 3 holds "Caf\xE9": Latin-1, one byte where UTF-8 needs two; it is
  // byte 51 (9 + 34 bytes of lines 1 and 2, then "cafe\tCaf").
  std::string path = write("latin1.tsv", "# topics\ncse\tChild sexual exploitation\tCSE\n"
                                         "cafe\tCaf\xE9 services\t\t\tcaf\xE9 group\n");
  EXPECT_EQ(error_of([&] { Taxonomy::from_file(path); }),
            path + ":3: not valid UTF-8 (byte 51); save the topics file as UTF-8");
}

TEST_F(UserFiles, OverlongTopicNameIsRefusedAtItsLine) {
  std::string phrase;
  for (int i = 0; i < 5000; ++i) phrase += "word ";
  phrase.pop_back();  // 5,000 words: 24,999 bytes
  std::string path = write("long.tsv", "cse\tChild sexual exploitation\tCSE\nlong\tLong topic\t\t\t" + phrase + "\n");
  EXPECT_EQ(error_of([&] { Taxonomy::from_file(path); }),
            path + ":2: a name of 24999 bytes: topic names are at most 200 bytes");
}

TEST_F(UserFiles, GoodTopicsFileLoads) {
  std::string path = write("good.tsv", "cse\tChild sexual exploitation\tCSE\t\tsexual exploitation\n");
  Taxonomy t = Taxonomy::from_file(path);
  ASSERT_EQ(t.topics().size(), 1u);
  EXPECT_EQ(t.topics()[0].id, "cse");
}

TEST_F(UserFiles, AliasesFileThatIsNotUtf8IsRefused) {
  std::string path = write("aliases.txt", "Ann Pole = Anne Pole\nJo Rowe = J\xF6 Rowe\n");
  EXPECT_EQ(error_of([&] { PersonAliases::from_file(path); }),
            path + ":2: not valid UTF-8 (byte 32); save the aliases file as UTF-8");
}

TEST(FirstInvalidUtf8, FindsTheFirstBadByte) {
  EXPECT_EQ(first_invalid_utf8("plain"), std::string_view::npos);
  EXPECT_EQ(first_invalid_utf8("caf\xC3\xA9 ok"), std::string_view::npos);
  EXPECT_EQ(first_invalid_utf8("ab\xFF"), 2u);
  EXPECT_EQ(first_invalid_utf8("ab\xC3"), 2u);          // cut short
  EXPECT_EQ(first_invalid_utf8("x\xC0\xAF"), 1u);       // overlong "/"
  EXPECT_EQ(first_invalid_utf8("\xED\xA0\x80"), 0u);    // a UTF-16 surrogate
}

}  // namespace
}  // namespace crossboard::corpus
