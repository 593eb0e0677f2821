#include <iostream>

#include "cli.h"
#include "coopflow/engine/json_forms.h"
#include "coopflow/engine/values.h"

namespace coopflow::cli {
namespace {

std::string field_text(const engine::FieldSpec& f) {
  // The name and the choices are what the user types; the type is a placeholder.
  std::string t =
      f.choices.empty() ? say(engine::field_type_name(f.type)) : engine::join(f.choices, "|");
  return f.name + "=" + t + (f.required ? "" : " " + say("(optional)"));
}

std::vector<std::string> states_of(const engine::Workflow& wf) {
  std::vector<std::string> out;
  for (const auto& s : wf.stages) out.push_back(s.state);
  return out;
}

}  // namespace

void add_workflows_command(CLI::App& app, Cli& cli) {
  auto* cmd = app.add_subcommand("workflows", say("list workflows, their states and events"));
  cmd->callback([&cli] {
    nlohmann::json out = nlohmann::json::array();
    for (const engine::Workflow* wf : cli.registry.all()) {
      out.push_back(engine::json_form(*wf));
      if (cli.json) continue;
      std::cout << wf->name << " v" << wf->version << " ("
                << say(Message("{1}-YYYY-NNNN", {wf->id_prefix})) << ")\n  "
                << say(wf->summary.c_str()) << "\n  "
                << say(Message("states: {1}", {engine::join(states_of(*wf), ", ")})) << "\n  "
                << say("events:") << "\n";
      for (const auto& e : wf->events) {
        std::vector<std::string> fields;
        for (const auto& f : e.fields) fields.push_back(field_text(f));
        if (e.opens && e.fields.empty()) {
          fields = {say("(the official request: see `coopflow open --help`)")};
        }
        std::cout << "    " << e.name << "  [" << engine::join(e.roles, "|") << "]"
                  << (e.four_eyes ? " " + say("four-eyes") : "") << (fields.empty() ? "" : "  ")
                  << engine::join(fields, " ") << "\n";
      }
      std::cout << "\n";
    }
    if (cli.json) cli.print_json(out);
  });
}

}  // namespace coopflow::cli
