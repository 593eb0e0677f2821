#pragma once

#include <functional>
#include <string>

#include "coopflow/engine/workflow.h"

namespace coopflow::engine {

enum class DiagramFormat { kDot, kMermaid };

// The workflow's state diagram, generated from its transition tables (never
// drawn by hand): one nested block per (sub)machine, one edge per row. The
// guards' labels are said by say; in Graphviz's form, where labels are free
// text, the states, events and workflow too (Mermaid's names them by code).
std::string render_diagram(const Workflow& workflow, DiagramFormat format,
                           const std::function<std::string(const std::string&)>& say);

}  // namespace coopflow::engine
