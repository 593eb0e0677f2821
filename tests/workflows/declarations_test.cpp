#include <boost/test/unit_test.hpp>
#include <set>

#include "coopflow/engine/actor.h"
#include "coopflow/workflows/builtin.h"

using namespace coopflow::engine;

namespace {

std::vector<Workflow> both() {
  return {coopflow::workflows::electoral_workflow(), coopflow::workflows::parliamentary_workflow()};
}

}  // namespace

BOOST_AUTO_TEST_CASE(every_event_in_the_tables_is_declared_and_every_declaration_is_used) {
  for (const auto& wf : both()) {
    std::set<std::string> in_table, declared;
    for (const auto& r : wf.transitions) in_table.insert(r.event);
    for (const auto& e : wf.events) declared.insert(e.name);
    BOOST_TEST(in_table == declared, wf.name);
  }
}

BOOST_AUTO_TEST_CASE(every_event_names_known_roles) {
  for (const auto& wf : both()) {
    for (const auto& e : wf.events) {
      BOOST_TEST(!e.roles.empty(), e.name);
      for (const auto& r : e.roles) BOOST_TEST(is_role(r), e.name << " " << r);
      BOOST_TEST(!has_role(e.roles, "auditor"), e.name);
      BOOST_TEST(!has_role(e.roles, "admin"), e.name);
    }
  }
}

BOOST_AUTO_TEST_CASE(every_leaf_state_has_a_stage_declaration) {
  for (const auto& wf : both()) {
    for (const auto& r : wf.transitions) {
      for (const auto& s : {r.source, r.target}) {
        const bool pseudo =
            s.empty() || s == "Active" || s == "Execution" || s.find("Exit") != std::string::npos;
        if (!pseudo) BOOST_TEST(wf.find_stage(s) != nullptr, wf.name << " " << s);
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(approvals_are_four_eyes) {
  for (const auto& wf : both()) {
    for (const char* e : {"commit", "approve-plan", "accept-report"}) {
      BOOST_TEST(wf.find_event(e)->four_eyes, wf.name << " " << e);
      BOOST_TEST(wf.find_event(e)->roles == std::vector<std::string>{"manager"});
    }
  }
}

BOOST_AUTO_TEST_CASE(workflows_are_registered_by_name_and_version) {
  Registry registry;
  coopflow::workflows::register_builtin_workflows(registry);
  BOOST_TEST(registry.find("electoral-cooperation", 1) != nullptr);
  BOOST_TEST(registry.latest("parliamentary-cooperation").id_prefix == "PC");
  BOOST_TEST(registry.find("electoral-cooperation", 2) == nullptr);
}
