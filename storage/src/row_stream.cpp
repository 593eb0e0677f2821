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

template class RowStream<CaseRow>;
template class RowStream<ApprovalRow>;

}  // namespace coopflow::storage
