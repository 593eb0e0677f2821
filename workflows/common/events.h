#pragma once

// The events of both case machines. Each carries a pointer to the context of
// one fire() call: the event's validated fields in, the refusal reason out.
// Only workflow machine translation units include this header.
#include "coopflow/engine/event_fields.h"
#include <string>

namespace coopflow::workflows::detail {

struct FireContext {
  const engine::EventFields* fields = nullptr;
  std::string guard_reason;  // set by a guard that said no
  std::string error;         // set by exception_caught
  bool no_transition = false;

  std::string field(const char* name) const {
    return fields == nullptr ? "" : fields->text(name);
  }
};

struct CaseEvent {
  FireContext* ctx;
};

#define COOPFLOW_EVENT(type, text)            \
  struct type : CaseEvent {                   \
    static constexpr const char* name = text; \
  }

COOPFLOW_EVENT(start_analysis, "start-analysis");
COOPFLOW_EVENT(record_analysis, "record-analysis");
COOPFLOW_EVENT(start_assessment, "start-assessment");
COOPFLOW_EVENT(record_needs, "record-needs");
COOPFLOW_EVENT(commit, "commit");
COOPFLOW_EVENT(decline, "decline");
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
COOPFLOW_EVENT(suspend, "suspend");
COOPFLOW_EVENT(resume, "resume");
COOPFLOW_EVENT(withdraw, "withdraw");

#undef COOPFLOW_EVENT

}  // namespace coopflow::workflows::detail
