#pragma once

// The declarations both workflows share, beside the shared machine parts they
// describe (execution.h, case_machine.h): which role fires each event, what
// data it requires, and the deadlines of the shared stages.
#include <string>
#include <vector>

#include "coopflow/engine/workflow.h"

namespace coopflow::workflows::detail {

extern const char* const kCoordinator;
extern const char* const kManager;

engine::FieldSpec text(const std::string& name, const std::string& help, bool required = true);
engine::FieldSpec yes_no(const std::string& name, const std::string& help);

// commit and decline, deciding on the given intake document ("analysis", "needs").
std::vector<engine::EventSpec> commitment_events(const std::string& intake_document,
                                                 const std::string& policy);
// Action plan, delivery and follow-up (execution.h).
std::vector<engine::EventSpec> execution_events();
// suspend, resume, withdraw (case_machine.h).
std::vector<engine::EventSpec> case_events();
std::vector<engine::StageSpec> shared_stages();

// Assembles a workflow from its parts; the machine hierarchy is the shared one.
engine::Workflow make_workflow(std::string name, std::string id_prefix, std::string summary,
                               std::vector<engine::EventSpec> intake_events,
                               std::vector<engine::StageSpec> intake_stages,
                               std::vector<engine::TransitionRow> rows,
                               std::function<std::unique_ptr<engine::CaseMachine>()> start);

}  // namespace coopflow::workflows::detail
