#pragma once

#include <string>

#include "coopflow/storage/records.h"

// The journal's hash: how an entry is encoded for hashing, and the chain rule.
namespace coopflow::engine {

using JournalEntry = storage::JournalRow;

// The hash of the entry before a case's first entry.
extern const char* const kGenesisHash;

// The canonical bytes of an entry: every field except `hash`, in a fixed order,
// each as <decimal byte length> ':' <bytes> ','  (a netstring without the
// framing ambiguity of separators). See docs/journal.md.
std::string canonical_encoding(const JournalEntry& entry);

// Lower-case hex SHA-256 of canonical_encoding(entry).
std::string compute_hash(const JournalEntry& entry);
// compute_hash(entry) == entry.hash, without building the digest's string.
bool hash_matches(const JournalEntry& entry);

std::string sha256_hex(const std::string& bytes);

}  // namespace coopflow::engine
