// The electoral-cooperation v1 machine: the only translation unit that
// instantiates it (an MSM machine costs seconds and hundreds of MB to compile).
#include "machine.h"

#include "../common/msm_facade.h"

namespace coopflow::workflows::electoral {
namespace {

using namespace coopflow::workflows::detail;

// Policy rule 2: before any commitment, a context analysis that finds the
// request within the institution's mandate.
struct Intake {
  COOPFLOW_STATE(Review, "Analysis");
  using Start = start_analysis;
  using Record = record_analysis;

  struct Facts {
    int analyses = 0;
    bool fits_mandate = false;
  };
  struct Remember {
    static constexpr const char* name = "remember analysis";
    template <class Evt, class Fsm, class S, class T>
    void operator()(Evt const& evt, Fsm& fsm, S&, T&) const {
      ++fsm.intake_.analyses;
      fsm.intake_.fits_mandate = evt.ctx->field("mandate-fit") == "yes";
    }
  };
  struct ReadyToCommit {
    static constexpr const char* name = "analysis recorded and fits the mandate";
    template <class Evt, class Fsm, class S, class T>
    bool operator()(Evt const& evt, Fsm& fsm, S&, T&) const {
      if (fsm.intake_.analyses == 0) {
        evt.ctx->guard_reason =
            "no context analysis has been recorded; policy rule 2 requires one before any "
            "commitment: run record-analysis first";
        return false;
      }
      if (!fsm.intake_.fits_mandate) {
        evt.ctx->guard_reason =
            "the latest analysis says mandate-fit=no; policy rule 2 allows commitment only "
            "within the institution's mandate: record a new analysis or decline";
        return false;
      }
      return true;
    }
  };
};

using Facade = MsmCaseMachine<Intake>;

}  // namespace

std::unique_ptr<engine::CaseMachine> start_machine() { return std::make_unique<Facade>(); }

std::vector<engine::TransitionRow> transition_rows() { return Facade::transition_rows(); }

}  // namespace coopflow::workflows::electoral
