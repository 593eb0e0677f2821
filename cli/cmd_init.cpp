#include <iostream>

#include "cli.h"
#include "terminal_text.h"

namespace coopflow::cli {

void add_init_command(CLI::App& app, Cli& cli) {
  auto* cmd = app.add_subcommand("init", say("create the database and its first administrator"));
  auto admin = std::make_shared<std::string>();
  cmd->add_option("--admin", *admin, say("the first administrator (default: the acting user)"))
      ->check([](const std::string& v) {
        return v.empty() ? say("needs a user name; it may not be empty") : std::string();
      });
  cmd->callback([&cli, admin] {
    const engine::Actor actor = cli.actor();
    const std::string name = admin->empty() ? actor.user : *admin;
    engine::Office::init(cli.db, name, actor, cli.clock, cli.registry);
    if (cli.json) {
      cli.print_json({{"db", cli.db}, {"admin", name}});
    } else {
      std::cout << say(Message("created {1} (mode 0600); administrator: {2}",
                               {terminal_safe(cli.db), name}))
                << "\n";
    }
  });
}

}  // namespace coopflow::cli
