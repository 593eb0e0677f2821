// The imported-mission v1 machine: a mission that happened before coopflow
// kept the office's record. Its one entry (the import) puts it where its story
// ended, and nothing follows: no step is invented for it, so the machine has
// one state and no row.
#include "machine.h"

#include "../common/msm_facade.h"

namespace coopflow::workflows::imported {
namespace {

using namespace coopflow::workflows::detail;

struct Archive_ : RecordingMachineDef<Archive_> {
  static constexpr const char* name = "Archive";
  COOPFLOW_STATE(Closed, "Closed");
  typedef Closed initial_state;
  typedef boost::mpl::vector<> transition_table;
};

}  // namespace

detail::MachineParts machine() { return MsmMachine<Archive_>::parts(); }

}  // namespace coopflow::workflows::imported
