#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include <array>

#include "coopflow/storage/store.h"
#include "row_readers.h"

namespace coopflow::storage {

std::int64_t Store::next_case_number(const std::string& prefix, int year) {
  auto& up = statement(
      "INSERT INTO case_numbers (prefix, year, last) VALUES (?, ?, 1) "
      "ON CONFLICT (prefix, year) DO UPDATE SET last = last + 1 RETURNING last");
  up.bind(1, prefix);
  up.bind(2, year);
  up.executeStep();
  const std::int64_t n = up.getColumn(0).getInt64();
  up.reset();
  return n;
}

bool Store::case_exists(const std::string& id) {
  auto& s = statement("SELECT 1 FROM cases WHERE id = ?");
  s.bind(1, id);
  const bool found = s.executeStep();
  s.reset();
  return found;
}

std::vector<CaseNumberRow> Store::case_numbers() {
  auto& s = statement("SELECT prefix, year, last FROM case_numbers ORDER BY prefix, year");
  std::vector<CaseNumberRow> out;
  while (s.executeStep()) {
    out.push_back({s.getColumn(0).getString(), s.getColumn(1).getInt(), s.getColumn(2).getInt64()});
  }
  s.reset();
  return out;
}

void Store::insert_case(const CaseRow& r) {
  auto& s = statement(
      "INSERT INTO cases (id, workflow, workflow_version, state, subject, requester, countries, "
      "received, opened_at, opened_by, updated_at, last_seq, head_hash) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  s.bind(1, r.id);
  s.bind(2, r.workflow);
  s.bind(3, r.workflow_version);
  s.bind(4, r.state);
  s.bind(5, r.subject);
  s.bind(6, r.requester);
  s.bind(7, r.countries);
  s.bind(8, r.received);
  s.bind(9, r.opened_at);
  s.bind(10, r.opened_by);
  s.bind(11, r.updated_at);
  s.bind(12, static_cast<std::int64_t>(r.last_seq));
  s.bind(13, r.head_hash);
  s.exec();
}

void Store::update_case_head(const std::string& id, const std::string& from_state,
                             const std::string& to_state, std::int64_t last_seq,
                             const std::string& head_hash, const std::string& updated_at) {
  // SQLite rewrites an index whose column is SET, even to the same value: one
  // more page for every self-transition to write and sync (P1).
  auto& s = from_state == to_state
                ? statement(
                      "UPDATE cases SET last_seq = ?1, head_hash = ?2, updated_at = ?3 "
                      "WHERE id = ?4")
                : statement(
                      "UPDATE cases SET last_seq = ?1, head_hash = ?2, updated_at = ?3, "
                      "state = ?5 WHERE id = ?4");
  s.bind(1, last_seq);
  s.bind(2, head_hash);
  s.bind(3, updated_at);
  s.bind(4, id);
  if (from_state != to_state) s.bind(5, to_state);
  s.exec();
}

std::optional<CaseRow> Store::find_case(const std::string& id) {
  auto& s = statement("SELECT " COOPFLOW_CASE_COLUMNS " FROM cases WHERE id = ?");
  s.bind(1, id);
  auto rows = read_all<CaseRow>(s);
  if (rows.empty()) return std::nullopt;
  return std::move(rows.front());
}

std::vector<CaseRow> Store::list_cases(const CaseFilter& f) {
  // One prepared statement per combination of filters, so that each uses its
  // index ((state, id) or (workflow, id)); "?1 = '' OR state = ?1" would not.
  static const std::array<std::string, 8> sqls = [] {
    std::array<std::string, 8> out;
    for (int mask = 0; mask < 8; ++mask) {
      std::string sql = "SELECT " COOPFLOW_CASE_COLUMNS " FROM cases WHERE id > ?4";
      if (mask & 1) sql += " AND state = ?1";
      if (mask & 2) sql += " AND workflow = ?2";
      if (mask & 4) {
        // Held: assigned to them, or opened by them and never assigned.
        sql +=
            " AND (id IN (SELECT case_id FROM assignments WHERE coordinator = ?3 UNION SELECT "
            "case_id FROM assignments WHERE manager = ?3) OR (opened_by = ?3 AND id NOT IN "
            "(SELECT case_id FROM assignments)))";
      }
      out[static_cast<std::size_t>(mask)] = sql + " ORDER BY id LIMIT ?5";
    }
    return out;
  }();
  const int mask =
      (f.state.empty() ? 0 : 1) | (f.workflow.empty() ? 0 : 2) | (f.holder.empty() ? 0 : 4);
  auto& s = statement(sqls[static_cast<std::size_t>(mask)].c_str());
  if (mask & 1) s.bind(1, f.state);
  if (mask & 2) s.bind(2, f.workflow);
  if (mask & 4) s.bind(3, f.holder);
  s.bind(4, f.after_id);
  s.bind(5, f.limit > 0 ? f.limit : std::int64_t{-1});
  return read_all<CaseRow>(s);
}

std::int64_t Store::case_count() {
  auto& s = statement("SELECT count(*) FROM cases");
  s.executeStep();
  const std::int64_t n = s.getColumn(0).getInt64();
  s.reset();
  return n;
}

RowStream<CaseRow> Store::case_stream(const KeyRange& range) {
  return RowStream<CaseRow>(range_select(*db_, COOPFLOW_CASE_COLUMNS, "cases", "id", range, "id"));
}

}  // namespace coopflow::storage
