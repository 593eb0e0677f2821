#pragma once

#include <string>

#include "coopflow/engine/workflow.h"

namespace coopflow::engine {

enum class DiagramFormat { kDot, kMermaid };

// The workflow's state diagram, generated from its transition tables (never
// drawn by hand): one nested block per (sub)machine, one edge per row.
std::string render_diagram(const Workflow& workflow, DiagramFormat format);

}  // namespace coopflow::engine
