#include "../common/declarations.h"

#include "coopflow/workflows/builtin.h"
#include "machine.h"

namespace coopflow::workflows {

engine::Workflow electoral_workflow() {
  using namespace detail;
  const std::string policy = "policy rule 2: context analysis before any commitment";
  engine::EventSpec start;
  start.name = "start-analysis";
  start.roles = {kCoordinator};
  start.summary = "begin the context analysis";
  engine::EventSpec record;
  record.name = "record-analysis";
  record.roles = {kCoordinator};
  record.produces = "analysis";
  record.policy = policy;
  record.summary = "record a new version of the context analysis";
  record.fields = {text("context", "the country's situation"),
                   text("objectives", "objectives to attain"),
                   text("impact", "expected impact on the sociopolitical environment"),
                   text("sovereignty", "how the program respects the partner's sovereignty"),
                   yes_no("mandate-fit", "within the institution's mandate: yes or no"),
                   text("resources", "resources available")};
  std::vector<engine::EventSpec> intake = {start, record};
  for (auto& e : commitment_events("analysis", policy)) intake.push_back(std::move(e));
  return make_workflow(
      "electoral-cooperation", "EC",
      "An electoral body's answer to an official request: analysis, commitment, action plan, "
      "delivery, follow-up",
      std::move(intake),
      {{"Received", "the official request is on file", 5, false},
       {"Analysis", "the coordinator analyses the context", 30, false}},
      electoral::transition_rows(), electoral::start_machine);
}

}  // namespace coopflow::workflows
