#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace coopflow::storage {

// pattern with its numbered places ({1}, {2}...) filled from args in order; a
// place without its arg is left out.
std::string fill_places(const std::string& pattern, const std::vector<std::string>& args);

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
  // The message is pattern, a literal in English that is also the catalog's
  // msgid, with its places filled from args: what() is its English, and the
  // engine says it in the reader's language.
  StorageError(Kind kind, const std::string& path, const char* pattern,
               std::vector<std::string> args = {})
      : std::runtime_error(fill_places(pattern, args)),
        kind_(kind),
        path_(path),
        pattern_(pattern),
        args_(std::move(args)) {}

  Kind kind() const { return kind_; }
  const std::string& path() const { return path_; }
  const char* pattern() const { return pattern_; }
  const std::vector<std::string>& args() const { return args_; }

 private:
  Kind kind_;
  std::string path_;
  const char* pattern_;
  std::vector<std::string> args_;
};

}  // namespace coopflow::storage
