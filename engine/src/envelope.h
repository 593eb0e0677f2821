#pragma once

#include <optional>
#include <string>

#include "coopflow/engine/budget.h"
#include "coopflow/engine/money.h"
#include "coopflow/engine/registry.h"

namespace coopflow::storage {
class Store;
}

namespace coopflow::engine::detail {

// money in currency, at the office's rate.FROM.TO; nothing without a rate.
std::optional<Money> in_currency(storage::Store& store, const Money& money,
                                 const std::string& currency);
// The year's envelope and the plans approved in it, except except_case's.
BudgetReport budget_report(storage::Store& store, const Registry& registry, const std::string& year,
                           const std::string& except_case);
// Throws IllegalTransitionError citing policy rule 4 when approving `plan`
// for case_id today would take the year's commitments over its envelope, or
// when a currency has no rate to the envelope's.
void check_envelope(storage::Store& store, const Registry& registry, const std::string& case_id,
                    const Money& plan, const std::string& today, const std::string& from,
                    const std::string& event);

}  // namespace coopflow::engine::detail
