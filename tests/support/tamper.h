#pragma once

#include <string>

namespace coopflow::testing {

// Runs SQL statements on the database at path as someone with write access to
// the file would: the append-only triggers dropped for the edit, then put
// back exactly as they were, so that only the edit itself is left to find.
void tamper(const std::string& path, const std::string& statements);

// text as an SQL string literal ('it''s').
std::string sql_text(const std::string& text);

// Rewrites the office log entry `seq` with `payload` and recomputes the office
// log's hash chain from there, as an insider with the file would.
void rewrite_office_entry(const std::string& path, long long seq, const std::string& payload);

}  // namespace coopflow::testing
