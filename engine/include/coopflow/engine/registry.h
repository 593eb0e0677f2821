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
  // Throws std::logic_error on a duplicate (name, version); in a debug build,
  // also where check() would.
  void add(Workflow workflow);
  // Throws std::logic_error naming the mismatch when a workflow's declarations
  // and its transition tables disagree: an event declared that no row fires, a
  // row firing an undeclared event, a state without a stage declaration, not
  // exactly one opening event, an unknown role. A programming error, never a
  // user's: the tests check every registered workflow.
  static void check(const Workflow& workflow);
  // The highest version of name; throws NotFoundError listing the known names.
  const Workflow& latest(const std::string& name) const;
  // Exactly (name, version), or nullptr.
  const Workflow* find(const std::string& name, int version) const;
  std::vector<const Workflow*> all() const;

 private:
  std::map<std::pair<std::string, int>, Workflow> workflows_;
};

}  // namespace coopflow::engine
