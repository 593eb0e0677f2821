#pragma once

#include "coopflow/engine/registry.h"

// The workflows compiled into coopflow.
namespace coopflow::workflows {

// Adds every built-in workflow, every version ever shipped, to registry (so
// that cases opened under an old version still replay).
void register_builtin_workflows(engine::Registry& registry);

}  // namespace coopflow::workflows
