#pragma once

// The events every case machine shares. Each carries a pointer to the context
// of one fire() call: the event's validated fields in, the refusal reason out.
// A workflow declares its own events with COOPFLOW_EVENT in its machine.cpp.
// Only workflow machine translation units include this header.
#include <string>

#include "coopflow/engine/event_fields.h"
#include "coopflow/engine/message.h"  // N_: a guard's reason is translated

namespace coopflow::workflows::detail {

struct FireContext {
  const engine::EventFields* fields = nullptr;
  std::string guard_reason;  // set by a guard that said no, marked N_ for the catalog
  std::string error;         // set by exception_caught
  bool no_transition = false;

  std::string field(const char* name) const { return fields == nullptr ? "" : fields->text(name); }
};

struct CaseEvent {
  FireContext* ctx;
};

// An event type and the name users and the journal know it by. The facade
// finds every event in the transition tables: declaring one here is all a
// machine needs to dispatch it.
#define COOPFLOW_EVENT(type, text)                         \
  struct type : ::coopflow::workflows::detail::CaseEvent { \
    static constexpr const char* name = text;              \
  }

// The commitment decision on a workflow's intake.
COOPFLOW_EVENT(commit, "commit");
COOPFLOW_EVENT(decline, "decline");
// Action plan, delivery, follow-up (execution.h).
COOPFLOW_EVENT(draft_plan, "draft-plan");
COOPFLOW_EVENT(submit_plan, "submit-plan");
COOPFLOW_EVENT(approve_plan, "approve-plan");
COOPFLOW_EVENT(return_plan, "return-plan");
COOPFLOW_EVENT(partner_approves, "partner-approves");
COOPFLOW_EVENT(partner_modifies, "partner-modifies");
COOPFLOW_EVENT(partner_rejects, "partner-rejects");
COOPFLOW_EVENT(log_activity, "log-activity");
COOPFLOW_EVENT(complete_delivery, "complete-delivery");
COOPFLOW_EVENT(submit_report, "submit-report");
COOPFLOW_EVENT(accept_report, "accept-report");
COOPFLOW_EVENT(return_report, "return-report");
// Any case (case_machine.h).
COOPFLOW_EVENT(suspend, "suspend");
COOPFLOW_EVENT(resume, "resume");
COOPFLOW_EVENT(withdraw, "withdraw");

}  // namespace coopflow::workflows::detail
