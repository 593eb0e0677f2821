// The office's settings: config get|set|unset|list.
#include <algorithm>
#include <iostream>

#include "cli.h"
#include "coopflow/engine/errors.h"
#include "coopflow/engine/settings.h"
#include "output.h"

namespace coopflow::cli {
namespace {

nlohmann::json setting_json(const engine::Setting& s) {
  return {{"name", s.name},
          {"value", s.value},
          {"set_at", s.set_at == 0 ? nlohmann::json() : nlohmann::json(s.set_at)}};
}

}  // namespace

void add_config_command(CLI::App& app, Cli& cli) {
  auto* config = app.add_subcommand("config", say("the office's settings (setting them: admin)"));
  config->require_subcommand(1);
  struct Args {
    std::string name, value;
  };
  auto args = std::make_shared<Args>();

  auto* set = config->add_subcommand("set", say("set a setting; the change is journaled"));
  set->add_option(say("name"), args->name,
                  say("e.g. iati.org-ref; `coopflow config list` shows them"))
      ->required();
  set->add_option(say("value"), args->value, say("its new value"))->required();
  set->callback([&cli, args] {
    const std::string stored = cli.office().set_setting(cli.actor(), args->name, args->value);
    if (cli.json) {
      cli.print_json({{"setting", args->name}, {"value", stored}, {"action", "set"}});
    } else {
      std::cout << say(Message("set {1} = {2}", {terminal_safe(args->name), terminal_safe(stored)}))
                << "\n";
    }
  });

  auto* unset = config->add_subcommand("unset", say("return a setting to its default (journaled)"));
  unset->add_option(say("name"), args->name, say("the setting"))->required();
  unset->callback([&cli, args] {
    cli.office().unset_setting(cli.actor(), args->name);
    if (cli.json) {
      cli.print_json({{"setting", args->name}, {"action", "unset"}});
    } else {
      std::cout << say(Message("unset {1}", {terminal_safe(args->name)})) << "\n";
    }
  });

  auto* get = config->add_subcommand("get", say("print one setting's value"));
  get->add_option(say("name"), args->name, say("the setting"))->required();
  get->callback([&cli, args] {
    if (args->name != engine::kOriginSetting) engine::check_setting_name(cli.registry, args->name);
    const auto all = cli.office().settings(cli.actor());
    const auto it = std::find_if(all.begin(), all.end(),
                                 [&](const engine::Setting& s) { return s.name == args->name; });
    if (it == all.end()) {
      throw engine::saying<engine::NotFoundError>(
          Message("{1} is not set; set it with `coopflow config set {1} VALUE`", {args->name}),
          "setting", args->name);
    }
    if (cli.json) {
      cli.print_json(setting_json(*it));
    } else {
      std::cout << terminal_safe(it->value) << "\n";
    }
  });

  auto* list = config->add_subcommand("list", say("every setting: its value, or that it is unset"));
  list->callback([&cli] {
    const auto all = cli.office().settings(cli.actor());
    if (cli.json) {
      nlohmann::json out = nlohmann::json::array();
      for (const auto& s : all) out.push_back(setting_json(s));
      cli.print_json({{"settings", out}});
      return;
    }
    std::vector<std::vector<std::string>> rows;
    for (const auto& s : all) {
      rows.push_back({s.name, s.value,
                      s.name == engine::kOriginSetting ? say("the database's id (fixed)")
                      : s.set_at == 0
                          ? say("default")
                          : say(Message("set at position {1}", {std::to_string(s.set_at)}))});
    }
    for (const auto& spec : engine::setting_specs(cli.registry)) {
      const bool shown = std::any_of(all.begin(), all.end(),
                                     [&](const engine::Setting& s) { return s.name == spec.name; });
      if (!shown) rows.push_back({spec.name, "", say(Message("not set: {1}", {spec.help}))});
    }
    print_table({N_("SETTING"), N_("VALUE"), N_("SOURCE")}, rows);
  });
}

}  // namespace coopflow::cli
