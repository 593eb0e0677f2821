#include "coopflow/engine/workflow.h"

#include <stdexcept>

namespace coopflow::engine {

const std::vector<FieldSpec>& declared_fields(const EventSpec* spec) {
  static const std::vector<FieldSpec> none;
  return spec != nullptr ? spec->fields : none;
}

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

const EventSpec* Workflow::producer_of(const std::string& kind) const {
  for (const auto& e : events) {
    if (e.produces == kind) return &e;
  }
  return nullptr;
}

const EventSpec& Workflow::opening_event() const {
  for (const auto& e : events) {
    if (e.opens) return e;
  }
  throw std::logic_error("workflow " + name + " declares no opening event");
}

bool Workflow::holds(const std::string& state) const {
  const StageSpec* stage = find_stage(state);
  return stage != nullptr && stage->holds;
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

const TransitionRow* Workflow::find_transition(const std::string& state_path,
                                               const std::string& event) const {
  std::size_t from = 0;
  while (from <= state_path.size()) {
    const auto dot = state_path.find('.', from);
    const std::string state = state_path.substr(from, dot == std::string::npos ? dot : dot - from);
    for (const auto& r : transitions) {
      if (r.source == state && r.event == event) return &r;
    }
    if (dot == std::string::npos) break;
    from = dot + 1;
  }
  return nullptr;
}

}  // namespace coopflow::engine
