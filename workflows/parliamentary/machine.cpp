// The parliamentary-cooperation v1 machine: the only translation unit that
// instantiates it (an MSM machine costs seconds and hundreds of MB to compile).
#include "machine.h"

#include "../common/msm_facade.h"

namespace coopflow::workflows::parliamentary {
namespace {

using namespace coopflow::workflows::detail;

COOPFLOW_EVENT(start_assessment, "start-assessment");
COOPFLOW_EVENT(record_needs, "record-needs");

// The parliament's first stage: a needs assessment decides whether the
// Assembly can help at all; only then may a manager commit.
struct Intake {
  COOPFLOW_STATE(Assessment, "Assessment");

  struct Facts {
    int assessments = 0;
  };
  struct Remember {
    static constexpr const char* name = "remember needs";
    template <class Evt, class Fsm, class S, class T>
    void operator()(Evt const&, Fsm& fsm, S&, T&) const {
      ++fsm.intake_.assessments;
    }
  };
  struct ReadyToCommit {
    static constexpr const char* name = N_("needs recorded");
    template <class Evt, class Fsm, class S, class T>
    bool operator()(Evt const& evt, Fsm& fsm, S&, T&) const {
      if (fsm.intake_.assessments > 0) return true;
      evt.ctx->guard_reason =
          N_("no needs assessment has been recorded; stage 1 of the process decides whether the "
             "Assembly can help before any commitment: run record-needs first");
      return false;
    }
  };

  using none = msmf::none;
  // clang-format off
  template <class Received, class Committed, class Declined>
  using Rows = boost::mpl::vector<
    //       Source      Event             Target      Action    Guard
    msmf::Row<Received,   start_assessment, Assessment, none,     none>,
    msmf::Row<Assessment, record_needs,     none,       Remember, none>,
    msmf::Row<Assessment, commit,           Committed,  none,     ReadyToCommit>,
    msmf::Row<Assessment, decline,          Declined,   none,     none>
  >;
  // clang-format on
};

}  // namespace

detail::MachineParts machine() { return MsmCaseMachine<Intake>::parts(); }

}  // namespace coopflow::workflows::parliamentary
