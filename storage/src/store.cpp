#include "coopflow/storage/store.h"

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "coopflow/storage/errors.h"
#include "cursor.h"

namespace coopflow::storage {
namespace {

// A Store is one connection used by one thread (see store.h), so SQLite's own
// per-call mutex (OPEN_NOMUTEX) is pure cost.
// Long enough to ride out another command's transaction (a few ms each) under
// heavy concurrency, short enough that a stuck writer is reported, not waited on forever.
constexpr int kBusyTimeoutMs = 10000;

bool is_busy(const SQLite::Exception& e) {
  const int code = e.getErrorCode();
  return code == SQLITE_BUSY || code == SQLITE_LOCKED;
}

bool is_not_a_database(const SQLite::Exception& e) { return e.getErrorCode() == SQLITE_NOTADB; }

StorageError busy_error(const std::string& path) {
  return StorageError(StorageError::Kind::kBusy, path,
                      "database " + path + " is busy: another command held it for more than " +
                          std::to_string(kBusyTimeoutMs / 1000) + " s; retry the command");
}

}  // namespace

Store::Store(std::string path, std::unique_ptr<SQLite::Database> db)
    : path_(std::move(path)), db_(std::move(db)) {}
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;
Store::~Store() = default;

Store Store::create(const std::string& path) {
  // O_EXCL: never overwrite an existing file; 0600: the journal is nobody else's to read.
  const int fd = ::open(path.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0) {
    if (errno == EEXIST) {
      throw StorageError(
          StorageError::Kind::kAlreadyExists, path,
          "database " + path + " already exists; choose another --db path or remove the file");
    }
    throw StorageError(StorageError::Kind::kUnwritable, path,
                       "cannot create " + path + ": " + std::strerror(errno) +
                           "; check the folder exists and is writable");
  }
  ::fchmod(fd, 0600);  // the umask may have narrowed it; never widen past 0600
  ::close(fd);
  auto db = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READWRITE | SQLite::OPEN_NOMUTEX, kBusyTimeoutMs);
  Store store(path, std::move(db));
  store.configure();
  store.check_and_migrate();
  return store;
}

Store Store::open(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    throw StorageError(
        StorageError::Kind::kMissing, path,
        "no database at " + path + "; create one with `coopflow init` or pass --db PATH");
  }
  try {
    auto db = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READWRITE | SQLite::OPEN_NOMUTEX, kBusyTimeoutMs);
    Store store(path, std::move(db));
    store.configure();
    store.check_and_migrate();
    return store;
  } catch (const SQLite::Exception& e) {
    if (is_not_a_database(e)) {
      throw StorageError(StorageError::Kind::kNotCoopflow, path,
                         path + " is not a coopflow database (not SQLite); check --db");
    }
    if (is_busy(e)) throw busy_error(path);
    throw;
  }
}

void Store::configure() {
  db_->exec("PRAGMA foreign_keys=ON");
  // WAL lets readers run beside the one writer; FULL makes each commit durable
  // across power loss, as a system of record must be.
  db_->execAndGet("PRAGMA journal_mode=WAL");
  db_->exec("PRAGMA synchronous=FULL");
  // Lookups (show, history, list, every command's reads): a 16 MiB page cache
  // (SQLite's default is 2 MiB) keeps a large journal's upper B-tree levels in
  // memory, and reading through a memory map saves a copy and a system call per
  // page not cached (docs/performance.md, P3; 64 MiB measured no better at 1M
  // cases). verify turns the map off.
  db_->exec("PRAGMA cache_size=-16384");
  db_->exec("PRAGMA mmap_size=2147418112");
}

void Store::prefer_streaming() {
  // Every page is read once, in key order: mapped pages would all count in the
  // process's memory (P4's 64 MiB budget), and a 4 MiB cache verifies as fast
  // as 16 MiB (measured: same time, 14 instead of 40 MiB peak).
  db_->exec("PRAGMA cache_size=-4096");
  db_->exec("PRAGMA mmap_size=0");
}

void Store::set_durability(Durability durability) {
  db_->exec(durability == Durability::kFull ? "PRAGMA synchronous=FULL"
                                            : "PRAGMA synchronous=NORMAL");
}

void Store::write(const std::function<void()>& body) {
  if (write_depth_ > 0) return body();
  struct Depth {
    int& d;
    explicit Depth(int& depth) : d(depth) { ++d; }
    ~Depth() { --d; }
  } depth(write_depth_);
  try {
    SQLite::Transaction tx(*db_, SQLite::TransactionBehavior::IMMEDIATE);
    body();
    tx.commit();
  } catch (const SQLite::Exception& e) {
    if (is_busy(e)) throw busy_error(path_);
    throw;
  }
}

void Store::read(const std::function<void()>& body) {
  if (write_depth_ > 0) return body();  // already inside a consistent snapshot
  try {
    SQLite::Transaction tx(*db_, SQLite::TransactionBehavior::DEFERRED);
    body();
    tx.commit();
  } catch (const SQLite::Exception& e) {
    if (is_busy(e)) throw busy_error(path_);
    throw;
  }
}

SQLite::Statement& Store::statement(const char* sql) {
  auto it = statements_.find(sql);
  if (it == statements_.end()) {
    it = statements_.emplace(sql, std::make_unique<SQLite::Statement>(*db_, sql)).first;
  }
  SQLite::Statement& stmt = *it->second;
  stmt.reset();
  stmt.clearBindings();
  return stmt;
}

Cursor& Store::cursor(const char* sql) {
  auto it = cursors_.find(sql);
  if (it == cursors_.end()) {
    it = cursors_.emplace(sql, std::make_unique<Cursor>(db_->getHandle(), sql)).first;
  }
  Cursor& c = *it->second;
  c.reset();
  return c;
}

}  // namespace coopflow::storage
