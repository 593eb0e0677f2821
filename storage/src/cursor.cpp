#include "cursor.h"

#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

namespace coopflow::storage {

Cursor::Cursor(sqlite3* db, const std::string& sql) : db_(db) {
  const int rc =
      sqlite3_prepare_v2(db_, sql.c_str(), static_cast<int>(sql.size()), &stmt_, nullptr);
  if (rc != SQLITE_OK) throw SQLite::Exception(db_, rc);
}

Cursor::~Cursor() { sqlite3_finalize(stmt_); }

void Cursor::reset() {
  sqlite3_reset(stmt_);  // its code repeats the last step's error, already thrown
  sqlite3_clear_bindings(stmt_);
}

void Cursor::bind(int index, const std::string& text) {
  const int rc =
      sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
  if (rc != SQLITE_OK) throw SQLite::Exception(db_, rc);
}

bool Cursor::step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  throw SQLite::Exception(db_, rc);
}

void Cursor::text(int column, std::string& out) const {
  // column_text before column_bytes: the order SQLite documents as safe.
  const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
  const auto size = static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column));
  out.assign(data == nullptr ? "" : data, data == nullptr ? 0 : size);
}

void Cursor::blob(int column, std::string& out) const {
  const auto* data = static_cast<const char*>(sqlite3_column_blob(stmt_, column));
  const auto size = static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column));
  out.assign(data == nullptr ? "" : data, data == nullptr ? 0 : size);
}

std::int64_t Cursor::int64(int column) const { return sqlite3_column_int64(stmt_, column); }

}  // namespace coopflow::storage
