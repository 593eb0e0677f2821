// The historical import: the office's list of past missions (the columns of
// mission_columns()) becomes closed imported-mission cases, all or nothing.
#include "coopflow/engine/mission_import.h"

#include <algorithm>
#include <map>
#include <set>

#include "coopflow/engine/digest.h"
#include "coopflow/engine/field_validation.h"
#include "coopflow/engine/office.h"
#include "coopflow/engine/values.h"
#include "coopflow/storage/store.h"
#include "csv_reader.h"
#include "office_support.h"
#include "records.h"

namespace coopflow::engine {
namespace {

constexpr const char* kWorkflow = "imported-mission";
// The list's columns that the import entry records under a case's names.
const std::map<std::string, std::string>& stored_names() {
  static const std::map<std::string, std::string> names = {{"title", "subject"},
                                                           {"organizer", "requester"},
                                                           {"country", "countries"},
                                                           {"start_date", "received"},
                                                           {"end_date", "end"}};
  return names;
}

std::string stored_name(const std::string& column) {
  const auto it = stored_names().find(column);
  return it == stored_names().end() ? column : it->second;
}

// The import event with its fields named as the list's columns, so that what
// validate_fields says of a row names the column the user can fix.
EventSpec by_column(const EventSpec& import) {
  EventSpec spec = import;
  for (auto& f : spec.fields) {
    for (const auto& [column, stored] : stored_names()) {
      if (f.name == stored) f.name = column;
      if (f.not_before == stored) f.not_before = column;
    }
  }
  return spec;
}

// The key under which a mission is recognised when imported again: its
// countries as a set ("CD,FR" and "FR,CD" are the same mission).
std::string mission_key(const std::string& subject, const std::string& requester,
                        const std::string& countries, const std::string& received) {
  std::vector<std::string> codes;
  std::size_t start = 0;
  while (start <= countries.size()) {
    const auto comma = countries.find(',', start);
    codes.push_back(countries.substr(start, comma == std::string::npos ? comma : comma - start));
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  std::sort(codes.begin(), codes.end());
  return subject + '\x1f' + requester + '\x1f' + join(codes, ",") + '\x1f' + received;
}

std::string base_name(const std::string& path) {
  const auto slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// nlohmann::json's move is noexcept; clang-tidy cannot see through its invariant check.
struct Mission {  // NOLINT(bugprone-exception-escape)
  long line = 0;
  nlohmann::json fields;  // as the import entry records them
  std::string key;
};

// Reads and checks every row of the list; the problems of every bad row.
class MissionReader {
 public:
  MissionReader(const EventSpec& import, std::string file, std::string sha256, std::string today)
      : columns_(by_column(import)),
        file_(std::move(file)),
        sha256_(std::move(sha256)),
        today_(std::move(today)) {}

  void read(const detail::CsvRecord& record) {
    if (!header_seen_) {
      header_seen_ = true;
      header_ok_ = record.fields == mission_columns();
      if (!header_ok_) {
        const Message m(
            "the header must be exactly {1} (export the list with these columns, in this order)",
            {join(mission_columns(), ",")});
        problems_.push_back({record.line, m.english(), m});
      }
      return;
    }
    if (!header_ok_) return;  // the rows cannot be read without their columns
    ++rows_;
    try {
      take(record);
    } catch (const ValidationError& e) {
      problems_.push_back({record.line, e.what(), e.message() ? *e.message() : Message()});
    }
  }

  void stop(const detail::CsvProblem& problem) {
    problems_.push_back({problem.line, problem.message, Message(problem.message)});
  }
  bool header_seen() const { return header_seen_; }
  long rows() const { return rows_; }
  std::vector<Mission>& missions() { return missions_; }
  std::vector<ImportProblem>& problems() { return problems_; }

 private:
  void take(const detail::CsvRecord& record) {
    const auto& names = mission_columns();
    if (record.fields.size() != names.size()) {
      throw saying<ValidationError>(
          Message("the row has {1} columns where the header has {2}; quote a value that holds a "
                  "comma",
                  {std::to_string(record.fields.size()), std::to_string(names.size())}),
          "file");
    }
    RawFields raw;
    for (std::size_t i = 0; i < names.size(); ++i) {
      std::string value = record.fields[i];
      if (names[i] == "country") value = country_list(value);
      if (!value.empty()) {
        raw[names[i]] = std::move(value);
      } else if (const FieldSpec* f = columns_.find_field(names[i]); f && f->required) {
        throw saying<ValidationError>(
            Message("{1} is empty; every mission needs {2}", {names[i], word(f->help)}), names[i]);
      }
    }
    raw["source-file"] = file_;
    raw["source-sha256"] = sha256_;
    raw["source-line"] = std::to_string(record.line);
    const nlohmann::json by_column = validate_fields(columns_, raw);
    for (const char* column : {"start_date", "end_date"}) {  // history, not plans
      const std::string& day = by_column.at(column).get_ref<const std::string&>();
      if (day > today_) {
        throw saying<ValidationError>(
            Message("{1} {2} is in the future; the list is of missions that took place (open a "
                    "case for one to come)",
                    {column, day}),
            column);
      }
    }
    Mission m;
    m.line = record.line;
    for (const auto& [column, value] : by_column.items()) m.fields[stored_name(column)] = value;
    std::vector<std::string> countries = m.fields.at("countries");
    m.key = mission_key(m.fields.at("subject"), m.fields.at("requester"), join(countries, ","),
                        m.fields.at("received"));
    const auto [seen, added] = lines_.emplace(m.key, m.line);
    if (!added) {
      throw saying<ValidationError>(
          Message("the row repeats the mission of line {1} (same title, organizer, country and "
                  "start_date)",
                  {std::to_string(seen->second)}),
          "file");
    }
    missions_.push_back(std::move(m));
  }

  // "CD; ML" as the comma-separated list the field takes.
  static std::string country_list(const std::string& text) {
    std::string out;
    for (const char c : text) {
      if (c == ';') {
        out += ',';
      } else if (c != ' ') {
        out += c;
      }
    }
    return out;
  }

  const EventSpec columns_;
  const std::string file_, sha256_, today_;
  bool header_seen_ = false, header_ok_ = false;
  long rows_ = 0;
  std::vector<Mission> missions_;
  std::vector<ImportProblem> problems_;
  std::map<std::string, long> lines_;  // mission key -> the line it was first seen on
};

}  // namespace

const std::vector<std::string>& mission_columns() {
  static const std::vector<std::string> columns = {
      "title",      "kind",     "organizer",    "country", "city",
      "start_date", "end_date", "participants", "funding", "summary"};
  return columns;
}

ImportReport Office::import_missions(const Actor& actor, const std::string& file_name,
                                     const std::string& bytes, const ImportProgress& progress) {
  const Workflow& wf = registry_.latest(kWorkflow);
  const EventSpec& import = wf.opening_event();
  read([&] { require(actor, import); });  // before reading a file the user may not import
  ImportReport report;
  report.file = base_name(file_name);
  if (bytes.size() > static_cast<std::size_t>(kMaxImportBytes)) {
    throw saying<ValidationError>(
        Message("{1} is over {2} MiB; split it and import each part",
                {report.file, std::to_string(kMaxImportBytes / (std::int64_t{1024} * 1024))}),
        "file");
  }
  report.sha256 = to_hex(sha256(bytes));
  const std::string at = now();
  MissionReader reader(import, report.file, report.sha256, at.substr(0, 10));
  const long lines = static_cast<long>(std::count(bytes.begin(), bytes.end(), '\n')) +
                     (bytes.empty() || bytes.back() == '\n' ? 0 : 1);
  if (const auto broken = detail::read_csv(bytes, [&](detail::CsvRecord&& record) {
        reader.read(record);
        if (progress) progress("checked", record.line, lines);
      })) {
    reader.stop(*broken);
  } else if (progress) {
    progress("checked", lines, lines);
  }
  if (!reader.header_seen()) {
    throw saying<ValidationError>(
        Message("{1} is empty; it needs the header {2} and a row per mission",
                {report.file, join(mission_columns(), ",")}),
        "file");
  }
  auto& problems = reader.problems();
  if (!problems.empty()) {
    const bool one = problems.size() == 1;
    const Message message(one ? N_("{1}: 1 bad row; nothing was imported: correct it and import "
                                   "the file again")
                              : N_("{1}: {2} bad rows; nothing was imported: correct them and "
                                   "import the file again"),
                          {report.file, std::to_string(problems.size())});
    ImportError error(message.english(), std::move(problems));
    error.set_message(message);
    throw error;
  }
  report.rows = reader.rows();
  if (report.rows == 0) {
    throw saying<ValidationError>(
        Message("{1} has its header but no mission; nothing to import", {report.file}), "file");
  }
  write([&] {
    const User user = require_user(actor);
    const Ruling ruling = Authority::rule(detail::standing_of(user), import, nullptr);
    ruling.enforce();
    storage::CaseFilter filter;
    filter.workflow = wf.name;
    std::set<std::string> recorded;
    for (const auto& row : store_->list_cases(filter)) {
      recorded.insert(mission_key(row.subject, row.requester, row.countries, row.received));
    }
    report.imported.clear();
    report.already = 0;
    long done = 0;
    for (const Mission& m : reader.missions()) {
      if (recorded.count(m.key) != 0) {
        ++report.already;
      } else {
        report.imported.push_back(open_with(wf, user, ruling.role, actor, m.fields, at).case_id);
      }
      if (progress) progress("written", ++done, report.rows);
    }
  });
  return report;
}

}  // namespace coopflow::engine
