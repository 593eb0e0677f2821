#pragma once

// Turns a Boost.MSM case machine into the engine's plain CaseMachine. Every
// fact comes from the transition tables themselves, walked from the top
// machine down through its submachines: the events it dispatches by name, the
// rows and (sub)machines for diagrams and the engine's checks. There is no
// list to keep in step by hand. Included only by each workflow's machine.cpp.
#include <algorithm>
#include <boost/mpl/for_each.hpp>
#include <boost/msm/back/metafunctions.hpp>
#include <boost/msm/back/state_machine.hpp>
#include <boost/msm/front/functor_row.hpp>
#include <boost/msm/row_tags.hpp>
#include <functional>
#include <string>
#include <type_traits>
#include <unordered_map>
#include <vector>

#include "active.h"
#include "case_machine.h"
#include "coopflow/engine/workflow.h"
#include "events.h"
#include "machine_parts.h"

namespace coopflow::workflows::detail {

namespace msm = boost::msm;

template <class T>
const char* name_of() {
  if constexpr (std::is_same_v<T, msm::front::none>) {
    return "";
  } else {
    return T::name;
  }
}

template <class S>
constexpr bool kIsExit = msm::back::is_pseudo_exit<S>::type::value;

template <class Fsm>
std::string current_path(Fsm& fsm);

template <class Fsm>
struct CurrentStateVisitor {
  Fsm* fsm;
  int id;
  std::string* out;
  template <class S>
  void operator()(msm::wrap<S> const&) const {
    if (msm::back::get_state_id<typename Fsm::stt, S>::value != id) return;
    *out = name_of<S>();
    if constexpr (msm::back::is_composite_state<S>::value) {
      *out += ".";
      *out += current_path(fsm->template get_state<S&>());
    }
  }
};

template <class Fsm>
std::string current_path(Fsm& fsm) {
  using States = typename msm::back::generate_state_set<typename Fsm::stt>::type;
  std::string out;
  boost::mpl::for_each<States, msm::wrap<boost::mpl::placeholders::_1>>(
      CurrentStateVisitor<Fsm>{&fsm, fsm.current_state()[0], &out});
  return out;
}

// The current leaf state: its name, and whether it is an exit pseudo-state.
struct Leaf {
  const char* name = "";
  bool exit = false;
};

template <class Fsm>
Leaf current_leaf(Fsm& fsm);

// Like CurrentStateVisitor, without building the path: replay asks for the
// state twice per event, verify replays millions of events.
template <class Fsm>
struct LeafVisitor {
  Fsm* fsm;
  int id;
  Leaf* out;
  template <class S>
  void operator()(msm::wrap<S> const&) const {
    if (msm::back::get_state_id<typename Fsm::stt, S>::value != id) return;
    if constexpr (msm::back::is_composite_state<S>::value) {
      *out = current_leaf(fsm->template get_state<S&>());
    } else {
      *out = Leaf{name_of<S>(), kIsExit<S>};
    }
  }
};

template <class Fsm>
Leaf current_leaf(Fsm& fsm) {
  using States = typename msm::back::generate_state_set<typename Fsm::stt>::type;
  Leaf out;
  boost::mpl::for_each<States, msm::wrap<boost::mpl::placeholders::_1>>(
      LeafVisitor<Fsm>{&fsm, fsm.current_state()[0], &out});
  return out;
}

// Rows with target `none` are internal transitions; MSM reports their Target
// as the Source, so tell them apart by tag.
template <class Tag>
constexpr bool kIsInternalRow =
    std::is_same_v<Tag, msm::a_irow_tag> || std::is_same_v<Tag, msm::g_irow_tag> ||
    std::is_same_v<Tag, msm::_irow_tag> || std::is_same_v<Tag, msm::irow_tag>;

template <class Machine>
using Handler = msm::back::HandledEnum (*)(Machine&, FireContext&);

template <class Machine, class Event>
msm::back::HandledEnum handle(Machine& m, FireContext& ctx) {
  Event evt;
  evt.ctx = &ctx;
  return m.process_event(evt);
}

// What walking a top machine's tables yields.
template <class Machine>
struct Walk {
  bool dispatching = false;  // fill `dispatch` (the first fire of a process needs it)
  MachineParts parts;
  std::unordered_map<std::string, Handler<Machine>> dispatch;  // every event in any table
};

template <class Machine, class Front>
void describe(Walk<Machine>& walk, const std::string& parent);

template <class Machine, class Front>
struct RowVisitor {
  Walk<Machine>* walk;
  engine::MachineNode* node;
  std::vector<std::function<void()>>* submachines;

  template <class R>
  void operator()(msm::wrap<R> const&) const {
    using Source = typename R::Source;
    using Target = typename R::Target;
    constexpr bool internal = kIsInternalRow<typename R::row_type_tag>;
    engine::TransitionRow row;
    row.machine = Front::name;
    row.source = name_of<Source>();
    row.event = R::Evt::name;
    row.target = internal ? "" : name_of<Target>();
    row.guard = name_of<typename R::Guard>();
    row.action = name_of<typename R::Action>();
    walk->parts.transitions.push_back(std::move(row));
    if (walk->dispatching) walk->dispatch.emplace(R::Evt::name, &handle<Machine, typename R::Evt>);
    note_state<Source>();
    if constexpr (!internal) note_state<Target>();
  }

  template <class S>
  void note_state() const {
    const std::string name = name_of<S>();
    if (std::find(node->states.begin(), node->states.end(), name) == node->states.end()) {
      node->states.push_back(name);
      if (kIsExit<S>) node->exits.push_back(name);
    }
    if constexpr (msm::back::is_composite_state<S>::value) {
      Walk<Machine>* w = walk;
      submachines->push_back([w] { describe<Machine, typename S::ConcreteSM>(*w, Front::name); });
    }
  }
};

// Appends Front's node and rows, then those of each submachine its rows name.
template <class Machine, class Front>
void describe(Walk<Machine>& walk, const std::string& parent) {
  auto& machines = walk.parts.machines;
  const auto seen =
      std::find_if(machines.begin(), machines.end(),
                   [](const engine::MachineNode& m) { return m.name == Front::name; });
  if (seen != machines.end()) return;
  machines.push_back({Front::name, parent, name_of<typename Front::initial_state>(), {}, {}});
  const std::size_t index = machines.size() - 1;
  std::vector<std::function<void()>> submachines;
  engine::MachineNode node = machines[index];
  const RowVisitor<Machine, Front> visitor{&walk, &node, &submachines};
  boost::mpl::for_each<typename Front::transition_table, msm::wrap<boost::mpl::placeholders::_1>>(
      visitor);
  visitor
      .template note_state<typename Front::initial_state>();  // a machine of one state has no row
  machines[index] = std::move(node);
  for (const auto& sub : submachines) sub();
}

// A whole machine, given the front-end of its top machine.
template <class Top>
class MsmMachine final : public engine::CaseMachine {
  using Machine = boost::msm::back::state_machine<Top>;

 public:
  MsmMachine() { machine_.start(); }
  // From a const reference: a non-const one (machine_ is mutable) would pick
  // MSM's forwarding constructor, which builds a fresh machine in its initial
  // state instead of a copy.
  MsmMachine(const MsmMachine& other)
      : engine::CaseMachine(), machine_(static_cast<const Machine&>(other.machine_)) {}
  MsmMachine& operator=(const MsmMachine&) = delete;

  std::unique_ptr<engine::CaseMachine> clone() const override {
    return std::make_unique<MsmMachine>(*this);
  }

  std::string state() const override { return current_leaf(machine_).name; }

  std::string state_path() const override { return current_path(machine_); }

  engine::FireResult fire(const std::string& event, const engine::EventFields& fields) override {
    const auto& table = dispatch();
    const auto it = table.find(event);
    if (it == table.end()) return {engine::FireOutcome::kNoTransition, ""};
    FireContext ctx;
    ctx.fields = &fields;
    const msm::back::HandledEnum handled = it->second(machine_, ctx);
    if (!ctx.error.empty()) return {engine::FireOutcome::kBroken, ctx.error};
    if (handled == msm::back::HANDLED_TRUE) {
      // A missing or refusing row on a parent leaves the machine in an exit
      // point while MSM reports success.
      const Leaf leaf = current_leaf(machine_);
      if (leaf.exit) {
        return {engine::FireOutcome::kBroken,
                std::string("machine stuck in exit point ") + leaf.name};
      }
      return {engine::FireOutcome::kMoved, ""};
    }
    if (!ctx.guard_reason.empty()) return {engine::FireOutcome::kGuardRejected, ctx.guard_reason};
    return {engine::FireOutcome::kNoTransition, ""};
  }

  // The tables as data, and how to start a machine. Every process registers
  // its workflows at start-up, so this walk is kept cheap: no dispatch.
  static MachineParts parts() {
    Walk<Machine> w;
    describe<Machine, Top>(w, "");
    w.parts.start = [] { return std::make_unique<MsmMachine>(); };
    return std::move(w.parts);
  }

 private:
  static const std::unordered_map<std::string, Handler<Machine>>& dispatch() {
    static const Walk<Machine> w = [] {
      Walk<Machine> out;
      out.dispatching = true;
      describe<Machine, Top>(out, "");
      return out;
    }();
    return w.dispatch;
  }

  mutable Machine machine_;
};

// A workflow's case machine, given its Intake (see active.h).
template <class Intake>
using MsmCaseMachine = MsmMachine<CaseMachine_<Active<Intake>>>;

}  // namespace coopflow::workflows::detail
