#pragma once

#include <memory>
#include <vector>

#include "coopflow/engine/workflow.h"

// The plain face of the parliamentary-cooperation MSM machine.
namespace coopflow::workflows::parliamentary {

std::unique_ptr<engine::CaseMachine> start_machine();
std::vector<engine::TransitionRow> transition_rows();

}  // namespace coopflow::workflows::parliamentary
