#include "coopflow/engine/settings.h"

#include <algorithm>

#include "coopflow/engine/errors.h"
#include "coopflow/engine/money.h"
#include "coopflow/engine/values.h"

namespace coopflow::engine {
namespace {

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_reference_char(char c) {
  return is_upper(c) || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.';
}

// An IATI organisation identifier: a registration agency's prefix (a country
// code or XM/XI) and the organisation's number in its register, joined by
// hyphens: "CA-CRA_ACR-3119045234", "XM-DAC-41114". The IATI guidance forbids
// spaces and / & | ? in identifiers; allowing only these characters also keeps
// the activity identifiers built from it safe in XML and file names.
bool is_org_ref(const std::string& v) {
  if (v.size() < 4 || v.size() > 100 || !is_upper(v[0]) || !is_upper(v[1]) || v[2] != '-') {
    return false;
  }
  bool after_hyphen = true;
  for (std::size_t i = 3; i < v.size(); ++i) {
    if (v[i] == '-') {
      if (after_hyphen) return false;
      after_hyphen = true;
    } else if (is_reference_char(v[i])) {
      after_hyphen = false;
    } else {
      return false;
    }
  }
  return !after_hyphen;
}

// IATI's OrganisationType codelist (version 2.03).
const std::vector<std::string>& organisation_types() {
  static const std::vector<std::string> codes = {"10", "11", "15", "21", "22", "23", "24", "30",
                                                 "40", "60", "70", "71", "72", "73", "80", "90"};
  return codes;
}

const std::vector<SettingSpec>& fixed_specs() {
  static const std::vector<SettingSpec> specs = {
      {"iati.org-name",
       Message("the institution's name as IATI exports name it (reporting-org), e.g. Élections "
               "Québec"),
       ""},
      {"iati.org-ref",
       Message("the institution's IATI organisation identifier, e.g. CA-QC-123456; activity "
               "identifiers are built from it"),
       ""},
      {"iati.org-type",
       Message("the institution's IATI organisation type code: {1} (10: government, 15: other "
               "public sector)",
               {join(organisation_types(), "|")}),
       "10"},
  };
  return specs;
}

// A stage a deadline can apply to: a case waits there for someone.
bool can_be_late(const StageSpec& stage) { return !stage.terminal && !stage.holds; }

bool is_year(const std::string& text) {
  return text.size() == 4 &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
         text >= "1900" && text <= "2999";
}

bool is_currency(const std::string& code) {
  try {
    currency_minor_digits("currency", code);
    return true;
  } catch (const ValidationError&) {
    return false;
  }
}

// budget.YEAR and rate.FROM.TO: settings with a name per year and per pair.
bool is_open_setting(const std::string& name) {
  if (name.rfind("budget.", 0) == 0) return is_year(name.substr(7));
  if (name.rfind("rate.", 0) == 0 && name.size() == 12 && name[8] == '.') {
    const std::string from = name.substr(5, 3), to = name.substr(9, 3);
    return from != to && is_currency(from) && is_currency(to);
  }
  return false;
}

const SettingSpec* find_spec(const std::vector<SettingSpec>& specs, const std::string& name) {
  const auto it = std::find_if(specs.begin(), specs.end(),
                               [&](const SettingSpec& s) { return s.name == name; });
  return it == specs.end() ? nullptr : &*it;
}

}  // namespace

std::string deadline_setting(const std::string& workflow, const std::string& stage) {
  return "deadline." + workflow + "." + stage;
}

std::vector<SettingSpec> setting_specs(const Registry& registry) {
  std::vector<SettingSpec> out = fixed_specs();
  for (const Workflow* w : registry.all()) {
    if (registry.latest(w->name).version != w->version) continue;
    for (const StageSpec& stage : w->stages) {
      if (!can_be_late(stage)) continue;
      out.push_back({deadline_setting(w->name, stage.state),
                     Message("days a case may stay in {1} ({2}) before it is overdue; 0: no "
                             "deadline",
                             {word(stage.state), w->name}),
                     std::to_string(stage.deadline_days)});
    }
  }
  return out;
}

void check_setting_name(const Registry& registry, const std::string& name) {
  check_text("name", name);
  if (name == kOriginSetting) {
    throw saying<ValidationError>(
        Message("origin is the database's id, fixed when it was created; it cannot be set"),
        "name");
  }
  if (!is_open_setting(name) && find_spec(setting_specs(registry), name) == nullptr) {
    std::vector<std::string> names;
    for (const auto& s : fixed_specs()) names.push_back(s.name);
    throw saying<ValidationError>(Message("no setting named '{1}'; the settings are {2}, "
                                          "deadline.WORKFLOW.STAGE, budget.YEAR and "
                                          "rate.FROM.TO (see `coopflow config list`)",
                                          {name.substr(0, 64), join(names, ", ")}),
                                  "name");
  }
}

std::string check_setting(const Registry& registry, const std::string& name,
                          const std::string& value) {
  check_setting_name(registry, name);
  check_text("value", value);
  if (name.rfind("deadline.", 0) == 0) {
    return std::to_string(parse_count("value", value, 3650));
  }
  if (name.rfind("budget.", 0) == 0) return format_money(parse_money("value", value));
  if (name.rfind("rate.", 0) == 0) {
    const std::int64_t micro = parse_amount("value", value, kRateDigits);
    if (micro <= 0 || micro > std::int64_t{1000000} * 1000000) {
      throw saying<ValidationError>(
          Message("{1} must be more than 0 and at most 1000000, e.g. 1.37", {name}), "value");
    }
    std::string out = format_amount(micro, kRateDigits);
    while (out.back() == '0') out.pop_back();
    if (out.back() == '.') out.pop_back();
    return out;
  }
  if (name == "iati.org-ref" && !is_org_ref(value)) {
    throw saying<ValidationError>(
        Message(
            "iati.org-ref '{1}' is not an IATI organisation identifier; give the agency prefix and "
            "number, e.g. CA-QC-123456 (letters, digits, _ and . between hyphens)",
            {value.substr(0, 100)}),
        "value");
  }
  if (name == "iati.org-type" && std::find(organisation_types().begin(), organisation_types().end(),
                                           value) == organisation_types().end()) {
    throw saying<ValidationError>(
        Message("iati.org-type '{1}' is not an IATI organisation type; give one of {2}",
                {value.substr(0, 20), join(organisation_types(), "|")}),
        "value");
  }
  if (name == "iati.org-name" && (is_blank(value) || value.size() > 200)) {
    throw saying<ValidationError>(Message("iati.org-name must show 1 to 200 bytes of text"),
                                  "value");
  }
  return value;
}

}  // namespace coopflow::engine
