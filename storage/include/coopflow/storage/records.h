#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// Plain rows as stored. Storage gives them no meaning: the engine decides what a
// state, an event or a hash is.
namespace coopflow::storage {

struct JournalRow {
  std::string case_id;
  std::int64_t seq = 0;       // 1, 2, ... within the case
  std::int64_t position = 0;  // 1, 2, ... across the whole journal
  std::string at;             // UTC, ISO 8601 with microseconds
  std::string actor;
  std::string role;
  std::string os_user;
  std::string event;
  std::string from_state;
  std::string to_state;
  std::string payload;  // JSON object
  std::string prev_hash;
  std::string hash;
};

struct CaseRow {
  std::string id;
  std::string workflow;
  int workflow_version = 0;
  std::string state;
  std::string subject;
  std::string requester;
  std::string countries;
  std::string received;
  std::string opened_at;
  std::string opened_by;
  std::string updated_at;
  std::int64_t last_seq = 0;
  std::string head_hash;
};

struct ApprovalRow {
  std::string case_id;
  std::int64_t seq = 0;
  std::string actor;
  std::string role;
  std::string decision;
  std::string subject_kind;
  std::int64_t subject_version = 0;
  std::string comment;
  std::string at;
};

struct UserRow {
  std::string name;
  std::string full_name;
  bool disabled = false;
  std::vector<std::string> roles;  // sorted
  std::string created_at;
};

inline bool operator==(const ApprovalRow& a, const ApprovalRow& b) {
  return a.case_id == b.case_id && a.seq == b.seq && a.actor == b.actor && a.role == b.role &&
         a.decision == b.decision && a.subject_kind == b.subject_kind &&
         a.subject_version == b.subject_version && a.comment == b.comment && a.at == b.at;
}

// An append-only record of user administration (who granted what to whom).
struct UserChangeRow {
  std::int64_t position = 0;
  std::string at;
  std::string actor;
  std::string os_user;
  std::string action;
  std::string target;
  std::string detail;
};

// Where a stream puts each journal column: strings and numbers the caller owns
// (its own record type's members), filled in place row after row, so that a
// scan of millions of rows copies each column once and reuses its buffers.
struct JournalTargets {
  std::string* case_id;
  std::int64_t* seq;
  std::int64_t* position;
  std::string* at;
  std::string* actor;
  std::string* role;
  std::string* os_user;
  std::string* event;
  std::string* from_state;
  std::string* to_state;
  std::string* payload;
  std::string* prev_hash;
  std::string* hash;
};

// A stored perfect subtree of the Merkle tree: its id and 32-byte hash.
struct TreeNodeRow {
  std::int64_t id = 0;
  std::string hash;
};

// A key registered to sign checkpoints: a cache of the office log.
struct SigningKeyRow {
  std::string name;
  std::string public_key;       // base64 of the 32 raw bytes
  std::int64_t added_at = 0;    // log position of its key-add entry
  std::int64_t retired_at = 0;  // of its key-retire entry; 0 while in service
};

// A setting the office log decides (the database's id, the IATI reference...).
struct SettingRow {
  std::string name;
  std::string value;
  std::int64_t set_at = 0;  // log position of the entry that set it
};

// A document attached to a case; content only where asked for.
struct AttachmentRow {
  std::string case_id;
  std::int64_t number = 0;    // 1, 2, ... within the case
  std::int64_t position = 0;  // of the office log entry that attached it
  std::string kind;
  std::string title;
  std::string name;
  std::string media_type;
  std::int64_t size = 0;
  std::string sha256;   // hex, as recorded
  std::string content;  // the bytes
};

// Who holds a case: its responsible coordinator and, optionally, a manager.
struct SessionRow {
  std::string token_hash;  // SHA-256 of the session token, hex
  std::string user;
  std::string csrf_hash;  // SHA-256 of its CSRF token, hex
  std::string address;    // where it signed in from
  std::string created_at;
  std::string last_seen;
};

struct AssignmentRow {
  std::string case_id;
  std::string coordinator;
  std::string manager;        // "" for none
  std::int64_t position = 0;  // of the case-assign entry
};

// A signed checkpoint note of the log's first tree_size entries.
struct CheckpointRow {
  std::int64_t id = 0;
  std::int64_t tree_size = 0;
  std::string note;
};

// The last case number given out per id prefix and year.
struct CaseNumberRow {
  std::string prefix;
  int year = 0;
  std::int64_t last = 0;
};

// A table, index or trigger that is not as coopflow creates it.
struct SchemaDeviation {
  enum class Kind { kMissing, kAltered, kAdded };
  std::string object;  // e.g. "trigger journal_no_update"
  Kind kind = Kind::kMissing;
};

// A slice of the case-id key space: from (inclusive) up to to (exclusive); an
// absent bound is open. Open bounds also take in ids that are not text at all
// (SQLite sorts numbers before text and blobs after it), so that the slices
// together cover every row, however it was edited.
struct KeyRange {
  std::optional<std::string> from;
  std::optional<std::string> to;
};

struct CaseFilter {
  std::string state;       // empty: any
  std::string workflow;    // empty: any
  std::string holder;      // empty: anyone; else the cases this user holds (assignments)
  std::string after_id;    // keyset pagination: ids strictly greater
  std::int64_t limit = 0;  // 0: no limit
};

}  // namespace coopflow::storage
