#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

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
  std::string help;           // what it is and what a valid value looks like
  std::string default_value;  // "" if it has none (then it must be set before use)
};

// The database's id (coopflow/<uuid>), written at init, never by `config set`.
inline constexpr const char* kOriginSetting = "origin";

// Every setting `config set` accepts, by name.
const std::vector<SettingSpec>& setting_specs();
const SettingSpec* find_setting_spec(const std::string& name);
// Throws ValidationError unless name is a setting `config set` accepts.
void check_setting_name(const std::string& name);
// The value as stored; throws ValidationError naming what is wrong (an unknown
// name, the read-only origin, a value of the wrong form).
std::string check_setting(const std::string& name, const std::string& value);

}  // namespace coopflow::engine
