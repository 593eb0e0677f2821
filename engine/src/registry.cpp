#include "coopflow/engine/registry.h"

#include <algorithm>
#include <stdexcept>
#include <string_view>
#include <vector>

#include "coopflow/engine/actor.h"
#include "coopflow/engine/errors.h"

namespace coopflow::engine {
namespace {

bool is_identifier(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

// An opening that takes its own fields instead of the official request must
// still give a case its columns: the case row, numbering and exports read them.
template <class Fail>
void check_opening_fields(const EventSpec& e, const Fail& fail) {
  if (e.fields.empty()) return;
  const std::pair<const char*, FieldType> columns[] = {{"subject", FieldType::kText},
                                                       {"requester", FieldType::kText},
                                                       {"received", FieldType::kDate},
                                                       {"countries", FieldType::kCountries}};
  for (const auto& [name, type] : columns) {
    const FieldSpec* f = e.find_field(name);
    if (f == nullptr || f->type != type || !f->required) {
      fail("the opening event " + e.name + " takes fields but not a required " + name +
           " of the type the case's columns need");
    }
  }
}

}  // namespace

void Registry::check(const Workflow& wf) {
  const auto fail = [&](const std::string& why) {
    throw std::logic_error("workflow " + wf.name + " v" + std::to_string(wf.version) + ": " + why);
  };
  if (!wf.start) fail("has no machine");
  // Sorted views, not sets: every process registers its workflows at start-up.
  using Names = std::vector<std::string_view>;
  const auto sorted = [](Names& v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    return std::move(v);
  };
  const auto has = [](const Names& v, std::string_view name) {
    return std::binary_search(v.begin(), v.end(), name);
  };
  Names machine_names, exit_names, event_names, state_names, declared_names, stage_names;
  for (const auto& s : wf.stages) stage_names.push_back(s.state);
  const Names stages = sorted(stage_names);
  for (const auto& m : wf.machines) {
    machine_names.push_back(m.name);
    exit_names.insert(exit_names.end(), m.exits.begin(), m.exits.end());
  }
  const Names machines = sorted(machine_names), exits = sorted(exit_names);
  for (const auto& r : wf.transitions) event_names.push_back(r.event);
  for (const auto& m : wf.machines) {
    for (const auto& s : m.states) {
      if (!has(machines, s) && !has(exits, s)) state_names.push_back(s);
    }
  }
  const Names in_tables = sorted(event_names), states = sorted(state_names);
  int openings = 0;
  for (const auto& e : wf.events) {
    declared_names.push_back(e.name);
    if (e.opens) {
      ++openings;
      if (has(in_tables, e.name)) fail("the opening event " + e.name + " has a table row");
      check_opening_fields(e, fail);
    } else if (!has(in_tables, e.name)) {
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
    if (e.approves && (!e.decision || e.concerns.empty())) {
      fail("event " + e.name + " approves but is not a decision on a document");
    }
  }
  const Names declared = sorted(declared_names);
  if (declared.size() != wf.events.size()) fail("declares an event twice");
  if (openings != 1) fail("must declare exactly one opening event");
  for (const auto event : in_tables) {
    if (!has(declared, event)) {
      fail("a table row fires " + std::string(event) + ", which is not declared");
    }
  }
  for (const auto state : states) {
    if (!has(stages, state)) fail("state " + std::string(state) + " has no stage declaration");
  }
  for (const auto& stage : wf.stages) {
    if (!has(states, stage.state)) fail("stage " + stage.state + " is in no table");
  }
}

void Registry::add(Workflow workflow) {
#ifndef NDEBUG
  check(workflow);  // release builds leave it to the tests: it runs at every start-up
#endif
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
  throw saying<NotFoundError>(
      Message("unknown workflow '{1}'; known workflows: {2}", {name, known}), "workflow", name);
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
