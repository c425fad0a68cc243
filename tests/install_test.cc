// `cmake --install` into a temporary prefix: the binary, the Poppler module where the binary looks for it,
// a man page and bash and zsh completions that know every command.
#include <dlfcn.h>
#include <gtest/gtest.h>

#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "reliability.h"

namespace crossboard {
namespace {

namespace fs = std::filesystem;
using testing::Child;
using testing::ChildResult;

// The commands `crossboard --help` lists (README, "Using crossboard" and "Analysis").
const std::vector<std::string> kCommands = {"extract", "index",    "search",   "people",
                                            "compare", "timeline", "cooccur",  "decisions",
                                            "actions", "terms",    "evidence", "watch"};

ChildResult run(const std::vector<std::string>& argv, const fs::path& dir) { return Child(argv, dir).wait(); }

class Install : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new testing::TempDir;
    prefix_ = new fs::path(dir_->path() / "prefix");
    install_ = new ChildResult(run(
        {CROSSBOARD_CMAKE, "--install", CROSSBOARD_BUILD_ROOT, "--prefix", prefix_->string()}, dir_->path()));
  }
  static void TearDownTestSuite() {
    delete install_;
    delete prefix_;
    delete dir_;
  }

  static fs::path installed(const std::string& relative) { return *prefix_ / relative; }

  static inline testing::TempDir* dir_ = nullptr;
  static inline fs::path* prefix_ = nullptr;
  static inline ChildResult* install_ = nullptr;
};

TEST_F(Install, PutsEachFileWhereItsUserLooks) {
  ASSERT_EQ(install_->exit_code, 0) << install_->out << install_->err;
  for (const char* file :
       {"bin/crossboard", "lib/crossboard/libcrossboard_pdf.so", "share/man/man1/crossboard.1",
        "share/bash-completion/completions/crossboard", "share/zsh/site-functions/_crossboard"})
    EXPECT_TRUE(fs::is_regular_file(installed(file))) << file << " not installed:\n" << install_->out;
}

TEST_F(Install, InstalledBinaryRunsAndListsEveryCommand) {
  ASSERT_EQ(install_->exit_code, 0) << install_->err;
  ChildResult help = run({installed("bin/crossboard").string(), "--help"}, dir_->path());
  EXPECT_EQ(help.exit_code, 0) << help.err;
  // The subcommands section of --help: each command's line starts with two spaces and its name; the lines
  // that carry on its description start with more.
  std::set<std::string> listed;
  size_t section = help.out.find("Subcommands:\n");
  ASSERT_NE(section, std::string::npos) << help.out;
  std::istringstream lines(help.out.substr(section));
  std::string line;
  std::getline(lines, line);
  while (std::getline(lines, line) && line.starts_with("  "))
    if (line[2] != ' ') listed.insert(line.substr(2, line.find(' ', 2) - 2));
  EXPECT_EQ(listed, std::set<std::string>(kCommands.begin(), kCommands.end())) << help.out;
}

// The module is the one the binary loads (corpus/pdf_reader.cc: bin/../lib/crossboard) and answers its ABI
// call.
TEST_F(Install, PdfModuleLoadsFromLibCrossboard) {
  ASSERT_EQ(install_->exit_code, 0) << install_->err;
  void* module = dlopen(installed("lib/crossboard/libcrossboard_pdf.so").c_str(), RTLD_NOW | RTLD_LOCAL);
  ASSERT_NE(module, nullptr) << dlerror();
  EXPECT_NE(dlsym(module, "crossboard_pdf_module_abi"), nullptr);
  dlclose(module);
}

TEST_F(Install, ManPageHasASectionForEveryCommandAndOption) {
  ASSERT_EQ(install_->exit_code, 0) << install_->err;
  std::string man = testing::slurp(installed("share/man/man1/crossboard.1"));
  EXPECT_TRUE(man.starts_with(".TH CROSSBOARD 1")) << man.substr(0, 200);
  for (const std::string& command : kCommands)
    EXPECT_NE(man.find(".SS \"" + command + "\"\n"), std::string::npos) << command;
  for (const char* nested : {"watch add", "watch list", "watch run"})
    EXPECT_NE(man.find(".SS \"" + std::string(nested) + "\"\n"), std::string::npos) << nested;
  // Options as roff writes them (\- for a hyphen), from several commands.
  for (const char* option : {"\\fB\\-\\-json\\fR", "\\fB\\-\\-facets\\fR", "\\fB\\-\\-owner\\fR",
                             "\\fB\\-\\-across\\-boards\\fR", "\\fB\\-\\-by\\-meeting\\fR"})
    EXPECT_NE(man.find(option), std::string::npos) << option;
  EXPECT_NE(man.find(".SH EXIT STATUS"), std::string::npos);
}

// The completion script itself, sourced into bash: what a user gets after typing TAB.
std::string bash_complete(const fs::path& script, const std::string& words, const fs::path& dir) {
  std::string program = "source '" + script.string() + "'; COMP_WORDS=(" + words +
                        "); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _crossboard; echo \"${COMPREPLY[*]}\"";
  ChildResult r = run({"/bin/bash", "--norc", "-c", program}, dir);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return r.out.substr(0, r.out.find('\n'));
}

TEST_F(Install, BashCompletionKnowsEveryCommandAndItsOptions) {
  ASSERT_EQ(install_->exit_code, 0) << install_->err;
  fs::path script = installed("share/bash-completion/completions/crossboard");
  std::string all = " " + bash_complete(script, "crossboard ''", dir_->path()) + " ";
  for (const std::string& command : kCommands)
    EXPECT_NE(all.find(" " + command + " "), std::string::npos) << all;
  EXPECT_EQ(bash_complete(script, "crossboard sea", dir_->path()), "search");
  EXPECT_EQ(bash_complete(script, "crossboard search CSE --fac", dir_->path()), "--facets");
  EXPECT_EQ(bash_complete(script, "crossboard actions --ow", dir_->path()), "--owner");
  EXPECT_EQ(bash_complete(script, "crossboard watch l", dir_->path()), "list");
}

TEST_F(Install, ZshCompletionDescribesEveryCommand) {
  ASSERT_EQ(install_->exit_code, 0) << install_->err;
  std::string zsh = testing::slurp(installed("share/zsh/site-functions/_crossboard"));
  EXPECT_TRUE(zsh.starts_with("#compdef crossboard\n"));
  for (const std::string& command : kCommands)
    EXPECT_NE(zsh.find("    '" + command + ":"), std::string::npos) << command;
  EXPECT_NE(zsh.find("'--facets["), std::string::npos);
}

}  // namespace
}  // namespace crossboard
