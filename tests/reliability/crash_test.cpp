// R1: writers killed with SIGKILL at random moments. After every kill: each
// command that reported success is in the journal, the file passes SQLite's
// integrity check, and `coopflow verify` passes. COOPFLOW_LONG=1: 200 kills.
#include <SQLiteCpp/Database.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <sstream>
#include <thread>

#include "e2e/runner.h"

using coopflow::testing::OfficeDb;

namespace {

int target_kills() { return coopflow::testing::iterations(25, 200); }

struct Outcome {
  bool killed = false;
  int code = -1;
  std::string out;
};

// Starts coopflow, lets it run for delay, then SIGKILLs it (if still running).
Outcome run_and_kill(const std::vector<std::string>& args, std::chrono::microseconds delay,
                     const std::string& out_path) {
  const pid_t pid = coopflow::testing::spawn_binary(args, out_path, "/dev/null");
  std::this_thread::sleep_for(delay);
  ::kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  Outcome o;
  o.killed = WIFSIGNALED(status);
  o.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream in(out_path);
  std::stringstream s;
  s << in.rdbuf();
  o.out = s.str();
  return o;
}

std::string integrity(const std::string& path) {
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  return db.execAndGet("PRAGMA integrity_check").getString();
}

}  // namespace

BOOST_AUTO_TEST_CASE(no_acknowledged_write_is_lost_and_none_is_half_written_under_sigkill) {
  OfficeDb db;
  std::vector<std::string> cases;
  for (int i = 0; i < 4; ++i) cases.push_back(db.case_in("electoral-cooperation", "Delivery"));
  std::mt19937 rng(20261123);
  std::uniform_int_distribution<int> delay_us(0, 40000);
  std::vector<std::string> acknowledged;  // hashes of entries whose command exited 0
  int kills = 0, iterations = 0;
  while (kills < target_kills() && iterations < target_kills() * 20) {
    ++iterations;
    const std::string id = cases[static_cast<std::size_t>(iterations) % cases.size()];
    std::vector<std::string> args = {"--db",   db.path(), "--as", "alice",
                                     "--json", "do",      id,     "log-activity"};
    for (const auto& f : coopflow::testing::valid_assignments("log-activity")) args.push_back(f);
    if (iterations % 5 == 0) {
      args = {"--db", db.path(), "--as", "alice", "--json"};
      for (const auto& a : coopflow::testing::open_args()) args.push_back(a);
    }
    const Outcome o = run_and_kill(args, std::chrono::microseconds(delay_us(rng)), db.file("out"));
    if (o.code == 0) {
      const auto doc = nlohmann::json::parse(o.out);
      if (doc.contains("hash")) acknowledged.push_back(doc["hash"]);
      if (doc.contains("case_id") && !doc.contains("hash")) {
        acknowledged.push_back("case:" + doc["case_id"].get<std::string>());
      }
    }
    if (!o.killed) continue;
    ++kills;
    BOOST_TEST_REQUIRE(integrity(db.path()) == "ok", "after kill " << kills);
    const auto verify = db.as("audrey", {"verify"});
    BOOST_TEST_REQUIRE(verify.code == 0, "after kill " << kills << ": " << verify.err);
  }
  BOOST_TEST(kills >= target_kills());
  BOOST_TEST_MESSAGE(kills << " kills in " << iterations << " commands, " << acknowledged.size()
                           << " acknowledged");
  const auto history_of = [&](const std::string& id) {
    return nlohmann::json::parse(db.ok("audrey", {"--json", "history", id}));
  };
  std::set<std::string> journaled;
  for (const auto& row :
       nlohmann::json::parse(db.ok("audrey", {"--json", "list", "--limit", "0"}))) {
    journaled.insert("case:" + row["id"].get<std::string>());
    for (const auto& e : history_of(row["id"])) journaled.insert(e["hash"].get<std::string>());
  }
  for (const auto& a : acknowledged) {
    BOOST_TEST(journaled.count(a) == 1u, a << " was acknowledged but lost");
  }
}
