#pragma once

#include <string>

namespace coopflow::testing {

// Runs SQL statements on the database at path as someone with write access to
// the file would: the append-only triggers dropped for the edit, then put
// back exactly as they were, so that only the edit itself is left to find.
void tamper(const std::string& path, const std::string& statements);

}  // namespace coopflow::testing
