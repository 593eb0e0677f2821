#pragma once

#include <memory>
#include <string>
#include <vector>

#include "coopflow/engine/journal_entry.h"
#include "coopflow/engine/workflow.h"

namespace coopflow::engine {

// Replays a case's journal through its workflow's machine and returns the
// machine in the case's current state. Each entry must be legal where it stands:
// its from-state is the machine's state, its event fires, and the machine lands
// in its to-state. Throws IntegrityError naming the first entry that is not.
// Uses the data recorded in each entry, never today's.
std::unique_ptr<CaseMachine> replay(const Workflow& workflow,
                                    const std::vector<JournalEntry>& entries);

// Incremental form of replay() for streaming verification.
class Replayer {
 public:
  explicit Replayer(const Workflow& workflow);
  // Throws IntegrityError if entry is not legal after the previous ones.
  void apply(const JournalEntry& entry);
  CaseMachine& machine() { return *machine_; }
  std::unique_ptr<CaseMachine> release() { return std::move(machine_); }

 private:
  const Workflow& workflow_;
  std::unique_ptr<CaseMachine> machine_;
};

struct EventAvailability {
  const EventSpec* spec = nullptr;
  FireOutcome outcome = FireOutcome::kNoTransition;  // kMoved or kGuardRejected
  std::string reason;                                // the guard's, when rejected
};

// The events with a transition from the machine's current state, guards aside
// (a guard that would refuse is reported with its reason). Events whose guard
// needs field values are tried with none, on a clone: `current` is not moved.
std::vector<EventAvailability> available_events(const Workflow& workflow,
                                                const CaseMachine& current);

}  // namespace coopflow::engine
