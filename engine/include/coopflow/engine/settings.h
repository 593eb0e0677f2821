#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "coopflow/engine/message.h"
#include "coopflow/engine/registry.h"

// The office's settings: what each one means and which values it takes,
// judged the same way when `config set` writes one and when verify replays it.
namespace coopflow::engine {

// A setting as the office log leaves it.
struct Setting {
  std::string name;
  std::string value;
  std::int64_t set_at = 0;  // log position of the entry that set it; 0: the default
};

struct SettingSpec {
  std::string name;
  Message help;               // what it is and what a valid value looks like
  std::string default_value;  // "" if it has none (then it must be set before use)
};

// The database's id (coopflow/<uuid>), written at init, never by `config set`.
inline constexpr const char* kOriginSetting = "origin";

// Every setting `config set` accepts, by name: the fixed ones, then
// deadline.WORKFLOW.STAGE for every stage of the registered workflows that
// can have a deadline (its default: the days the workflow declares, 0: none).
std::vector<SettingSpec> setting_specs(const Registry& registry);
// Throws ValidationError unless name is a setting `config set` accepts.
void check_setting_name(const Registry& registry, const std::string& name);
// The value as stored; throws ValidationError naming what is wrong (an unknown
// name, the read-only origin, a value of the wrong form).
std::string check_setting(const Registry& registry, const std::string& name,
                          const std::string& value);

// The name of the setting that overrides a stage's deadline.
std::string deadline_setting(const std::string& workflow, const std::string& stage);

}  // namespace coopflow::engine
