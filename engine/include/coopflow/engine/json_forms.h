#pragma once

#include <functional>
#include <nlohmann/json.hpp>
#include <string>

#include "coopflow/engine/approval.h"
#include "coopflow/engine/attachment.h"
#include "coopflow/engine/case_summary.h"
#include "coopflow/engine/journal_entry.h"
#include "coopflow/engine/office.h"
#include "coopflow/engine/user.h"
#include "coopflow/engine/workflow.h"

// The JSON shape of each engine type a reader gets: the CLI's --json and the
// web API give the same documents (a contract: add members, rename none).
namespace coopflow::engine {

// An entry as history shows it: the exported form, its payload as the JSON
// it holds (or, if it is not JSON, payload_text and damaged).
nlohmann::json json_form(const JournalEntry& entry);
nlohmann::json json_form(const CaseSummary& summary);
nlohmann::json json_form(const Approval& approval);
nlohmann::json json_form(const User& user);
nlohmann::json json_form(const Attachment& attachment);
// A task: the case's summary, plus due, days_overdue and events.
nlohmann::json json_form(const Task& task);
// A case as show gives it: summary, request, documents, decisions, holders,
// attachments, the events the user may fire now, deadline and damage.
nlohmann::json json_form(const CaseView& view);

// A workflow as `coopflow workflows` lists it: states, events, roles, fields.
nlohmann::json json_form(const Workflow& workflow);
// A field type's name there ("text", "date", "amount"...).
const char* field_type_name(FieldType type);
// verify's report (without the error member a failed one adds), its problems
// and notes said by say (in the reader's language).
nlohmann::json json_form(const VerifyReport& report,
                         const std::function<std::string(const Message&)>& say);

// How a reader writes an amount given as decimal text ("48500.50") and its
// currency's code: "48500.50 CAD" as data, "48 500,50 CAD" for a French reader.
using AmountWriter =
    std::function<std::string(const std::string& decimal, const std::string& currency)>;
// The amount as data: the decimal as it is, a space, the code.
std::string plain_amount(const std::string& decimal, const std::string& currency);

// A field's value for people (not yet escaped for a terminal or a page):
// amounts written by amount, lists comma-separated, text as typed. Never
// throws: a value stored in another form than its field's (an edited
// database) reads "(damaged: ...)", said by say in the reader's language.
std::string display_value(const nlohmann::json& fields, const std::string& name,
                          const EventSpec* spec,
                          const std::function<std::string(const Message&)>& say,
                          const AmountWriter& amount);
// A member of a stored JSON object as text, or "(damaged...)" if it is there
// but not text; "" if absent.
std::string text_member(const nlohmann::json& object, const std::string& key,
                        const std::function<std::string(const Message&)>& say);

}  // namespace coopflow::engine
