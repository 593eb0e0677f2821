#pragma once

// How a workflow declares, beside its machine, what the engine enforces:
// which role fires each event, what data it requires, which document it
// writes or decides on, and the deadline of each stage. The helpers build
// those declarations; the shared lists describe the shared machine parts
// (execution.h, case_machine.h).
#include <string>
#include <vector>

#include "coopflow/engine/workflow.h"
#include "machine_parts.h"

namespace coopflow::workflows::detail {

extern const char* const kCoordinator;
extern const char* const kManager;

// Fields.
engine::FieldSpec text(const std::string& name, const std::string& help, bool required = true);
engine::FieldSpec yes_no(const std::string& name, const std::string& help);
engine::FieldSpec date(const std::string& name, const std::string& help,
                       const std::string& not_before = "");
engine::FieldSpec choice(const std::string& name, const std::string& help,
                         std::vector<std::string> choices);
engine::FieldSpec choice_list(const std::string& name, const std::string& help,
                              std::vector<std::string> choices);
engine::FieldSpec count(const std::string& name, const std::string& help, long long max);
// f, shown on the public archive page as role.
engine::FieldSpec archived(engine::FieldSpec f, engine::ArchiveRole role);
// f, which may be left out.
engine::FieldSpec optional(engine::FieldSpec f);
// The terminal stage "Closed", where a case's work was done.
engine::StageSpec closed_stage(const std::string& summary);

// Events.
engine::EventSpec event(std::string name, std::vector<std::string> roles,
                        std::vector<engine::FieldSpec> fields, std::string summary);
// Writes a new version of document.
engine::EventSpec producing(engine::EventSpec e, std::string document, std::string policy = "");
// Acts on the latest version of document without deciding on it.
engine::EventSpec concerning(engine::EventSpec e, std::string document);
// Decides on the latest version of document (recorded as an approval);
// four_eyes: its author may not.
engine::EventSpec decision(engine::EventSpec e, std::string concerns, bool four_eyes,
                           std::string policy);
// An event open at any stage, outside the case's course (EventSpec::aside).
engine::EventSpec aside(engine::EventSpec e);
// A decision that approves what it concerns for the institution
// (EventSpec::approves: its budget is committed).
engine::EventSpec approving(engine::EventSpec decision);

// The opening of a case from an official request (policy rule 1).
engine::EventSpec opening_event();
// commit and decline, deciding on the given intake document ("analysis", "needs").
std::vector<engine::EventSpec> commitment_events(const std::string& intake_document,
                                                 const std::string& policy);
// Action plan, delivery and follow-up (execution.h).
std::vector<engine::EventSpec> execution_events();
// suspend, resume, withdraw (case_machine.h).
std::vector<engine::EventSpec> case_events();
// The stages of the shared machine parts.
std::vector<engine::StageSpec> shared_stages();

// A workflow's own part: its intake events and stages.
struct Intake {
  std::vector<engine::EventSpec> events;  // commitment_events() included
  std::vector<engine::StageSpec> stages;
};

// Assembles a workflow: the opening, its intake, the shared parts, its machine.
engine::Workflow make_workflow(std::string name, int version, std::string id_prefix,
                               std::string summary, Intake intake, MachineParts machine);

}  // namespace coopflow::workflows::detail
