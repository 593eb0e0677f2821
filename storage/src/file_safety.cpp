#include "file_safety.h"

#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

#include "coopflow/storage/errors.h"

namespace coopflow::storage::detail {
namespace {

constexpr mode_t kOthersWrite = S_IWGRP | S_IWOTH;

// pattern ends with "; coopflow refuses it, since another account could
// replace the record (see docs/security.md, "Where the database lives")".
[[noreturn]] void unsafe(const std::string& path, const char* pattern,
                         std::vector<std::string> args) {
  throw StorageError(StorageError::Kind::kUnsafe, path, pattern, std::move(args));
}

}  // namespace

std::string folder_of(const std::string& path) {
  const auto slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

std::string resolve_database(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    if (errno == ENOENT || errno == ENOTDIR) {
      throw StorageError(StorageError::Kind::kMissing, path,
                         "no database at {1}; create one with `coopflow init` or pass --db PATH",
                         {path});
    }
    throw StorageError(StorageError::Kind::kUnwritable, path,
                       "cannot read {1}: {2}; check the path and its folders' permissions",
                       {path, std::strerror(errno)});
  }
  if (S_ISDIR(st.st_mode)) {
    throw StorageError(StorageError::Kind::kNotCoopflow, path,
                       "{1} is a folder, not a database file; pass --db FOLDER/coopflow.db",
                       {path});
  }
  if (!S_ISREG(st.st_mode)) {
    throw StorageError(StorageError::Kind::kNotCoopflow, path,
                       "{1} is not a regular file (a device, pipe or socket), so not a coopflow "
                       "database; check --db",
                       {path});
  }
  const std::unique_ptr<char, decltype(&std::free)> real(::realpath(path.c_str(), nullptr),
                                                         &std::free);
  if (!real) {
    throw StorageError(StorageError::Kind::kUnwritable, path, "cannot resolve {1}: {2}",
                       {path, std::strerror(errno)});
  }
  return real.get();
}

namespace {

void check_one_folder(const std::string& dir, unsigned owner, bool innermost) {
  struct stat st {};
  if (::stat(dir.c_str(), &st) != 0) {
    throw StorageError(StorageError::Kind::kUnwritable, dir,
                       "cannot use folder {1}: {2}; check it exists", {dir, std::strerror(errno)});
  }
  if (st.st_uid != 0 && st.st_uid != owner) {
    unsafe(dir,
           "folder {1} belongs to uid {2}, neither root nor the database's owner (uid {3}); "
           "coopflow refuses it, since another account could replace the record (see "
           "docs/security.md, \"Where the database lives\")",
           {dir, std::to_string(st.st_uid), std::to_string(owner)});
  }
  if ((st.st_mode & kOthersWrite) != 0 && (innermost || (st.st_mode & S_ISVTX) == 0)) {
    char mode[8];
    std::snprintf(mode, sizeof mode, "%04o", st.st_mode & 07777u);
    unsafe(dir,
           "folder {1} is writable by other accounts (mode {2}); keep the database in a folder "
           "only its owner can write (chmod go-w); coopflow refuses it, since another account "
           "could replace the record (see docs/security.md, \"Where the database lives\")",
           {dir, mode});
  }
}

// The folders `path` passes through, innermost first, as written (not resolved).
std::vector<std::string> folders_along(const std::string& path) {
  std::string absolute = path;
  if (absolute.empty() || absolute[0] != '/') {
    const std::unique_ptr<char, decltype(&std::free)> cwd(::getcwd(nullptr, 0), &std::free);
    if (!cwd) {
      throw StorageError(StorageError::Kind::kUnwritable, path,
                         "cannot tell the current folder: {1}", {std::strerror(errno)});
    }
    absolute = std::string(cwd.get()) + "/" + absolute;
  }
  std::vector<std::string> out;
  for (std::string dir = folder_of(absolute);; dir = folder_of(dir)) {
    out.push_back(dir);
    if (dir == "/") break;
  }
  return out;
}

}  // namespace

void check_path(const std::string& path, unsigned owner) {
  const auto as_written = folders_along(path);
  for (std::size_t i = 0; i < as_written.size(); ++i) {
    check_one_folder(as_written[i], owner, i == 0);
  }
  const std::string folder = folder_of(path);
  const std::unique_ptr<char, decltype(&std::free)> real(::realpath(folder.c_str(), nullptr),
                                                         &std::free);
  if (!real) {
    throw StorageError(StorageError::Kind::kUnwritable, folder,
                       "cannot use folder {1}: {2}; check it exists",
                       {folder, std::strerror(errno)});
  }
  // The file's own name may be a link too: its target's folder is where the WAL goes.
  struct stat link {};
  std::string target = std::string(real.get()) + "/" + path.substr(path.rfind('/') + 1);
  if (::lstat(target.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) {
    const std::unique_ptr<char, decltype(&std::free)> file(::realpath(target.c_str(), nullptr),
                                                           &std::free);
    if (file) target = file.get();
  }
  const auto resolved = folders_along(target);
  for (std::size_t i = 0; i < resolved.size(); ++i) {
    check_one_folder(resolved[i], owner, i == 0);
  }
}

unsigned check_database_files(const std::string& resolved) {
  struct stat db {};
  if (::lstat(resolved.c_str(), &db) != 0 || !S_ISREG(db.st_mode)) {
    unsafe(resolved,
           "{1} changed while it was being opened; coopflow refuses it, since another account "
           "could replace the record (see docs/security.md, \"Where the database lives\")",
           {resolved});
  }
  if ((db.st_mode & kOthersWrite) != 0) {
    unsafe(resolved,
           "{1} is writable by other accounts; make it private (chmod 600); coopflow refuses it, "
           "since another account could replace the record (see docs/security.md, \"Where the "
           "database lives\")",
           {resolved});
  }
  for (const char* suffix : {"-wal", "-shm", "-journal"}) {
    const std::string side = resolved + suffix;
    struct stat st {};
    if (::lstat(side.c_str(), &st) != 0) {
      if (errno == ENOENT) continue;
      unsafe(side,
             "cannot inspect {1}: {2}; coopflow refuses it, since another account could replace "
             "the record (see docs/security.md, \"Where the database lives\")",
             {side, std::strerror(errno)});
    }
    if (!S_ISREG(st.st_mode)) {
      unsafe(side,
             "{1} is not a regular file; coopflow refuses it, since another account could replace "
             "the record (see docs/security.md, \"Where the database lives\")",
             {side});
    }
    if (st.st_uid != db.st_uid) {
      unsafe(side,
             "{1} belongs to uid {2}, not to the database's owner (uid {3}); coopflow refuses it, "
             "since another account could replace the record (see docs/security.md, \"Where the "
             "database lives\")",
             {side, std::to_string(st.st_uid), std::to_string(db.st_uid)});
    }
    if ((st.st_mode & kOthersWrite) != 0) {
      unsafe(side,
             "{1} is writable by other accounts; coopflow refuses it, since another account could "
             "replace the record (see docs/security.md, \"Where the database lives\")",
             {side});
    }
  }
  return db.st_uid;
}

}  // namespace coopflow::storage::detail
