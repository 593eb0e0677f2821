#include <iostream>

#include "cli.h"
#include "coopflow/engine/case_file.h"
#include "output.h"

namespace coopflow::cli {
namespace {

// "plan v2" for an entry that writes or decides on a document version.
std::string document_detail(const nlohmann::json& payload) {
  // Defensive: history is what an auditor reads on a database that may have
  // been edited; a malformed payload shows as damaged, not as a crash.
  if (payload.is_discarded()) return say("(damaged payload)");
  for (const auto& [key, decides] :
       {std::pair<const char*, bool>{"produces", false}, {"concerns", true}}) {
    if (!payload.is_object() || !payload.contains(key)) continue;
    const auto& ref = payload[key];
    if (ref.is_object() && ref.contains("kind") && ref["kind"].is_string() &&
        ref.contains("version") && ref["version"].is_number_integer()) {
      // The kind as recorded (a code): the payload may have been edited.
      const std::string version =
          ref["kind"].get<std::string>() + " v" + std::to_string(ref["version"].get<long long>());
      return decides ? say(Message("on {1}", {version})) : version;
    }
  }
  return "";
}

}  // namespace

void add_history_command(CLI::App& app, Cli& cli) {
  auto case_id = std::make_shared<std::string>();
  auto* cmd = app.add_subcommand("history", say("every journal entry of a case, oldest first"));
  cmd->add_option(say("case"), *case_id, say("case id"))->required();
  cmd->callback([&cli, case_id] {
    const auto entries = cli.office().history(cli.actor(), *case_id);
    if (cli.json) {
      nlohmann::json out = nlohmann::json::array();
      for (const auto& e : entries) out.push_back(json_form(e));
      return cli.print_json(out);
    }
    std::vector<std::vector<std::string>> rows;
    for (const auto& e : entries) {
      const auto payload = engine::read_payload(e.payload);
      rows.push_back({std::to_string(e.seq), e.at.substr(0, 19) + "Z", e.actor, e.role, e.event,
                      (e.from_state.empty() ? "-" : e.from_state) + " -> " + e.to_state,
                      document_detail(payload), e.hash.substr(0, 12)});
    }
    print_table({N_("#"), N_("AT (UTC)"), N_("ACTOR"), N_("ROLE"), N_("EVENT"), N_("STATES"),
                 N_("DETAIL"), N_("HASH")},
                rows);
  });
}

}  // namespace coopflow::cli
