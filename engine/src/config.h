#pragma once

#include <map>
#include <optional>
#include <string>

#include "coopflow/engine/case_file.h"
#include "coopflow/engine/settings.h"

namespace coopflow::storage {
class Store;
}

namespace coopflow::engine::detail {

// The settings table (its cache of the office log), the origin apart, by name.
std::map<std::string, Setting> stored_settings(storage::Store& store);
// A setting's value, else its default, else nothing (it must be set first).
std::optional<std::string> setting_or_default(storage::Store& store, const Registry& registry,
                                              const std::string& name);
// The days a case may stay in stage before it is overdue (0: no deadline):
// the office's deadline.WORKFLOW.STAGE setting, else what the workflow declares.
int deadline_days(storage::Store& store, const Workflow& workflow, const StageSpec& stage);
// The day the case's current stage is due (YYYY-MM-DD), or "" if it has no
// deadline: its clock start plus the stage's deadline days.
std::string stage_due(storage::Store& store, const CaseFile& file);

}  // namespace coopflow::engine::detail
