#pragma once

#include <string>

#include "coopflow/engine/checkpoint.h"
#include "coopflow/engine/signing.h"

namespace coopflow::storage {
class Store;
}

namespace coopflow::engine::detail {

// Signs a checkpoint of the log's current head (its size, root and `at`) with
// key, which must be registered and in service, and stores it. Returns the note.
// Throws ValidationError for an unregistered or retired key, ConflictError for
// an empty log.
std::string seal_head(storage::Store& store, const SigningKey& key, const std::string& at);

// What is wrong ("" if nothing) with a checkpoint as a seal of this log: another
// database's, a size beyond the log, a root that is not the log's at that
// size, or no valid signature by a key registered for it.
Message checkpoint_problem(storage::Store& store, const Checkpoint& checkpoint);

}  // namespace coopflow::engine::detail
