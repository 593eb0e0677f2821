#include "coopflow/engine/diagram.h"

#include <boost/test/unit_test.hpp>

#include "support/workflow_walk.h"

using namespace coopflow::engine;

namespace {
std::string as_is(const std::string& text) { return text; }
}  // namespace

BOOST_AUTO_TEST_CASE(the_diagram_has_one_edge_per_transition_row) {
  const Workflow& wf = coopflow::testing::builtin_registry().latest("electoral-cooperation");
  const std::string mermaid = render_diagram(wf, DiagramFormat::kMermaid, as_is);
  std::size_t edges = 0;
  for (std::size_t p = 0; (p = mermaid.find(" : ", p)) != std::string::npos; ++p) ++edges;
  BOOST_TEST(edges == wf.transitions.size());
  BOOST_TEST(mermaid.find("state Execution {") != std::string::npos);
  BOOST_TEST(mermaid.find("PlanReview --> PartnerReview : approve-plan") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_dot_diagram_clusters_submachines) {
  const Workflow& wf = coopflow::testing::builtin_registry().latest("parliamentary-cooperation");
  const std::string dot = render_diagram(wf, DiagramFormat::kDot, as_is);
  BOOST_TEST(dot.find("subgraph \"cluster_Active\"") != std::string::npos);
  BOOST_TEST(dot.find("\"Received\" -> \"Assessment\" [label=\"start-assessment\"]") !=
             std::string::npos);
  BOOST_TEST(dot.find("lhead=\"cluster_Active\"") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_guards_are_said_in_the_readers_language_the_events_stay_codes) {
  const Workflow& wf = coopflow::testing::builtin_registry().latest("electoral-cooperation");
  const std::string said = render_diagram(wf, DiagramFormat::kMermaid, [](const std::string& g) {
    return g == "analysis recorded and fits the mandate" ? "analyse faite et conforme" : g;
  });
  BOOST_TEST(said.find("Analysis --> Execution : commit [analyse faite et conforme]") !=
             std::string::npos);
}
