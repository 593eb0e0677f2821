#pragma once

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include <memory>
#include <string>

#include "coopflow/storage/records.h"
#include "cursor.h"

// How each row type is read from the current row of a statement, written once
// for both ways of reading: SQLiteCpp statements (the cached point queries)
// and Cursors (the streams).
namespace coopflow::storage {

#define COOPFLOW_JOURNAL_COLUMNS                                                             \
  "case_id, seq, position, at, actor, role, os_user, event, from_state, to_state, payload, " \
  "prev_hash, hash"
#define COOPFLOW_CASE_COLUMNS                                                        \
  "id, workflow, workflow_version, state, subject, requester, countries, received, " \
  "opened_at, opened_by, updated_at, last_seq, head_hash"
#define COOPFLOW_APPROVAL_COLUMNS \
  "case_id, seq, actor, role, decision, subject_kind, subject_version, comment, at"

// A SQLiteCpp statement seen through the Cursor's two accessors.
class StatementColumns {
 public:
  explicit StatementColumns(const SQLite::Statement& s) : s_(s) {}
  void text(int column, std::string& out) const {
    const SQLite::Column c = s_.getColumn(column);
    out.assign(c.getText(), static_cast<std::size_t>(c.getBytes()));
  }
  void blob(int column, std::string& out) const {
    const SQLite::Column c = s_.getColumn(column);
    out.assign(static_cast<const char*>(c.getBlob()), static_cast<std::size_t>(c.getBytes()));
  }
  std::int64_t int64(int column) const { return s_.getColumn(column).getInt64(); }

 private:
  const SQLite::Statement& s_;
};

// Each fills the row in place, reusing its strings' buffers.
template <class Columns>
void read_row(const Columns& c, const JournalTargets& t);

template <class Columns>
void read_row(const Columns& c, JournalRow& r) {
  read_row(c,
           JournalTargets{&r.case_id, &r.seq, &r.position, &r.at, &r.actor, &r.role, &r.os_user,
                          &r.event, &r.from_state, &r.to_state, &r.payload, &r.prev_hash, &r.hash});
}

template <class Columns>
void read_row(const Columns& c, const JournalTargets& t) {
  c.text(0, *t.case_id);
  *t.seq = c.int64(1);
  *t.position = c.int64(2);
  c.text(3, *t.at);
  c.text(4, *t.actor);
  c.text(5, *t.role);
  c.text(6, *t.os_user);
  c.text(7, *t.event);
  c.text(8, *t.from_state);
  c.text(9, *t.to_state);
  c.text(10, *t.payload);
  c.text(11, *t.prev_hash);
  c.text(12, *t.hash);
}

template <class Columns>
void read_row(const Columns& c, CaseRow& r) {
  c.text(0, r.id);
  c.text(1, r.workflow);
  r.workflow_version = static_cast<int>(c.int64(2));
  c.text(3, r.state);
  c.text(4, r.subject);
  c.text(5, r.requester);
  c.text(6, r.countries);
  c.text(7, r.received);
  c.text(8, r.opened_at);
  c.text(9, r.opened_by);
  c.text(10, r.updated_at);
  r.last_seq = c.int64(11);
  c.text(12, r.head_hash);
}

template <class Columns>
void read_row(const Columns& c, ApprovalRow& r) {
  c.text(0, r.case_id);
  r.seq = c.int64(1);
  c.text(2, r.actor);
  c.text(3, r.role);
  c.text(4, r.decision);
  c.text(5, r.subject_kind);
  r.subject_version = c.int64(6);
  c.text(7, r.comment);
  c.text(8, r.at);
}

template <class Columns>
void read_row(const Columns& c, TreeNodeRow& r) {
  r.id = c.int64(0);
  c.blob(1, r.hash);
}

template <class Columns>
void read_row(const Columns& c, CheckpointRow& r) {
  r.id = c.int64(0);
  r.tree_size = c.int64(1);
  c.text(2, r.note);
}

template <class Columns>
void read_row(const Columns& c, SigningKeyRow& r) {
  c.text(0, r.name);
  c.text(1, r.public_key);
  r.added_at = c.int64(2);
  r.retired_at = c.int64(3);
}

template <class Columns>
void read_row(const Columns& c, SettingRow& r) {
  c.text(0, r.name);
  c.text(1, r.value);
  r.set_at = c.int64(2);
}

template <class Columns>
void read_row(const Columns& c, AttachmentRow& r) {
  c.text(0, r.case_id);
  r.number = c.int64(1);
  r.position = c.int64(2);
  c.text(3, r.kind);
  c.text(4, r.title);
  c.text(5, r.name);
  c.text(6, r.media_type);
  r.size = c.int64(7);
  c.text(8, r.sha256);
  c.blob(9, r.content);
}

template <class Columns>
void read_row(const Columns& c, SessionRow& r) {
  c.text(0, r.token_hash);
  c.text(1, r.user);
  c.text(2, r.csrf_hash);
  c.text(3, r.address);
  c.text(4, r.created_at);
  c.text(5, r.last_seen);
}

template <class Columns>
void read_row(const Columns& c, AssignmentRow& r) {
  c.text(0, r.case_id);
  c.text(1, r.coordinator);
  c.text(2, r.manager);
  r.position = c.int64(3);
}

// Every row of a SQLiteCpp statement, read into a vector.
template <class Row>
std::vector<Row> read_all(SQLite::Statement& s) {
  std::vector<Row> out;
  while (s.executeStep()) read_row(StatementColumns(s), out.emplace_back());
  s.reset();
  return out;
}

// Every row of a Cursor, read into a vector; the cursor is left reset.
template <class Row>
std::vector<Row> read_all(Cursor& c) {
  std::vector<Row> out;
  while (c.step()) read_row(c, out.emplace_back());
  c.reset();
  return out;
}

// "SELECT columns FROM table [WHERE key >= from AND key < to] ORDER BY order_by",
// prepared with range's bounds bound. Each bound present is a plain comparison,
// so SQLite seeks to the slice and stops at its end.
std::unique_ptr<Cursor> range_select(SQLite::Database& db, const char* columns, const char* table,
                                     const char* key, const KeyRange& range, const char* order_by);

}  // namespace coopflow::storage
