#pragma once

#include "../common/machine_parts.h"

// The plain face of the electoral-cooperation MSM machine.
namespace coopflow::workflows::electoral {

detail::MachineParts machine();

}  // namespace coopflow::workflows::electoral
