#pragma once

// Turns a Boost.MSM case machine into the engine's plain CaseMachine: events by
// name, state names by walking the state sets, and the transition tables as
// data for diagrams. Included only by each workflow's machine.cpp.
#include <boost/mpl/for_each.hpp>
#include <boost/msm/back/metafunctions.hpp>
#include <boost/msm/back/state_machine.hpp>
#include <boost/msm/front/functor_row.hpp>
#include <boost/msm/row_tags.hpp>
#include <string>
#include <type_traits>
#include <unordered_map>
#include <vector>

#include "active.h"
#include "case_machine.h"
#include "coopflow/engine/workflow.h"
#include "events.h"

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

template <class Fsm>
const char* current_leaf(Fsm& fsm);

// Like CurrentStateVisitor, without building the path: replay asks for the
// state twice per event, verify replays millions of events.
template <class Fsm>
struct LeafVisitor {
  Fsm* fsm;
  int id;
  const char** out;
  template <class S>
  void operator()(msm::wrap<S> const&) const {
    if (msm::back::get_state_id<typename Fsm::stt, S>::value != id) return;
    if constexpr (msm::back::is_composite_state<S>::value) {
      *out = current_leaf(fsm->template get_state<S&>());
    } else {
      *out = name_of<S>();
    }
  }
};

template <class Fsm>
const char* current_leaf(Fsm& fsm) {
  using States = typename msm::back::generate_state_set<typename Fsm::stt>::type;
  const char* out = "";
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

template <class Front>
struct RowVisitor {
  std::vector<engine::TransitionRow>* out;
  template <class R>
  void operator()(msm::wrap<R> const&) const {
    engine::TransitionRow row;
    row.machine = Front::name;
    row.source = name_of<typename R::Source>();
    row.event = R::Evt::name;
    row.target = kIsInternalRow<typename R::row_type_tag> ? "" : name_of<typename R::Target>();
    row.guard = name_of<typename R::Guard>();
    row.action = name_of<typename R::Action>();
    out->push_back(row);
  }
};

// Appends the rows of Front's transition table, in table order.
template <class Front>
void walk_table(std::vector<engine::TransitionRow>& out) {
  boost::mpl::for_each<typename Front::transition_table, msm::wrap<boost::mpl::placeholders::_1>>(
      RowVisitor<Front>{&out});
}

// A workflow's whole machine, given its Intake (see active.h).
template <class Intake>
class MsmCaseMachine final : public engine::CaseMachine {
  using Machine = detail::CaseMachine<Active<Intake>>;

 public:
  MsmCaseMachine() { machine_.start(); }
  MsmCaseMachine(const MsmCaseMachine&) = default;
  MsmCaseMachine& operator=(const MsmCaseMachine&) = delete;

  std::unique_ptr<engine::CaseMachine> clone() const override {
    return std::make_unique<MsmCaseMachine>(*this);
  }

  std::string state() const override { return current_leaf(machine_); }

  std::string state_path() const override { return current_path(machine_); }

  engine::FireResult fire(const std::string& event, const engine::EventFields& fields) override {
    const auto& table = dispatch_table();
    const auto it = table.find(event);
    if (it == table.end()) return {engine::FireOutcome::kNoTransition, ""};
    FireContext ctx;
    ctx.fields = &fields;
    const msm::back::HandledEnum handled = it->second(machine_, ctx);
    if (!ctx.error.empty()) return {engine::FireOutcome::kBroken, ctx.error};
    if (handled == msm::back::HANDLED_TRUE) {
      // A missing or refusing row on a parent leaves the machine in an exit
      // point while MSM reports success.
      const std::string leaf = state();
      if (leaf.size() > 4 && leaf.compare(leaf.size() - 4, 4, "Exit") == 0) {
        return {engine::FireOutcome::kBroken, "machine stuck in exit point " + leaf};
      }
      return {engine::FireOutcome::kMoved, ""};
    }
    if (!ctx.guard_reason.empty()) return {engine::FireOutcome::kGuardRejected, ctx.guard_reason};
    return {engine::FireOutcome::kNoTransition, ""};
  }

  // Every row of the machine's tables, top machine first.
  static std::vector<engine::TransitionRow> transition_rows() {
    std::vector<engine::TransitionRow> rows;
    walk_table<CaseMachine_<Active<Intake>>>(rows);
    walk_table<Active_<Intake>>(rows);
    walk_table<Execution_>(rows);
    return rows;
  }

 private:
  using Handler = msm::back::HandledEnum (*)(Machine&, FireContext&);

  template <class... Events>
  static std::unordered_map<std::string, Handler> make_dispatch() {
    return {{Events::name, [](Machine& m, FireContext& ctx) {
               Events evt;
               evt.ctx = &ctx;
               return m.process_event(evt);
             }}...};
  }

  static const std::unordered_map<std::string, Handler>& dispatch_table() {
    static const auto table =
        make_dispatch<typename Intake::Start, typename Intake::Record, commit, decline, draft_plan,
                      submit_plan, approve_plan, return_plan, partner_approves, partner_modifies,
                      partner_rejects, log_activity, complete_delivery, submit_report,
                      accept_report, return_report, suspend, resume, withdraw>();
    return table;
  }

  mutable Machine machine_;
};

}  // namespace coopflow::workflows::detail
