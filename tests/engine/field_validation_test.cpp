#include "coopflow/engine/field_validation.h"

#include <boost/test/unit_test.hpp>

#include "coopflow/engine/errors.h"
#include "support/workflow_walk.h"

using namespace coopflow::engine;

namespace {

const Workflow& electoral() {
  return coopflow::testing::builtin_registry().latest("electoral-cooperation");
}

std::string field_of_error(const std::string& event, const RawFields& raw) {
  try {
    validate_fields(*electoral().find_event(event), raw);
  } catch (const ValidationError& e) {
    return e.field();
  }
  return "(accepted)";
}

const RawFields kPlan = {{"schedule", "Q2"},
                         {"budget", "48500.50"},
                         {"currency", "CAD"},
                         {"team", "2 experts"},
                         {"services", "training"}};

}  // namespace

BOOST_AUTO_TEST_CASE(a_plan_budget_is_stored_in_minor_units) {
  const auto fields = validate_fields(*electoral().find_event("draft-plan"), kPlan);
  BOOST_TEST(fields["budget"].get<std::int64_t>() == 4850050);
  BOOST_TEST(fields["currency"].get<std::string>() == "CAD");
}

BOOST_AUTO_TEST_CASE(missing_unknown_and_empty_fields_are_named) {
  RawFields missing = kPlan;
  missing.erase("team");
  BOOST_TEST(field_of_error("draft-plan", missing) == "team");
  RawFields unknown = kPlan;
  unknown["colour"] = "blue";
  BOOST_TEST(field_of_error("draft-plan", unknown) == "colour");
  RawFields empty = kPlan;
  empty["services"] = "  ";
  BOOST_TEST(field_of_error("draft-plan", empty) == "services");
  RawFields bad_currency = kPlan;
  bad_currency["currency"] = "CAN";
  BOOST_TEST(field_of_error("draft-plan", bad_currency) == "currency");
}

BOOST_AUTO_TEST_CASE(an_activity_cannot_end_before_it_starts) {
  RawFields activity = {{"title", "Atelier"},
                        {"from", "2011-04-15"},
                        {"to", "2011-04-11"},
                        {"mode", "on-site"},
                        {"participants", "24"}};
  BOOST_TEST(field_of_error("log-activity", activity) == "to");
  activity["to"] = "2011-04-15";
  BOOST_TEST(field_of_error("log-activity", activity) == "(accepted)");
  activity["mode"] = "hybrid";
  BOOST_TEST(field_of_error("log-activity", activity) == "mode");
}

BOOST_AUTO_TEST_CASE(every_event_takes_an_optional_comment) {
  const auto fields = validate_fields(*electoral().find_event("commit"), {{"comment", "ok"}});
  BOOST_TEST(fields["comment"].get<std::string>() == "ok");
}

BOOST_AUTO_TEST_CASE(policy_rule_1_refuses_requests_from_unrecognised_requesters) {
  CaseRequest r{"CEI", "ngo", "CI", "REF-1", "2010-01-10", "Appui", {}};
  try {
    validate_request(r, "2026-01-01");
    BOOST_FAIL("accepted an ngo request");
  } catch (const ValidationError& e) {
    BOOST_TEST(std::string(e.what()).find("policy rule 1") != std::string::npos);
  }
}

BOOST_AUTO_TEST_CASE(a_request_cannot_be_received_in_the_future) {
  CaseRequest r{"CEI", "partner-authority", "CI", "REF-1", "2026-01-02", "Appui", {}};
  BOOST_CHECK_THROW(validate_request(r, "2026-01-01"), ValidationError);
  r.received = "2026-01-01";
  BOOST_TEST(validate_request(r, "2026-01-01")["received"].get<std::string>() == "2026-01-01");
}

BOOST_AUTO_TEST_CASE(partners_need_a_known_role) {
  CaseRequest r{"CEI", "partner-authority", "CI", "REF-1", "2010-01-10", "Appui", {"OIF=sponsor"}};
  BOOST_CHECK_THROW(validate_request(r, "2026-01-01"), ValidationError);
  r.partners = {"OIF=funder", "PNUD=co-organiser"};
  BOOST_TEST(validate_request(r, "2026-01-01")["partners"].size() == 2u);
}
