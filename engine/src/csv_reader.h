#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

// RFC 4180 records through libcsv, each with the line of the file it starts
// on (a quoted field may span lines). UTF-8 is the caller's to check.
namespace coopflow::engine::detail {

struct CsvRecord {
  long line = 0;  // 1-based line of the file where the record starts
  std::vector<std::string> fields;
};

// Where text stops being well-formed CSV (a stray quote, a quoted field never
// closed), and what is wrong.
struct CsvProblem {
  long line = 0;
  const char* message = "";  // a msgid (N_)
};

// Reads every record of text (LF, CRLF or CR line ends, a UTF-8 byte-order mark
// at the start ignored, blank lines skipped) and hands each to visit. Returns
// the problem that stopped it, if any: the records after it are not read.
std::optional<CsvProblem> read_csv(const std::string& text,
                                   const std::function<void(CsvRecord&&)>& visit);

}  // namespace coopflow::engine::detail
