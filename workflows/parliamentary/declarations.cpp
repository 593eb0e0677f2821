// What parliamentary-cooperation v1 declares beside its machine.
#include "../common/declarations.h"

#include "coopflow/engine/message.h"
#include "machine.h"

namespace coopflow::workflows::parliamentary {

engine::Workflow workflow() {
  using namespace detail;
  const std::string policy = "stage 1: needs assessment before any commitment";
  // The six service sectors of the National Assembly's cooperation service.
  const std::vector<std::string> sectors = {
      "administration",       // general administration of a parliament
      "sittings",             // organization of sittings
      "legislative-process",  // drawing up of legislation, amendments
      "oversight",            // parliamentary control and accountability
      "communications",       // public communications and citizen participation
      "new-member-training",  // new parliamentarian training
  };
  Intake intake;
  intake.events = {
      event("start-assessment", {kCoordinator}, {}, "begin the needs assessment"),
      producing(event("record-needs", {kCoordinator},
                      {text("needs", "the parliament's needs"),
                       choice_list("sectors", "comma-separated service sectors", sectors),
                       yes_no("on-site-mission", "was a needs assessment mission held on site")},
                      "record a new version of the needs assessment"),
                "needs", policy),
  };
  for (auto& e : commitment_events("needs", policy)) intake.events.push_back(std::move(e));
  intake.stages = {{"Received", "the request is on file", 5, false},
                   {"Assessment", "the coordinator assesses the parliament's needs", 45, false}};
  return make_workflow(N_("parliamentary-cooperation"), 1, "PC",
                       "A parliament's four-stage cooperation: needs assessment, action plan, "
                       "service delivery, follow-up and assessment",
                       std::move(intake), machine());
}

}  // namespace coopflow::workflows::parliamentary
