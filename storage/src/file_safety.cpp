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

namespace {

void check_one_folder(const std::string& dir, unsigned owner, bool innermost) {
  struct stat st {};
  if (::stat(dir.c_str(), &st) != 0) {
    throw StorageError(
        StorageError::Kind::kUnwritable, dir,
        "cannot use folder " + dir + ": " + std::strerror(errno) + "; check it exists");
  }
  if (st.st_uid != 0 && st.st_uid != owner) {
    unsafe(dir, "folder " + dir + " belongs to " + owner_text(st.st_uid) +
                    ", neither root nor the database's owner (" + owner_text(owner) + ")");
  }
  if ((st.st_mode & kOthersWrite) != 0 && (innermost || (st.st_mode & S_ISVTX) == 0)) {
    char mode[8];
    std::snprintf(mode, sizeof mode, "%04o", st.st_mode & 07777u);
    unsafe(dir, "folder " + dir + " is writable by other accounts (mode " + mode +
                    "); keep the database in a folder only its owner can write (chmod go-w)");
  }
}

// The folders `path` passes through, innermost first, as written (not resolved).
std::vector<std::string> folders_along(const std::string& path) {
  std::string absolute = path;
  if (absolute.empty() || absolute[0] != '/') {
    const std::unique_ptr<char, decltype(&std::free)> cwd(::getcwd(nullptr, 0), &std::free);
    if (!cwd) {
      throw StorageError(StorageError::Kind::kUnwritable, path,
                         std::string("cannot tell the current folder: ") + std::strerror(errno));
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
    throw StorageError(
        StorageError::Kind::kUnwritable, folder,
        "cannot use folder " + folder + ": " + std::strerror(errno) + "; check it exists");
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
