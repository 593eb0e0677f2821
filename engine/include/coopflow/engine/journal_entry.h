#pragma once

#include <cstdint>
#include <string>

// A journal entry, and the journal's hash: how an entry is encoded for
// hashing, and the chain rule.
namespace coopflow::engine {

// One step of a case, as recorded: never updated, never deleted.
struct JournalEntry {
  std::string case_id;
  std::int64_t seq = 0;       // 1, 2, ... within the case
  std::int64_t position = 0;  // 1, 2, ... across the whole journal
  std::string at;             // UTC, ISO 8601 with microseconds
  std::string actor;          // the coopflow user
  std::string role;           // the role they acted in
  std::string os_user;        // the OS login of the process that wrote it
  std::string event;
  std::string from_state;  // "" for the entry that opens the case
  std::string to_state;
  std::string payload;  // JSON object
  std::string prev_hash;
  std::string hash;
};

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
