#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "coopflow/engine/journal_entry.h"
#include "coopflow/engine/workflow.h"
#include "coopflow/storage/records.h"

// Human tables and JSON shapes shared by the commands.
namespace coopflow::cli {

// Left-aligned columns, two spaces apart, widths by display width (UTF-8 aware).
void print_table(const std::vector<std::string>& headers,
                 const std::vector<std::vector<std::string>>& rows);

// A field's value for people: amounts with their decimals and currency, lists
// comma-separated, text as typed.
std::string display_value(const nlohmann::json& fields, const std::string& name,
                          const engine::EventSpec* spec);

nlohmann::json to_json(const engine::JournalEntry& entry);
nlohmann::json to_json(const storage::CaseRow& row);
nlohmann::json to_json(const storage::ApprovalRow& row);

}  // namespace coopflow::cli
