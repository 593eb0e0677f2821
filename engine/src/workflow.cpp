#include "coopflow/engine/workflow.h"

namespace coopflow::engine {

const FieldSpec* EventSpec::find_field(const std::string& field) const {
  for (const auto& f : fields) {
    if (f.name == field) return &f;
  }
  return nullptr;
}

const EventSpec* Workflow::find_event(const std::string& event) const {
  for (const auto& e : events) {
    if (e.name == event) return &e;
  }
  return nullptr;
}

const StageSpec* Workflow::find_stage(const std::string& state) const {
  for (const auto& s : stages) {
    if (s.state == state) return &s;
  }
  return nullptr;
}

std::vector<std::string> Workflow::event_names() const {
  std::vector<std::string> out;
  for (const auto& e : events) out.push_back(e.name);
  return out;
}

}  // namespace coopflow::engine
