#pragma once

#include <cstdint>

#include "coopflow/engine/journal_entry.h"
#include "coopflow/engine/merkle.h"

namespace coopflow::storage {
class Store;
}

// Appending to the one log: every entry, a case's or the office's, takes the
// next global position, its hash, and its leaf in the Merkle tree, in the
// caller's write transaction.
namespace coopflow::engine::detail {

// The id a perfect subtree is stored under: the last position it covers,
// times 64, plus its level. Ids then grow in the order subtrees complete.
std::int64_t tree_node_id(int level, std::uint64_t index);

// The database's tree: leaves from the log's hashes, other subtrees stored.
// Throws IntegrityError when a subtree it needs is missing or malformed.
merkle::NodeSource stored_tree(storage::Store& store);
// source, reading each subtree at most once (for several roots or proofs in
// one transaction).
merkle::NodeSource memoized(merkle::NodeSource source);

// Fills e.position and e.hash, appends the entry to the journal, and adds its leaf.
void log_case_entry(storage::Store& store, JournalEntry& e);
// Fills e.seq, e.prev_hash (the office log's own chain), e.position and e.hash,
// appends the entry to the office log, and adds its leaf. e.case_id and the
// states stay empty.
void log_office_entry(storage::Store& store, JournalEntry& e);
// A new database's identity for its checkpoints: "coopflow/" and a random UUID.
std::string new_origin();
// Stores the tree over every entry already in the log (the upgrade to schema 2).
void build_tree(storage::Store& store);

}  // namespace coopflow::engine::detail
