#pragma once

// The part both workflows share once a manager has committed: the action plan
// (internal review, then the partner's), delivery, and the follow-up report.
#include <boost/mpl/vector.hpp>
#include <boost/msm/back/state_machine.hpp>
#include <boost/msm/front/functor_row.hpp>

#include "machine_def.h"

namespace coopflow::workflows::detail {

struct Execution_ : RecordingMachineDef<Execution_> {
  static constexpr const char* name = "Execution";

  COOPFLOW_STATE(Planning, "Planning");
  COOPFLOW_STATE(PlanReview, "PlanReview");
  COOPFLOW_STATE(PartnerReview, "PartnerReview");
  COOPFLOW_STATE(Delivery, "Delivery");
  COOPFLOW_STATE(FollowUp, "FollowUp");
  COOPFLOW_STATE(ReportReview, "ReportReview");
  struct RejectedExit : msmf::exit_pseudo_state<partner_rejects> {
    static constexpr const char* name = "ExecutionRejectedExit";
  };
  struct ClosedExit : msmf::exit_pseudo_state<accept_report> {
    static constexpr const char* name = "ExecutionClosedExit";
  };
  typedef Planning initial_state;

  int plan_versions_ = 0;
  int activities_ = 0;

  struct CountPlanVersion {
    static constexpr const char* name = "count plan version";
    template <class Evt, class Fsm, class S, class T>
    void operator()(Evt const&, Fsm& fsm, S&, T&) const {
      ++fsm.plan_versions_;
    }
  };
  struct CountActivity {
    static constexpr const char* name = "count activity";
    template <class Evt, class Fsm, class S, class T>
    void operator()(Evt const&, Fsm& fsm, S&, T&) const {
      ++fsm.activities_;
    }
  };
  struct PlanDrafted {
    static constexpr const char* name = N_("a plan version exists");
    template <class Evt, class Fsm, class S, class T>
    bool operator()(Evt const& evt, Fsm& fsm, S&, T&) const {
      if (fsm.plan_versions_ > 0) return true;
      evt.ctx->guard_reason =
          N_("no action plan has been drafted; run draft-plan first (policy: "
             "an action plan carries schedule, budget, team and services)");
      return false;
    }
  };
  struct ActivityLogged {
    static constexpr const char* name = N_("an activity was logged");
    template <class Evt, class Fsm, class S, class T>
    bool operator()(Evt const& evt, Fsm& fsm, S&, T&) const {
      if (fsm.activities_ > 0) return true;
      evt.ctx->guard_reason =
          N_("no activity has been logged; run log-activity for each activity "
             "delivered first");
      return false;
    }
  };

  using none = msmf::none;
  template <class S, class E, class T, class A = none, class G = none>
  using Row = msmf::Row<S, E, T, A, G>;

  // clang-format off
  typedef boost::mpl::vector<
    //  Source          Event               Target          Action            Guard
    Row<Planning,       draft_plan,         none,           CountPlanVersion, none>,
    Row<Planning,       submit_plan,        PlanReview,     none,             PlanDrafted>,
    Row<PlanReview,     approve_plan,       PartnerReview,  none,             none>,
    Row<PlanReview,     return_plan,        Planning,       none,             none>,
    Row<PartnerReview,  partner_approves,   Delivery,       none,             none>,
    Row<PartnerReview,  partner_modifies,   Planning,       none,             none>,
    Row<PartnerReview,  partner_rejects,    RejectedExit,   none,             none>,
    Row<Delivery,       log_activity,       none,           CountActivity,    none>,
    Row<Delivery,       complete_delivery,  FollowUp,       none,             ActivityLogged>,
    Row<FollowUp,       submit_report,      ReportReview,   none,             none>,
    Row<ReportReview,   accept_report,      ClosedExit,     none,             none>,
    Row<ReportReview,   return_report,      FollowUp,       none,             none>
  > transition_table;
  // clang-format on
};

// History on every level: without it here, resume lands in Planning.
using Execution =
    boost::msm::back::state_machine<Execution_,
                                    boost::msm::back::ShallowHistory<boost::mpl::vector<resume>>>;

}  // namespace coopflow::workflows::detail
