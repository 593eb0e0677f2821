// The machines themselves, driven without a database. The generic properties
// are checked on every registered workflow, along paths found by walking it.
#include <boost/test/unit_test.hpp>
#include <map>

#include "support/workflow_walk.h"

using namespace coopflow::engine;
using coopflow::testing::map_of;
using coopflow::testing::valid_fields;

namespace coopflow::engine {
std::ostream& operator<<(std::ostream& out, FireOutcome o) { return out << static_cast<int>(o); }
}  // namespace coopflow::engine

namespace {

const std::vector<const Workflow*> kAll = coopflow::testing::builtin_registry().all();

FireResult fire_valid(CaseMachine& m, const Workflow& wf, const std::string& event) {
  const EventSpec* spec = wf.find_event(event);
  const auto fields = spec ? validate_fields(*spec, valid_fields(*spec)) : nlohmann::json::object();
  return m.fire(event, fields);
}

std::unique_ptr<CaseMachine> drive(const Workflow& wf, const std::vector<std::string>& events) {
  auto m = wf.start();
  for (const auto& e : events) {
    const FireResult r = fire_valid(*m, wf, e);
    BOOST_REQUIRE_MESSAGE(r.outcome == FireOutcome::kMoved,
                          wf.name << ": " << e << " refused in " << m->state() << " " << r.reason);
  }
  return m;
}

const Workflow& workflow(const std::string& name) {
  return coopflow::testing::builtin_registry().latest(name);
}

}  // namespace

BOOST_AUTO_TEST_CASE(every_declared_state_is_reachable_and_each_path_reaches_its_state) {
  for (const auto* wf : kAll) {
    for (const auto& stage : wf->stages) {
      BOOST_TEST(drive(*wf, map_of(wf->name).path_to(stage.state))->state() == stage.state,
                 wf->name << " " << stage.state);
    }
  }
}

BOOST_AUTO_TEST_CASE(every_declared_event_fires_somewhere) {
  for (const auto* wf : kAll) {
    for (const auto& e : wf->events) {
      if (e.opens) continue;
      auto m = drive(*wf, map_of(wf->name).path_to_fire(e.name));
      BOOST_TEST(fire_valid(*m, *wf, e.name).outcome == FireOutcome::kMoved,
                 wf->name << " " << e.name);
    }
  }
}

BOOST_AUTO_TEST_CASE(resume_returns_to_every_state_it_was_suspended_in) {
  for (const auto* wf : kAll) {
    for (const auto& state : map_of(wf->name).open_states()) {
      auto m = drive(*wf, map_of(wf->name).path_to(state));
      BOOST_TEST(m->fire("suspend", {}).outcome == FireOutcome::kMoved);
      BOOST_TEST(wf->holds(m->state()));
      BOOST_TEST(m->fire("suspend", {}).outcome == FireOutcome::kNoTransition);
      BOOST_TEST(m->fire("resume", {}).outcome == FireOutcome::kMoved);
      BOOST_TEST(m->state() == state, wf->name << " resumed in " << m->state() << " not " << state);
    }
  }
}

BOOST_AUTO_TEST_CASE(withdraw_works_from_every_open_state_and_suspension) {
  for (const auto* wf : kAll) {
    for (const auto& state : map_of(wf->name).open_states()) {
      const auto& path = map_of(wf->name).path_to(state);
      auto m = drive(*wf, path);
      BOOST_TEST(fire_valid(*m, *wf, "withdraw").outcome == FireOutcome::kMoved);
      BOOST_TEST(m->state() == "Withdrawn");
      auto s = drive(*wf, path);
      s->fire("suspend", {});
      BOOST_TEST(fire_valid(*s, *wf, "withdraw").outcome == FireOutcome::kMoved);
      BOOST_TEST(s->state() == "Withdrawn");
    }
  }
}

BOOST_AUTO_TEST_CASE(terminal_states_accept_no_event) {
  int endings = 0;
  for (const auto* wf : kAll) {
    for (const auto& stage : wf->stages) {
      if (!stage.terminal) continue;
      auto m = drive(*wf, map_of(wf->name).path_to(stage.state));
      for (const auto& e : wf->events) {
        BOOST_TEST(fire_valid(*m, *wf, e.name).outcome == FireOutcome::kNoTransition,
                   wf->name << " " << e.name << " in " << stage.state);
      }
      ++endings;
    }
  }
  BOOST_TEST(endings >= 8);
}

BOOST_AUTO_TEST_CASE(a_clone_is_in_the_same_state_and_remembers_the_same_facts) {
  // show probes guards on clones: a clone that forgot would offer commit
  // before any analysis, or submit-plan before any plan.
  for (const auto* wf : kAll) {
    for (const auto& state : map_of(wf->name).open_states()) {
      auto m = drive(*wf, map_of(wf->name).path_to(state));
      const auto clone = m->clone();
      BOOST_TEST(clone->state_path() == m->state_path(), wf->name << " " << state);
      for (const auto& e : wf->events) {
        BOOST_TEST(fire_valid(*clone->clone(), *wf, e.name).outcome ==
                       fire_valid(*m->clone(), *wf, e.name).outcome,
                   wf->name << " " << e.name << " in " << state);
      }
    }
  }
  auto m = drive(workflow("electoral-cooperation"), {"start-analysis"});
  BOOST_TEST(m->clone()->fire("commit", {}).outcome == FireOutcome::kGuardRejected);
}

BOOST_AUTO_TEST_CASE(a_resumed_case_keeps_what_it_had_recorded) {
  const Workflow& wf = workflow("electoral-cooperation");
  auto m = drive(wf, map_of(wf.name).path_to_fire("complete-delivery"));
  m->fire("suspend", {});
  m->fire("resume", {});
  BOOST_TEST(m->fire("complete-delivery", {}).outcome == FireOutcome::kMoved);
}

BOOST_AUTO_TEST_CASE(commitment_waits_for_an_analysis_within_the_mandate) {
  const Workflow& electoral = workflow("electoral-cooperation");
  auto m = drive(electoral, {"start-analysis"});
  auto r = m->fire("commit", {});
  BOOST_TEST(r.outcome == FireOutcome::kGuardRejected);
  BOOST_TEST(r.reason.find("policy rule 2") != std::string::npos);
  BOOST_TEST(m->state() == "Analysis");
  const nlohmann::json outside = {{"mandate-fit", "no"}};
  m->fire("record-analysis", outside);
  BOOST_TEST(m->fire("commit", {}).reason.find("mandate-fit=no") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_plan_is_submitted_only_once_drafted) {
  const Workflow& parliamentary = workflow("parliamentary-cooperation");
  auto p = drive(parliamentary, map_of(parliamentary.name).path_to("Planning"));
  BOOST_TEST(p->fire("submit-plan", {}).outcome == FireOutcome::kGuardRejected);
  p->fire("draft-plan", {});
  BOOST_TEST(p->fire("submit-plan", {}).outcome == FireOutcome::kMoved);
}

BOOST_AUTO_TEST_CASE(an_event_the_workflow_does_not_know_is_no_transition) {
  auto m = workflow("electoral-cooperation").start();
  BOOST_TEST(m->fire("record-needs", {}).outcome == FireOutcome::kNoTransition);
  BOOST_TEST(m->fire("no-such-event", {}).outcome == FireOutcome::kNoTransition);
}
