#pragma once

#include <SQLiteCpp/Statement.h>

#include "coopflow/storage/records.h"

// How each row type is read from a statement's current row, for RowStream.
namespace coopflow::storage {

void read_row(SQLite::Statement& s, CaseRow& row);
void read_row(SQLite::Statement& s, ApprovalRow& row);

}  // namespace coopflow::storage
