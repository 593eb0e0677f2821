#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include "coopflow/storage/store.h"
#include "row_readers.h"

namespace coopflow::storage {

std::int64_t Store::next_position() { return max_position() + 1; }

std::int64_t Store::max_position() {
  auto& s = statement(
      "SELECT max((SELECT COALESCE(MAX(position), 0) FROM journal), "
      "(SELECT COALESCE(MAX(position), 0) FROM office_log))");
  s.executeStep();
  const std::int64_t n = s.getColumn(0).getInt64();
  s.reset();
  return n;
}

std::int64_t Store::file_bytes() {
  auto& count = statement("PRAGMA page_count");
  count.executeStep();
  const std::int64_t pages = count.getColumn(0).getInt64();
  count.reset();
  auto& size = statement("PRAGMA page_size");
  size.executeStep();
  const std::int64_t page = size.getColumn(0).getInt64();
  size.reset();
  return pages * page;
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
  // Every command reads its case's journal: the cursor spares a shared_ptr copy
  // and a string allocation per column.
  auto& c =
      cursor("SELECT " COOPFLOW_JOURNAL_COLUMNS " FROM journal WHERE case_id = ? ORDER BY seq");
  c.bind(1, case_id);
  return read_all<JournalRow>(c);
}

std::string Store::journal_head(const std::string& case_id) {
  auto& s = statement("SELECT hash FROM journal WHERE case_id = ? ORDER BY seq DESC LIMIT 1");
  s.bind(1, case_id);
  std::string out;
  if (s.executeStep()) out = s.getColumn(0).getString();
  s.reset();  // a statement left on its row would hold this read's snapshot open
  return out;
}

void Store::for_each_journal_entry(const KeyRange& range, const JournalTargets& into,
                                   const std::function<void()>& visit) {
  const auto cursor =
      range_select(*db_, COOPFLOW_JOURNAL_COLUMNS, "journal", "case_id", range, "case_id, seq");
  while (cursor->step()) {
    read_row(*cursor, into);
    visit();
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

std::optional<std::pair<std::string, std::int64_t>> Store::last_journal_entry() {
  auto& s = statement("SELECT case_id, seq FROM journal ORDER BY position DESC LIMIT 1");
  std::optional<std::pair<std::string, std::int64_t>> out;
  if (s.executeStep()) out.emplace(s.getColumn(0).getString(), s.getColumn(1).getInt64());
  s.reset();
  return out;
}

void Store::insert_approval(const ApprovalRow& r) {
  auto& s = statement(
      "INSERT INTO approval_records (case_id, seq, actor, role, decision, subject_kind, "
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
                      " FROM approval_records WHERE case_id = ? ORDER BY seq");
  s.bind(1, case_id);
  return read_all<ApprovalRow>(s);
}

std::vector<std::string> Store::cases_decided(const std::string& decision, const std::string& from,
                                              const std::string& to) {
  auto& s = statement(
      "SELECT DISTINCT case_id FROM approval_records WHERE decision = ? AND at >= ? AND at < ? "
      "ORDER BY case_id");
  s.bind(1, decision);
  s.bind(2, from);
  s.bind(3, to);
  std::vector<std::string> out;
  while (s.executeStep()) out.push_back(s.getColumn(0).getString());
  s.reset();
  return out;
}

RowStream<ApprovalRow> Store::approval_stream(const KeyRange& range) {
  return RowStream<ApprovalRow>(range_select(*db_, COOPFLOW_APPROVAL_COLUMNS, "approval_records",
                                             "case_id", range, "case_id, seq"));
}

}  // namespace coopflow::storage
