#pragma once

#include <string>
#include <vector>

#include "coopflow/engine/registry.h"
#include "coopflow/engine/workflow.h"

// The workflows compiled into coopflow. Every version ever shipped stays here so
// that cases opened under it still replay.
namespace coopflow::workflows {

engine::Workflow electoral_workflow();
engine::Workflow parliamentary_workflow();
const std::vector<std::string>& parliamentary_sectors();

// Adds every built-in workflow, every version, to registry.
void register_builtin_workflows(engine::Registry& registry);

}  // namespace coopflow::workflows
