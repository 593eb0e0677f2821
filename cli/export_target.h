#pragma once

#include <fstream>
#include <ostream>
#include <string>

namespace coopflow::cli {

// Where an export goes: stdout, or the --out file. A new or regular file is
// written under a temporary name and renamed by commit() (through a symbolic
// link, onto what it points to): a failed export leaves no file. A device or
// a pipe is written to as it is.
class ExportTarget {
 public:
  explicit ExportTarget(const std::string& out);
  ExportTarget(const ExportTarget&) = delete;
  ExportTarget& operator=(const ExportTarget&) = delete;
  ~ExportTarget();

  std::ostream& stream();
  // Puts the file in place; on stdout, only flushes. Then says on stderr what
  // was written: said, a msgid whose {1} is count and {2} the file.
  void commit(long long count, const char* said);

 private:
  std::string out_, target_, temp_;
  std::ofstream file_;
  bool committed_ = false;
};

}  // namespace coopflow::cli
