#include <iostream>

#include "cli.h"
#include "output.h"

namespace coopflow::cli {

void add_history_command(CLI::App& app, Cli& cli) {
  auto case_id = std::make_shared<std::string>();
  auto* cmd = app.add_subcommand("history", "every journal entry of a case, oldest first");
  cmd->add_option("case", *case_id, "case id")->required();
  cmd->callback([&cli, case_id] {
    const auto entries = cli.office().history(cli.actor(), *case_id);
    if (cli.json) {
      nlohmann::json out = nlohmann::json::array();
      for (const auto& e : entries) out.push_back(to_json(e));
      return cli.print_json(out);
    }
    std::vector<std::vector<std::string>> rows;
    for (const auto& e : entries) {
      const auto payload = nlohmann::json::parse(e.payload, nullptr, false);
      std::string detail;
      if (payload.is_object() && payload.contains("produces")) {
        detail = payload["produces"].value("kind", "") + " v" +
                 std::to_string(payload["produces"].value("version", 0));
      } else if (payload.is_object() && payload.contains("concerns")) {
        detail = "on " + payload["concerns"].value("kind", "") + " v" +
                 std::to_string(payload["concerns"].value("version", 0));
      }
      rows.push_back({std::to_string(e.seq), e.at.substr(0, 19) + "Z", e.actor, e.role, e.event,
                      (e.from_state.empty() ? "-" : e.from_state) + " -> " + e.to_state, detail,
                      e.hash.substr(0, 12)});
    }
    print_table({"#", "AT (UTC)", "ACTOR", "ROLE", "EVENT", "STATES", "DETAIL", "HASH"}, rows);
  });
}

}  // namespace coopflow::cli
