// The electoral-cooperation v1 machine: the only translation unit that
// instantiates it (an MSM machine costs seconds and hundreds of MB to compile).
#include "machine.h"

#include "../common/msm_facade.h"

namespace coopflow::workflows::electoral {
namespace {

using namespace coopflow::workflows::detail;

COOPFLOW_EVENT(start_analysis, "start-analysis");
COOPFLOW_EVENT(record_analysis, "record-analysis");

// Policy rule 2: before any commitment, a context analysis that finds the
// request within the institution's mandate.
struct Intake {
  COOPFLOW_STATE(Analysis, "Analysis");

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
    static constexpr const char* name = N_("analysis recorded and fits the mandate");
    template <class Evt, class Fsm, class S, class T>
    bool operator()(Evt const& evt, Fsm& fsm, S&, T&) const {
      if (fsm.intake_.analyses == 0) {
        evt.ctx->guard_reason =
            N_("no context analysis has been recorded; policy rule 2 requires one before any "
               "commitment: run record-analysis first");
        return false;
      }
      if (!fsm.intake_.fits_mandate) {
        evt.ctx->guard_reason =
            N_("the latest analysis says mandate-fit=no; policy rule 2 allows commitment only "
               "within the institution's mandate: record a new analysis or decline");
        return false;
      }
      return true;
    }
  };

  using none = msmf::none;
  // clang-format off
  template <class Received, class Committed, class Declined>
  using Rows = boost::mpl::vector<
    //       Source    Event            Target     Action    Guard
    msmf::Row<Received, start_analysis,  Analysis,  none,     none>,
    msmf::Row<Analysis, record_analysis, none,      Remember, none>,
    msmf::Row<Analysis, commit,          Committed, none,     ReadyToCommit>,
    msmf::Row<Analysis, decline,         Declined,  none,     none>
  >;
  // clang-format on
};

}  // namespace

detail::MachineParts machine() { return MsmCaseMachine<Intake>::parts(); }

}  // namespace coopflow::workflows::electoral
