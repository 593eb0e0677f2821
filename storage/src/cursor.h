#pragma once

#include <cstdint>
#include <string>

struct sqlite3;
struct sqlite3_stmt;

namespace coopflow::storage {

// A forward-only SELECT on SQLite's C API, for the streams verify runs over
// millions of rows and the journal read every command makes. SQLiteCpp's
// getColumn() copies a shared_ptr per column (two atomic operations) and
// getString() allocates a new string; here each column is copied into a
// buffer the caller reuses. Errors throw SQLite::Exception, as SQLiteCpp's do.
class Cursor {
 public:
  Cursor(sqlite3* db, const std::string& sql);
  Cursor(const Cursor&) = delete;
  Cursor& operator=(const Cursor&) = delete;
  ~Cursor();

  // Back to before the first row, bindings cleared, ready to run again.
  void reset();
  void bind(int index, const std::string& text);
  // Moves to the next row; false at the end.
  bool step();
  void text(int column, std::string& out) const;
  void blob(int column, std::string& out) const;
  std::int64_t int64(int column) const;

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

}  // namespace coopflow::storage
