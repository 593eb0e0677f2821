#include <SQLiteCpp/Statement.h>

#include "coopflow/storage/store.h"
#include "row_readers.h"

namespace coopflow::storage {

template <class Row>
RowStream<Row>::RowStream(std::unique_ptr<SQLite::Statement> stmt) : stmt_(std::move(stmt)) {}
template <class Row>
RowStream<Row>::RowStream(RowStream&&) noexcept = default;
template <class Row>
RowStream<Row>::~RowStream() = default;

template <class Row>
bool RowStream<Row>::next(Row& row) {
  if (!stmt_->executeStep()) return false;
  read_row(*stmt_, row);
  return true;
}

std::unique_ptr<SQLite::Statement> range_select(SQLite::Database& db, const std::string& columns,
                                                const char* table, const char* key,
                                                const KeyRange& range, const char* order_by) {
  std::string sql = "SELECT " + columns + " FROM " + table;
  if (range.from) sql += std::string(" WHERE ") + key + " >= :from";
  if (range.to) sql += std::string(range.from ? " AND " : " WHERE ") + key + " < :to";
  sql += std::string(" ORDER BY ") + order_by;
  auto s = std::make_unique<SQLite::Statement>(db, sql);
  if (range.from) s->bind(":from", *range.from);
  if (range.to) s->bind(":to", *range.to);
  return s;
}

template class RowStream<CaseRow>;
template class RowStream<ApprovalRow>;

}  // namespace coopflow::storage
