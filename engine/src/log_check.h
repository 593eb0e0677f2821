#pragma once

#include <cstdint>
#include <vector>

#include "coopflow/engine/office.h"
#include "staff.h"

namespace coopflow::storage {
class Store;
}

// verify's checks of the one log beyond the cases: the office log replayed
// into the staff who could act at each position, the caches it decides, and
// the Merkle tree recomputed from every entry.
namespace coopflow::engine::detail {

// Checks the office log's chain and every entry's legality, replays it, and
// compares the users, roles and settings tables with what it says. Returns
// the replay (for the case entries' actors) and the office log's positions.
Staff check_office_log(storage::Store& store, const Registry& registry, VerifyReport& report,
                       std::vector<std::int64_t>& positions);

// Recomputes the tree from every entry's hash in position order and compares
// each stored subtree with it, and checks every stored checkpoint and every
// one the auditor brought against the recomputed roots and the keys; then
// reports what no valid checkpoint covers. Memory: O(log n) plus the
// checkpoints the auditor brought.
void check_tree(storage::Store& store, const Staff& staff, const VerifyOptions& options,
                VerifyReport& report);

}  // namespace coopflow::engine::detail
