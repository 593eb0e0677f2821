// The office's settings (`coopflow config`): each change an entry of the
// office log, the settings table its cache.
#include "config.h"

#include "coopflow/engine/errors.h"
#include "coopflow/engine/office.h"
#include "coopflow/engine/values.h"
#include "coopflow/storage/store.h"
#include "log_append.h"
#include "staff.h"

namespace coopflow::engine {
namespace detail {

std::map<std::string, Setting> stored_settings(storage::Store& store) {
  std::map<std::string, Setting> out;
  for (auto& row : store.settings()) {
    if (row.name == kOriginSetting) continue;
    out.emplace(row.name, Setting{row.name, std::move(row.value), row.set_at});
  }
  return out;
}

std::optional<std::string> setting_or_default(storage::Store& store, const Registry& registry,
                                              const std::string& name) {
  if (auto value = store.setting(name)) return value;
  for (const SettingSpec& spec : setting_specs(registry)) {
    if (spec.name == name && !spec.default_value.empty()) return spec.default_value;
  }
  return std::nullopt;
}

int deadline_days(storage::Store& store, const Workflow& workflow, const StageSpec& stage) {
  const auto set = store.setting(deadline_setting(workflow.name, stage.state));
  if (!set) return stage.deadline_days;
  try {
    return std::stoi(*set);
  } catch (const std::exception&) {
    return stage.deadline_days;  // a cache edited by hand: verify names it
  }
}

std::string stage_due(storage::Store& store, const CaseFile& file) {
  const StageSpec* stage = file.workflow().find_stage(file.state());
  if (stage == nullptr || stage->terminal || stage->holds || file.clock_start().empty()) return "";
  const int days = deadline_days(store, file.workflow(), *stage);
  return days > 0 ? add_days(file.clock_start(), days) : "";
}

}  // namespace detail

std::string Office::set_setting(const Actor& actor, const std::string& name,
                                const std::string& value) {
  std::string stored = check_setting(registry_, name, value);
  change_setting(actor, detail::office_event::kConfigSet, name,
                 detail::config_set_payload(name, stored));
  return stored;
}

void Office::unset_setting(const Actor& actor, const std::string& name) {
  check_setting_name(registry_, name);
  change_setting(actor, detail::office_event::kConfigUnset, name,
                 detail::config_unset_payload(name));
}

void Office::change_setting(const Actor& actor, const char* event, const std::string& name,
                            const std::string& payload) {
  write([&] {
    JournalEntry e = office_entry(actor, Authority::manage_settings(), event, payload);
    const auto after = detail::apply_setting_entry(registry_, detail::stored_settings(*store_), e);
    detail::log_office_entry(*store_, e);  // gives e its position
    if (after) {
      store_->put_setting(after->name, after->value, e.position);
    } else {
      store_->delete_setting(name);
    }
  });
}

std::vector<Setting> Office::settings(const Actor& actor) {
  std::vector<Setting> out;
  read([&] {
    require(actor, Authority::read_record());
    out.push_back({kOriginSetting, store_->setting(kOriginSetting).value_or(""), 0});
    const auto set = detail::stored_settings(*store_);
    for (const SettingSpec& spec : setting_specs(registry_)) {
      const auto it = set.find(spec.name);
      if (it != set.end()) {
        out.push_back(it->second);
      } else if (!spec.default_value.empty()) {
        out.push_back({spec.name, spec.default_value, 0});
      }
    }
  });
  return out;
}

}  // namespace coopflow::engine
