#pragma once

// The top of every case machine: a workflow's Active composite (every
// non-terminal state), and around it what any case can go through: suspension
// with resume-where-it-was, withdrawal, and the terminal outcomes.
#include <boost/mpl/vector.hpp>
#include <boost/msm/back/state_machine.hpp>
#include <boost/msm/front/functor_row.hpp>

#include "machine_def.h"

namespace coopflow::workflows::detail {

// Active must be a back-end whose front-end declares the exit points
// DeclinedExit, RejectedExit and ClosedExit.
template <class Active>
struct CaseMachine_ : RecordingMachineDef<CaseMachine_<Active>> {
  static constexpr const char* name = "Case";

  COOPFLOW_STATE(Suspended, "Suspended");
  COOPFLOW_STATE(Withdrawn, "Withdrawn");
  COOPFLOW_STATE(Declined, "Declined");
  COOPFLOW_STATE(RejectedByPartner, "RejectedByPartner");
  COOPFLOW_STATE(Closed, "Closed");
  typedef Active initial_state;

  using none = msmf::none;
  template <class S, class E, class T>
  using Row = msmf::Row<S, E, T, none, none>;
  template <class Exit>
  using From = typename Active::template exit_pt<Exit>;

  // clang-format off
  typedef boost::mpl::vector<
    //  Source                                     Event            Target
    Row<Active,                                    suspend,         Suspended>,
    Row<Suspended,                                 resume,          Active>,
    Row<Active,                                    withdraw,        Withdrawn>,
    Row<Suspended,                                 withdraw,        Withdrawn>,
    Row<From<typename Active::DeclinedExit>,       decline,         Declined>,
    Row<From<typename Active::RejectedExit>,       partner_rejects, RejectedByPartner>,
    Row<From<typename Active::ClosedExit>,         accept_report,   Closed>
  > transition_table;
  // clang-format on
};

template <class Active>
using CaseMachine = boost::msm::back::state_machine<CaseMachine_<Active>>;

}  // namespace coopflow::workflows::detail
