// The one error vocabulary of crossboard and its one mapping to exit codes.
// Every layer throws these (or a kind derived from them); cli/main.cc turns
// whatever a command throws into one line on stderr and the exit code below,
// the same for every command (README "Exit codes").
#pragma once

#include <stdexcept>
#include <string>

namespace crossboard {

// Exit codes shared by every command.
enum ExitCode : int {
  kExitOk = 0,
  kExitSkipped = 1,       // ran, but some input was skipped (each named on stderr)
  kExitUsage = 2,         // a bad argument, query or file named by the user
  kExitEnvironment = 3,   // the index cannot be opened, read or written; disk full, ...
  kExitLocked = 4,        // another writer holds the index's lock
  kExitInterrupted = 130  // stopped by SIGINT/SIGTERM after committing (128 + SIGINT)
};

// Something the user gave must be fixed: an argument, a file they named
// (--topics, --aliases), a query, a topic or board that matches nothing. Exit 2.
class InputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The machine or the index failed: it cannot be opened, read, written or
// committed. Exit 3.
class EnvironmentError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Another writer holds the index's lock (Xapian::DatabaseLockError). Exit 4.
class LockedError : public EnvironmentError {
 public:
  using EnvironmentError::EnvironmentError;
};

}  // namespace crossboard
