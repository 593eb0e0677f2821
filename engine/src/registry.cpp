#include "coopflow/engine/registry.h"

#include <stdexcept>

#include "coopflow/engine/errors.h"

namespace coopflow::engine {

void Registry::add(Workflow workflow) {
  auto key = std::make_pair(workflow.name, workflow.version);
  if (!workflows_.emplace(key, std::move(workflow)).second) {
    throw std::logic_error("workflow " + key.first + " v" + std::to_string(key.second) +
                           " registered twice");
  }
}

const Workflow& Registry::latest(const std::string& name) const {
  const Workflow* best = nullptr;
  for (const auto& [key, wf] : workflows_) {
    if (key.first == name) best = &wf;  // the map orders versions ascending
  }
  if (best) return *best;
  std::string known;
  for (const auto& [key, wf] : workflows_) {
    if (known.find(key.first) == std::string::npos)
      known += (known.empty() ? "" : ", ") + key.first;
  }
  throw NotFoundError("workflow", name,
                      "unknown workflow '" + name + "'; known workflows: " + known);
}

const Workflow* Registry::find(const std::string& name, int version) const {
  auto it = workflows_.find({name, version});
  return it == workflows_.end() ? nullptr : &it->second;
}

std::vector<const Workflow*> Registry::all() const {
  std::vector<const Workflow*> out;
  for (const auto& [key, wf] : workflows_) out.push_back(&wf);
  return out;
}

}  // namespace coopflow::engine
