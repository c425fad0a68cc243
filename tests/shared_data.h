// The shared data folder beside a checkout (../shared: the seed minutes, the
// real-data set, the corpus generator), and a skip for tests that need it.
//
// A clone of the repository alone has no ../shared. Tests that read it must
// say so and skip, never fail on a missing file or read on past one; the
// repository's own inputs (samples/, invented strings) cover the rest.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

// Its own namespace, not crossboard::testing: a test inside crossboard::corpus
// that writes `testing::TempDir()` for GoogleTest's must keep finding it.
namespace crossboard::shared {

// ../shared: $CROSSBOARD_SHARED_DIR when set (so a run can pretend it is
// absent: CROSSBOARD_SHARED_DIR=/nonexistent ctest), else the folder beside the
// source tree that tests/CMakeLists.txt compiles in.
inline std::filesystem::path dir() {
  const char* override_dir = std::getenv("CROSSBOARD_SHARED_DIR");
  if (override_dir && *override_dir) return override_dir;
  return CROSSBOARD_SHARED;
}

// A path inside ../shared, e.g. shared::path("corpus/seeds").
inline std::filesystem::path path(const std::string& relative) { return dir() / relative; }

inline bool has(const std::string& relative) { return std::filesystem::exists(path(relative)); }

inline std::string missing(const std::string& relative) {
  return "../shared not found: skipped (needs ../shared/" + relative + ")";
}

// The seed minutes, and the one seed file `name` in it.
inline std::filesystem::path seeds_dir() { return path("corpus/seeds"); }
inline std::string seed_path(const std::string& name) { return (seeds_dir() / name).string(); }

// The whole text of seed `name`. A test that reads one skips first
// (CROSSBOARD_NEEDS_SEEDS); a file missing from a present seeds folder is an
// error, thrown so that the test stops there instead of reading on.
inline std::string read_seed(const std::string& name) {
  std::ifstream in(seed_path(name), std::ios::binary);
  if (!in) throw std::runtime_error("cannot read seed " + seed_path(name));
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace crossboard::shared

// Skips the running test (in a test body or a fixture's SetUp) unless
// ../shared/RELATIVE exists; ctest then lists it as skipped, with the reason.
#define CROSSBOARD_NEEDS_SHARED(relative) \
  if (!::crossboard::shared::has(relative)) GTEST_SKIP() << ::crossboard::shared::missing(relative)
#define CROSSBOARD_NEEDS_SEEDS() CROSSBOARD_NEEDS_SHARED("corpus/seeds")
#define CROSSBOARD_NEEDS_MAKE_CORPUS() CROSSBOARD_NEEDS_SHARED("bench/make-corpus")
