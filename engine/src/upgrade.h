#pragma once

#include <cstdint>
#include <string>

namespace coopflow::storage {
class Store;
}

// What the engine derives when a database moves to a newer schema, in the
// transaction that moves it.
namespace coopflow::engine::detail {

// Schema 1 to 2: builds the Merkle tree over the journal as it stands (every
// entry keeps its position and hash), then opens the office log with one
// `upgrade` entry recording the users, roles and states the database had, the
// new database id, and a digest of the schema-1 administration log.
void start_the_office_log(storage::Store& store, const std::string& at);

// The schema-1 administration log's rows and their SHA-256 (hex) as the
// upgrade entry records them: the compact JSON array of
// [position, at, actor, os_user, action, target, detail] per row.
struct LegacyDigest {
  std::int64_t count = 0;
  std::string sha256;
};
LegacyDigest legacy_user_changes(storage::Store& store);

}  // namespace coopflow::engine::detail
