#pragma once

// Every non-terminal stage of a case, as one composite so that suspend and
// withdraw apply to all of it: the workflow's own intake (the analysis or needs
// assessment that must precede any commitment), then the shared Execution.
//
// The workflow's Intake supplies its rows, from Received to the commitment:
//   template <class Received, class Committed, class Declined> using Rows =
//       boost::mpl::vector<...>;
// where Committed is the Execution submachine (a `commit` row leads there) and
// Declined the exit for `decline`; and `Facts`, the data its guards and
// actions keep (the machine holds it as `intake_`).
#include <boost/mpl/back_inserter.hpp>
#include <boost/mpl/copy.hpp>
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

  template <class Exit>
  using From = Execution::exit_pt<Exit>;

  // clang-format off
  typedef boost::mpl::vector<
    //       Source                           Event            Target
    msmf::Row<From<Execution_::RejectedExit>, partner_rejects, RejectedExit>,
    msmf::Row<From<Execution_::ClosedExit>,   accept_report,   ClosedExit>
  > shared_rows;
  // clang-format on

  // The intake's rows first, so that tables and diagrams read in case order.
  typedef typename boost::mpl::copy<shared_rows,
                                    boost::mpl::back_inserter<typename Intake::template Rows<
                                        Received, Execution, DeclinedExit>>>::type transition_table;
};

template <class Intake>
using Active =
    boost::msm::back::state_machine<Active_<Intake>,
                                    boost::msm::back::ShallowHistory<boost::mpl::vector<resume>>>;

}  // namespace coopflow::workflows::detail
