#include "coopflow/engine/diagram.h"

#include <sstream>

namespace coopflow::engine {
namespace {

bool is_machine(const Workflow& wf, const std::string& state) {
  for (const auto& m : wf.machines) {
    if (m.name == state) return true;
  }
  return false;
}

using Say = std::function<std::string(const std::string&)>;

// An edge's label: its event (said, in Graphviz's, where labels are free
// text; a code in Mermaid's, where it names the transition) and its guard.
std::string label(const TransitionRow& r, const Say& say, bool event_said) {
  return (event_said ? say(r.event) : r.event) + (r.guard.empty() ? "" : " [" + say(r.guard) + "]");
}

void mermaid_block(const Workflow& wf, const MachineNode& m, int depth, const Say& say,
                   std::ostringstream& out) {
  const std::string pad(static_cast<std::size_t>(depth) * 2, ' ');
  out << pad << "[*] --> " << m.initial << "\n";
  for (const auto& child : wf.machines) {
    if (child.parent != m.name) continue;
    out << pad << "state " << child.name << " {\n";
    mermaid_block(wf, child, depth + 1, say, out);
    out << pad << "}\n";
  }
  for (const auto& r : wf.transitions) {
    if (r.machine != m.name) continue;
    out << pad << r.source << " --> " << (r.target.empty() ? r.source : r.target) << " : "
        << label(r, say, false) << "\n";
  }
}

// Graphviz cannot point an edge at a cluster, so each submachine gets an anchor
// node inside its cluster and edges clip at the cluster border.
std::string dot_node(const Workflow& wf, const std::string& state) {
  return is_machine(wf, state) ? "\"" + state + "__\"" : "\"" + state + "\"";
}

void dot_block(const Workflow& wf, const MachineNode& m, int depth, const Say& say,
               std::ostringstream& out) {
  const std::string pad(static_cast<std::size_t>(depth) * 2, ' ');
  for (const auto& child : wf.machines) {
    if (child.parent != m.name) continue;
    out << pad << "subgraph \"cluster_" << child.name << "\" {\n"
        << pad << "  label=\"" << say(child.name) << "\";\n"
        << pad << "  \"" << child.name << "__\" [shape=point];\n";
    dot_block(wf, child, depth + 1, say, out);
    out << pad << "}\n";
  }
  for (const auto& s : m.states) {
    if (is_machine(wf, s)) continue;
    const bool exit = s.size() > 4 && s.compare(s.size() - 4, 4, "Exit") == 0;
    out << pad << "\"" << s << "\""
        << (exit ? " [shape=circle, label=\"\", width=0.15]" : " [label=\"" + say(s) + "\"]")
        << ";\n";
  }
}

}  // namespace

std::string render_diagram(const Workflow& wf, DiagramFormat format, const Say& say) {
  std::ostringstream out;
  const MachineNode* top = nullptr;
  for (const auto& m : wf.machines) {
    if (m.parent.empty()) top = &m;
  }
  if (top == nullptr) return "";
  if (format == DiagramFormat::kMermaid) {
    out << "---\ntitle: " << wf.name << " v" << wf.version << "\n---\nstateDiagram-v2\n";
    mermaid_block(wf, *top, 1, say, out);
    return out.str();
  }
  out << "digraph \"" << wf.name << "\" {\n  compound=true;\n  rankdir=TB;\n"
      << "  label=\"" << say(wf.name) << " v" << wf.version
      << "\";\n  node [shape=box, style=rounded];\n"
      << "  start [shape=point];\n";
  dot_block(wf, *top, 1, say, out);
  out << "  start -> " << dot_node(wf, top->initial) << ";\n";
  for (const auto& r : wf.transitions) {
    const std::string target = r.target.empty() ? r.source : r.target;
    out << "  " << dot_node(wf, r.source) << " -> " << dot_node(wf, target) << " [label=\""
        << label(r, say, true) << "\"";
    if (is_machine(wf, r.source)) out << ", ltail=\"cluster_" << r.source << "\"";
    if (is_machine(wf, target)) out << ", lhead=\"cluster_" << target << "\"";
    out << "];\n";
  }
  out << "}\n";
  return out.str();
}

}  // namespace coopflow::engine
