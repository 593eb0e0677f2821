#pragma once

#include <optional>
#include <string>
#include <vector>

#include "coopflow/engine/money.h"

namespace coopflow::engine {

// An approved plan's budget, counted in the year it was approved.
struct Commitment {
  std::string case_id;
  std::string approved_on;           // YYYY-MM-DD
  Money amount;                      // as the plan states it
  std::optional<Money> in_envelope;  // in the envelope's currency; none without a rate
};

// A year's envelope (policy rule 4) and what approved plans commit against it.
struct BudgetReport {
  std::string year;
  std::optional<Money> envelope;  // none until an admin sets it
  std::vector<Commitment> plans;
  // In the envelope's currency: what the plans commit, and what remains. Not
  // set when there is no envelope, or a plan's currency has no rate to it.
  std::optional<Money> committed;
  std::optional<Money> remaining;
};

}  // namespace coopflow::engine
