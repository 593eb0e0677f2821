#include "coopflow/engine/registry.h"

#include <algorithm>
#include <set>
#include <stdexcept>

#include "coopflow/engine/actor.h"
#include "coopflow/engine/errors.h"

namespace coopflow::engine {
namespace {

bool is_identifier(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

// A workflow's declarations and its machine's tables must say the same thing:
// a mismatch is a programming error, refused when the workflow is registered
// (at start-up, so every test catches it) rather than met by a user.
void check_consistency(const Workflow& wf) {
  const auto fail = [&](const std::string& why) {
    throw std::logic_error("workflow " + wf.name + " v" + std::to_string(wf.version) + ": " + why);
  };
  if (!wf.start) fail("has no machine");
  std::set<std::string> in_tables, declared, machines, exits, states;
  for (const auto& m : wf.machines) {
    machines.insert(m.name);
    exits.insert(m.exits.begin(), m.exits.end());
  }
  for (const auto& r : wf.transitions) {
    in_tables.insert(r.event);
    for (const auto* s : {&r.source, &r.target}) {
      if (!s->empty() && machines.count(*s) == 0 && exits.count(*s) == 0) states.insert(*s);
    }
  }
  int openings = 0;
  for (const auto& e : wf.events) {
    if (!declared.insert(e.name).second) fail("declares event " + e.name + " twice");
    if (e.opens) {
      ++openings;
      if (in_tables.count(e.name) != 0) fail("the opening event " + e.name + " has a table row");
    } else if (in_tables.count(e.name) == 0) {
      fail("declares event " + e.name + " but no transition table has a row for it");
    }
    if (e.roles.empty()) fail("event " + e.name + " names no role");
    for (const auto& r : e.roles) {
      if (!is_role(r)) fail("event " + e.name + " names unknown role " + r);
    }
    for (const auto* kind : {&e.produces, &e.concerns}) {
      if (!kind->empty() && !is_identifier(*kind)) {
        fail("document kind '" + *kind + "' is not a-z0-9-");
      }
    }
  }
  if (openings != 1) fail("must declare exactly one opening event");
  for (const auto& event : in_tables) {
    if (declared.count(event) == 0) fail("a table row fires " + event + ", which is not declared");
  }
  for (const auto& state : states) {
    if (wf.find_stage(state) == nullptr) fail("state " + state + " has no stage declaration");
  }
  for (const auto& stage : wf.stages) {
    if (states.count(stage.state) == 0) fail("stage " + stage.state + " is in no table");
  }
}

}  // namespace

void Registry::add(Workflow workflow) {
  check_consistency(workflow);
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
    if (known.find(key.first) == std::string::npos) {
      known += (known.empty() ? "" : ", ") + key.first;
    }
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
