#pragma once

#include <optional>
#include <string>
#include <vector>

#include "coopflow/engine/case_file.h"
#include "coopflow/engine/case_summary.h"
#include "coopflow/engine/journal_entry.h"
#include "coopflow/engine/money.h"

namespace coopflow::engine {

struct Partner {
  std::string organisation;
  std::string role;  // funder | co-organiser | implementer
};

// The budget of the document version the institution approved (approve-plan).
struct ApprovedBudget {
  std::string amount;       // decimal, with the currency's minor digits ("8200.00")
  std::string currency;     // ISO 4217
  std::string approved_on;  // YYYY-MM-DD of the approving decision
  Money money;              // the same amount in minor units
};

// The money a document version records in the first amount field its
// producing event declares, with that field's currency; nothing if it has
// none or the stored values are damaged (verify names them).
std::optional<Money> document_money(const Workflow& workflow, const std::string& kind,
                                    const nlohmann::json& fields);

// One case as the exports give it: the request, where the case stands, and
// what its journal decided. Built from the journal only.
struct CaseRecord {
  CaseSummary summary;
  std::string requester_type;
  std::string reference;
  std::vector<std::string> countries;  // ISO 3166-1 alpha-2
  std::vector<Partner> partners;
  bool final = false;                    // in a state its workflow ends in
  bool on_hold = false;                  // suspended
  std::string closed;                    // YYYY-MM-DD it reached its final state; "" while open
  std::string first_day;                 // the earliest date a document records (delivery), or ""
  std::string last_day;                  // the latest, or ""
  std::optional<ApprovedBudget> budget;  // none until a plan is approved
  // For the public archive page, from the fields declared for it (ArchiveRole):
  bool completed = false;                 // in a terminal stage where the work was done
  std::vector<std::string> places;        // cities and venues, in the order recorded, once each
  std::optional<long long> participants;  // summed; none if nothing says
  std::string public_text;                // the newest summary or report results
};

// Folds one case's entries, in sequence order, into its CaseRecord.
class CaseRecordBuilder {
 public:
  explicit CaseRecordBuilder(const Workflow& workflow) : file_(workflow) {}
  void apply(const JournalEntry& entry);
  CaseRecord record() const;

 private:
  CaseFile file_;
  std::string approved_kind_;  // the kind the newest approving decision concerned
  int approved_version_ = 0;
  std::string approved_on_;
};

}  // namespace coopflow::engine
