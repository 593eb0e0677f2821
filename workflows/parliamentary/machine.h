#pragma once

#include "../common/machine_parts.h"

// The plain face of the parliamentary-cooperation MSM machine.
namespace coopflow::workflows::parliamentary {

detail::MachineParts machine();

}  // namespace coopflow::workflows::parliamentary
