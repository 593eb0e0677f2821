#include <termios.h>
#include <unistd.h>

#include <iostream>

#include "cli.h"
#include "coopflow/engine/errors.h"
#include "coopflow/engine/values.h"
#include "output.h"

namespace coopflow::cli {
namespace {

// The line a user change prints, by its action (the JSON's stable code).
const char* said_of(const std::string& action) {
  if (action == "added") return N_("added {1}");
  if (action == "granted") return N_("granted {1}");
  if (action == "revoked") return N_("revoked {1}");
  if (action == "disabled") return N_("disabled {1}");
  if (action == "enabled") return N_("enabled {1}");
  return N_("password set for {1}");
}

void done(const Cli& cli, const std::string& action, const std::string& name,
          const std::string& detail) {
  if (cli.json) {
    cli.print_json({{"user", name}, {"action", action}, {"detail", detail}});
  } else {
    const std::string who = terminal_safe(name + (detail.empty() ? "" : " " + detail));
    std::cout << say(Message(said_of(action), {who})) << "\n";
  }
}

// One line of stdin, without its line end. At a terminal the line is not
// echoed.
std::string read_secret_line(const std::string& prompt) {
  const bool terminal = ::isatty(STDIN_FILENO) != 0;
  termios before{};
  if (terminal) {
    std::cerr << prompt << std::flush;
    ::tcgetattr(STDIN_FILENO, &before);
    termios quiet = before;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
  }
  std::string line;
  const bool got = static_cast<bool>(std::getline(std::cin, line));
  if (terminal) {
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &before);
    std::cerr << "\n";
  }
  if (!got) {
    throw engine::saying<engine::ValidationError>(
        Message("no password on standard input; type it, or pipe it in"), "password");
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

// The new password from stdin: asked twice at a terminal, one line from a pipe.
std::string new_password(const std::string& name) {
  std::string password = read_secret_line(say(Message("New password for {1}: ", {name})));
  if (::isatty(STDIN_FILENO) != 0 && read_secret_line(say("Again: ")) != password) {
    throw engine::saying<engine::ValidationError>(
        Message("the two passwords differ; nothing was changed"), "password");
  }
  return password;
}

}  // namespace

void add_user_command(CLI::App& app, Cli& cli) {
  auto* user = app.add_subcommand("user", say("manage users and roles (admin)"));
  user->require_subcommand(1);

  struct AddArgs {
    std::string name, full_name;
    std::vector<std::string> roles;
  };
  auto add_args = std::make_shared<AddArgs>();
  auto* add = user->add_subcommand("add", say("add a user with one or more roles"));
  add->add_option(say("name"), add_args->name, say("login-style user name"))->required();
  add->add_option("--role", add_args->roles, say("coordinator|manager|auditor|admin (repeatable)"))
      ->required();
  add->add_option("--full-name", add_args->full_name, say("the person's name"));
  add->callback([&cli, add_args] {
    cli.office().add_user(cli.actor(), add_args->name, add_args->roles, add_args->full_name);
    done(cli, "added", add_args->name, engine::join(add_args->roles, ","));
  });

  struct RoleArgs {
    std::string name, role;
  };
  for (const auto& [verb, help] :
       {std::pair{"grant", N_("grant a role")}, std::pair{"revoke", N_("revoke a role")}}) {
    auto args = std::make_shared<RoleArgs>();
    auto* cmd = user->add_subcommand(verb, say(help));
    cmd->add_option(say("name"), args->name, say("user name"))->required();
    cmd->add_option(say("role"), args->role, say("coordinator|manager|auditor|admin"))->required();
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
    auto* cmd = user->add_subcommand(verb, disabling ? say("disable a user (their history stays)")
                                                     : say("enable a disabled user again"));
    cmd->add_option(say("name"), *name, say("user name"))->required();
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

  auto passwd_name = std::make_shared<std::string>();
  auto* passwd = user->add_subcommand(
      "passwd",
      say("set a password for the browser, read from stdin without echo (an admin for anyone, "
          "every user their own)"));
  passwd->add_option(say("name"), *passwd_name, say("user name"))->required();
  passwd->callback([&cli, passwd_name] {
    const engine::Actor actor = cli.actor();
    auto office = cli.office();
    office.set_password(actor, *passwd_name, new_password(*passwd_name));
    done(cli, "password set for", *passwd_name, "");
  });

  auto* list = user->add_subcommand("list", say("list users and their roles"));
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
      rows.push_back({u.name, u.roles.empty() ? say("(none)") : engine::join(u.roles, ","),
                      u.disabled ? say("disabled") : say("active"), u.full_name});
    }
    print_table({N_("USER"), N_("ROLES"), N_("STATUS"), N_("NAME")}, rows);
  });
}

}  // namespace coopflow::cli
