// R2: four processes firing commands at the same cases at once. No update is
// lost, each case's sequence stays gapless, and no "database is locked" reaches
// a user. COOPFLOW_LONG=1: 4 x 1,000 commands.
#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <thread>

#include "e2e/runner.h"

using coopflow::testing::OfficeDb;

BOOST_AUTO_TEST_CASE(four_concurrent_writers_lose_nothing) {
  OfficeDb db;
  std::vector<std::string> cases;
  for (int i = 0; i < 3; ++i) cases.push_back(db.case_in("parliamentary-cooperation", "Delivery"));
  const long long before = nlohmann::json::parse(db.ok("audrey", {"--json", "verify"}))["entries"];
  const int per_writer = coopflow::testing::iterations(150, 1000);
  std::vector<int> failures(4, 0);
  std::vector<std::string> errors(4);
  std::vector<std::thread> writers;
  for (int w = 0; w < 4; ++w) {
    writers.emplace_back([&, w] {
      for (int i = 0; i < per_writer; ++i) {
        std::vector<std::string> args = {
            "do", cases[static_cast<std::size_t>(i + w) % cases.size()], "log-activity"};
        for (const auto& f : coopflow::testing::valid_assignments("log-activity")) {
          args.push_back(f);
        }
        const auto r = db.as("alice", args);
        if (r.code != 0) {
          ++failures[static_cast<std::size_t>(w)];
          errors[static_cast<std::size_t>(w)] = r.err;
        }
      }
    });
  }
  for (auto& t : writers) t.join();
  for (int w = 0; w < 4; ++w) {
    BOOST_TEST(failures[static_cast<std::size_t>(w)] == 0,
               "writer " << w << ": " << errors[static_cast<std::size_t>(w)]);
  }
  const auto report = nlohmann::json::parse(db.ok("audrey", {"--json", "verify"}));
  BOOST_TEST(report["ok"] == true);
  BOOST_TEST(report["entries"].get<long long>() == before + 4LL * per_writer);
  long long activities = 0;
  for (const auto& id : cases) {
    const auto history = nlohmann::json::parse(db.ok("audrey", {"--json", "history", id}));
    for (std::size_t i = 0; i < history.size(); ++i) BOOST_TEST(history[i]["seq"] == i + 1);
    activities += static_cast<long long>(
        nlohmann::json::parse(db.ok("audrey", {"--json", "show", id}))["documents"]["activity"]
            .size());
  }
  BOOST_TEST(activities == 4LL * per_writer);
}
