#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include "coopflow/storage/store.h"
#include "row_readers.h"

namespace coopflow::storage {
namespace {

void assign(std::string& out, const SQLite::Column& c) {
  out.assign(c.getText(), static_cast<std::size_t>(c.getBytes()));
}

// Fills r in place, reusing its strings' buffers (verify streams millions).
void read_entry_into(SQLite::Statement& s, JournalRow& r) {
  assign(r.case_id, s.getColumn(0));
  r.seq = s.getColumn(1).getInt64();
  r.position = s.getColumn(2).getInt64();
  assign(r.at, s.getColumn(3));
  assign(r.actor, s.getColumn(4));
  assign(r.role, s.getColumn(5));
  assign(r.os_user, s.getColumn(6));
  assign(r.event, s.getColumn(7));
  assign(r.from_state, s.getColumn(8));
  assign(r.to_state, s.getColumn(9));
  assign(r.payload, s.getColumn(10));
  assign(r.prev_hash, s.getColumn(11));
  assign(r.hash, s.getColumn(12));
}

JournalRow read_entry(SQLite::Statement& s) {
  JournalRow r;
  read_entry_into(s, r);
  return r;
}

#define COOPFLOW_JOURNAL_COLUMNS                                                             \
  "case_id, seq, position, at, actor, role, os_user, event, from_state, to_state, payload, " \
  "prev_hash, hash"

#define COOPFLOW_APPROVAL_COLUMNS \
  "case_id, seq, actor, role, decision, subject_kind, subject_version, comment, at"

ApprovalRow read_approval(SQLite::Statement& s) {
  ApprovalRow r;
  r.case_id = s.getColumn(0).getString();
  r.seq = s.getColumn(1).getInt64();
  r.actor = s.getColumn(2).getString();
  r.role = s.getColumn(3).getString();
  r.decision = s.getColumn(4).getString();
  r.subject_kind = s.getColumn(5).getString();
  r.subject_version = s.getColumn(6).getInt64();
  r.comment = s.getColumn(7).getString();
  r.at = s.getColumn(8).getString();
  return r;
}

}  // namespace

std::int64_t Store::next_position() { return max_position() + 1; }

std::int64_t Store::max_position() {
  auto& s = statement("SELECT COALESCE(MAX(position), 0) FROM journal");
  s.executeStep();
  const std::int64_t n = s.getColumn(0).getInt64();
  s.reset();
  return n;
}

std::int64_t Store::journal_count() {
  auto& s = statement("SELECT count(*) FROM journal");
  s.executeStep();
  const std::int64_t n = s.getColumn(0).getInt64();
  s.reset();
  return n;
}

void Store::append_journal(const JournalRow& r) {
  auto& s = statement("INSERT INTO journal (" COOPFLOW_JOURNAL_COLUMNS
                      ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  s.bind(1, r.case_id);
  s.bind(2, r.seq);
  s.bind(3, r.position);
  s.bind(4, r.at);
  s.bind(5, r.actor);
  s.bind(6, r.role);
  s.bind(7, r.os_user);
  s.bind(8, r.event);
  s.bind(9, r.from_state);
  s.bind(10, r.to_state);
  s.bind(11, r.payload);
  s.bind(12, r.prev_hash);
  s.bind(13, r.hash);
  s.exec();
}

std::vector<JournalRow> Store::journal(const std::string& case_id) {
  auto& s =
      statement("SELECT " COOPFLOW_JOURNAL_COLUMNS " FROM journal WHERE case_id = ? ORDER BY seq");
  s.bind(1, case_id);
  std::vector<JournalRow> out;
  while (s.executeStep()) out.push_back(read_entry(s));
  s.reset();
  return out;
}

void Store::for_each_journal_entry(const KeyRange& range,
                                   const std::function<void(const JournalRow&)>& visit) {
  const auto s =
      range_select(*db_, COOPFLOW_JOURNAL_COLUMNS, "journal", "case_id", range, "case_id, seq");
  JournalRow row;
  while (s->executeStep()) {
    read_entry_into(*s, row);
    visit(row);
  }
}

std::optional<std::string> Store::journal_case_at(std::int64_t position) {
  auto& s = statement("SELECT case_id FROM journal WHERE position = ?");
  s.bind(1, position);
  std::optional<std::string> out;
  if (s.executeStep()) out = s.getColumn(0).getString();
  s.reset();
  return out;
}

void Store::insert_approval(const ApprovalRow& r) {
  auto& s = statement(
      "INSERT INTO approvals (case_id, seq, actor, role, decision, subject_kind, "
      "subject_version, comment, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  s.bind(1, r.case_id);
  s.bind(2, r.seq);
  s.bind(3, r.actor);
  s.bind(4, r.role);
  s.bind(5, r.decision);
  s.bind(6, r.subject_kind);
  s.bind(7, r.subject_version);
  s.bind(8, r.comment);
  s.bind(9, r.at);
  s.exec();
}

std::vector<ApprovalRow> Store::approvals(const std::string& case_id) {
  auto& s = statement("SELECT " COOPFLOW_APPROVAL_COLUMNS
                      " FROM approvals WHERE case_id = ? ORDER BY seq");
  s.bind(1, case_id);
  std::vector<ApprovalRow> out;
  while (s.executeStep()) out.push_back(read_approval(s));
  s.reset();
  return out;
}

void read_row(SQLite::Statement& s, ApprovalRow& row) { row = read_approval(s); }

RowStream<ApprovalRow> Store::approval_stream(const KeyRange& range) {
  return RowStream<ApprovalRow>(
      range_select(*db_, COOPFLOW_APPROVAL_COLUMNS, "approvals", "case_id", range, "case_id, seq"));
}

}  // namespace coopflow::storage
