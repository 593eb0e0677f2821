#pragma once

#include <string>

// Internal to storage: where a database may live. SQLite replays a `-wal`
// file found beside the database, so an account that can create files in its
// folder can replace the record. Like ssh's StrictModes, coopflow refuses a
// database whose folder (or the file itself) another account could write.
namespace coopflow::storage::detail {

// The absolute path of an existing database file, with symbolic links
// resolved (SQLite puts the -wal beside the file a link points to). Throws
// kMissing, or kNotCoopflow if it is not a regular file.
std::string resolve_database(const std::string& path);

// Throws kUnsafe unless every folder the path to a database passes through
// belongs to root or owner and is writable by its owner only, or (above the
// innermost) sticky, so that others cannot rename what is inside. Checked
// twice: along `path` as given, component by component, so that a symbolic
// link in a folder others could write (which they could re-point) is
// refused; and along the path with every link resolved, where SQLite
// actually puts the WAL.
void check_path(const std::string& path, unsigned owner);

// Throws kUnsafe unless the database file, and its -wal, -shm and -journal
// where they exist, are regular files of the same owner that nobody else may
// write. Returns that owner.
unsigned check_database_files(const std::string& resolved_path);

std::string folder_of(const std::string& path);

}  // namespace coopflow::storage::detail
