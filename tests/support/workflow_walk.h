#pragma once

#include <map>
#include <string>
#include <vector>

#include "coopflow/engine/field_validation.h"
#include "coopflow/engine/registry.h"
#include "coopflow/engine/workflow.h"

// What tests know of the workflows, found by walking the registry and firing
// the real machines: no test names a workflow's states or paths by hand, so a
// new event or a third workflow is covered as soon as it is registered.
namespace coopflow::testing {

// Every built-in workflow, registered once.
const engine::Registry& builtin_registry();
// The workflows whose cases start from an official request (`coopflow open`):
// all but those an import makes (imported-mission).
std::vector<const engine::Workflow*> request_workflows();

// Valid values for every field an event declares (optional ones included),
// derived from the declared types.
engine::RawFields valid_fields(const engine::EventSpec& spec);
// The same as FIELD=VALUE arguments for `coopflow do`.
std::vector<std::string> valid_assignments(const engine::EventSpec& spec);
// valid_assignments() of the first registered workflow declaring event.
std::vector<std::string> valid_assignments(const std::string& event);

// The shortest event paths through one workflow, from a new case, found
// breadth-first with valid_fields() for every event.
class WorkflowMap {
 public:
  explicit WorkflowMap(const engine::Workflow& workflow);

  const engine::Workflow& workflow() const { return workflow_; }
  // To a configuration in leaf state `state`; fails the test if unreachable.
  const std::vector<std::string>& path_to(const std::string& state) const;
  // To a configuration where `event` fires (its guard passing); fails the
  // test if there is none.
  const std::vector<std::string>& path_to_fire(const std::string& event) const;
  // Every reachable leaf state, in the order first reached.
  const std::vector<std::string>& states() const { return order_; }
  // The reachable states a case can be in while still open (not terminal, not held).
  std::vector<std::string> open_states() const;

 private:
  const engine::Workflow& workflow_;
  std::vector<std::string> order_;
  std::map<std::string, std::vector<std::string>> to_state_;
  std::map<std::string, std::vector<std::string>> to_fire_;
};

// WorkflowMap of the named built-in workflow, built once.
const WorkflowMap& map_of(const std::string& workflow);

}  // namespace coopflow::testing
