#pragma once

// Internal to the engine: what the Office's translation units share.
#include "coopflow/engine/authority.h"
#include "coopflow/engine/user.h"

namespace coopflow::storage {
class StorageError;
}

namespace coopflow::engine::detail {

// Throws the engine's error for a storage condition: busy, missing, not ours...
[[noreturn]] void rethrow_storage_error(const storage::StorageError& e);

Standing standing_of(User user);

}  // namespace coopflow::engine::detail
