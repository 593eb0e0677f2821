#pragma once

#include <stdexcept>
#include <string>

namespace coopflow::storage {

// The one error type storage throws. Every SQLite failure surfaces as one too,
// as kFailed.
class StorageError : public std::runtime_error {
 public:
  enum class Kind {
    kBusy,           // another writer held the database past the busy timeout
    kMissing,        // the database file does not exist
    kAlreadyExists,  // init on a path that already holds a file
    kNotCoopflow,    // the file is not a coopflow database (or not a file at all)
    kTooNew,         // the schema is newer than this binary understands
    kTooOld,         // the schema is older, and this is a read: a write upgrades it
    kUnwritable,     // the file or its folder cannot be read and written
    kUnsafe,         // another account could have written the file, its WAL or its folder
    kCorrupt,        // SQLite found the file damaged (a page overwritten, truncated)
    kFailed,         // SQLite failed for a reason that is not the user's (disk, I/O)
  };

  // The path by reference: clang 14's ASan reported a by-value copy made inside
  // Store::failure's catch handler as used out of scope (a false positive that
  // fails the sanitizer suite).
  StorageError(Kind kind, const std::string& path, const std::string& message)
      : std::runtime_error(message), kind_(kind), path_(path) {}

  Kind kind() const { return kind_; }
  const std::string& path() const { return path_; }

 private:
  Kind kind_;
  std::string path_;
};

}  // namespace coopflow::storage
