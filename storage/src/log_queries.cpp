// The one log's other half (the office log), the Merkle tree's stored
// subtrees, and the settings the log decides.
#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "coopflow/storage/store.h"
#include "cursor.h"
#include "row_readers.h"

namespace coopflow::storage {

// The office log read as journal rows: no case, no states.
#define COOPFLOW_OFFICE_AS_JOURNAL                                                          \
  "'' AS case_id, seq, position, at, actor, role, os_user, event, '' AS from_state, '' AS " \
  "to_state, payload, prev_hash, hash"

void Store::append_office_entry(const JournalRow& r) {
  auto& s = statement(
      "INSERT INTO office_log (position, seq, at, actor, role, os_user, event, payload, "
      "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  s.bind(1, r.position);
  s.bind(2, r.seq);
  s.bind(3, r.at);
  s.bind(4, r.actor);
  s.bind(5, r.role);
  s.bind(6, r.os_user);
  s.bind(7, r.event);
  s.bind(8, r.payload);
  s.bind(9, r.prev_hash);
  s.bind(10, r.hash);
  s.exec();
}

std::vector<JournalRow> Store::office_log() {
  auto& s = statement("SELECT " COOPFLOW_OFFICE_AS_JOURNAL " FROM office_log ORDER BY position");
  return read_all<JournalRow>(s);
}

std::optional<JournalRow> Store::last_office_entry() {
  auto& s = statement("SELECT " COOPFLOW_OFFICE_AS_JOURNAL
                      " FROM office_log ORDER BY position DESC LIMIT 1");
  auto rows = read_all<JournalRow>(s);
  if (rows.empty()) return std::nullopt;
  return std::move(rows.front());
}

std::optional<std::string> Store::entry_hash_at(std::int64_t position) {
  auto& s = statement(
      "SELECT hash FROM journal WHERE position = ?1 "
      "UNION ALL SELECT hash FROM office_log WHERE position = ?1");
  s.bind(1, position);
  std::optional<std::string> out;
  if (s.executeStep()) out = s.getColumn(0).getString();
  s.reset();
  return out;
}

void Store::for_each_leaf(
    const std::function<void(std::int64_t position, const std::string& hash)>& visit) {
  Cursor c(db_->getHandle(), "SELECT position, hash FROM log_leaves ORDER BY position");
  std::string hash;
  while (c.step()) {
    c.text(1, hash);
    visit(c.int64(0), hash);
  }
}

void Store::for_each_log_entry(const std::string& since, const JournalTargets& into,
                               const std::function<void()>& visit) {
  Cursor c(db_->getHandle(),
           "SELECT " COOPFLOW_JOURNAL_COLUMNS
           " FROM journal WHERE at >= ?1 UNION ALL SELECT " COOPFLOW_OFFICE_AS_JOURNAL
           " FROM office_log WHERE at >= ?1 ORDER BY position");
  c.bind(1, since);
  while (c.step()) {
    read_row(c, into);
    visit();
  }
}

void Store::put_tree_node(std::int64_t id, const std::string& hash) {
  auto& s = statement("INSERT INTO tree_nodes (id, hash) VALUES (?, ?)");
  s.bind(1, id);
  s.bind(2, hash.data(), static_cast<int>(hash.size()));
  s.exec();
}

std::optional<std::string> Store::tree_node(std::int64_t id) {
  auto& s = statement("SELECT hash FROM tree_nodes WHERE id = ?");
  s.bind(1, id);
  std::optional<std::string> out;
  if (s.executeStep()) {
    const SQLite::Column c = s.getColumn(0);
    out.emplace(static_cast<const char*>(c.getBlob()), static_cast<std::size_t>(c.getBytes()));
  }
  s.reset();
  return out;
}

RowStream<TreeNodeRow> Store::tree_node_stream() {
  return RowStream<TreeNodeRow>(
      std::make_unique<Cursor>(db_->getHandle(), "SELECT id, hash FROM tree_nodes ORDER BY id"));
}

void Store::put_setting(const std::string& name, const std::string& value, std::int64_t set_at) {
  auto& s = statement(
      "INSERT INTO settings (name, value, set_at) VALUES (?, ?, ?) ON CONFLICT (name) DO "
      "UPDATE SET value = excluded.value, set_at = excluded.set_at");
  s.bind(1, name);
  s.bind(2, value);
  s.bind(3, set_at);
  s.exec();
}

void Store::delete_setting(const std::string& name) {
  auto& s = statement("DELETE FROM settings WHERE name = ?");
  s.bind(1, name);
  s.exec();
}

std::vector<SettingRow> Store::settings() {
  auto& s = statement("SELECT name, value, set_at FROM settings ORDER BY name");
  return read_all<SettingRow>(s);
}

std::optional<std::string> Store::setting(const std::string& name) {
  auto& s = statement("SELECT value FROM settings WHERE name = ?");
  s.bind(1, name);
  std::optional<std::string> out;
  if (s.executeStep()) out = s.getColumn(0).getString();
  s.reset();
  return out;
}

void Store::put_signing_key(const SigningKeyRow& k) {
  auto& s = statement(
      "INSERT INTO signing_keys (name, public_key, added_at, retired_at) VALUES (?, ?, ?, "
      "NULLIF(?, 0)) ON CONFLICT (name) DO UPDATE SET public_key = excluded.public_key, "
      "added_at = excluded.added_at, retired_at = excluded.retired_at");
  s.bind(1, k.name);
  s.bind(2, k.public_key);
  s.bind(3, k.added_at);
  s.bind(4, k.retired_at);
  s.exec();
}

std::vector<SigningKeyRow> Store::signing_keys() {
  auto& s = statement(
      "SELECT name, public_key, added_at, COALESCE(retired_at, 0) FROM signing_keys "
      "ORDER BY name");
  return read_all<SigningKeyRow>(s);
}

void Store::insert_checkpoint(std::int64_t tree_size, const std::string& note) {
  auto& s = statement("INSERT INTO checkpoints (tree_size, note) VALUES (?, ?)");
  s.bind(1, tree_size);
  s.bind(2, note);
  s.exec();
}

void Store::insert_attachment(const AttachmentRow& a, std::string_view content) {
  auto& s = statement(
      "INSERT INTO attachments (case_id, number, position, kind, title, name, media_type, size, "
      "sha256, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  s.bind(1, a.case_id);
  s.bind(2, a.number);
  s.bind(3, a.position);
  s.bind(4, a.kind);
  s.bind(5, a.title);
  s.bind(6, a.name);
  s.bind(7, a.media_type);
  s.bind(8, a.size);
  s.bind(9, a.sha256);
  s.bindNoCopy(10, content.data(), static_cast<int>(content.size()));
  s.exec();
  s.clearBindings();  // the statement is kept: it must not point at bytes about to be freed
}

void Store::put_assignment(const AssignmentRow& a) {
  auto& s = statement(
      "INSERT INTO assignments (case_id, coordinator, manager, position) VALUES (?, ?, ?, ?) ON "
      "CONFLICT (case_id) DO UPDATE SET coordinator = excluded.coordinator, manager = "
      "excluded.manager, position = excluded.position");
  s.bind(1, a.case_id);
  s.bind(2, a.coordinator);
  s.bind(3, a.manager);
  s.bind(4, a.position);
  s.exec();
}

std::optional<AssignmentRow> Store::assignment(const std::string& case_id) {
  auto& s = statement(
      "SELECT case_id, coordinator, manager, position FROM assignments WHERE case_id = ?");
  s.bind(1, case_id);
  auto rows = read_all<AssignmentRow>(s);
  if (rows.empty()) return std::nullopt;
  return std::move(rows.front());
}

std::vector<AssignmentRow> Store::assignments() {
  auto& s =
      statement("SELECT case_id, coordinator, manager, position FROM assignments ORDER BY case_id");
  return read_all<AssignmentRow>(s);
}

#define COOPFLOW_ATTACHMENT_COLUMNS \
  "case_id, number, position, kind, title, name, media_type, size, sha256"

std::vector<AttachmentRow> Store::attachments(const std::string& case_id) {
  auto& s = statement("SELECT " COOPFLOW_ATTACHMENT_COLUMNS
                      ", x'' FROM attachments WHERE case_id = ? ORDER BY number");
  s.bind(1, case_id);
  return read_all<AttachmentRow>(s);
}

std::optional<AttachmentRow> Store::attachment(const std::string& case_id, std::int64_t number) {
  auto& s = statement("SELECT " COOPFLOW_ATTACHMENT_COLUMNS
                      ", content FROM attachments WHERE case_id = ? AND number = ?");
  s.bind(1, case_id);
  s.bind(2, number);
  auto rows = read_all<AttachmentRow>(s);
  if (rows.empty()) return std::nullopt;
  return std::move(rows.front());
}

void Store::for_each_attachment(const std::function<void(const AttachmentRow&)>& visit) {
  Cursor c(db_->getHandle(),
           "SELECT " COOPFLOW_ATTACHMENT_COLUMNS ", content FROM attachments ORDER BY position");
  AttachmentRow row;
  while (c.step()) {
    read_row(c, row);
    visit(row);
  }
}

std::optional<CheckpointRow> Store::latest_checkpoint() {
  auto& s = statement("SELECT id, tree_size, note FROM checkpoints ORDER BY id DESC LIMIT 1");
  auto rows = read_all<CheckpointRow>(s);
  if (rows.empty()) return std::nullopt;
  return std::move(rows.front());
}

RowStream<CheckpointRow> Store::checkpoint_stream() {
  return RowStream<CheckpointRow>(std::make_unique<Cursor>(
      db_->getHandle(), "SELECT id, tree_size, note FROM checkpoints ORDER BY id"));
}

}  // namespace coopflow::storage
