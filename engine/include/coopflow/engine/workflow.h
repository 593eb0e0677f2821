#pragma once

#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "coopflow/engine/event_fields.h"

// What a workflow declares to the engine. The engine enforces roles, fields and
// four-eyes from these declarations and never names a workflow's events itself.
namespace coopflow::engine {

enum class FieldType {
  kText,        // UTF-8, at most 64 KiB
  kDate,        // YYYY-MM-DD
  kYesNo,       // "yes" | "no"
  kAmount,      // decimal, stored as integer minor units of currency_field
  kCurrency,    // ISO 4217
  kChoice,      // one of choices
  kChoiceList,  // comma-separated subset of choices
  kCount,       // a whole number of things (people), 0 to max
  kCountries,   // comma-separated ISO 3166-1 alpha-2 codes, stored as a list
};

// What the public archive page (coopflow archive) shows a field as.
enum class ArchiveRole {
  kNone,
  kSummary,       // the paragraph that says what was done (a report's results)
  kPlace,         // where it took place, beside the countries (a city)
  kParticipants,  // a count of people, summed over the case
};

struct FieldSpec {
  std::string name;
  FieldType type = FieldType::kText;
  bool required = true;
  std::vector<std::string> choices;
  std::string not_before;      // kDate: may not precede this other date field
  std::string currency_field;  // kAmount: the field holding its currency
  long long max = 0;           // kCount: the largest count accepted
  std::string help;
  ArchiveRole archive = ArchiveRole::kNone;
};

struct EventSpec {
  std::string name;
  // The event that opens a case: it has no row in the transition table, its
  // entry comes first, and the case starts in the machine's initial state.
  // Its data is the official request (field_validation.h).
  bool opens = false;
  std::vector<std::string> roles;  // the acting user needs any one of them
  std::vector<FieldSpec> fields;
  std::string produces;    // document kind this event writes a new version of, or ""
  std::string concerns;    // document kind whose latest version this event acts on, or ""
  bool four_eyes = false;  // the author of that version may not fire this event
  bool decision = false;   // recorded in the approvals table
  // A decision that approves the version it concerns for the institution
  // (approve-plan): the budget of that version is then committed, and exports
  // report it as the approved budget.
  bool approves = false;
  // Open at any stage, outside the case's course (suspend, withdraw): it
  // alone does not put a case in someone's tasks.
  bool aside = false;
  std::string policy;  // the policy rule it serves, cited in refusals
  std::string summary;

  const FieldSpec* find_field(const std::string& field) const;
};

// The fields an event declares, none for no event (a document whose producer
// the workflow no longer has): a reference, never a copy, valid as long as
// the event's workflow (none: for the whole run). Safe from any thread.
const std::vector<FieldSpec>& declared_fields(const EventSpec* spec);

struct StageSpec {
  std::string state;
  std::string summary;
  int deadline_days = 0;  // 0: none; else the stage is overdue after this many days
  bool terminal = false;
  bool holds = false;  // a case here is on hold and resumes in the state it came from
  // A terminal stage where the work was done (not declined nor withdrawn): its
  // cases are the missions of the public archive page.
  bool completed = false;
};

// One row of an MSM transition table, as walked from the table itself.
struct TransitionRow {
  std::string machine;  // the (sub)machine whose table holds the row
  std::string source;
  std::string event;
  std::string target;  // "" for an internal transition
  std::string guard;   // "" for none
  std::string action;  // "" for none
};

// A (sub)machine and the states its table names, for diagrams.
struct MachineNode {
  std::string name;
  std::string parent;  // "" for the top machine
  std::string initial;
  std::vector<std::string> states;  // including submachines and exit points
  std::vector<std::string> exits;   // the exit pseudo-states among them
};

enum class FireOutcome {
  kMoved,          // a row fired (possibly an internal one)
  kNoTransition,   // no row for this event in this state
  kGuardRejected,  // a row exists but its guard refused; reason says why
  kBroken,         // the machine failed (stuck in an exit point, exception)
};

struct FireResult {
  FireOutcome outcome = FireOutcome::kBroken;
  std::string reason;
};

// One case's machine, replaying events. Not thread-safe; cheap to create.
class CaseMachine {
 public:
  virtual ~CaseMachine() = default;
  virtual std::string state() const = 0;       // leaf name, e.g. "PlanReview"
  virtual std::string state_path() const = 0;  // e.g. "Active.Execution.PlanReview"
  virtual FireResult fire(const std::string& event, const EventFields& fields) = 0;
  // An independent machine in the same state: lets a caller ask "would this
  // fire?" without replaying the case again.
  virtual std::unique_ptr<CaseMachine> clone() const = 0;
};

struct Workflow {
  std::string name;
  int version = 0;
  std::string id_prefix;  // "EC" gives case ids EC-YYYY-NNNN
  std::string summary;
  std::vector<EventSpec> events;
  std::vector<StageSpec> stages;
  std::vector<MachineNode> machines;
  std::vector<TransitionRow> transitions;
  std::function<std::unique_ptr<CaseMachine>()> start;  // a machine in its initial state

  const EventSpec* find_event(const std::string& event) const;
  // The event that writes versions of a document kind, or nullptr; valid as
  // long as this workflow.
  const EventSpec* producer_of(const std::string& kind) const;
  // The event declared with `opens`; every workflow has exactly one.
  const EventSpec& opening_event() const;
  // Whether state is declared as a hold (suspension).
  bool holds(const std::string& state) const;
  const StageSpec* find_stage(const std::string& state) const;
  std::vector<std::string> event_names() const;
  // Whether some row fires event from a state on state_path ("Active.Execution.PlanReview"),
  // guards aside: the leaf or any machine enclosing it.
  bool has_transition(const std::string& state_path, const std::string& event) const {
    return find_transition(state_path, event) != nullptr;
  }
  // The row that would fire, or nullptr.
  const TransitionRow* find_transition(const std::string& state_path,
                                       const std::string& event) const;
};

}  // namespace coopflow::engine
