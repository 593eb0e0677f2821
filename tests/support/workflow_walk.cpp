#include "workflow_walk.h"

#include <boost/test/unit_test.hpp>
#include <deque>
#include <memory>
#include <set>

#include "coopflow/workflows/builtin.h"

namespace coopflow::testing {

const engine::Registry& builtin_registry() {
  static const engine::Registry registry = [] {
    engine::Registry r;
    workflows::register_builtin_workflows(r);
    return r;
  }();
  return registry;
}

engine::RawFields valid_fields(const engine::EventSpec& spec) {
  engine::RawFields out;
  for (const auto& f : spec.fields) {
    switch (f.type) {
      case engine::FieldType::kText:
        out[f.name] = "Texte de « " + f.name + " », Québec";
        break;
      case engine::FieldType::kDate:
        out[f.name] = "2011-04-11";
        break;
      case engine::FieldType::kYesNo:
        out[f.name] = "yes";
        break;
      case engine::FieldType::kAmount:
        out[f.name] = "48500.50";
        break;
      case engine::FieldType::kCurrency:
        out[f.name] = "CAD";
        break;
      case engine::FieldType::kChoice:
      case engine::FieldType::kChoiceList:
        out[f.name] = f.choices.front();
        break;
      case engine::FieldType::kCount:
        out[f.name] = "24";
        break;
      case engine::FieldType::kCountries:
        out[f.name] = "CI,ML";
        break;
    }
  }
  return out;
}

std::vector<const engine::Workflow*> request_workflows() {
  std::vector<const engine::Workflow*> out;
  for (const engine::Workflow* wf : builtin_registry().all()) {
    if (wf->opening_event().fields.empty()) out.push_back(wf);
  }
  return out;
}

std::vector<std::string> valid_assignments(const engine::EventSpec& spec) {
  std::vector<std::string> out;
  for (const auto& [name, value] : valid_fields(spec)) out.push_back(name + "=" + value);
  return out;
}

std::vector<std::string> valid_assignments(const std::string& event) {
  for (const engine::Workflow* wf : builtin_registry().all()) {
    if (const engine::EventSpec* spec = wf->find_event(event)) return valid_assignments(*spec);
  }
  BOOST_FAIL("no workflow declares event " << event);
  return {};
}

namespace {

struct Node {
  std::unique_ptr<engine::CaseMachine> machine;
  std::vector<std::string> path;
};

}  // namespace

WorkflowMap::WorkflowMap(const engine::Workflow& workflow) : workflow_(workflow) {
  // Breadth-first over configurations: a state path and the events that fire
  // there (guards keep facts a state name does not show, e.g. whether a plan
  // was drafted).
  std::deque<Node> queue;
  std::set<std::string> seen;
  queue.push_back({workflow.start(), {}});
  constexpr std::size_t kMaxDepth = 16;
  while (!queue.empty()) {
    Node node = std::move(queue.front());
    queue.pop_front();
    const std::string state = node.machine->state();
    if (to_state_.emplace(state, node.path).second) order_.push_back(state);
    std::string key = node.machine->state_path() + "|";
    std::vector<std::pair<std::string, std::unique_ptr<engine::CaseMachine>>> moves;
    for (const auto& spec : workflow.events) {
      if (spec.opens) continue;
      auto next = node.machine->clone();
      const auto fields = engine::validate_fields(spec, valid_fields(spec));
      if (next->fire(spec.name, fields).outcome != engine::FireOutcome::kMoved) continue;
      key += spec.name + ",";
      to_fire_.emplace(spec.name, node.path);
      moves.emplace_back(spec.name, std::move(next));
    }
    if (!seen.insert(key).second || node.path.size() >= kMaxDepth) continue;
    for (auto& [event, machine] : moves) {
      std::vector<std::string> path = node.path;
      path.push_back(event);
      queue.push_back({std::move(machine), std::move(path)});
    }
  }
}

const std::vector<std::string>& WorkflowMap::path_to(const std::string& state) const {
  const auto it = to_state_.find(state);
  BOOST_REQUIRE_MESSAGE(it != to_state_.end(),
                        workflow_.name << ": " << state << " is unreachable");
  return it->second;
}

const std::vector<std::string>& WorkflowMap::path_to_fire(const std::string& event) const {
  const auto it = to_fire_.find(event);
  BOOST_REQUIRE_MESSAGE(it != to_fire_.end(), workflow_.name << ": " << event << " never fires");
  return it->second;
}

std::vector<std::string> WorkflowMap::open_states() const {
  std::vector<std::string> out;
  for (const auto& s : order_) {
    const engine::StageSpec* stage = workflow_.find_stage(s);
    if (stage != nullptr && !stage->terminal && !stage->holds) out.push_back(s);
  }
  return out;
}

const WorkflowMap& map_of(const std::string& workflow) {
  static std::map<std::string, std::unique_ptr<WorkflowMap>> maps;
  auto& map = maps[workflow];
  if (!map) map = std::make_unique<WorkflowMap>(builtin_registry().latest(workflow));
  return *map;
}

}  // namespace coopflow::testing
