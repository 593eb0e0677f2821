#pragma once

#include <stdexcept>
#include <string>

namespace coopflow::storage {

// The one error type storage throws for conditions a user can cause or fix.
// Anything else (a failing disk, a bug) surfaces as SQLite::Exception.
class StorageError : public std::runtime_error {
 public:
  enum class Kind {
    kBusy,           // another writer held the database past the busy timeout
    kMissing,        // the database file does not exist
    kAlreadyExists,  // init on a path that already holds a file
    kNotCoopflow,    // the file is not a coopflow database
    kTooNew,         // the schema is newer than this binary understands
    kUnwritable,     // the file or its folder cannot be written
  };

  StorageError(Kind kind, std::string path, const std::string& message)
      : std::runtime_error(message), kind_(kind), path_(std::move(path)) {}

  Kind kind() const { return kind_; }
  const std::string& path() const { return path_; }

 private:
  Kind kind_;
  std::string path_;
};

}  // namespace coopflow::storage
