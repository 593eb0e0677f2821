#include "coopflow/storage/store.h"

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <fcntl.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <stdexcept>

#include "coopflow/storage/errors.h"
#include "cursor.h"
#include "file_safety.h"

namespace coopflow::storage {
namespace {

// SQLite counts every allocation under one process-wide mutex, for
// sqlite3_memory_used() and the heap limits, which coopflow never uses: the
// server's reading threads queued on it (P6). Only possible before SQLite
// initialises, so when each program that links this library starts (store.h).
bool stop_counting_allocations() { return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK; }
[[maybe_unused]] const bool allocations_uncounted = stop_counting_allocations();

// Long enough to ride out another command's transaction (a few ms each) under
// heavy concurrency, short enough that a stuck writer is reported, not waited on forever.
constexpr int kBusyTimeoutMs = 10000;

bool is_busy(const SQLite::Exception& e) {
  const int code = e.getErrorCode();
  return code == SQLITE_BUSY || code == SQLITE_LOCKED;
}

bool is_not_a_database(const SQLite::Exception& e) { return e.getErrorCode() == SQLITE_NOTADB; }

StorageError busy_error(const std::string& path) {
  return StorageError(
      StorageError::Kind::kBusy, path,
      "database {1} is busy: another command held it for more than {2} s; retry the command",
      {path, std::to_string(kBusyTimeoutMs / 1000)});
}

}  // namespace

Store::Store(std::string path, std::unique_ptr<SQLite::Database> db)
    : path_(std::move(path)), db_(std::move(db)) {}
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;
Store::~Store() = default;

namespace {

// The files SQLite may leave beside a database.
constexpr const char* kSideFiles[] = {"-wal", "-shm", "-journal"};

// A database being built under a temporary name: removed, with its side
// files, unless it was put in place.
class TemporaryDatabase {
 public:
  explicit TemporaryDatabase(const std::string& final_path) {
    const auto slash = final_path.rfind('/');
    const std::string folder = slash == std::string::npos ? "." : final_path.substr(0, slash);
    const std::string name = slash == std::string::npos ? final_path : final_path.substr(slash + 1);
    path_ = folder + "/" + prefix(name) + std::to_string(::getpid()) + "-XXXXXX";
    const int fd = ::mkostemp(path_.data(), O_CLOEXEC);
    if (fd < 0) {
      throw StorageError(StorageError::Kind::kUnwritable, final_path,
                         "cannot create {1}: {2}; check the folder exists and is writable",
                         {final_path, std::strerror(errno)});
    }
    ::fchmod(fd, 0600);  // the journal is nobody else's to read
    ::close(fd);
  }
  TemporaryDatabase(const TemporaryDatabase&) = delete;
  TemporaryDatabase& operator=(const TemporaryDatabase&) = delete;
  ~TemporaryDatabase() {
    ::unlink(path_.c_str());
    for (const char* side : kSideFiles) ::unlink((path_ + side).c_str());
  }
  const std::string& path() const { return path_; }

  // ".NAME.init-": temporary databases of NAME begin so, then the pid that builds them.
  static std::string prefix(const std::string& name) { return "." + name + ".init-"; }

  // Removes what a killed init left in folder for name: the temporary files
  // whose builder is gone. Only files of this account are touched.
  static void clear_leftovers(const std::string& folder, const std::string& name) {
    const std::string start = prefix(name);
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
      const std::string file = entry.path().filename().string();
      if (file.rfind(start, 0) != 0) continue;
      const auto dash = file.find('-', start.size());
      const std::string pid = file.substr(start.size(), dash - start.size());
      struct stat st {};
      if (pid.empty() || pid.find_first_not_of("0123456789") != std::string::npos ||
          ::lstat(entry.path().c_str(), &st) != 0 || !S_ISREG(st.st_mode) ||
          st.st_uid != ::geteuid()) {
        continue;
      }
      if (::kill(static_cast<pid_t>(std::stol(pid)), 0) != 0 && errno == ESRCH) {
        ::unlink(entry.path().c_str());
      }
    }
  }

 private:
  std::string path_;
};

void sync_path(const std::string& path, int flags) {
  const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

// Makes a new database file at path, all or nothing: `build` writes it under a
// temporary name in the same folder (mode 0600), which is then synced and
// linked into place. link(), unlike rename(), never replaces a file another
// process put there meanwhile: `exists` (a pattern whose {1} is path) is
// thrown then, as when path exists.
void make_in_place(const std::string& path, const char* exists,
                   const std::function<void(const std::string& temp)>& build) {
  const std::string folder = detail::folder_of(path);
  detail::check_path(path, static_cast<unsigned>(::geteuid()));
  const auto already = [&] {
    return StorageError(StorageError::Kind::kAlreadyExists, path, exists, {path});
  };
  struct stat st {};
  if (::lstat(path.c_str(), &st) == 0) throw already();
  const auto slash = path.rfind('/');
  TemporaryDatabase::clear_leftovers(folder,
                                     slash == std::string::npos ? path : path.substr(slash + 1));
  TemporaryDatabase temp(path);
  build(temp.path());
  sync_path(temp.path(), O_RDONLY);
  if (::link(temp.path().c_str(), path.c_str()) != 0) {
    if (errno == EEXIST) throw already();
    throw StorageError(StorageError::Kind::kUnwritable, path, "cannot create {1}: {2}",
                       {path, std::strerror(errno)});
  }
  sync_path(folder, O_RDONLY | O_DIRECTORY);
}

}  // namespace

Store Store::create(const std::string& path, const std::function<void(Store&)>& fill) {
  make_in_place(path, "database {1} already exists; choose another --db path or remove the file",
                [&](const std::string& temp) {
                  try {
                    Store building(temp, std::make_unique<SQLite::Database>(
                                             temp, SQLite::OPEN_READWRITE | SQLite::OPEN_NOMUTEX,
                                             kBusyTimeoutMs));
                    building.configure();
                    building.db_->execAndGet("PRAGMA journal_mode=WAL");
                    building.write([&] {
                      building.create_schema();
                      fill(building);
                    });
                    // Everything into the main file, so that it stands alone once linked.
                    building.db_->exec("PRAGMA wal_checkpoint(TRUNCATE)");
                  } catch (const SQLite::Exception& e) {
                    throw StorageError(StorageError::Kind::kFailed, path,
                                       "cannot build the database: {1}", {e.what()});
                  }
                });
  return open(path);
}

void Store::backup_to(const std::string& dest) {
  make_in_place(dest, "{1} already exists; choose another file for the backup",
                [&](const std::string& temp) {
                  try {
                    SQLite::Database copy(temp, SQLite::OPEN_READWRITE | SQLite::OPEN_NOMUTEX,
                                          kBusyTimeoutMs);
                    sqlite3_backup* backup =
                        sqlite3_backup_init(copy.getHandle(), "main", db_->getHandle(), "main");
                    if (backup == nullptr) {
                      throw SQLite::Exception(copy.getHandle(), sqlite3_errcode(copy.getHandle()));
                    }
                    // All pages in one step: one read transaction on the source, so one snapshot.
                    int rc = sqlite3_backup_step(backup, -1);
                    const int finished = sqlite3_backup_finish(backup);
                    if (rc == SQLITE_DONE) rc = finished;
                    if (rc != SQLITE_OK) throw SQLite::Exception(copy.getHandle(), rc);
                    copy.exec("PRAGMA wal_checkpoint(TRUNCATE)");
                  } catch (const SQLite::Exception& e) {
                    if (is_busy(e)) throw busy_error(path_);
                    throw StorageError(StorageError::Kind::kFailed, dest,
                                       "cannot write the backup: {1}; check the disk and the "
                                       "folder",
                                       {e.what()});
                  }
                });
}

Store Store::open(const std::string& path) {
  const std::string resolved = detail::resolve_database(path);
  const unsigned owner = detail::check_database_files(resolved);
  detail::check_path(path, owner);
  if (::access(resolved.c_str(), R_OK | W_OK) != 0) {
    throw StorageError(StorageError::Kind::kUnwritable, path,
                       "cannot read and write {1}: {2}; coopflow needs both, even to read (its "
                       "WAL); run it as the database's owner",
                       {path, std::strerror(errno)});
  }
  try {
    // One connection used by one thread (store.h): SQLite's per-call mutex is pure cost.
    auto db = std::make_unique<SQLite::Database>(
        resolved, SQLite::OPEN_READWRITE | SQLite::OPEN_NOMUTEX, kBusyTimeoutMs);
    Store store(path, std::move(db));
    store.check_schema();  // before anything that could write to a file not ours
    store.configure();
    return store;
  } catch (const SQLite::Exception& e) {
    if (is_not_a_database(e)) {
      throw StorageError(StorageError::Kind::kNotCoopflow, path,
                         "{1} is not a coopflow database (not SQLite); check --db", {path});
    }
    if (is_busy(e)) throw busy_error(path);
    throw StorageError(StorageError::Kind::kFailed, path,
                       "cannot open {1}: {2}; run `coopflow verify` and report this",
                       {path, e.what()});
  }
}

void Store::configure() {
  db_->exec("PRAGMA foreign_keys=ON");
  // FULL makes each commit durable across power loss, as a system of record
  // must be. (WAL, which lets readers run beside the one writer, is set once by
  // create(): it is stored in the file, and setting it here would rewrite the
  // header of a file someone switched back, from a mere read.)
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

namespace {

struct Depth {
  int& d;
  explicit Depth(int& depth) : d(depth) { ++d; }
  ~Depth() { --d; }
};

}  // namespace

void Store::write(const std::function<void()>& body) {
  if (write_depth_ > 0) return body();
  if (read_depth_ > 0) throw std::logic_error("coopflow: a write began inside a read snapshot");
  Depth depth(write_depth_);
  try {
    SQLite::Transaction tx(*db_, SQLite::TransactionBehavior::IMMEDIATE);
    if (upgrade_due_) upgrade();  // with the write: a failed command upgrades nothing
    body();
    tx.commit();
    upgrade_due_ = false;
    too_old_to_read_ = false;
  } catch (const SQLite::Exception& e) {
    throw failure(e);
  }
}

void Store::savepoint(const std::function<void()>& body) {
  if (write_depth_ == 0) throw std::logic_error("coopflow: a savepoint outside a write");
  // When body's writes cannot be undone alone, the whole transaction is: the
  // caller then finds no transaction (in_transaction) and fails every write in it.
  const auto abandon = [&] {
    sqlite3_exec(db_->getHandle(), "ROLLBACK", nullptr, nullptr, nullptr);
  };
  try {
    statement("SAVEPOINT one").exec();
  } catch (const SQLite::Exception& e) {
    throw failure(e);
  }
  try {
    body();
  } catch (...) {
    // SQLite may have ended the transaction itself: body's error is the one to tell.
    if (in_transaction()) {
      try {
        statement("ROLLBACK TO one").exec();
        statement("RELEASE one").exec();
      } catch (const SQLite::Exception&) {
        abandon();
      }
    }
    throw;
  }
  try {
    statement("RELEASE one").exec();
  } catch (const SQLite::Exception& e) {
    abandon();
    throw failure(e);
  }
}

bool Store::in_transaction() const { return sqlite3_get_autocommit(db_->getHandle()) == 0; }

void Store::read(const std::function<void()>& body) {
  if (write_depth_ > 0 || read_depth_ > 0) return body();  // already inside a snapshot
  if (too_old_to_read_) {
    throw StorageError(StorageError::Kind::kTooOld, path_,
                       "{1} was written by an older coopflow; the first write command (any "
                       "user's) upgrades it, then reads work again",
                       {path_});
  }
  // BEGIN and COMMIT from the statement cache: SQLite::Transaction prepares
  // both again at every call, a cost every page of `serve` paid twice (P6).
  struct EndSnapshot {
    sqlite3* db;
    bool committed = false;
    ~EndSnapshot() {
      if (!committed) sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    }
  };
  try {
    statement("BEGIN").exec();
    EndSnapshot end{db_->getHandle()};
    users_read_.clear();  // the last snapshot's users; find_user reads none outside one
    {
      Depth depth(read_depth_);
      body();
    }
    statement("COMMIT").exec();
    end.committed = true;
  } catch (const SQLite::Exception& e) {
    throw failure(e);
  }
}

StorageError Store::failure(const SQLite::Exception& e) const {
  if (is_busy(e)) return busy_error(path_);
  if (e.getErrorCode() == SQLITE_CORRUPT || e.getErrorCode() == SQLITE_NOTADB) {
    return StorageError(StorageError::Kind::kCorrupt, path_,
                        "the database file {1} is damaged (SQLite: {2}); `coopflow verify --deep` "
                        "lists what SQLite finds; restore it from a backup",
                        {path_, e.what()});
  }
  return StorageError(StorageError::Kind::kFailed, path_,
                      "database error: {1}; run `coopflow verify` and report this", {e.what()});
}

SQLite::Statement& Store::statement(const char* sql) {
  auto it = statements_.find(sql);
  if (it == statements_.end()) {
    it = statements_.emplace(sql, std::make_unique<SQLite::Statement>(*db_, sql)).first;
  }
  SQLite::Statement& stmt = *it->second;
  // tryReset: reset() would throw again the error of the statement's last
  // failed step (a failed BEGIN, say), failing the next, unrelated command.
  stmt.tryReset();
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
