#pragma once

#include <map>
#include <optional>
#include <string>

#include "coopflow/engine/settings.h"

namespace coopflow::storage {
class Store;
}

namespace coopflow::engine::detail {

// The settings table (its cache of the office log), the origin apart, by name.
std::map<std::string, Setting> stored_settings(storage::Store& store);
// A setting's value, else its default, else nothing (it must be set first).
std::optional<std::string> setting_or_default(storage::Store& store, const std::string& name);

}  // namespace coopflow::engine::detail
