// End to end: shards indexed apart, searched as one — several --db, a stub file, and xapian-tcpsrv remotes.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>
#include <thread>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "query_fixture.h"

namespace crossboard {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

std::string quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

struct ProcessRun {
  int exit_code = -1;
  std::string out;
};

ProcessRun run_crossboard(const std::vector<std::string>& args) {
  std::string command = quote(CROSSBOARD_BINARY);
  for (const std::string& a : args) command += " " + quote(a);
  ProcessRun run;
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  char buffer[4096];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) run.out.append(buffer, n);
  int status = pclose(pipe);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

// A TCP port nobody listens on now, on 127.0.0.1.
int free_port() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  socklen_t length = sizeof addr;
  if (bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
      getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &length) != 0) {
    close(fd);
    return -1;
  }
  close(fd);
  return ntohs(addr.sin_port);
}

bool accepts(int port) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = htons(static_cast<uint16_t>(port));
  bool ok = connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
  close(fd);
  return ok;
}

// xapian-tcpsrv serving one database on 127.0.0.1, stopped when destroyed.
class TcpServer {
 public:
  explicit TcpServer(const std::string& db) {
    for (int attempt = 0; attempt < 5 && pid_ <= 0; ++attempt) {
      port_ = free_port();
      pid_t pid = fork();
      if (pid == 0) {
        // Its own process group: on SIGTERM xapian-tcpsrv signals its whole group.
        setpgid(0, 0);
        std::string port = std::to_string(port_);
        freopen("/dev/null", "w", stdout);
        execlp("xapian-tcpsrv", "xapian-tcpsrv", "--interface", "127.0.0.1", "--port", port.c_str(), db.c_str(),
               static_cast<char*>(nullptr));
        _exit(127);
      }
      auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
      while (std::chrono::steady_clock::now() < deadline) {
        if (accepts(port_)) {
          pid_ = pid;
          break;
        }
        if (waitpid(pid, nullptr, WNOHANG) == pid) break;  // port taken meanwhile: try another
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
      }
      if (pid_ <= 0 && waitpid(pid, nullptr, WNOHANG) == 0) {
        kill(pid, SIGTERM);
        waitpid(pid, nullptr, 0);
      }
    }
  }
  ~TcpServer() {
    if (pid_ > 0) {
      kill(pid_, SIGTERM);
      waitpid(pid_, nullptr, 0);
    }
  }
  bool running() const { return pid_ > 0; }
  // The stub-file line naming this server.
  std::string stub_line() const { return "remote 127.0.0.1:" + std::to_string(port_); }

 private:
  pid_t pid_ = -1;
  int port_ = -1;
};

class ShardsEndToEnd : public ::testing::Test {
 protected:
  // The sample minutes (samples/) split over two shards, and all of them in one index.
  static void SetUpTestSuite() {
    dir_ = new testing::TempDir;
    std::vector<fs::path> samples;
    for (const auto& entry : fs::directory_iterator(CROSSBOARD_SAMPLES))
      if (entry.is_regular_file()) samples.push_back(entry.path());
    std::sort(samples.begin(), samples.end());
    for (size_t i = 0; i < samples.size(); ++i) {
      fs::path part = dir_->path() / (i < samples.size() / 2 ? "part-a" : "part-b") / samples[i].filename();
      fs::create_directories(part.parent_path());
      fs::copy_file(samples[i], part);
    }
    for (const char* part : {"part-a", "part-b"})
      ASSERT_EQ(run_crossboard({"index", dir_->str(part), "--db", dir_->str(std::string(part) + ".db"), "-q"}).exit_code, 0);
    ASSERT_EQ(run_crossboard({"index", dir_->str("part-a"), dir_->str("part-b"), "--db", dir_->str("all.db"), "-q"})
                  .exit_code,
              0);
  }
  static void TearDownTestSuite() { delete dir_; }

  static std::string stub(const std::string& name, const std::vector<std::string>& lines) {
    std::ofstream out(dir_->path() / name);
    for (const std::string& line : lines) out << line << "\n";
    return dir_->str(name);
  }

  // A search's total, its hits as a set (shards number documents differently,
  // so equal scores may come in another order) and its facets.
  static json outcome(const std::string& query, const std::vector<std::string>& dbs) {
    std::vector<std::string> args{"search", query, "--json", "--facets", "--limit", "1000"};
    for (const std::string& db : dbs) args.insert(args.end(), {"--db", db});
    ProcessRun run = run_crossboard(args);
    EXPECT_EQ(run.exit_code, 0) << run.out;
    if (run.exit_code != 0) return json();
    json result = json::parse(run.out);
    std::set<std::string> hits;
    for (const json& h : result["hits"]) {
      char score[32];
      std::snprintf(score, sizeof score, "%.6f", h["score"].get<double>());
      hits.insert(h["meeting_id"].get<std::string>() + " " + h["item_number"].get<std::string>() + " " + score);
    }
    return json{{"total", result["total"]}, {"hits", hits}, {"facets", result["facets"]}};
  }

  static inline testing::TempDir* dir_ = nullptr;
};

const std::vector<std::string> kQueries = {"CSE", "\"signs of safety\"", "topic:cse year:2018",
                                           "safeguarding",
                                           "board:brackenmoor-local-safeguarding-children-board"};

TEST_F(ShardsEndToEnd, SeveralDbOptionsSearchLikeOneIndex) {
  for (const std::string& q : kQueries) {
    json single = outcome(q, {dir_->str("all.db")});
    EXPECT_GT(single["total"].get<int>(), 0) << q;
    EXPECT_EQ(outcome(q, {dir_->str("part-a.db"), dir_->str("part-b.db")}), single) << q;
  }
}

TEST_F(ShardsEndToEnd, LocalStubFileSearchesLikeOneIndex) {
  std::string shards = stub("local.stub", {"auto part-a.db", "auto part-b.db"});
  for (const std::string& q : kQueries) EXPECT_EQ(outcome(q, {shards}), outcome(q, {dir_->str("all.db")})) << q;
}

TEST_F(ShardsEndToEnd, RemoteShardsThroughXapianTcpsrvSearchLikeOneIndex) {
  TcpServer a(dir_->str("part-a.db"));
  TcpServer b(dir_->str("part-b.db"));
  ASSERT_TRUE(a.running() && b.running()) << "xapian-tcpsrv (package xapian-tools) did not start";
  std::string remote = stub("remote.stub", {a.stub_line(), b.stub_line()});
  std::string mixed = stub("mixed.stub", {"auto part-a.db", b.stub_line()});
  for (const std::string& q : kQueries) {
    json single = outcome(q, {dir_->str("all.db")});
    EXPECT_EQ(outcome(q, {remote}), single) << q;
    EXPECT_EQ(outcome(q, {mixed}), single) << q;
  }
}

}  // namespace
}  // namespace crossboard
