// Schema creation and forward migrations, keyed by PRAGMA user_version.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <map>

#include "coopflow/storage/errors.h"
#include "coopflow/storage/store.h"

namespace coopflow::storage {
namespace {

// 'CFLW': marks the file as ours, so that `--db` pointing at some other SQLite
// file is refused instead of being written into.
constexpr int kApplicationId = 0x43464C57;

// Migration N takes the schema from version N to N+1. Append; never edit one
// that has shipped.
const char* const kMigrations[] = {
    R"sql(
CREATE TABLE users (
  name       TEXT PRIMARY KEY,
  full_name  TEXT NOT NULL DEFAULT '',
  disabled   INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);
CREATE TABLE user_roles (
  name TEXT NOT NULL REFERENCES users(name),
  role TEXT NOT NULL,
  PRIMARY KEY (name, role)
) WITHOUT ROWID;
CREATE TABLE user_changes (
  position INTEGER PRIMARY KEY,
  at       TEXT NOT NULL,
  actor    TEXT NOT NULL,
  os_user  TEXT NOT NULL,
  action   TEXT NOT NULL,
  target   TEXT NOT NULL,
  detail   TEXT NOT NULL
);
CREATE TABLE case_numbers (
  prefix TEXT NOT NULL,
  year   INTEGER NOT NULL,
  last   INTEGER NOT NULL,
  PRIMARY KEY (prefix, year)
) WITHOUT ROWID;
CREATE TABLE cases (
  id               TEXT PRIMARY KEY,
  workflow         TEXT NOT NULL,
  workflow_version INTEGER NOT NULL,
  state            TEXT NOT NULL,
  subject          TEXT NOT NULL,
  requester        TEXT NOT NULL,
  countries        TEXT NOT NULL,
  received         TEXT NOT NULL,
  opened_at        TEXT NOT NULL,
  opened_by        TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  last_seq         INTEGER NOT NULL,
  head_hash        TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX cases_by_state ON cases (state, id);
CREATE INDEX cases_by_workflow ON cases (workflow, id);
CREATE TABLE journal (
  case_id    TEXT NOT NULL,
  seq        INTEGER NOT NULL,
  position   INTEGER NOT NULL UNIQUE,
  at         TEXT NOT NULL,
  actor      TEXT NOT NULL,
  role       TEXT NOT NULL,
  os_user    TEXT NOT NULL,
  event      TEXT NOT NULL,
  from_state TEXT NOT NULL,
  to_state   TEXT NOT NULL,
  payload    TEXT NOT NULL,
  prev_hash  TEXT NOT NULL,
  hash       TEXT NOT NULL,
  PRIMARY KEY (case_id, seq)
) WITHOUT ROWID;
CREATE INDEX journal_by_actor ON journal (actor, case_id);
CREATE TABLE approvals (
  case_id         TEXT NOT NULL,
  seq             INTEGER NOT NULL,
  actor           TEXT NOT NULL,
  role            TEXT NOT NULL,
  decision        TEXT NOT NULL,
  subject_kind    TEXT NOT NULL,
  subject_version INTEGER NOT NULL,
  comment         TEXT NOT NULL,
  at              TEXT NOT NULL,
  PRIMARY KEY (case_id, seq)
) WITHOUT ROWID;
CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal
  BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END;
CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal
  BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END;
CREATE TRIGGER approvals_no_update BEFORE UPDATE ON approvals
  BEGIN SELECT RAISE(ABORT, 'approvals are append-only'); END;
CREATE TRIGGER approvals_no_delete BEFORE DELETE ON approvals
  BEGIN SELECT RAISE(ABORT, 'approvals are append-only'); END;
CREATE TRIGGER user_changes_no_update BEFORE UPDATE ON user_changes
  BEGIN SELECT RAISE(ABORT, 'user changes are append-only'); END;
CREATE TRIGGER user_changes_no_delete BEFORE DELETE ON user_changes
  BEGIN SELECT RAISE(ABORT, 'user changes are append-only'); END;
)sql",
    // Version 2: one log. The office's own changes join the case events in
    // one position space (office_log), under a Merkle tree kept as its
    // perfect subtrees (tree_nodes, id = last position covered * 64 + level),
    // with the signing keys, checkpoints and settings the log decides.
    R"sql(
CREATE TABLE office_log (
  position  INTEGER PRIMARY KEY,
  seq       INTEGER NOT NULL UNIQUE,
  at        TEXT NOT NULL,
  actor     TEXT NOT NULL,
  role      TEXT NOT NULL,
  os_user   TEXT NOT NULL,
  event     TEXT NOT NULL,
  payload   TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash      TEXT NOT NULL
);
CREATE INDEX journal_leaves ON journal (position, hash);
CREATE TABLE tree_nodes (
  id   INTEGER PRIMARY KEY,
  hash BLOB NOT NULL
);
CREATE TABLE signing_keys (
  name       TEXT PRIMARY KEY,
  public_key TEXT NOT NULL,
  added_at   INTEGER NOT NULL,
  retired_at INTEGER
) WITHOUT ROWID;
CREATE TABLE checkpoints (
  id        INTEGER PRIMARY KEY,
  tree_size INTEGER NOT NULL,
  note      TEXT NOT NULL
);
CREATE TABLE settings (
  name   TEXT PRIMARY KEY,
  value  TEXT NOT NULL,
  set_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE VIEW log_leaves AS
  SELECT position, hash FROM journal
  UNION ALL SELECT position, hash FROM office_log
  ORDER BY position;
CREATE TRIGGER office_log_no_update BEFORE UPDATE ON office_log
  BEGIN SELECT RAISE(ABORT, 'the office log is append-only'); END;
CREATE TRIGGER office_log_no_delete BEFORE DELETE ON office_log
  BEGIN SELECT RAISE(ABORT, 'the office log is append-only'); END;
CREATE TRIGGER tree_nodes_no_update BEFORE UPDATE ON tree_nodes
  BEGIN SELECT RAISE(ABORT, 'the Merkle tree is append-only'); END;
CREATE TRIGGER tree_nodes_no_delete BEFORE DELETE ON tree_nodes
  BEGIN SELECT RAISE(ABORT, 'the Merkle tree is append-only'); END;
CREATE TRIGGER checkpoints_no_update BEFORE UPDATE ON checkpoints
  BEGIN SELECT RAISE(ABORT, 'checkpoints are append-only'); END;
CREATE TRIGGER checkpoints_no_delete BEFORE DELETE ON checkpoints
  BEGIN SELECT RAISE(ABORT, 'checkpoints are append-only'); END;
)sql",
    // Version 3: views for people who read the file with sqlite3 (documented
    // in docs/journal.md). The approvals table is renamed so that the view
    // can take its name. open_cases lists the states no workflow ends in:
    // engine_test checks this list against every registered workflow.
    R"sql(
ALTER TABLE approvals RENAME TO approval_records;
CREATE VIEW case_history AS
  SELECT case_id, seq, position, at, actor, role, event, from_state, to_state,
         CASE WHEN json_valid(payload) THEN json_extract(payload, '$.fields') END AS fields,
         CASE WHEN json_valid(payload) THEN json_extract(payload, '$.fields.comment') END
           AS comment,
         hash
  FROM journal;
CREATE VIEW approvals AS
  SELECT a.case_id, c.subject, a.seq, a.at, a.actor, a.role, a.decision,
         a.subject_kind AS document, a.subject_version AS version, a.comment
  FROM approval_records AS a JOIN cases AS c ON c.id = a.case_id;
CREATE VIEW open_cases AS
  SELECT id, workflow, state, subject, requester, countries, received, opened_at, opened_by,
         updated_at
  FROM cases
  WHERE state NOT IN ('Closed', 'Declined', 'RejectedByPartner', 'Withdrawn');
)sql",
    // Version 4: documents attached to cases, and who holds each case. Each
    // document is attached by an office log entry (case-attach, its position
    // here) that records its SHA-256, size, type and name, so that the tree
    // covers the bytes; each assignment is a case-assign entry, cached here.
    // Sign-in for the web server: each user's password as an Argon2id hash
    // (its password-set entry's position; the log never holds the hash),
    // sessions by the SHA-256 of their tokens, and recent failed sign-ins.
    R"sql(
CREATE TABLE attachments (
  case_id    TEXT NOT NULL,
  number     INTEGER NOT NULL,
  position   INTEGER NOT NULL UNIQUE,
  kind       TEXT NOT NULL,
  title      TEXT NOT NULL,
  name       TEXT NOT NULL,
  media_type TEXT NOT NULL,
  size       INTEGER NOT NULL,
  sha256     TEXT NOT NULL,
  content    BLOB NOT NULL,
  UNIQUE (case_id, number)
);
CREATE TABLE assignments (
  case_id     TEXT PRIMARY KEY,
  coordinator TEXT NOT NULL,
  manager     TEXT NOT NULL,
  position    INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX assignments_by_coordinator ON assignments (coordinator, case_id);
CREATE INDEX assignments_by_manager ON assignments (manager, case_id);
CREATE TABLE credentials (
  user   TEXT PRIMARY KEY,
  hash   TEXT NOT NULL,
  set_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user       TEXT NOT NULL,
  csrf_hash  TEXT NOT NULL,
  address    TEXT NOT NULL,
  created_at TEXT NOT NULL,
  last_seen  TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE sign_in_failures (
  user TEXT NOT NULL,
  at   TEXT NOT NULL
);
CREATE INDEX sign_in_failures_by_user ON sign_in_failures (user, at);
CREATE TRIGGER attachments_no_update BEFORE UPDATE ON attachments
  BEGIN SELECT RAISE(ABORT, 'attachments are append-only'); END;
CREATE TRIGGER attachments_no_delete BEFORE DELETE ON attachments
  BEGIN SELECT RAISE(ABORT, 'attachments are append-only'); END;
)sql",
    // Version 5: each index costs every event one more page to write and
    // sync (P1). No query of ours looks entries up by actor; and position had
    // two indexes, UNIQUE's and the tree's covering (position, hash). The
    // journal is rebuilt without UNIQUE: a trigger keeps positions growing,
    // which implies unique, through the covering index. Reads understand a
    // version-4 file as it is (kReadableFrom).
    R"sql(
DROP VIEW log_leaves;
DROP VIEW case_history;
CREATE TABLE journal_v5 (
  case_id    TEXT NOT NULL,
  seq        INTEGER NOT NULL,
  position   INTEGER NOT NULL,
  at         TEXT NOT NULL,
  actor      TEXT NOT NULL,
  role       TEXT NOT NULL,
  os_user    TEXT NOT NULL,
  event      TEXT NOT NULL,
  from_state TEXT NOT NULL,
  to_state   TEXT NOT NULL,
  payload    TEXT NOT NULL,
  prev_hash  TEXT NOT NULL,
  hash       TEXT NOT NULL,
  PRIMARY KEY (case_id, seq)
) WITHOUT ROWID;
INSERT INTO journal_v5 SELECT case_id, seq, position, at, actor, role, os_user, event, from_state,
  to_state, payload, prev_hash, hash FROM journal;
DROP TABLE journal;
ALTER TABLE journal_v5 RENAME TO journal;
CREATE INDEX journal_leaves ON journal (position, hash);
CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal
  BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END;
CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal
  BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END;
CREATE TRIGGER journal_positions_grow BEFORE INSERT ON journal
  WHEN NEW.position <= (SELECT coalesce(max(position), 0) FROM journal)
  BEGIN SELECT RAISE(ABORT, 'journal positions only grow'); END;
CREATE VIEW log_leaves AS
  SELECT position, hash FROM journal
  UNION ALL SELECT position, hash FROM office_log
  ORDER BY position;
CREATE VIEW case_history AS
  SELECT case_id, seq, position, at, actor, role, event, from_state, to_state,
         CASE WHEN json_valid(payload) THEN json_extract(payload, '$.fields') END AS fields,
         CASE WHEN json_valid(payload) THEN json_extract(payload, '$.fields.comment') END
           AS comment,
         hash
  FROM journal;
)sql",
};
constexpr int kMigrationCount = static_cast<int>(sizeof kMigrations / sizeof kMigrations[0]);
static_assert(kMigrationCount == Store::kSchemaVersion);

int user_version(SQLite::Database& db) { return db.execAndGet("PRAGMA user_version").getInt(); }

void migrate(SQLite::Database& db, int from, int to = kMigrationCount) {
  for (int v = from; v < to; ++v) {
    db.exec(kMigrations[v]);
    db.exec("PRAGMA user_version=" + std::to_string(v + 1));
  }
}

// type, name and SQL of every schema object, one line each, in name order.
std::map<std::string, std::string> schema_objects(SQLite::Database& db) {
  std::map<std::string, std::string> out;
  SQLite::Statement q(db,
                      "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master "
                      "WHERE name NOT LIKE 'sqlite_%'");
  while (q.executeStep()) {
    out[q.getColumn(0).getString() + " " + q.getColumn(1).getString()] =
        q.getColumn(2).getString() + "|" + q.getColumn(3).getString();
  }
  return out;
}

}  // namespace

void Store::check_schema() {
  // Only reads the header: nothing here may write to a file that may not be ours.
  const int app_id = db_->execAndGet("PRAGMA application_id").getInt();
  const int version = user_version(*db_);
  if (app_id != kApplicationId) {
    const bool empty = db_->execAndGet("SELECT count(*) FROM sqlite_master").getInt() == 0;
    if (empty) {
      throw StorageError(StorageError::Kind::kNotCoopflow, path_,
                         "{1} is empty, not a coopflow database; create one with `coopflow init` "
                         "at a new path",
                         {path_});
    }
    throw StorageError(StorageError::Kind::kNotCoopflow, path_,
                       "{1} is not a coopflow database; check --db", {path_});
  }
  if (version > kSchemaVersion) {
    throw StorageError(
        StorageError::Kind::kTooNew, path_,
        "{1} has schema version {2} but this coopflow understands up to {3}; upgrade coopflow",
        {path_, std::to_string(version), std::to_string(kSchemaVersion)});
  }
  upgrade_due_ = version < kSchemaVersion;
  too_old_to_read_ = version < kReadableFrom;
}

void Store::create_schema() {
  migrate(*db_, 0);
  db_->exec("PRAGMA application_id=" + std::to_string(kApplicationId));
}

void Store::upgrade() {
  // Re-read inside the lock: a concurrent process may have upgraded meanwhile.
  const int from = user_version(*db_);
  migrate(*db_, from);
  if (from < kSchemaVersion && upgrade_hook_) upgrade_hook_(from);
}

std::vector<std::string> Store::integrity_problems() {
  std::vector<std::string> out;
  SQLite::Statement q(*db_, "PRAGMA integrity_check(100)");
  while (q.executeStep()) {
    const std::string line = q.getColumn(0).getString();
    if (line != "ok") out.push_back(line);
  }
  return out;
}

std::vector<SchemaDeviation> Store::schema_deviations() {
  // What coopflow would create, built the same way in memory: the reference
  // is the migrations themselves, so it cannot drift from them. A file read
  // before its upgrade is held to the schema of its own version.
  SQLite::Database reference(":memory:", SQLite::OPEN_READWRITE);
  migrate(reference, 0, user_version(*db_));
  const auto expected = schema_objects(reference);
  const auto actual = schema_objects(*db_);
  std::vector<SchemaDeviation> out;
  for (const auto& [object, sql] : expected) {
    const auto it = actual.find(object);
    if (it == actual.end()) {
      out.push_back({object, SchemaDeviation::Kind::kMissing});
    } else if (it->second != sql) {
      out.push_back({object, SchemaDeviation::Kind::kAltered});
    }
  }
  for (const auto& [object, sql] : actual) {
    if (expected.find(object) == expected.end()) {
      out.push_back({object, SchemaDeviation::Kind::kAdded});
    }
  }
  return out;
}

}  // namespace coopflow::storage
