#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "coopflow/engine/errors.h"

// The historical import: the office's list of past missions, one CSV row a
// mission, becoming closed imported-mission cases (docs/user-guide.md).
namespace coopflow::engine {

// The columns the list has, in this order (header row).
const std::vector<std::string>& mission_columns();

// Files larger than this are refused before anything is read into a case.
constexpr std::int64_t kMaxImportBytes = std::int64_t{16} * 1024 * 1024;

struct ImportReport {
  std::string file;                   // the name it was given
  std::string sha256;                 // of its bytes
  long rows = 0;                      // missions in the file
  std::vector<std::string> imported;  // the new cases' ids, in file order
  long already = 0;                   // rows recorded by an earlier import, not imported again
};

// How far an import is: phase "checked" (lines of the file read and
// checked) or "written" (rows recorded), done of total.
using ImportProgress = std::function<void(const char* phase, long done, long total)>;

// One row of the file that cannot be imported, and why.
struct ImportProblem {
  long line = 0;        // the line of the file the row starts on
  std::string message;  // in English
  Message said;         // the same, to be said in the reader's language
};

// The file cannot be imported: every bad row is listed, nothing was written.
// what() is one line that counts them.
class ImportError : public ValidationError {
 public:
  ImportError(const std::string& message, std::vector<ImportProblem> problems)
      : ValidationError("file", message), problems_(std::move(problems)) {}
  const std::vector<ImportProblem>& problems() const { return problems_; }

 private:
  std::vector<ImportProblem> problems_;
};

}  // namespace coopflow::engine
