// Policy rule 4, within the limits of available resources: the envelope, and
// the approvals it refuses, citing the rule and writing nothing.
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "e2e/runner.h"

using coopflow::testing::OfficeDb;
using coopflow::testing::Result;
using nlohmann::json;

namespace {

// A case in PlanReview whose plan alice drafted with this budget.
std::string plan_for_review(const OfficeDb& db, const std::string& budget,
                            const std::string& currency) {
  const std::string id = db.case_ready_for("electoral-cooperation", "draft-plan");
  db.ok("alice", {"do", id, "draft-plan", "schedule=Q2", "budget=" + budget, "currency=" + currency,
                  "team=t", "services=s"});
  db.fire("alice", id, "submit-plan");
  return id;
}

std::string year_now() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  ::gmtime_r(&t, &tm);
  return std::to_string(tm.tm_year + 1900);
}

}  // namespace

BOOST_AUTO_TEST_CASE(an_approval_over_the_envelope_is_refused_citing_the_policy) {
  OfficeDb db;
  const std::string year = year_now();
  const std::string first = plan_for_review(db, "60000", "CAD");
  const std::string second = plan_for_review(db, "50000.01", "CAD");
  db.ok("ada", {"budget", "set", year, "110000", "CAD"});
  db.fire("bob", first, "approve-plan");

  const std::string before = db.snapshot();
  const Result r = db.as("bob", {"do", second, "approve-plan"});
  BOOST_TEST(r.code == 6);
  BOOST_TEST(r.err.find("policy rule 4") != std::string::npos, r.err);
  BOOST_TEST(r.err.find("50000.00 CAD remain") != std::string::npos, r.err);
  BOOST_TEST((db.snapshot() == before));  // nothing written

  const auto shown = json::parse(db.ok("audrey", {"--json", "budget", "show", year}));
  BOOST_TEST(shown.at("envelope").at("amount") == "110000.00");
  BOOST_TEST(shown.at("committed").at("amount") == "60000.00");
  BOOST_TEST(shown.at("remaining").at("amount") == "50000.00");
  BOOST_REQUIRE_EQUAL(shown.at("plans").size(), 1u);
  BOOST_TEST(shown.at("plans")[0].at("case") == first);

  // A cent more in the envelope and the plan fits exactly.
  db.ok("ada", {"budget", "set", year, "110000.01", "CAD"});
  db.fire("bob", second, "approve-plan");
  BOOST_TEST(
      json::parse(db.ok("audrey", {"--json", "budget", "show"})).at("remaining").at("amount") ==
      "0.00");
  // A withdrawn case releases what its plan committed.
  db.ok("bob", {"do", first, "withdraw", "reason=le partenaire renonce"});
  BOOST_TEST(
      json::parse(db.ok("audrey", {"--json", "budget", "show"})).at("remaining").at("amount") ==
      "60000.00");
  BOOST_TEST(db.as("audrey", {"verify"}).code == 0);
}

BOOST_AUTO_TEST_CASE(a_plan_in_another_currency_needs_a_configured_rate) {
  OfficeDb db;
  const std::string year = year_now();
  const std::string usd = plan_for_review(db, "10000", "USD");
  db.ok("ada", {"budget", "set", year, "20000", "CAD"});
  const std::string before = db.snapshot();
  const Result r = db.as("bob", {"do", usd, "approve-plan"});
  BOOST_TEST(r.code == 6);
  BOOST_TEST(r.err.find("no rate converts it") != std::string::npos, r.err);
  BOOST_TEST(r.err.find("config set rate.USD.CAD") != std::string::npos, r.err);
  BOOST_TEST((db.snapshot() == before));

  db.ok("ada", {"config", "set", "rate.USD.CAD", "1.37"});
  db.fire("bob", usd, "approve-plan");
  const auto shown = json::parse(db.ok("audrey", {"--json", "budget", "show", year}));
  BOOST_TEST(shown.at("plans")[0].at("budget").at("currency") == "USD");
  BOOST_TEST(shown.at("plans")[0].at("in_envelope_currency").at("amount") == "13700.00");
  BOOST_TEST(shown.at("remaining").at("amount") == "6300.00");
}

BOOST_AUTO_TEST_CASE(envelopes_and_rates_refuse_what_they_cannot_be) {
  OfficeDb db;
  const std::string before = db.snapshot();
  for (const auto& args :
       std::vector<std::vector<std::string>>{{"budget", "set", "26", "100", "CAD"},
                                             {"budget", "set", "2026", "abc", "CAD"},
                                             {"budget", "set", "2026", "-5", "CAD"},
                                             {"budget", "set", "2026", "100", "XYZ"},
                                             {"budget", "set", "2026", "100.001", "CAD"},
                                             {"config", "set", "rate.USD.USD", "1"},
                                             {"config", "set", "rate.USD.CAD", "0"},
                                             {"config", "set", "rate.USD.CAD", "1,3,7"},
                                             {"config", "set", "rate.USD.XYZ", "1.2"}}) {
    const Result r = db.as("ada", args);
    BOOST_TEST(r.code == 3, args[2] << " " << args[3] << ": " << r.code << " " << r.err);
  }
  BOOST_TEST(db.as("bob", {"budget", "set", "2026", "100", "CAD"}).code == 5);
  BOOST_TEST((db.snapshot() == before));
}
