// Deadlines, the overdue list, each user's tasks and their calendar feed,
// with the real binary and received dates in the past (no fake clock).
#include <boost/test/unit_test.hpp>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <nlohmann/json.hpp>

#include "e2e/runner.h"
#include "support/tamper.h"

using coopflow::testing::OfficeDb;
using coopflow::testing::Result;
using coopflow::testing::shell;
using nlohmann::json;

namespace {

std::string day(int days_from_today) {
  const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now()) +
                        static_cast<std::time_t>(days_from_today) * 86400;
  std::tm tm{};
  ::gmtime_r(&t, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

std::string open_received(const OfficeDb& db, const std::string& received) {
  return db.ok("alice",
               coopflow::testing::open_args("electoral-cooperation", {{"--received", received}}));
}

}  // namespace

BOOST_AUTO_TEST_CASE(overdue_cases_come_most_overdue_first_with_their_days) {
  OfficeDb db;
  // Received (5 days) counts from the request's arrival.
  const std::string late = open_received(db, day(-40));    // due 35 days ago
  const std::string later = open_received(db, day(-100));  // due 95 days ago
  const std::string on_time = open_received(db, day(-2));  // due in 3 days
  const auto rows = json::parse(db.ok("audrey", {"--json", "list", "--overdue"}));
  BOOST_REQUIRE_EQUAL(rows.size(), 2u);
  BOOST_TEST(rows[0].at("id") == later);
  BOOST_TEST(rows[0].at("days_overdue") == 95);
  BOOST_TEST(rows[0].at("due") == day(-95));
  BOOST_TEST(rows[1].at("id") == late);
  BOOST_TEST(rows[1].at("days_overdue") == 35);
  const std::string table = db.ok("audrey", {"list", "--overdue"});
  BOOST_TEST(table.find("DAYS OVERDUE") != std::string::npos);
  BOOST_TEST(table.find(on_time) == std::string::npos);
  BOOST_TEST(db.ok("audrey", {"show", later}).find("OVERDUE") != std::string::npos);

  // An admin gives this office 60 days for Received: only the older one stays late.
  db.ok("ada", {"config", "set", "deadline.electoral-cooperation.Received", "60"});
  const auto now = json::parse(db.ok("audrey", {"--json", "list", "--overdue"}));
  BOOST_REQUIRE_EQUAL(now.size(), 1u);
  BOOST_TEST(now[0].at("days_overdue") == 40);
  // A case that moved on is judged by its new stage.
  db.fire("alice", later, "start-analysis");
  BOOST_TEST(json::parse(db.ok("audrey", {"--json", "list", "--overdue"})).empty());
}

BOOST_AUTO_TEST_CASE(deadline_settings_refuse_what_is_not_a_deadline) {
  OfficeDb db;
  const std::string before = db.snapshot();
  for (const auto& [name, value] : std::vector<std::pair<std::string, std::string>>{
           {"deadline.electoral-cooperation.Received", "abc"},
           {"deadline.electoral-cooperation.Received", "4000"},
           {"deadline.electoral-cooperation.Closed", "5"},  // a final state
           {"deadline.electoral-cooperation.Suspended", "5"},
           {"deadline.no-such-workflow.Received", "5"},
           {"deadline.electoral-cooperation", "5"}}) {
    const Result r = db.as("ada", {"config", "set", name, value});
    BOOST_TEST(r.code == 3, name << "=" << value << ": " << r.code << " " << r.err);
  }
  BOOST_TEST((db.snapshot() == before));
}

BOOST_AUTO_TEST_CASE(tasks_are_what_the_authority_lets_each_user_do_now) {
  OfficeDb db;
  const std::string received = db.open_electoral();
  // carol drafted and submitted this plan: approving it is bob's task, never hers.
  const std::string review = db.case_ready_for("electoral-cooperation", "approve-plan");
  const auto tasks_of = [&](const std::string& user) {
    std::map<std::string, std::vector<std::string>> out;
    const json doc = json::parse(db.ok(user, {"--json", "tasks"}));
    for (const auto& t : doc.at("tasks")) {
      const std::string id = t.at("id");
      for (const auto& e : t.at("events")) out[id].push_back(e.at("event").get<std::string>());
    }
    return out;
  };
  const auto alice = tasks_of("alice");
  BOOST_TEST(alice.at(received) == std::vector<std::string>{"start-analysis"});
  const auto bob = tasks_of("bob");
  BOOST_TEST(bob.count(received) == 0u);  // suspend or withdraw alone make no task
  BOOST_TEST(bob.at(review) == (std::vector<std::string>{"approve-plan", "return-plan"}));
  BOOST_TEST(tasks_of("audrey").empty());
  BOOST_TEST(db.ok("audrey", {"tasks"}) == "nothing to do now");
  // The most urgent first: the request received long ago leads alice's list.
  const auto list = json::parse(db.ok("alice", {"--json", "tasks"})).at("tasks");
  BOOST_TEST(list.at(0).at("id") == received);
}

BOOST_AUTO_TEST_CASE(the_calendar_feed_parses_back_with_each_deadline) {
  OfficeDb db;
  const std::string a = open_received(db, day(-1));
  const std::string b = open_received(db, day(-10));
  const std::string feed = db.file("tasks.ics");
  db.ok("alice", {"tasks", "--ics", "--out", feed});
  const Result parsed = shell(
      "/usr/bin/python3 -c 'import sys, json, icalendar\n"
      "cal = icalendar.Calendar.from_ical(open(sys.argv[1], \"rb\").read())\n"
      "print(json.dumps([[str(e[\"UID\"]), e.decoded(\"DTSTART\").isoformat(), "
      "str(e[\"SUMMARY\"])] for e in cal.walk(\"VEVENT\")]))' " +
      feed);
  BOOST_REQUIRE_MESSAGE(parsed.code == 0, parsed.out);
  const auto events = json::parse(parsed.out);
  BOOST_REQUIRE_EQUAL(events.size(), 2u);
  std::map<std::string, std::string> due;
  for (const auto& e : events) {
    const std::string summary = e.at(2);
    due[summary.substr(0, summary.find(' '))] = e.at(1);
    BOOST_TEST(e.at(0).get<std::string>().find("@coopflow/") != std::string::npos);
  }
  BOOST_TEST(due.at(a) == day(4));
  BOOST_TEST(due.at(b) == day(-5));
}

BOOST_AUTO_TEST_CASE(assignment_decides_whose_inbox_a_case_is_in) {
  OfficeDb db;
  const std::string old = open_received(db, day(-100));  // alice's, very late
  const std::string recent = open_received(db, day(-1));
  // carol, coordinator and manager, takes over the recent one with dave.
  db.ok("bob", {"assign", recent, "--coordinator", "carol", "--manager", "dave"});
  const auto mine = [&](const std::string& user) {
    std::vector<std::string> ids;
    for (const auto& c : json::parse(db.ok(user, {"--json", "list", "--mine"}))) {
      ids.push_back(c.at("id"));
    }
    return ids;
  };
  BOOST_TEST(mine("alice") == std::vector<std::string>{old});
  BOOST_TEST(mine("carol") == std::vector<std::string>{recent});
  BOOST_TEST(mine("dave") == std::vector<std::string>{recent});
  // Only alice's late case is late among hers; nothing of carol's is.
  const auto late = json::parse(db.ok("alice", {"--json", "list", "--overdue", "--mine"}));
  BOOST_REQUIRE_EQUAL(late.size(), 1u);
  BOOST_TEST(late[0].at("id") == old);
  BOOST_TEST(json::parse(db.ok("carol", {"--json", "list", "--overdue", "--mine"})).empty());
  BOOST_TEST(json::parse(db.ok("carol", {"--json", "list", "--overdue", "--limit", "1"})).size() ==
             1u);
  // Roles still decide who may act: carol may start either; the one she
  // holds comes first.
  const json carol = json::parse(db.ok("carol", {"--json", "tasks"})).at("tasks");
  BOOST_REQUIRE_GE(carol.size(), 2u);
  BOOST_TEST(carol[0].at("id") == recent);  // held first, though the other is later
  const auto shown = json::parse(db.ok("audrey", {"--json", "show", recent}));
  BOOST_TEST(shown.at("coordinator") == "carol");
  BOOST_TEST(shown.at("manager") == "dave");

  const std::string before = db.snapshot();
  BOOST_TEST(db.as("bob", {"assign", recent, "--coordinator", "carol"}).code == 7);  // no change
  BOOST_TEST(db.as("alice", {"assign", recent, "--coordinator", "alice"}).code == 5);
  BOOST_TEST(db.as("bob", {"assign", recent, "--coordinator", "bob"}).code == 3);  // no role
  BOOST_TEST(db.as("bob", {"assign", recent, "--manager", "nobody"}).code == 4);
  BOOST_TEST(db.as("bob", {"assign", recent}).code == 3);
  BOOST_TEST((db.snapshot() == before));
  BOOST_TEST(db.as("audrey", {"verify"}).code == 0);

  coopflow::testing::tamper(db.path(), "UPDATE assignments SET coordinator = 'alice'");
  const Result v = db.as("audrey", {"verify"});
  BOOST_TEST(v.code == 8);
  BOOST_TEST(
      v.out.find("assignments: " + recent + " differs from the office log") != std::string::npos,
      v.out);
}
