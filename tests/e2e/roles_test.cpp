// The role x event matrix, exhaustively, and four-eyes on every approval, by
// the real binary. Every workflow, event and path comes from the registry.
#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "coopflow/engine/actor.h"
#include "runner.h"

using coopflow::testing::OfficeDb;

BOOST_AUTO_TEST_CASE(each_event_is_fired_only_by_its_declared_roles) {
  OfficeDb db;
  int fired = 0, refused = 0;
  for (const auto* wf : coopflow::testing::builtin_registry().all()) {
    for (const auto& spec : wf->events) {
      if (spec.opens) continue;
      // A refused event changes nothing, so the refusals and then the first
      // permitted firing share one prepared case; each further permitted
      // firing gets its own. Refusals first: the case is then still ready.
      std::vector<std::string> roles = coopflow::engine::all_roles();
      std::stable_partition(roles.begin(), roles.end(), [&](const std::string& role) {
        return !coopflow::engine::has_role(spec.roles, role);
      });
      const std::string shared = db.case_ready_for(wf->name, spec.name);
      bool shared_used = false;
      for (const auto& role : roles) {
        const bool allowed = coopflow::engine::has_role(spec.roles, role);
        const std::string id =
            !allowed || !shared_used ? shared : db.case_ready_for(wf->name, spec.name);
        shared_used = shared_used || allowed;
        std::vector<std::string> args = {"do", id, spec.name};
        for (const auto& f : coopflow::testing::valid_assignments(spec)) args.push_back(f);
        const auto r = db.as(coopflow::testing::user_with(role), args);
        BOOST_TEST(r.code == (allowed ? 0 : 5),
                   wf->name << " " << spec.name << " as " << role << ": " << r.err);
        (allowed ? fired : refused)++;
      }
    }
  }
  BOOST_TEST(fired > 0);
  BOOST_TEST(refused > fired);
}

BOOST_AUTO_TEST_CASE(nobody_decides_on_what_they_wrote_whatever_roles_they_hold) {
  OfficeDb db;
  db.ok("ada", {"user", "grant", "ada", "coordinator"});
  db.ok("ada", {"user", "grant", "ada", "manager"});
  int checked = 0;
  for (const auto* wf : coopflow::testing::builtin_registry().all()) {
    for (const auto& spec : wf->events) {
      if (!spec.four_eyes) continue;
      const auto& path = coopflow::testing::map_of(wf->name).path_to_fire(spec.name);
      // The last event before the decision that wrote the document it decides on.
      const auto producer = std::find_if(path.rbegin(), path.rend(), [&](const std::string& e) {
        return wf->find_event(e)->produces == spec.concerns;
      });
      BOOST_REQUIRE(producer != path.rend());
      for (const std::string author : {"carol", "ada"}) {
        const std::string id = db.open(wf->name);
        for (auto it = path.begin(); it != path.end(); ++it) {
          const bool writes_it = &*it == &*producer;
          db.fire(
              writes_it ? author : coopflow::testing::user_with(wf->find_event(*it)->roles.front()),
              id, *it);
        }
        const auto refused = db.as(author, {"do", id, spec.name});
        BOOST_TEST(refused.code == 5, wf->name << " " << spec.name << " by its author " << author);
        BOOST_TEST(refused.err.find("four-eyes") != std::string::npos, refused.err);
        db.fire("dave", id, spec.name);
        ++checked;
      }
    }
  }
  BOOST_TEST(checked >= 6);
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
