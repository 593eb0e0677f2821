#include "coopflow/engine/replay.h"

#include "coopflow/engine/errors.h"

namespace coopflow::engine {
namespace {

IntegrityError illegal(const JournalEntry& e, const Message& why) {
  return saying<IntegrityError>(Message("{1} entry {2} ({3}) does not replay: {4}",
                                        {e.case_id, std::to_string(e.seq), e.event, why}),
                                e.case_id, e.seq);
}

}  // namespace

Replayer::Replayer(const Workflow& workflow) : workflow_(workflow), machine_(workflow.start()) {}

void Replayer::apply(const JournalEntry& e) {
  const std::string before = e.seq == 1 ? "" : machine_->state();
  if (e.from_state != before) {
    throw illegal(
        e, before.empty()
               ? Message("it says from {1} but the case was in no state", {e.from_state})
               : Message("it says from {1} but the case was in {2}", {e.from_state, before}));
  }
  if (e.seq == 1) {
    const std::string& opening = workflow_.opening_event().name;
    if (e.event != opening) {
      throw illegal(e, Message("a case's first entry must be {1}", {word(opening)}));
    }
  } else {
    const EventSpec* spec = workflow_.find_event(e.event);
    if (spec == nullptr || spec->opens) throw illegal(e, Message("unknown event"));
    const FireResult r = machine_->fire(e.event, EventFields::from_payload(e.payload));
    if (r.outcome != FireOutcome::kMoved) {
      throw illegal(e, r.outcome == FireOutcome::kGuardRejected
                           ? Message("its precondition fails: {1}", {word(r.reason)})
                           : Message("not allowed in {1}", {word(before)}));
    }
  }
  if (machine_->state() != e.to_state) {
    throw illegal(e, Message("it says to {1} but the workflow leads to {2}",
                             {e.to_state, machine_->state()}));
  }
}

std::unique_ptr<CaseMachine> replay(const Workflow& workflow,
                                    const std::vector<JournalEntry>& entries) {
  Replayer r(workflow);
  for (const auto& e : entries) r.apply(e);
  return r.release();
}

std::vector<EventAvailability> available_events(const Workflow& workflow,
                                                const CaseMachine& current) {
  const std::string path = current.state_path();
  std::vector<EventAvailability> out;
  for (const auto& spec : workflow.events) {
    const TransitionRow* row = workflow.find_transition(path, spec.name);
    if (row == nullptr) continue;
    EventAvailability a{&spec, FireOutcome::kMoved, ""};
    if (!row->guard.empty()) {  // only a guard can still say no: ask it
      const FireResult r = current.clone()->fire(spec.name, EventFields());
      a.outcome = r.outcome;
      a.reason = r.reason;
    }
    out.push_back(a);
  }
  return out;
}

}  // namespace coopflow::engine
