#include "coopflow/engine/case_record.h"

#include <algorithm>

#include "coopflow/engine/field_validation.h"
#include "coopflow/engine/values.h"

namespace coopflow::engine {
namespace {

std::string text_of(const nlohmann::json& object, const char* key) {
  const auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : "";
}

}  // namespace

std::optional<Money> document_money(const Workflow& workflow, const std::string& kind,
                                    const nlohmann::json& fields) {
  for (const EventSpec& e : workflow.events) {
    if (e.produces != kind) continue;
    for (const FieldSpec& f : e.fields) {
      if (f.type != FieldType::kAmount) continue;
      const auto amount = fields.find(f.name);
      const auto currency = fields.find(f.currency_field);
      if (amount == fields.end() || currency == fields.end() || !is_stored_form(f, *amount) ||
          !currency->is_string()) {
        return std::nullopt;
      }
      try {
        const std::string code = currency->get<std::string>();
        currency_minor_digits("currency", code);
        return Money{amount->get<std::int64_t>(), code};
      } catch (const std::exception&) {
        return std::nullopt;  // a damaged value: verify names it
      }
    }
  }
  return std::nullopt;
}

void CaseRecordBuilder::apply(const JournalEntry& entry) {
  const EventSpec* spec = file_.workflow().find_event(entry.event);
  if (spec != nullptr && spec->approves) {
    const Document* approved = file_.latest(spec->concerns);
    approved_kind_ = spec->concerns;
    approved_version_ = approved ? approved->version : 0;
    approved_on_ = entry.at.substr(0, 10);
  }
  file_.apply(entry);
}

CaseRecord CaseRecordBuilder::record() const {
  const Workflow& workflow = file_.workflow();
  CaseRecord r;
  r.summary = file_.summary();
  const nlohmann::json& request = file_.request();
  r.requester_type = text_of(request, "requester-type");
  r.reference = text_of(request, "reference");
  const auto countries = request.find("countries");
  if (countries != request.end() && countries->is_array()) {
    for (const auto& c : *countries) {
      if (c.is_string()) r.countries.push_back(c.get<std::string>());
    }
  }
  const auto partners = request.find("partners");
  if (partners != request.end() && partners->is_array()) {
    for (const auto& p : *partners) {
      if (p.is_object()) r.partners.push_back({text_of(p, "organisation"), text_of(p, "role")});
    }
  }
  const StageSpec* stage = workflow.find_stage(file_.state());
  r.final = stage != nullptr && stage->terminal;
  r.on_hold = stage != nullptr && stage->holds;
  if (r.final) r.closed = file_.state_entered_at().substr(0, 10);
  r.completed = stage != nullptr && stage->completed;
  const auto span_dates = [&r](const EventSpec& e, const nlohmann::json& fields) {
    for (const FieldSpec& f : e.fields) {
      const auto it = fields.find(f.name);
      if (it == fields.end()) continue;
      if (f.type == FieldType::kDate && it->is_string()) {
        const std::string day = it->get<std::string>();
        if (r.first_day.empty() || day < r.first_day) r.first_day = day;
        if (day > r.last_day) r.last_day = day;
      }
      if (f.archive == ArchiveRole::kSummary && it->is_string()) {
        r.public_text = it->get<std::string>();
      } else if (f.archive == ArchiveRole::kPlace && it->is_string()) {
        const std::string place = it->get<std::string>();
        if (std::find(r.places.begin(), r.places.end(), place) == r.places.end()) {
          r.places.push_back(place);
        }
      } else if (f.archive == ArchiveRole::kParticipants && it->is_number_unsigned()) {
        r.participants = r.participants.value_or(0) + it->get<long long>();
      }
    }
  };
  // An opening with its own fields (an imported mission) records its dates.
  if (!workflow.opening_event().fields.empty() && request.is_object()) {
    span_dates(workflow.opening_event(), request);
  }
  for (const auto& [kind, versions] : file_.documents()) {
    for (const Document& d : versions) {
      for (const EventSpec& e : workflow.events) {
        if (e.produces == kind) span_dates(e, d.fields);
      }
    }
  }
  const auto approved = file_.documents().find(approved_kind_);
  if (approved != file_.documents().end()) {
    for (const Document& d : approved->second) {
      if (d.version != approved_version_) continue;
      if (const auto money = document_money(workflow, d.kind, d.fields)) {
        r.budget = ApprovedBudget{
            format_amount(money->minor, currency_minor_digits("currency", money->currency)),
            money->currency, approved_on_, *money};
      }
    }
  }
  return r;
}

}  // namespace coopflow::engine
