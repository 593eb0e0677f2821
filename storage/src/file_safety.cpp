#include "file_safety.h"

#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <memory>

#include "coopflow/storage/errors.h"

namespace coopflow::storage::detail {
namespace {

constexpr mode_t kOthersWrite = S_IWGRP | S_IWOTH;

[[noreturn]] void unsafe(const std::string& path, const std::string& why) {
  throw StorageError(StorageError::Kind::kUnsafe, path,
                     why +
                         "; coopflow refuses it, since another account could replace the "
                         "record (see docs/security.md, \"Where the database lives\")");
}

std::string owner_text(uid_t uid) { return "uid " + std::to_string(uid); }

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
      throw StorageError(
          StorageError::Kind::kMissing, path,
          "no database at " + path + "; create one with `coopflow init` or pass --db PATH");
    }
    throw StorageError(StorageError::Kind::kUnwritable, path,
                       "cannot read " + path + ": " + std::strerror(errno) +
                           "; check the path and its folders' permissions");
  }
  if (S_ISDIR(st.st_mode)) {
    throw StorageError(StorageError::Kind::kNotCoopflow, path,
                       path + " is a folder, not a database file; pass --db FOLDER/coopflow.db");
  }
  if (!S_ISREG(st.st_mode)) {
    throw StorageError(StorageError::Kind::kNotCoopflow, path,
                       path +
                           " is not a regular file (a device, pipe or socket), so not a "
                           "coopflow database; check --db");
  }
  const std::unique_ptr<char, decltype(&std::free)> real(::realpath(path.c_str(), nullptr),
                                                         &std::free);
  if (!real) {
    throw StorageError(StorageError::Kind::kUnwritable, path,
                       "cannot resolve " + path + ": " + std::strerror(errno));
  }
  return real.get();
}

void check_folder(const std::string& folder, unsigned owner) {
  std::unique_ptr<char, decltype(&std::free)> real(::realpath(folder.c_str(), nullptr), &std::free);
  if (!real) {
    throw StorageError(
        StorageError::Kind::kUnwritable, folder,
        "cannot use folder " + folder + ": " + std::strerror(errno) + "; check it exists");
  }
  std::string dir = real.get();
  bool first = true;
  while (true) {
    struct stat st {};
    if (::stat(dir.c_str(), &st) != 0) {
      throw StorageError(StorageError::Kind::kUnwritable, dir,
                         "cannot inspect folder " + dir + ": " + std::strerror(errno));
    }
    if (st.st_uid != 0 && st.st_uid != owner) {
      unsafe(dir, "folder " + dir + " belongs to " + owner_text(st.st_uid) +
                      ", neither root nor the database's owner (" + owner_text(owner) + ")");
    }
    if ((st.st_mode & kOthersWrite) != 0 && (first || (st.st_mode & S_ISVTX) == 0)) {
      unsafe(
          dir, "folder " + dir + " is writable by other accounts (mode " + [&] {
            char buf[8];
            std::snprintf(buf, sizeof buf, "%04o", st.st_mode & 07777u);
            return std::string(buf);
          }() + "); keep the database in a folder only its owner can write (chmod go-w)");
    }
    if (dir == "/") return;
    dir = folder_of(dir);
    first = false;
  }
}

unsigned check_database_files(const std::string& resolved) {
  struct stat db {};
  if (::lstat(resolved.c_str(), &db) != 0 || !S_ISREG(db.st_mode)) {
    unsafe(resolved, resolved + " changed while it was being opened");
  }
  if ((db.st_mode & kOthersWrite) != 0) {
    unsafe(resolved, resolved + " is writable by other accounts; make it private (chmod 600)");
  }
  for (const char* suffix : {"-wal", "-shm", "-journal"}) {
    const std::string side = resolved + suffix;
    struct stat st {};
    if (::lstat(side.c_str(), &st) != 0) {
      if (errno == ENOENT) continue;
      unsafe(side, "cannot inspect " + side + ": " + std::strerror(errno));
    }
    if (!S_ISREG(st.st_mode)) unsafe(side, side + " is not a regular file");
    if (st.st_uid != db.st_uid) {
      unsafe(side, side + " belongs to " + owner_text(st.st_uid) +
                       ", not to the database's owner (" + owner_text(db.st_uid) + ")");
    }
    if ((st.st_mode & kOthersWrite) != 0) {
      unsafe(side, side + " is writable by other accounts");
    }
  }
  return db.st_uid;
}

}  // namespace coopflow::storage::detail
