// assign: who holds a case, whose inbox it is in.
#include <iostream>

#include "cli.h"
#include "output.h"

namespace coopflow::cli {

void add_assign_command(CLI::App& app, Cli& cli) {
  struct Args {
    std::string case_id;
    std::optional<std::string> coordinator, manager;
  };
  auto args = std::make_shared<Args>();
  auto* cmd = app.add_subcommand(
      "assign", say("say who holds a case: its coordinator, and a manager (manager, admin)"));
  cmd->add_option(say("case"), args->case_id, say("e.g. EC-2010-0001"))->required();
  cmd->add_option("--coordinator", args->coordinator, say("the responsible coordinator"));
  cmd->add_option("--manager", args->manager, say("the manager who follows it"));
  cmd->callback([&cli, args] {
    const auto a =
        cli.office().assign(cli.actor(), args->case_id, args->coordinator, args->manager);
    if (cli.json) {
      cli.print_json(
          {{"case", a.case_id},
           {"coordinator", a.coordinator},
           {"manager", a.manager.empty() ? nlohmann::json() : nlohmann::json(a.manager)}});
    } else {
      const std::string id = terminal_safe(a.case_id), coordinator = terminal_safe(a.coordinator);
      std::cout << (a.manager.empty() ? say(Message("{1} is held by {2}", {id, coordinator}))
                                      : say(Message("{1} is held by {2} and {3}",
                                                    {id, coordinator, terminal_safe(a.manager)})))
                << "\n";
    }
  });
}

}  // namespace coopflow::cli
