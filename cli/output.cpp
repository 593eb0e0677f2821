#include "output.h"

#include <algorithm>
#include <iostream>

#include "coopflow/engine/case_file.h"
#include "coopflow/engine/errors.h"
#include "coopflow/engine/field_validation.h"
#include "coopflow/engine/proof.h"
#include "coopflow/engine/values.h"

namespace coopflow::cli {
namespace {

std::string damaged(const nlohmann::json& v) {
  return std::string("(damaged: a JSON ") + v.type_name() + " where coopflow stores another form)";
}

std::string list_text(const nlohmann::json& v) {
  std::string out;
  for (const auto& item : v) {
    out += (out.empty() ? "" : ",") + (item.is_string() ? item.get<std::string>() : item.dump());
  }
  return out;
}

}  // namespace

void print_table(const std::vector<std::string>& headers,
                 const std::vector<std::vector<std::string>>& raw_rows) {
  std::vector<std::vector<std::string>> rows;
  for (const auto& raw : raw_rows) {
    std::vector<std::string> row;
    for (const auto& cell : raw) row.push_back(terminal_safe(cell));
    rows.push_back(std::move(row));
  }
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
  if (!fields.is_object()) return "";
  const auto it = fields.find(name);
  if (it == fields.end()) return "";
  const nlohmann::json& v = *it;
  const engine::FieldSpec* f = spec ? spec->find_field(name) : nullptr;
  if (f != nullptr && !engine::is_stored_form(*f, v)) return damaged(v);
  if (f != nullptr && f->type == engine::FieldType::kAmount) {
    const auto currency = fields.find(f->currency_field);
    const auto minor = v.get<std::int64_t>();
    if (currency == fields.end() || !currency->is_string()) {
      return std::to_string(minor) + " minor units (currency damaged)";
    }
    const std::string code = currency->get<std::string>();
    try {
      return engine::format_amount(minor, engine::currency_minor_digits(f->currency_field, code)) +
             " " + code;
    } catch (const engine::ValidationError&) {
      return std::to_string(minor) + " minor units of '" + code + "' (not a known currency)";
    }
  }
  if (v.is_string()) return v.get<std::string>();
  if (v.is_array()) return list_text(v);
  return v.dump();
}

std::string text_member(const nlohmann::json& object, const std::string& key) {
  if (!object.is_object()) return "";
  const auto it = object.find(key);
  if (it == object.end()) return "";
  return it->is_string() ? it->get<std::string>() : damaged(*it);
}

nlohmann::json error_json(const Failure& failure, const std::string& message) {
  return {
      {"kind", failure.kind}, {"exit_code", static_cast<int>(failure.code)}, {"message", message}};
}

nlohmann::json to_json(const engine::JournalEntry& e) {
  // The exported form, with the payload shown as the JSON it holds.
  nlohmann::json out = engine::entry_json(e);
  auto payload = engine::read_payload(e.payload);
  if (payload.is_discarded()) {
    // Not JSON (an edited database): the text as stored, marked.
    out["payload"] = nullptr;
    out["payload_text"] = e.payload;
    out["damaged"] = "the payload is not valid JSON";
  } else {
    out["payload"] = std::move(payload);
  }
  return out;
}

nlohmann::json to_json(const engine::CaseSummary& r) {
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

nlohmann::json to_json(const engine::Approval& a) {
  return {{"seq", a.seq},
          {"actor", a.actor},
          {"role", a.role},
          {"decision", a.decision},
          {"subject_kind", a.subject_kind},
          {"subject_version", a.subject_version},
          {"comment", a.comment},
          {"at", a.at}};
}

nlohmann::json to_json(const engine::User& u) {
  return {{"name", u.name},
          {"full_name", u.full_name},
          {"roles", u.roles},
          {"disabled", u.disabled},
          {"created_at", u.created_at}};
}

nlohmann::json to_json(const engine::Attachment& a) {
  return {{"case", a.case_id}, {"number", a.number}, {"kind", a.kind},
          {"title", a.title},  {"name", a.name},     {"media_type", a.media_type},
          {"size", a.size},    {"sha256", a.sha256}, {"position", a.position}};
}

nlohmann::json to_json(const engine::Task& t) {
  nlohmann::json out = to_json(t.summary);
  out["due"] = t.due.empty() ? nlohmann::json() : nlohmann::json(t.due);
  out["days_overdue"] = t.days_overdue;
  nlohmann::json events = nlohmann::json::array();
  for (const auto& e : t.events) events.push_back({{"event", e.event}, {"role", e.role}});
  out["events"] = events;
  return out;
}

}  // namespace coopflow::cli
