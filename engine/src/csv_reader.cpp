#include "csv_reader.h"

#include <csv.h>

#include "coopflow/engine/message.h"

namespace coopflow::engine::detail {
namespace {

struct Reading {
  CsvRecord record;
  const std::function<void(CsvRecord&&)>* visit = nullptr;
};

void on_field(void* data, std::size_t size, void* reading) {
  static_cast<Reading*>(reading)->record.fields.emplace_back(static_cast<const char*>(data), size);
}

void on_record(int, void* reading) {
  auto& r = *static_cast<Reading*>(reading);
  (*r.visit)(std::move(r.record));
  r.record = CsvRecord{};
}

struct Parser {
  csv_parser p{};
  Parser() = default;
  Parser(const Parser&) = delete;
  Parser& operator=(const Parser&) = delete;
  ~Parser() { csv_free(&p); }
};

}  // namespace

std::optional<CsvProblem> read_csv(const std::string& text,
                                   const std::function<void(CsvRecord&&)>& visit) {
  Parser owner;
  csv_parser* const parser = &owner.p;
  if (csv_init(parser, CSV_STRICT | CSV_STRICT_FINI) != 0) {
    return CsvProblem{0, N_("out of memory")};
  }
  Reading reading;
  reading.visit = &visit;
  std::size_t at = text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  long line = 0;
  // Fed a line at a time, so that a record's first line is known: the one fed
  // while the parser had no record begun (libcsv's state 0).
  while (at < text.size()) {
    ++line;
    // A line ends at LF, CRLF, or a CR alone (old Mac files).
    auto end = text.find_first_of("\r\n", at);
    if (end != std::string::npos && text[end] == '\r' && end + 1 < text.size() &&
        text[end + 1] == '\n') {
      ++end;
    }
    const std::size_t next = end == std::string::npos ? text.size() : end + 1;
    if (parser->pstate == 0) reading.record.line = line;
    if (csv_parse(parser, text.data() + at, next - at, on_field, on_record, &reading) !=
        next - at) {
      return CsvProblem{line,
                        N_("this is not well-formed CSV (a quote inside a field that does not "
                           "start with one, or text after a closing quote); quote such fields "
                           "whole and double the quotes inside them")};
    }
    at = next;
  }
  if (csv_fini(parser, on_field, on_record, &reading) != 0) {
    return CsvProblem{reading.record.line, N_("a quoted field is never closed; close its quote")};
  }
  return std::nullopt;
}

}  // namespace coopflow::engine::detail
