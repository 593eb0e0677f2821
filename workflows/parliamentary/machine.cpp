// The parliamentary-cooperation v1 machine: the only translation unit that
// instantiates it (an MSM machine costs seconds and hundreds of MB to compile).
#include "machine.h"

#include "../common/msm_facade.h"

namespace coopflow::workflows::parliamentary {
namespace {

using namespace coopflow::workflows::detail;

// The parliament's first stage: a needs assessment decides whether the
// Assembly can help at all; only then may a manager commit.
struct Intake {
  COOPFLOW_STATE(Review, "Assessment");
  using Start = start_assessment;
  using Record = record_needs;

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
    static constexpr const char* name = "needs recorded";
    template <class Evt, class Fsm, class S, class T>
    bool operator()(Evt const& evt, Fsm& fsm, S&, T&) const {
      if (fsm.intake_.assessments > 0) return true;
      evt.ctx->guard_reason =
          "no needs assessment has been recorded; stage 1 of the process decides whether the "
          "Assembly can help before any commitment: run record-needs first";
      return false;
    }
  };
};

using Facade = MsmCaseMachine<Intake>;

}  // namespace

std::unique_ptr<engine::CaseMachine> start_machine() { return std::make_unique<Facade>(); }

std::vector<engine::TransitionRow> transition_rows() { return Facade::transition_rows(); }

}  // namespace coopflow::workflows::parliamentary
