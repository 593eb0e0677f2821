#include <boost/test/unit_test.hpp>
#include <map>

#include "coopflow/workflows/builtin.h"

using namespace coopflow::engine;

namespace coopflow::engine {
std::ostream& operator<<(std::ostream& out, FireOutcome o) { return out << static_cast<int>(o); }
}  // namespace coopflow::engine

namespace {

const nlohmann::json kFits = {{"mandate-fit", "yes"}};

// The shortest path from a new case to each non-terminal state, per workflow.
std::map<std::string, std::vector<std::string>> paths(const std::string& start,
                                                      const std::string& record) {
  const std::vector<std::string> to_planning = {start, record, "commit"};
  auto with = [&](std::vector<std::string> tail) {
    std::vector<std::string> p = to_planning;
    p.insert(p.end(), tail.begin(), tail.end());
    return p;
  };
  return {
      {"Received", {}},
      {start == "start-analysis" ? "Analysis" : "Assessment", {start}},
      {"Planning", to_planning},
      {"PlanReview", with({"draft-plan", "submit-plan"})},
      {"PartnerReview", with({"draft-plan", "submit-plan", "approve-plan"})},
      {"Delivery", with({"draft-plan", "submit-plan", "approve-plan", "partner-approves"})},
      {"FollowUp", with({"draft-plan", "submit-plan", "approve-plan", "partner-approves",
                         "log-activity", "complete-delivery"})},
      {"ReportReview", with({"draft-plan", "submit-plan", "approve-plan", "partner-approves",
                             "log-activity", "complete-delivery", "submit-report"})},
  };
}

std::unique_ptr<CaseMachine> drive(const Workflow& wf, const std::vector<std::string>& events) {
  auto m = wf.start();
  for (const auto& e : events) {
    const FireResult r = m->fire(e, kFits);
    BOOST_REQUIRE_MESSAGE(r.outcome == FireOutcome::kMoved,
                          wf.name << ": " << e << " refused in " << m->state() << " " << r.reason);
  }
  return m;
}

struct Both {
  Workflow electoral = coopflow::workflows::electoral_workflow();
  Workflow parliamentary = coopflow::workflows::parliamentary_workflow();
  std::vector<std::pair<const Workflow*, std::map<std::string, std::vector<std::string>>>> all() {
    return {{&electoral, paths("start-analysis", "record-analysis")},
            {&parliamentary, paths("start-assessment", "record-needs")}};
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(machines, Both)

BOOST_AUTO_TEST_CASE(each_path_reaches_the_state_it_names) {
  for (auto& [wf, states] : all()) {
    for (const auto& [state, events] : states) BOOST_TEST(drive(*wf, events)->state() == state);
  }
}

BOOST_AUTO_TEST_CASE(resume_returns_to_every_state_it_was_suspended_in) {
  for (auto& [wf, states] : all()) {
    for (const auto& [state, events] : states) {
      auto m = drive(*wf, events);
      BOOST_TEST(m->fire("suspend", {}).outcome == FireOutcome::kMoved);
      BOOST_TEST(m->state() == "Suspended");
      BOOST_TEST(m->fire("suspend", {}).outcome == FireOutcome::kNoTransition);
      BOOST_TEST(m->fire("resume", {}).outcome == FireOutcome::kMoved);
      BOOST_TEST(m->state() == state, wf->name << " resumed in " << m->state() << " not " << state);
    }
  }
}

BOOST_AUTO_TEST_CASE(a_resumed_case_keeps_what_it_had_recorded) {
  auto m = drive(electoral, {"start-analysis", "record-analysis", "commit", "draft-plan",
                             "submit-plan", "approve-plan", "partner-approves", "log-activity"});
  m->fire("suspend", {});
  m->fire("resume", {});
  BOOST_TEST(m->fire("complete-delivery", {}).outcome == FireOutcome::kMoved);
}

BOOST_AUTO_TEST_CASE(withdraw_works_from_every_non_terminal_state_and_suspension) {
  for (auto& [wf, states] : all()) {
    for (const auto& [state, events] : states) {
      auto m = drive(*wf, events);
      BOOST_TEST(m->fire("withdraw", {}).outcome == FireOutcome::kMoved);
      BOOST_TEST(m->state() == "Withdrawn");
      auto s = drive(*wf, events);
      s->fire("suspend", {});
      BOOST_TEST(s->fire("withdraw", {}).outcome == FireOutcome::kMoved);
      BOOST_TEST(s->state() == "Withdrawn");
    }
  }
}

BOOST_AUTO_TEST_CASE(terminal_states_accept_no_event) {
  const std::vector<std::vector<std::string>> endings = {
      {"start-analysis", "decline"},
      {"withdraw"},
      {"start-analysis", "record-analysis", "commit", "draft-plan", "submit-plan", "approve-plan",
       "partner-rejects"},
      {"start-analysis", "record-analysis", "commit", "draft-plan", "submit-plan", "approve-plan",
       "partner-approves", "log-activity", "complete-delivery", "submit-report", "accept-report"}};
  const std::vector<std::string> names = {"Declined", "Withdrawn", "RejectedByPartner", "Closed"};
  for (std::size_t i = 0; i < endings.size(); ++i) {
    auto m = drive(electoral, endings[i]);
    BOOST_TEST(m->state() == names[i]);
    for (const auto& e : electoral.events) {
      BOOST_TEST(m->fire(e.name, kFits).outcome == FireOutcome::kNoTransition,
                 e.name << " in " << names[i]);
    }
  }
}

BOOST_AUTO_TEST_CASE(guards_refuse_with_a_reason_and_leave_the_state_alone) {
  auto m = drive(electoral, {"start-analysis"});
  auto r = m->fire("commit", {});
  BOOST_TEST(static_cast<int>(r.outcome) == static_cast<int>(FireOutcome::kGuardRejected));
  BOOST_TEST(r.reason.find("policy rule 2") != std::string::npos);
  BOOST_TEST(m->state() == "Analysis");
  m->fire("record-analysis", {{"mandate-fit", "no"}});
  BOOST_TEST(m->fire("commit", {}).reason.find("mandate-fit=no") != std::string::npos);
  auto p = drive(parliamentary, {"start-assessment", "record-needs", "commit"});
  BOOST_TEST(static_cast<int>(p->fire("submit-plan", {}).outcome) ==
             static_cast<int>(FireOutcome::kGuardRejected));
  p->fire("draft-plan", {});
  BOOST_TEST(p->fire("submit-plan", {}).outcome == FireOutcome::kMoved);
}

BOOST_AUTO_TEST_CASE(an_event_the_workflow_does_not_know_is_no_transition) {
  auto m = electoral.start();
  BOOST_TEST(m->fire("record-needs", {}).outcome == FireOutcome::kNoTransition);
  BOOST_TEST(m->fire("no-such-event", {}).outcome == FireOutcome::kNoTransition);
}

BOOST_AUTO_TEST_SUITE_END()
