#pragma once

#include <SQLiteCpp/Statement.h>

#include <memory>
#include <string>

#include "coopflow/storage/records.h"

// How each row type is read from a statement's current row, for RowStream.
namespace coopflow::storage {

void read_row(SQLite::Statement& s, CaseRow& row);
void read_row(SQLite::Statement& s, ApprovalRow& row);

// "SELECT columns FROM table [WHERE key >= from AND key < to] ORDER BY order_by",
// prepared with range's bounds bound. Each bound present is a plain comparison,
// so SQLite seeks to the slice and stops at its end.
std::unique_ptr<SQLite::Statement> range_select(SQLite::Database& db, const std::string& columns,
                                                const char* table, const char* key,
                                                const KeyRange& range, const char* order_by);

}  // namespace coopflow::storage
