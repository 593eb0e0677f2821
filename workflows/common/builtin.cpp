#include "coopflow/workflows/builtin.h"

namespace coopflow::workflows {

void register_builtin_workflows(engine::Registry& registry) {
  registry.add(electoral_workflow());
  registry.add(parliamentary_workflow());
}

}  // namespace coopflow::workflows
