#include <iostream>

#include "cli.h"
#include "coopflow/engine/diagram.h"

namespace coopflow::cli {

void add_diagram_command(CLI::App& app, Cli& cli) {
  struct Args {
    std::string workflow;
    std::string format = "dot";
  };
  auto args = std::make_shared<Args>();
  auto* cmd =
      app.add_subcommand("diagram", say("a workflow's state diagram, from its transition table"));
  cmd->add_option(say("workflow"), args->workflow, say("workflow name"))->required();
  cmd->add_option("--format", args->format, say("dot (default) or mermaid"))
      ->check(CLI::IsMember({"dot", "mermaid"}));
  cmd->callback([&cli, args] {
    const engine::Workflow& wf = cli.registry.latest(args->workflow);
    const auto format =
        args->format == "mermaid" ? engine::DiagramFormat::kMermaid : engine::DiagramFormat::kDot;
    const std::string text = engine::render_diagram(
        wf, format, [](const std::string& guard) { return say(guard.c_str()); });
    if (cli.json) {
      return cli.print_json({{"workflow", wf.name}, {"format", args->format}, {"diagram", text}});
    }
    std::cout << text;
  });
}

}  // namespace coopflow::cli
