#include "output.h"

#include <algorithm>
#include <iostream>

#include "coopflow/engine/values.h"

namespace coopflow::cli {
namespace {

std::size_t display_width(const std::string& s) {
  // Count code points, not bytes: "Québec" is six columns wide.
  return static_cast<std::size_t>(std::count_if(
      s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

}  // namespace

void print_table(const std::vector<std::string>& headers,
                 const std::vector<std::vector<std::string>>& rows) {
  std::vector<std::size_t> widths(headers.size(), 0);
  for (std::size_t i = 0; i < headers.size(); ++i) widths[i] = display_width(headers[i]);
  for (const auto& row : rows) {
    for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i) {
      widths[i] = std::max(widths[i], display_width(row[i]));
    }
  }
  const auto print_row = [&](const std::vector<std::string>& row) {
    std::string line;
    for (std::size_t i = 0; i < row.size(); ++i) {
      line += row[i];
      if (i + 1 < row.size()) line += std::string(widths[i] - display_width(row[i]) + 2, ' ');
    }
    std::cout << line << "\n";
  };
  print_row(headers);
  for (const auto& row : rows) print_row(row);
}

std::string display_value(const nlohmann::json& fields, const std::string& name,
                          const engine::EventSpec* spec) {
  if (!fields.contains(name)) return "";
  const auto& v = fields[name];
  const engine::FieldSpec* f = spec ? spec->find_field(name) : nullptr;
  if (f != nullptr && f->type == engine::FieldType::kAmount && v.is_number_integer() &&
      fields.contains(f->currency_field)) {
    const std::string currency = fields[f->currency_field].get<std::string>();
    return engine::format_amount(v.get<std::int64_t>(),
                                 engine::currency_minor_digits(f->currency_field, currency)) +
           " " + currency;
  }
  if (v.is_string()) return v.get<std::string>();
  if (v.is_array()) {
    std::string out;
    for (const auto& item : v) {
      out += (out.empty() ? "" : ",") + (item.is_string() ? item.get<std::string>() : item.dump());
    }
    return out;
  }
  return v.dump();
}

nlohmann::json to_json(const engine::JournalEntry& e) {
  return {{"case_id", e.case_id},
          {"seq", e.seq},
          {"position", e.position},
          {"at", e.at},
          {"actor", e.actor},
          {"role", e.role},
          {"os_user", e.os_user},
          {"event", e.event},
          {"from_state", e.from_state},
          {"to_state", e.to_state},
          {"payload", nlohmann::json::parse(e.payload, nullptr, false)},
          {"prev_hash", e.prev_hash},
          {"hash", e.hash}};
}

nlohmann::json to_json(const storage::CaseRow& r) {
  return {{"id", r.id},
          {"workflow", r.workflow},
          {"workflow_version", r.workflow_version},
          {"state", r.state},
          {"subject", r.subject},
          {"requester", r.requester},
          {"countries", r.countries},
          {"received", r.received},
          {"opened_at", r.opened_at},
          {"opened_by", r.opened_by},
          {"updated_at", r.updated_at},
          {"last_seq", r.last_seq}};
}

nlohmann::json to_json(const storage::ApprovalRow& a) {
  return {{"seq", a.seq},
          {"actor", a.actor},
          {"role", a.role},
          {"decision", a.decision},
          {"subject_kind", a.subject_kind},
          {"subject_version", a.subject_version},
          {"comment", a.comment},
          {"at", a.at}};
}

}  // namespace coopflow::cli
