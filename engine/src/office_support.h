#pragma once

// Internal to the engine: what the Office's translation units share.
#include "coopflow/engine/authority.h"
#include "coopflow/engine/case_file.h"
#include "coopflow/engine/office.h"
#include "coopflow/engine/user.h"

namespace coopflow::storage {
class StorageError;
}

namespace coopflow::engine::detail {

// Throws the engine's error for a storage condition: busy, missing, not ours...
[[noreturn]] void rethrow_storage_error(const storage::StorageError& e);

Standing standing_of(User user);

// The events of the case (in the state `machine` is in) that `who` may fire
// now, or that their role allows but a rule blocks (with the rule): what
// `show` offers and `tasks` lists.
std::vector<AllowedEvent> allowed_events(const Workflow& wf, const CaseMachine& machine,
                                         const Standing& who, const CaseFile& file);

}  // namespace coopflow::engine::detail
