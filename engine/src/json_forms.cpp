// The JSON shapes of the engine's types that the CLI's --json and the web
// API share, and field values as people read them.
#include "coopflow/engine/json_forms.h"

#include <utility>

#include "coopflow/engine/case_file.h"
#include "coopflow/engine/field_validation.h"
#include "coopflow/engine/message.h"
#include "coopflow/engine/values.h"

namespace coopflow::engine {
namespace {

std::string damaged(const nlohmann::json& v,
                    const std::function<std::string(const Message&)>& say) {
  return say(Message("(damaged: a JSON {1} where coopflow stores another form)",
                     {std::string(v.type_name())}));
}

std::string list_text(const nlohmann::json& v) {
  std::string out;
  for (const auto& item : v) {
    out += (out.empty() ? "" : ",") + (item.is_string() ? item.get<std::string>() : item.dump());
  }
  return out;
}

}  // namespace

std::string plain_amount(const std::string& decimal, const std::string& currency) {
  return decimal + " " + currency;
}

std::string display_value(const nlohmann::json& fields, const std::string& name,
                          const EventSpec* spec,
                          const std::function<std::string(const Message&)>& say,
                          const AmountWriter& amount) {
  if (!fields.is_object()) return "";
  const auto it = fields.find(name);
  if (it == fields.end()) return "";
  const nlohmann::json& v = *it;
  const FieldSpec* f = spec ? spec->find_field(name) : nullptr;
  if (f != nullptr && !is_stored_form(*f, v)) return damaged(v, say);
  if (f != nullptr && f->type == FieldType::kAmount) {
    const auto currency = fields.find(f->currency_field);
    const auto minor = v.get<std::int64_t>();
    if (currency == fields.end() || !currency->is_string()) {
      return say(Message("{1} minor units (currency damaged)", {std::to_string(minor)}));
    }
    const std::string code = currency->get<std::string>();
    try {
      return amount(format_amount(minor, currency_minor_digits(f->currency_field, code)), code);
    } catch (const ValidationError&) {
      return say(Message("{1} minor units of '{2}' (not a known currency)",
                         {std::to_string(minor), code}));
    }
  }
  if (v.is_string()) return v.get<std::string>();
  if (v.is_array()) return list_text(v);
  return v.dump();
}

std::string text_member(const nlohmann::json& object, const std::string& key,
                        const std::function<std::string(const Message&)>& say) {
  if (!object.is_object()) return "";
  const auto it = object.find(key);
  if (it == object.end()) return "";
  return it->is_string() ? it->get<std::string>() : damaged(*it, say);
}

nlohmann::json json_form(const JournalEntry& e) {
  // The exported form, with the payload shown as the JSON it holds.
  nlohmann::json out = entry_json(e);
  auto payload = read_payload(e.payload);
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

nlohmann::json json_form(const CaseSummary& r) {
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

nlohmann::json json_form(const Approval& a) {
  return {{"seq", a.seq},
          {"actor", a.actor},
          {"role", a.role},
          {"decision", a.decision},
          {"subject_kind", a.subject_kind},
          {"subject_version", a.subject_version},
          {"comment", a.comment},
          {"at", a.at}};
}

nlohmann::json json_form(const User& u) {
  return {{"name", u.name},
          {"full_name", u.full_name},
          {"roles", u.roles},
          {"disabled", u.disabled},
          {"created_at", u.created_at}};
}

nlohmann::json json_form(const Attachment& a) {
  return {{"case", a.case_id}, {"number", a.number}, {"kind", a.kind},
          {"title", a.title},  {"name", a.name},     {"media_type", a.media_type},
          {"size", a.size},    {"sha256", a.sha256}, {"position", a.position}};
}

nlohmann::json json_form(const Task& t) {
  nlohmann::json out = json_form(t.summary);
  out["due"] = t.due.empty() ? nlohmann::json() : nlohmann::json(t.due);
  out["days_overdue"] = t.days_overdue;
  nlohmann::json events = nlohmann::json::array();
  for (const auto& e : t.events) events.push_back({{"event", e.event}, {"role", e.role}});
  out["events"] = events;
  return out;
}

nlohmann::json json_form(const CaseView& v) {
  const Workflow& wf = v.file.workflow();
  nlohmann::json docs = nlohmann::json::object();
  for (const auto& [kind, versions] : v.file.documents()) {
    nlohmann::json list = nlohmann::json::array();
    const auto* spec = wf.producer_of(kind);
    for (const auto& d : versions) {
      nlohmann::json fields = d.fields;
      for (const auto& f : declared_fields(spec)) {
        if (f.type == FieldType::kAmount && fields.contains(f.name)) {
          // JSON documents are data: their texts stay English, like the keys.
          fields[f.name + "_display"] = display_value(
              d.fields, f.name, spec, [](const Message& m) { return m.english(); }, plain_amount);
        }
      }
      list.push_back({{"version", d.version},
                      {"author", d.author},
                      {"seq", d.seq},
                      {"at", d.at},
                      {"fields", std::move(fields)},
                      {"damaged_fields", d.damaged}});
    }
    docs[kind] = std::move(list);
  }
  nlohmann::json approvals = nlohmann::json::array();
  for (const auto& a : v.approvals) approvals.push_back(json_form(a));
  nlohmann::json allowed = nlohmann::json::array();
  for (const auto& a : v.allowed) {
    allowed.push_back({{"event", a.event}, {"role", a.role}, {"blocked", a.blocked}});
  }
  nlohmann::json out = json_form(v.summary);
  out["state_path"] = v.state_path;
  out["request"] = v.file.request();
  out["documents"] = std::move(docs);
  out["approvals"] = std::move(approvals);
  out["coordinator"] = v.holders.coordinator;
  out["manager"] = v.holders.manager.empty() ? nlohmann::json() : nlohmann::json(v.holders.manager);
  nlohmann::json attachments = nlohmann::json::array();
  for (const auto& a : v.attachments) attachments.push_back(json_form(a));
  out["attachments"] = std::move(attachments);
  out["allowed_events"] = std::move(allowed);
  out["suspended_in"] = v.file.suspended_in();
  out["stage_due"] = v.stage_due;
  out["overdue"] = v.overdue;
  out["damage"] = v.file.damage();
  return out;
}

const char* field_type_name(FieldType t) {
  switch (t) {
    case FieldType::kText:
      return N_("text");
    case FieldType::kDate:
      return N_("date");
    case FieldType::kYesNo:
      return N_("yes|no");
    case FieldType::kAmount:
      return N_("amount");
    case FieldType::kCurrency:
      return N_("currency");
    case FieldType::kChoice:
      return N_("choice");
    case FieldType::kChoiceList:
      return N_("list");
    case FieldType::kCount:
      return N_("count");
    case FieldType::kCountries:
      return N_("countries");
  }
  return N_("text");
}

nlohmann::json json_form(const Workflow& wf) {
  std::vector<std::string> states;
  for (const auto& s : wf.stages) states.push_back(s.state);
  nlohmann::json events = nlohmann::json::array();
  for (const auto& e : wf.events) {
    nlohmann::json fields = nlohmann::json::array();
    for (const auto& f : e.fields) {
      fields.push_back({{"name", f.name},
                        {"type", field_type_name(f.type)},
                        {"required", f.required},
                        {"choices", f.choices},
                        {"help", f.help}});
    }
    events.push_back({{"name", e.name},
                      {"roles", e.roles},
                      {"fields", std::move(fields)},
                      {"four_eyes", e.four_eyes},
                      {"opens", e.opens},
                      {"produces", e.produces},
                      {"concerns", e.concerns},
                      {"policy", e.policy},
                      {"summary", e.summary}});
  }
  return {{"name", wf.name},       {"version", wf.version}, {"id_prefix", wf.id_prefix},
          {"summary", wf.summary}, {"states", states},      {"events", events}};
}

nlohmann::json json_form(const VerifyReport& report,
                         const std::function<std::string(const Message&)>& say) {
  nlohmann::json problems = nlohmann::json::array();
  for (const auto& p : report.problems) {
    problems.push_back({{"case_id", p.case_id}, {"seq", p.seq}, {"message", say(p.message)}});
  }
  nlohmann::json notes = nlohmann::json::array();
  for (const auto& note : report.notes) notes.push_back(say(note));
  return {{"ok", report.ok()},
          {"cases", report.cases},
          {"entries", report.entries},
          {"office_entries", report.office_entries},
          {"problems", problems},
          {"problem_count", report.problem_count},
          {"log_size", report.log_size},
          {"sealed", report.sealed},
          {"checkpoints", report.checkpoints},
          {"notes", notes}};
}

}  // namespace coopflow::engine
