#pragma once

// What a workflow's machine.cpp hands its declarations: the machine's tables
// as data and a way to start one. No Boost.MSM here.
#include <functional>
#include <memory>
#include <vector>

#include "coopflow/engine/workflow.h"

namespace coopflow::workflows::detail {

struct MachineParts {
  std::vector<engine::TransitionRow> transitions;  // every row, top machine first
  std::vector<engine::MachineNode> machines;       // top machine first
  std::function<std::unique_ptr<engine::CaseMachine>()> start;
};

}  // namespace coopflow::workflows::detail
