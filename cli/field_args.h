#pragma once

#include <string>
#include <vector>

#include "coopflow/engine/field_validation.h"

namespace coopflow::cli {

// Turns `do` arguments FIELD=VALUE into raw fields. FIELD=@path reads the value
// from a regular file of at most 64 KiB; FIELD=@@text is the literal "@text".
// Throws CLI::ValidationError (usage) for an argument without '=', and
// engine::ValidationError for a duplicate field or an unreadable file.
engine::RawFields parse_assignments(const std::vector<std::string>& args);

}  // namespace coopflow::cli
