#include "../common/declarations.h"

#include "coopflow/workflows/builtin.h"
#include "machine.h"

namespace coopflow::workflows {

// The six service sectors of the National Assembly's cooperation service.
const std::vector<std::string>& parliamentary_sectors() {
  static const std::vector<std::string> sectors = {
      "administration",       // general administration of a parliament
      "sittings",             // organization of sittings
      "legislative-process",  // drawing up of legislation, amendments
      "oversight",            // parliamentary control and accountability
      "communications",       // public communications and citizen participation
      "new-member-training",  // new parliamentarian training
  };
  return sectors;
}

engine::Workflow parliamentary_workflow() {
  using namespace detail;
  const std::string policy = "stage 1: needs assessment before any commitment";
  engine::EventSpec start;
  start.name = "start-assessment";
  start.roles = {kCoordinator};
  start.summary = "begin the needs assessment";
  engine::FieldSpec sectors = text("sectors", "comma-separated service sectors");
  sectors.type = engine::FieldType::kChoiceList;
  sectors.choices = parliamentary_sectors();
  engine::EventSpec record;
  record.name = "record-needs";
  record.roles = {kCoordinator};
  record.produces = "needs";
  record.policy = policy;
  record.summary = "record a new version of the needs assessment";
  record.fields = {text("needs", "the parliament's needs"), sectors,
                   yes_no("on-site-mission", "was a needs assessment mission held on site")};
  std::vector<engine::EventSpec> intake = {start, record};
  for (auto& e : commitment_events("needs", policy)) intake.push_back(std::move(e));
  return make_workflow(
      "parliamentary-cooperation", "PC",
      "A parliament's four-stage cooperation: needs assessment, action plan, service delivery, "
      "follow-up and assessment",
      std::move(intake),
      {{"Received", "the request is on file", 5, false},
       {"Assessment", "the coordinator assesses the parliament's needs", 45, false}},
      parliamentary::transition_rows(), parliamentary::start_machine);
}

}  // namespace coopflow::workflows
