#include <iostream>

#include "cli.h"
#include "terminal_text.h"

namespace coopflow::cli {

void add_init_command(CLI::App& app, Cli& cli) {
  auto* cmd = app.add_subcommand("init", "create the database and its first administrator");
  auto admin = std::make_shared<std::string>();
  cmd->add_option("--admin", *admin, "the first administrator (default: the acting user)")
      ->check([](const std::string& v) {
        return v.empty() ? std::string("--admin needs a user name; it may not be empty")
                         : std::string();
      });
  cmd->callback([&cli, admin] {
    const engine::Actor actor = cli.actor();
    const std::string name = admin->empty() ? actor.user : *admin;
    engine::Office::init(cli.db, name, actor, cli.clock, cli.registry);
    if (cli.json) {
      cli.print_json({{"db", cli.db}, {"admin", name}});
    } else {
      std::cout << "created " << terminal_safe(cli.db) << " (mode 0600); administrator: " << name
                << "\n";
    }
  });
}

}  // namespace coopflow::cli
