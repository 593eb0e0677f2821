#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "coopflow/engine/approval.h"
#include "coopflow/engine/case_summary.h"
#include "coopflow/engine/journal_entry.h"
#include "coopflow/engine/office.h"
#include "coopflow/engine/user.h"
#include "coopflow/engine/workflow.h"
#include "exit_codes.h"
#include "terminal_text.h"

// Human tables and JSON shapes shared by the commands.
namespace coopflow::cli {

// Left-aligned columns, two spaces apart, widths by display width. Every cell
// is shown terminal_safe.
void print_table(const std::vector<std::string>& headers,
                 const std::vector<std::vector<std::string>>& rows);

// A field's value for people (not yet terminal_safe): amounts with their
// decimals and currency, lists comma-separated, text as typed. Never throws: a
// value stored in another form than its field's (an edited database) reads
// "(damaged: ...)".
std::string display_value(const nlohmann::json& fields, const std::string& name,
                          const engine::EventSpec* spec);

// A member of a stored JSON object as text, or "(damaged)" if it is there but
// not text; "" if absent.
std::string text_member(const nlohmann::json& object, const std::string& key);

// The "error" member of a command's one JSON document.
nlohmann::json error_json(const Failure& failure, const std::string& message);
nlohmann::json to_json(const engine::JournalEntry& entry);
nlohmann::json to_json(const engine::CaseSummary& summary);
nlohmann::json to_json(const engine::Approval& approval);
nlohmann::json to_json(const engine::User& user);
nlohmann::json to_json(const engine::Attachment& attachment);
// A task: the case's summary, plus due, days_overdue and (for tasks) events.
nlohmann::json to_json(const engine::Task& task);

}  // namespace coopflow::cli
