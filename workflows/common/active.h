#pragma once

// Every non-terminal stage of a case, as one composite so that suspend and
// withdraw apply to all of it: the workflow's own intake (the analysis or needs
// assessment that must precede any commitment), then the shared Execution.
//
// Intake supplies: Review (the state where the assessment is recorded), Start
// and Record (its events), Facts (data the guard needs), Remember (action of
// Record, updates Facts) and ReadyToCommit (guard of commit).
#include <boost/mpl/vector.hpp>
#include <boost/msm/back/state_machine.hpp>
#include <boost/msm/front/functor_row.hpp>

#include "execution.h"
#include "machine_def.h"

namespace coopflow::workflows::detail {

template <class Intake>
struct Active_ : RecordingMachineDef<Active_<Intake>> {
  static constexpr const char* name = "Active";

  COOPFLOW_STATE(Received, "Received");
  using Review = typename Intake::Review;
  struct DeclinedExit : msmf::exit_pseudo_state<decline> {
    static constexpr const char* name = "ActiveDeclinedExit";
  };
  struct RejectedExit : msmf::exit_pseudo_state<partner_rejects> {
    static constexpr const char* name = "ActiveRejectedExit";
  };
  struct ClosedExit : msmf::exit_pseudo_state<accept_report> {
    static constexpr const char* name = "ActiveClosedExit";
  };
  typedef Received initial_state;

  typename Intake::Facts intake_;

  using none = msmf::none;
  template <class S, class E, class T, class A = none, class G = none>
  using Row = msmf::Row<S, E, T, A, G>;
  template <class Exit>
  using From = Execution::exit_pt<Exit>;

  // clang-format off
  typedef boost::mpl::vector<
    //  Source                           Event                    Target        Action                     Guard
    Row<Received,                        typename Intake::Start,  Review,       none,                      none>,
    Row<Review,                          typename Intake::Record, none,         typename Intake::Remember, none>,
    Row<Review,                          commit,                  Execution,    none,                      typename Intake::ReadyToCommit>,
    Row<Review,                          decline,                 DeclinedExit, none,                      none>,
    Row<From<Execution_::RejectedExit>,  partner_rejects,         RejectedExit, none,                      none>,
    Row<From<Execution_::ClosedExit>,    accept_report,           ClosedExit,   none,                      none>
  > transition_table;
  // clang-format on
};

template <class Intake>
using Active =
    boost::msm::back::state_machine<Active_<Intake>,
                                    boost::msm::back::ShallowHistory<boost::mpl::vector<resume>>>;

}  // namespace coopflow::workflows::detail
