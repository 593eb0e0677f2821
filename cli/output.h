#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "coopflow/engine/approval.h"
#include "coopflow/engine/case_summary.h"
#include "coopflow/engine/journal_entry.h"
#include "coopflow/engine/json_forms.h"
#include "coopflow/engine/office.h"
#include "coopflow/engine/user.h"
#include "coopflow/engine/workflow.h"
#include "exit_codes.h"
#include "terminal_text.h"

// Human tables and JSON shapes shared by the commands.
namespace coopflow::cli {

// Left-aligned columns, two spaces apart, widths by display width, under the
// headers' msgids said in the user's language (mark them N_). Every cell is
// shown terminal_safe.
void print_table(const std::vector<std::string>& headers,
                 const std::vector<std::vector<std::string>>& rows);

// The "error" member of a command's one JSON document.
nlohmann::json error_json(const Failure& failure, const std::string& message);
using engine::json_form;
// engine's display_value and text_member, amounts written and a damaged
// value said in the user's language.
std::string display_value(const nlohmann::json& fields, const std::string& name,
                          const engine::EventSpec* spec);
std::string text_member(const nlohmann::json& object, const std::string& key);

}  // namespace coopflow::cli
