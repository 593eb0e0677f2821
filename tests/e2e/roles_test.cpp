// The role x event matrix, exhaustively, and four-eyes on every approval.
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "runner.h"

using coopflow::testing::OfficeDb;

namespace {

// Users that hold exactly one role each.
const std::map<std::string, std::string> kUserWithOnly = {
    {"coordinator", "alice"}, {"manager", "bob"}, {"auditor", "audrey"}, {"admin", "ada"}};

// A state where each event has a transition (its precondition met).
std::string state_for(const std::string& workflow, const std::string& event) {
  static const std::map<std::string, std::string> where = {{"start-analysis", "Received"},
                                                           {"start-assessment", "Received"},
                                                           {"record-analysis", "Analysis"},
                                                           {"record-needs", "Assessment"},
                                                           {"draft-plan", "Planning"},
                                                           {"submit-plan", "PlanReview"},
                                                           {"approve-plan", "PlanReview"},
                                                           {"return-plan", "PlanReview"},
                                                           {"partner-approves", "PartnerReview"},
                                                           {"partner-modifies", "PartnerReview"},
                                                           {"partner-rejects", "PartnerReview"},
                                                           {"log-activity", "Delivery"},
                                                           {"complete-delivery", "Delivery"},
                                                           {"submit-report", "FollowUp"},
                                                           {"accept-report", "ReportReview"},
                                                           {"return-report", "ReportReview"},
                                                           {"suspend", "Planning"},
                                                           {"withdraw", "Planning"},
                                                           {"resume", "Planning"}};
  if (event == "commit" || event == "decline") {
    return workflow == "electoral-cooperation" ? "Analysis" : "Assessment";
  }
  return where.at(event);
}

}  // namespace

BOOST_AUTO_TEST_CASE(each_event_is_fired_only_by_its_declared_roles) {
  OfficeDb db;
  const auto workflows = nlohmann::json::parse(db.ok("audrey", {"--json", "workflows"}));
  int fired = 0, refused = 0;
  for (const auto& wf : workflows) {
    const std::string name = wf["name"];
    for (const auto& ev : wf["events"]) {
      const std::string event = ev["name"];
      const std::vector<std::string> roles = ev["roles"];
      // A refused event changes nothing, so the refusals share one prepared case;
      // each permitted firing gets its own.
      std::string refused_case;
      const auto prepared_case = [&] {
        const std::string state = event == "submit-plan" ? "Planning" : state_for(name, event);
        const std::string id = db.case_in(name, state);
        if (event == "submit-plan") db.fire("alice", id, "draft-plan");
        if (event == "commit") db.fire("alice", id, name == "electoral-cooperation" ? "record-analysis" : "record-needs");
        if (event == "complete-delivery") db.fire("alice", id, "log-activity");
        if (event == "resume") db.fire("bob", id, "suspend");
        return id;
      };
      for (const auto& [role, user] : kUserWithOnly) {
        const bool allowed = std::find(roles.begin(), roles.end(), role) != roles.end();
        if (!allowed && refused_case.empty()) refused_case = prepared_case();
        const std::string id = allowed ? prepared_case() : refused_case;
        std::vector<std::string> args = {"do", id, event};
        for (const auto& f : coopflow::testing::valid_fields(event)) args.push_back(f);
        const auto r = db.as(user, args);
        BOOST_TEST(r.code == (allowed ? 0 : 5),
                   name << " " << event << " as " << role << ": " << r.err);
        (allowed ? fired : refused)++;
      }
    }
  }
  BOOST_TEST(fired > 0);
  BOOST_TEST(refused > fired);
}

BOOST_AUTO_TEST_CASE(nobody_approves_what_they_wrote_whatever_roles_they_hold) {
  OfficeDb db;
  db.ok("ada", {"user", "grant", "ada", "coordinator"});
  db.ok("ada", {"user", "grant", "ada", "manager"});
  for (const std::string author : {"carol", "ada"}) {
    // The analysis.
    const std::string a = db.case_in("electoral-cooperation", "Analysis");
    db.fire(author, a, "record-analysis");
    BOOST_TEST(db.as(author, {"do", a, "commit"}).code == 5);
    db.fire("bob", a, "commit");
    // The needs assessment.
    const std::string n = db.case_in("parliamentary-cooperation", "Assessment");
    db.fire(author, n, "record-needs");
    BOOST_TEST(db.as(author, {"do", n, "commit"}).code == 5);
    // The plan.
    const std::string p = db.case_in("electoral-cooperation", "Planning");
    db.fire(author, p, "draft-plan");
    db.fire(author, p, "submit-plan");
    const auto refused = db.as(author, {"do", p, "approve-plan"});
    BOOST_TEST(refused.code == 5);
    BOOST_TEST(refused.err.find("four-eyes") != std::string::npos);
    db.fire("bob", p, "approve-plan");
    // The report.
    const std::string r = db.case_in("electoral-cooperation", "Delivery");
    db.fire("alice", r, "log-activity");
    db.fire("alice", r, "complete-delivery");
    db.fire(author, r, "submit-report");
    BOOST_TEST(db.as(author, {"do", r, "accept-report"}).code == 5);
    db.fire("dave", r, "accept-report");
  }
  BOOST_TEST(db.as("audrey", {"verify"}).code == 0);
}

BOOST_AUTO_TEST_CASE(a_revised_plan_may_be_approved_by_whoever_did_not_write_that_version) {
  OfficeDb db;
  const std::string p = db.case_in("electoral-cooperation", "PlanReview");  // v1 by alice
  db.fire("bob", p, "return-plan");
  db.fire("carol", p, "draft-plan");  // v2 by carol
  db.fire("alice", p, "submit-plan");
  BOOST_TEST(db.as("carol", {"do", p, "approve-plan"}).code == 5);
  BOOST_TEST(db.as("bob", {"do", p, "approve-plan"}).code == 0);
}
