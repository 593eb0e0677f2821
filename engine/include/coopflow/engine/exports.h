#pragma once

#include <memory>
#include <ostream>
#include <string>

#include "coopflow/engine/case_record.h"

// The exports other tools read, written one case at a time to a stream (so
// that an export of any size costs the memory of one case).
namespace coopflow::engine {

// How a CSV is written: RFC 4180 for tools (the default), or as a
// spreadsheet opens it (spreadsheet()).
struct CsvShape {
  char separator = ',';
  bool byte_order_mark = false;  // UTF-8's, by which Excel knows the encoding
  bool decimal_comma = false;    // amounts as "48500,50"
  // As Excel opens a file by double-click: UTF-8 with its byte order mark,
  // and where the decimal mark is a comma (French), cells separated by ';'.
  static CsvShape spreadsheet(bool decimal_comma) {
    return {decimal_comma ? ';' : ',', true, decimal_comma};
  }
};

// One row per case: a header line, CRLF line ends, every field quoted when it
// holds the separator, a quote or a line break, UTF-8 (RFC 4180 by default).
class CsvExport {
 public:
  explicit CsvExport(std::ostream& out, CsvShape shape = {});
  void add(const CaseRecord& record);

 private:
  void row(const std::vector<std::string>& cells);
  std::ostream& out_;
  CsvShape shape_;
};

// The institution as IATI's reporting organisation (settings iati.org-*).
struct IatiReporter {
  std::string ref;   // its organisation identifier
  std::string type;  // its OrganisationType code
  std::string name;  // "" if not set
};

// An IATI 2.03 iati-activities document, one iati-activity per case. Call
// finish() once after the last add(); a document with no activity is not
// valid IATI (the schema needs one), so finish() throws ConflictError then.
class IatiExport {
 public:
  IatiExport(std::ostream& out, IatiReporter reporter, const std::string& generated_at);
  IatiExport(const IatiExport&) = delete;
  IatiExport& operator=(const IatiExport&) = delete;
  ~IatiExport();
  void add(const CaseRecord& record);
  void finish();

 private:
  struct Writer;
  std::unique_ptr<Writer> writer_;
  IatiReporter reporter_;
  long long activities_ = 0;
};

// The IATI ActivityStatus code of a case: 1 from the request through the
// partner's review, 2 in delivery, 3 in follow-up and report review, 4 closed,
// 5 declined, rejected by the partner or withdrawn, 6 suspended.
std::string iati_activity_status(const CaseRecord& record);

}  // namespace coopflow::engine
