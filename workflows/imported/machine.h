#pragma once

#include "../common/machine_parts.h"

// The plain face of the imported-mission MSM machine.
namespace coopflow::workflows::imported {

detail::MachineParts machine();

}  // namespace coopflow::workflows::imported
