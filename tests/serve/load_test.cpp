// Under load: eight clients approving and logging on shared cases lose no
// update; a server killed with SIGKILL mid-load keeps every write it answered
// 2xx and serves again after a restart; SIGTERM finishes what is in flight.
#include <atomic>
#include <boost/test/unit_test.hpp>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <thread>

#include "serve/server_fixture.h"

using coopflow::testing::ApiUser;
using coopflow::testing::HttpReply;
using coopflow::testing::ServedOffice;
using nlohmann::json;

namespace {

const json kActivity = {{"event", "log-activity"},
                        {"fields",
                         {{"title", "Atelier"},
                          {"from", "2011-04-11"},
                          {"to", "2011-04-12"},
                          {"mode", "on-site"},
                          {"participants", "12"}}}};

// Every write a client saw answered 2xx: case id and seq -> hash.
struct Answered {
  std::mutex mutex;
  std::map<std::pair<std::string, long long>, std::string> entries;
  void add(const HttpReply& r) {
    const json entry = json::parse(r.body).at("entry");
    std::lock_guard<std::mutex> lock(mutex);
    entries[{entry.at("case_id"), entry.at("seq")}] = entry.at("hash");
  }
};

}  // namespace

BOOST_AUTO_TEST_CASE(eight_clients_approving_and_logging_on_shared_cases_lose_no_update) {
  ServedOffice s;
  std::vector<std::string> delivery, review;
  for (int i = 0; i < 3; ++i)
    delivery.push_back(s.db().case_in("electoral-cooperation", "Delivery"));
  for (int i = 0; i < 4; ++i)
    review.push_back(s.db().case_in("electoral-cooperation", "PlanReview"));
  const int per_client = coopflow::testing::iterations(12, 60);
  Answered answered;
  std::atomic<int> approvals{0}, refused_approvals{0}, failures{0};
  std::vector<ApiUser> users;  // signed in first: Boost.Test asserts on the main thread only
  for (int c = 0; c < 8; ++c)
    users.push_back(s.sign_in(c == 0 ? "bob" : c == 1 ? "dave" : "alice"));
  std::vector<std::thread> clients;
  for (int c = 0; c < 8; ++c) {
    clients.emplace_back([&, c] {
      const bool manager = c < 2;
      const ApiUser& me = users[static_cast<std::size_t>(c)];
      if (manager) {
        // Both managers race to approve every plan: one wins each, the other is told.
        for (const auto& id : review) {
          const HttpReply r = s.as(me, "POST", "/api/cases/" + id + "/events",
                                   json{{"event", "approve-plan"}}.dump());
          if (r.status == 200) {
            ++approvals;
            answered.add(r);
          } else if (r.status == 409) {
            ++refused_approvals;
          } else {
            ++failures;
          }
        }
        return;
      }
      for (int i = 0; i < per_client; ++i) {
        const std::string& id = delivery[static_cast<std::size_t>(i + c) % delivery.size()];
        const HttpReply r = s.as(me, "POST", "/api/cases/" + id + "/events", kActivity.dump());
        if (r.status == 200) {
          answered.add(r);
        } else {
          ++failures;
        }
      }
    });
  }
  for (auto& t : clients) t.join();
  BOOST_TEST(failures == 0);
  BOOST_TEST(approvals == 4);
  BOOST_TEST(refused_approvals == 4);
  BOOST_TEST(answered.entries.size() == static_cast<std::size_t>(6 * per_client + 4));
  const ApiUser audrey = s.sign_in("audrey");
  for (const auto& [key, hash] : answered.entries) {
    const json history =
        json::parse(s.as(audrey, "GET", "/api/cases/" + key.first + "/history").body);
    BOOST_TEST(history.at(static_cast<std::size_t>(key.second - 1)).at("hash") == hash);
  }
  BOOST_TEST(json::parse(s.as(audrey, "GET", "/api/verify").body).at("ok") == true);
}

BOOST_AUTO_TEST_CASE(a_server_killed_mid_load_keeps_every_write_it_answered_and_serves_again) {
  ServedOffice s;
  std::vector<std::string> delivery;
  for (int i = 0; i < 2; ++i)
    delivery.push_back(s.db().case_in("electoral-cooperation", "Delivery"));
  Answered answered;
  std::atomic<bool> stop{false};
  const ApiUser alice = s.sign_in("alice");
  std::vector<std::thread> clients;
  for (int c = 0; c < 4; ++c) {
    clients.emplace_back([&, c] {
      for (int i = 0; !stop; ++i) {
        try {
          const std::string& id = delivery[static_cast<std::size_t>(i + c) % delivery.size()];
          const HttpReply r = s.as(alice, "POST", "/api/cases/" + id + "/events", kActivity.dump());
          if (r.status == 200) answered.add(r);
        } catch (const std::exception&) {
          return;  // the server is gone
        }
      }
    });
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(1500));
  s.kill_hard();
  stop = true;
  for (auto& t : clients) t.join();
  BOOST_TEST(answered.entries.size() > 0U);
  s.start();
  const ApiUser audrey = s.sign_in("audrey");
  for (const auto& [key, hash] : answered.entries) {
    const json history =
        json::parse(s.as(audrey, "GET", "/api/cases/" + key.first + "/history").body);
    BOOST_REQUIRE(history.size() >= static_cast<std::size_t>(key.second));
    BOOST_TEST(history.at(static_cast<std::size_t>(key.second - 1)).at("hash") == hash);
  }
  BOOST_TEST(json::parse(s.as(audrey, "GET", "/api/verify").body).at("ok") == true);
}

BOOST_AUTO_TEST_CASE(sigterm_finishes_the_requests_in_flight_and_exits_cleanly) {
  ServedOffice s;
  const std::string id = s.db().case_in("electoral-cooperation", "Delivery");
  Answered answered;
  std::atomic<int> cut{0};
  const ApiUser alice = s.sign_in("alice");
  std::vector<std::thread> clients;
  for (int c = 0; c < 4; ++c) {
    clients.emplace_back([&] {
      for (int i = 0; i < 200; ++i) {
        try {
          const HttpReply r = s.as(alice, "POST", "/api/cases/" + id + "/events", kActivity.dump());
          if (r.status == 200) answered.add(r);
        } catch (const std::exception&) {
          ++cut;  // refused once the server stopped accepting
          return;
        }
      }
    });
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(700));
  BOOST_TEST(s.stop() == 0);
  for (auto& t : clients) t.join();
  s.start();
  const ApiUser audrey = s.sign_in("audrey");
  const json history = json::parse(s.as(audrey, "GET", "/api/cases/" + id + "/history").body);
  for (const auto& [key, hash] : answered.entries) {
    BOOST_TEST(history.at(static_cast<std::size_t>(key.second - 1)).at("hash") == hash);
  }
  BOOST_TEST(json::parse(s.as(audrey, "GET", "/api/verify").body).at("ok") == true);
}
