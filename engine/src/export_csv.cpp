#include <algorithm>

#include "coopflow/engine/exports.h"

namespace coopflow::engine {
namespace {

std::string join_with(const std::vector<std::string>& items, char sep) {
  std::string out;
  for (const auto& i : items) {
    if (!out.empty()) out += sep;
    out += i;
  }
  return out;
}

// RFC 4180 quoting. A cell that a spreadsheet would run as a formula (it
// starts with = + - @ or a tab or carriage return: OWASP's CSV injection
// list) gets a leading apostrophe, so that opening the export runs nothing
// a requester typed.
std::string cell(std::string text, char separator) {
  if (!text.empty() && std::string("=+-@\t\r").find(text.front()) != std::string::npos) {
    text.insert(text.begin(), '\'');
  }
  if (text.find_first_of(std::string("\"\r\n") + separator) == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace

CsvExport::CsvExport(std::ostream& out, CsvShape shape) : out_(out), shape_(shape) {
  if (shape_.byte_order_mark) out_ << "\xEF\xBB\xBF";
  row({"id", "workflow", "workflow_version", "state", "subject", "requester", "requester_type",
       "countries", "reference", "received", "opened", "closed", "approved_budget", "currency",
       "partners"});
}

void CsvExport::add(const CaseRecord& r) {
  std::vector<std::string> partners;
  for (const auto& p : r.partners) partners.push_back(p.organisation + "=" + p.role);
  const CaseSummary& s = r.summary;
  std::string amount = r.budget ? r.budget->amount : "";
  if (shape_.decimal_comma) std::replace(amount.begin(), amount.end(), '.', ',');
  row({s.id, s.workflow, std::to_string(s.workflow_version), s.state, s.subject, s.requester,
       r.requester_type, join_with(r.countries, ';'), r.reference, s.received,
       s.opened_at.substr(0, 10), r.closed, amount, r.budget ? r.budget->currency : "",
       join_with(partners, ';')});
}

void CsvExport::row(const std::vector<std::string>& cells) {
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) out_ << shape_.separator;
    out_ << cell(cells[i], shape_.separator);
  }
  out_ << "\r\n";
}

}  // namespace coopflow::engine
