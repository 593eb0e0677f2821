// What every registered workflow declares, checked against the rules the
// engine relies on. (Registry::add refuses declarations that disagree with
// the tables; these are the domain's rules on top.)
#include <boost/test/unit_test.hpp>
#include <set>

#include "coopflow/engine/actor.h"
#include "support/workflow_walk.h"

using namespace coopflow::engine;

namespace {

const std::vector<const Workflow*> kAll = coopflow::testing::builtin_registry().all();
const std::vector<const Workflow*> kRequests = coopflow::testing::request_workflows();

}  // namespace

BOOST_AUTO_TEST_CASE(every_registered_workflow_agrees_with_its_tables) {
  for (const auto* wf : kAll) BOOST_CHECK_NO_THROW(Registry::check(*wf));
}

BOOST_AUTO_TEST_CASE(every_event_in_the_tables_is_declared_and_every_declaration_is_used) {
  for (const auto* wf : kAll) {
    std::set<std::string> in_table, declared;
    for (const auto& r : wf->transitions) in_table.insert(r.event);
    for (const auto& e : wf->events) {
      if (!e.opens) declared.insert(e.name);
    }
    BOOST_TEST(in_table == declared, wf->name);
  }
}

BOOST_AUTO_TEST_CASE(only_case_roles_fire_events) {
  for (const auto* wf : kRequests) {
    for (const auto& e : wf->events) {
      BOOST_TEST(!e.roles.empty(), e.name);
      for (const auto& r : e.roles) BOOST_TEST(is_role(r), e.name << " " << r);
      BOOST_TEST(!has_role(e.roles, "auditor"), e.name);
      BOOST_TEST(!has_role(e.roles, "admin"), e.name);
    }
  }
}

BOOST_AUTO_TEST_CASE(every_workflow_opens_from_an_official_request_by_a_coordinator) {
  BOOST_TEST(kRequests.size() >= 2);
  for (const auto* wf : kRequests) {
    const EventSpec& open = wf->opening_event();
    BOOST_TEST(open.roles == std::vector<std::string>{"coordinator"}, wf->name);
    BOOST_TEST(open.policy.find("policy rule 1") != std::string::npos, wf->name);
  }
}

BOOST_AUTO_TEST_CASE(decisions_on_the_intake_plan_and_report_are_four_eyes) {
  for (const auto* wf : kRequests) {
    for (const char* e : {"commit", "approve-plan", "accept-report"}) {
      BOOST_REQUIRE(wf->find_event(e) != nullptr);
      BOOST_TEST(wf->find_event(e)->four_eyes, wf->name << " " << e);
      BOOST_TEST(wf->find_event(e)->roles == std::vector<std::string>{"manager"});
    }
  }
}

BOOST_AUTO_TEST_CASE(each_workflow_has_exactly_one_hold_state) {
  for (const auto* wf : kRequests) {
    int holds = 0;
    for (const auto& s : wf->stages) holds += s.holds ? 1 : 0;
    BOOST_TEST(holds == 1, wf->name);
  }
}

// An imported mission happened before coopflow: an admin records it, it is
// closed from its one entry on, and nothing can be fired on it.
BOOST_AUTO_TEST_CASE(an_imported_mission_is_recorded_by_an_admin_and_closed_from_the_start) {
  const Workflow& wf = coopflow::testing::builtin_registry().latest("imported-mission");
  BOOST_TEST(wf.opening_event().name == "import");
  BOOST_TEST(wf.opening_event().roles == std::vector<std::string>{"admin"});
  BOOST_TEST(wf.events.size() == 1U);
  BOOST_TEST(wf.transitions.empty());
  BOOST_TEST(wf.start()->state() == "Closed");
  const StageSpec* closed = wf.find_stage("Closed");
  BOOST_REQUIRE(closed != nullptr);
  BOOST_TEST(closed->terminal);
  BOOST_TEST(closed->completed);
  for (const char* column : {"subject", "requester", "received", "countries"}) {
    BOOST_TEST(wf.opening_event().find_field(column) != nullptr, column);
  }
}

BOOST_AUTO_TEST_CASE(only_the_closed_stage_of_a_request_workflow_counts_as_work_done) {
  for (const auto* wf : kRequests) {
    for (const auto& s : wf->stages) {
      BOOST_TEST(s.completed == (s.state == "Closed"), wf->name << " " << s.state);
    }
  }
}

BOOST_AUTO_TEST_CASE(workflows_are_registered_by_name_and_version) {
  const Registry& registry = coopflow::testing::builtin_registry();
  BOOST_TEST(registry.find("electoral-cooperation", 1) != nullptr);
  BOOST_TEST(registry.latest("parliamentary-cooperation").id_prefix == "PC");
  BOOST_TEST(registry.find("electoral-cooperation", 2) == nullptr);
}

BOOST_AUTO_TEST_CASE(a_workflow_whose_declarations_disagree_with_its_tables_is_refused) {
  const Workflow& good = coopflow::testing::builtin_registry().latest("electoral-cooperation");
  Workflow missing = good;
  missing.name = "x";
  missing.events.erase(missing.events.begin() + 2);  // a declaration forgotten
  BOOST_CHECK_THROW(Registry::check(missing), std::logic_error);
  Workflow unused = good;
  unused.name = "y";
  unused.events.push_back(unused.events.back());
  unused.events.back().name = "never-in-a-table";
  BOOST_CHECK_THROW(Registry::check(unused), std::logic_error);
  Workflow no_stage = good;
  no_stage.name = "z";
  no_stage.stages.erase(no_stage.stages.begin());
  BOOST_CHECK_THROW(Registry::check(no_stage), std::logic_error);
}
