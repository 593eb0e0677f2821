#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "coopflow/engine/workflow.h"

namespace coopflow::engine {

// The workflows this binary knows, by name and version. Old versions stay
// registered so that cases opened under them still replay.
class Registry {
 public:
  // Throws std::logic_error on a duplicate (name, version), or when the
  // workflow's declarations and its transition tables disagree.
  void add(Workflow workflow);
  // The highest version of name; throws NotFoundError listing the known names.
  const Workflow& latest(const std::string& name) const;
  // Exactly (name, version), or nullptr.
  const Workflow* find(const std::string& name, int version) const;
  std::vector<const Workflow*> all() const;

 private:
  std::map<std::pair<std::string, int>, Workflow> workflows_;
};

}  // namespace coopflow::engine
