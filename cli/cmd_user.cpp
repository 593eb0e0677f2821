#include <iostream>

#include "cli.h"
#include "coopflow/engine/values.h"
#include "output.h"

namespace coopflow::cli {
namespace {

void done(const Cli& cli, const std::string& action, const std::string& name,
          const std::string& detail) {
  if (cli.json) {
    cli.print_json({{"user", name}, {"action", action}, {"detail", detail}});
  } else {
    std::cout << action << " " << terminal_safe(name + (detail.empty() ? "" : " " + detail))
              << "\n";
  }
}

}  // namespace

void add_user_command(CLI::App& app, Cli& cli) {
  auto* user = app.add_subcommand("user", "manage users and roles (admin)");
  user->require_subcommand(1);

  struct AddArgs {
    std::string name, full_name;
    std::vector<std::string> roles;
  };
  auto add_args = std::make_shared<AddArgs>();
  auto* add = user->add_subcommand("add", "add a user with one or more roles");
  add->add_option("name", add_args->name, "login-style user name")->required();
  add->add_option("--role", add_args->roles, "coordinator|manager|auditor|admin (repeatable)")
      ->required();
  add->add_option("--full-name", add_args->full_name, "the person's name");
  add->callback([&cli, add_args] {
    cli.office().add_user(cli.actor(), add_args->name, add_args->roles, add_args->full_name);
    done(cli, "added", add_args->name, engine::join(add_args->roles, ","));
  });

  struct RoleArgs {
    std::string name, role;
  };
  for (const char* verb : {"grant", "revoke"}) {
    auto args = std::make_shared<RoleArgs>();
    auto* cmd = user->add_subcommand(verb, std::string(verb) + " a role");
    cmd->add_option("name", args->name, "user name")->required();
    cmd->add_option("role", args->role, "coordinator|manager|auditor|admin")->required();
    const std::string action = verb;
    cmd->callback([&cli, args, action] {
      auto office = cli.office();
      if (action == "grant") {
        office.grant(cli.actor(), args->name, args->role);
      } else {
        office.revoke(cli.actor(), args->name, args->role);
      }
      done(cli, action == "grant" ? "granted" : "revoked", args->name, args->role);
    });
  }

  for (const char* verb : {"disable", "enable"}) {
    auto name = std::make_shared<std::string>();
    const bool disabling = std::string(verb) == "disable";
    auto* cmd = user->add_subcommand(
        verb, disabling ? "disable a user (their history stays)" : "enable a disabled user again");
    cmd->add_option("name", *name, "user name")->required();
    cmd->callback([&cli, name, disabling] {
      auto office = cli.office();
      if (disabling) {
        office.disable(cli.actor(), *name);
      } else {
        office.enable(cli.actor(), *name);
      }
      done(cli, disabling ? "disabled" : "enabled", *name, "");
    });
  }

  auto* list = user->add_subcommand("list", "list users and their roles");
  list->callback([&cli] {
    const auto users = cli.office().users(cli.actor());
    if (cli.json) {
      nlohmann::json out = nlohmann::json::array();
      for (const auto& u : users) out.push_back(json_form(u));
      cli.print_json(out);
      return;
    }
    std::vector<std::vector<std::string>> rows;
    for (const auto& u : users) {
      rows.push_back({u.name, u.roles.empty() ? "(none)" : engine::join(u.roles, ","),
                      u.disabled ? "disabled" : "active", u.full_name});
    }
    print_table({"USER", "ROLES", "STATUS", "NAME"}, rows);
  });
}

}  // namespace coopflow::cli
