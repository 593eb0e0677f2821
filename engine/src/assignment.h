#pragma once

#include <string>

#include "coopflow/engine/attachment.h"
#include "coopflow/engine/case_summary.h"

namespace coopflow::storage {
class Store;
}

namespace coopflow::engine::detail {

// Who holds the case: its assignment, else the one who opened it.
Assignment holders_of(storage::Store& store, const CaseSummary& summary);
// Whether user holds the case (as its coordinator or its manager).
bool holds(const Assignment& assignment, const std::string& user);

}  // namespace coopflow::engine::detail
