#include <SQLiteCpp/Database.h>

#include "coopflow/storage/store.h"
#include "row_readers.h"

namespace coopflow::storage {

template <class Row>
RowStream<Row>::RowStream(std::unique_ptr<Cursor> cursor) : cursor_(std::move(cursor)) {}
template <class Row>
RowStream<Row>::RowStream(RowStream&&) noexcept = default;
template <class Row>
RowStream<Row>::~RowStream() = default;

template <class Row>
bool RowStream<Row>::next(Row& row) {
  if (!cursor_->step()) return false;
  read_row(*cursor_, row);
  return true;
}

std::unique_ptr<Cursor> range_select(SQLite::Database& db, const char* columns, const char* table,
                                     const char* key, const KeyRange& range, const char* order_by) {
  std::string sql = std::string("SELECT ") + columns + " FROM " + table;
  if (range.from) sql += std::string(" WHERE ") + key + " >= ?1";
  if (range.to) sql += std::string(range.from ? " AND " : " WHERE ") + key + " < ?2";
  sql += std::string(" ORDER BY ") + order_by;
  auto cursor = std::make_unique<Cursor>(db.getHandle(), sql);
  if (range.from) cursor->bind(1, *range.from);
  if (range.to) cursor->bind(2, *range.to);
  return cursor;
}

template class RowStream<JournalRow>;
template class RowStream<CaseRow>;
template class RowStream<ApprovalRow>;
template class RowStream<TreeNodeRow>;
template class RowStream<CheckpointRow>;

}  // namespace coopflow::storage
