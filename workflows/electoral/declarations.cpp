// What electoral-cooperation v1 declares beside its machine.
#include "../common/declarations.h"

#include "coopflow/engine/message.h"
#include "machine.h"

namespace coopflow::workflows::electoral {

engine::Workflow workflow() {
  using namespace detail;
  const std::string policy = "policy rule 2: context analysis before any commitment";
  Intake intake;
  intake.events = {
      event("start-analysis", {kCoordinator}, {}, "begin the context analysis"),
      producing(event("record-analysis", {kCoordinator},
                      {text("context", "the country's situation"),
                       text("objectives", "objectives to attain"),
                       text("impact", "expected impact on the sociopolitical environment"),
                       text("sovereignty", "how the program respects the partner's sovereignty"),
                       yes_no("mandate-fit", "within the institution's mandate: yes or no"),
                       text("resources", "resources available")},
                      "record a new version of the context analysis"),
                "analysis", policy),
  };
  for (auto& e : commitment_events("analysis", policy)) intake.events.push_back(std::move(e));
  intake.stages = {{"Received", "the official request is on file", 5, false},
                   {"Analysis", "the coordinator analyses the context", 30, false}};
  return make_workflow(N_("electoral-cooperation"), 1, "EC",
                       "An electoral body's answer to an official request: analysis, commitment, "
                       "action plan, delivery, follow-up",
                       std::move(intake), machine());
}

}  // namespace coopflow::workflows::electoral
