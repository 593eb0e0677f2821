#include "coopflow/workflows/builtin.h"

// Every workflow version ever shipped, one line each: X(folder namespace).
// A case replays on the version it was opened with, so none is ever removed.
#define COOPFLOW_BUILTIN_WORKFLOWS(X) \
  X(electoral)                        \
  X(parliamentary)                    \
  X(imported)

namespace coopflow::workflows {

#define COOPFLOW_DECLARE(ns)   \
  namespace ns {               \
  engine::Workflow workflow(); \
  }
COOPFLOW_BUILTIN_WORKFLOWS(COOPFLOW_DECLARE)
#undef COOPFLOW_DECLARE

void register_builtin_workflows(engine::Registry& registry) {
#define COOPFLOW_REGISTER(ns) registry.add(ns::workflow());
  COOPFLOW_BUILTIN_WORKFLOWS(COOPFLOW_REGISTER)
#undef COOPFLOW_REGISTER
}

}  // namespace coopflow::workflows
