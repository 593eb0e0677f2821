// The office dashboard, computed from the journals of real cases.
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "e2e/runner.h"

using coopflow::testing::OfficeDb;
using nlohmann::json;

BOOST_AUTO_TEST_CASE(the_dashboard_counts_cases_decisions_durations_and_delivery) {
  OfficeDb db;
  db.case_in("electoral-cooperation", "Closed");  // received 2010-03-15, one activity in 2011
  db.case_in("electoral-cooperation", "Declined");
  db.case_in("electoral-cooperation", "Withdrawn");
  db.case_in("parliamentary-cooperation", "RejectedByPartner");
  const auto s = json::parse(db.ok("audrey", {"--json", "stats"}));
  BOOST_TEST(s.at("cases") == 4);
  BOOST_TEST(s.at("by_state").at("Closed") == 1);
  BOOST_TEST(s.at("by_state").at("Declined") == 1);
  BOOST_TEST(s.at("by_country").at("CI") == 3);
  BOOST_TEST(s.at("by_country").at("HT") == 1);
  BOOST_TEST(s.at("by_requester_type").at("partner-authority") == 4);
  BOOST_TEST(s.at("by_partner").at("OIF") == 3);
  for (const char* decision : {"commit", "decline", "withdraw", "partner-rejects"}) {
    BOOST_TEST(s.at("decisions").at(decision).get<long>() >= 1, decision);
  }
  BOOST_TEST(s.at("activities_by_year").at("2011") == 1);
  BOOST_TEST(s.at("participants_by_year").at("2011") == 24);
  // Received counts from the request's arrival: years, not seconds.
  BOOST_TEST(s.at("stage_days").at("Received").at("median_days").get<double>() > 3000);
  BOOST_TEST(s.at("turnaround_days").at("commit").at("n").get<long>() >= 1);

  const auto y = json::parse(db.ok(
      "audrey", {"--json", "stats", "--year", "2011", "--workflow", "parliamentary-cooperation"}));
  BOOST_TEST(y.at("cases") == 1);
  BOOST_TEST(y.at("by_state").at("RejectedByPartner") == 1);
  BOOST_TEST(json::parse(db.ok("audrey", {"--json", "stats", "--year", "1999"})).at("cases") == 0);

  // The tables fit an 80-column terminal.
  std::istringstream table(db.ok("audrey", {"stats"}));
  std::string line;
  while (std::getline(table, line)) BOOST_TEST(line.size() <= 80u, line);
  BOOST_TEST(db.as("audrey", {"stats", "--year", "20x1"}).code == 3);
  BOOST_TEST(db.as("audrey", {"stats", "--workflow", "nope"}).code == 4);
}
