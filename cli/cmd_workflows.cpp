#include <iostream>

#include "cli.h"
#include "coopflow/engine/values.h"

namespace coopflow::cli {
namespace {

const char* type_name(engine::FieldType t) {
  switch (t) {
    case engine::FieldType::kText:
      return "text";
    case engine::FieldType::kDate:
      return "date";
    case engine::FieldType::kYesNo:
      return "yes|no";
    case engine::FieldType::kAmount:
      return "amount";
    case engine::FieldType::kCurrency:
      return "currency";
    case engine::FieldType::kChoice:
      return "choice";
    case engine::FieldType::kChoiceList:
      return "list";
    case engine::FieldType::kCount:
      return "count";
    case engine::FieldType::kCountries:
      return "countries";
  }
  return "text";
}

std::string field_text(const engine::FieldSpec& f) {
  std::string t = f.choices.empty() ? type_name(f.type) : engine::join(f.choices, "|");
  return f.name + "=" + t + (f.required ? "" : " (optional)");
}

std::vector<std::string> states_of(const engine::Workflow& wf) {
  std::vector<std::string> out;
  for (const auto& s : wf.stages) out.push_back(s.state);
  return out;
}

}  // namespace

void add_workflows_command(CLI::App& app, Cli& cli) {
  auto* cmd = app.add_subcommand("workflows", "list workflows, their states and events");
  cmd->callback([&cli] {
    nlohmann::json out = nlohmann::json::array();
    for (const engine::Workflow* wf : cli.registry.all()) {
      nlohmann::json events = nlohmann::json::array();
      for (const auto& e : wf->events) {
        nlohmann::json fields = nlohmann::json::array();
        for (const auto& f : e.fields) {
          fields.push_back({{"name", f.name},
                            {"type", type_name(f.type)},
                            {"required", f.required},
                            {"choices", f.choices},
                            {"help", f.help}});
        }
        events.push_back({{"name", e.name},
                          {"roles", e.roles},
                          {"fields", fields},
                          {"four_eyes", e.four_eyes},
                          {"opens", e.opens},
                          {"produces", e.produces},
                          {"concerns", e.concerns},
                          {"policy", e.policy},
                          {"summary", e.summary}});
      }
      out.push_back({{"name", wf->name},
                     {"version", wf->version},
                     {"id_prefix", wf->id_prefix},
                     {"summary", wf->summary},
                     {"states", states_of(*wf)},
                     {"events", events}});
      if (cli.json) continue;
      std::cout << wf->name << " v" << wf->version << " (" << wf->id_prefix << "-YYYY-NNNN)\n  "
                << wf->summary << "\n  states: " << engine::join(states_of(*wf), ", ")
                << "\n  events:\n";
      for (const auto& e : wf->events) {
        std::vector<std::string> fields;
        for (const auto& f : e.fields) fields.push_back(field_text(f));
        if (e.opens && e.fields.empty()) {
          fields = {"(the official request: see `coopflow open --help`)"};
        }
        std::cout << "    " << e.name << "  [" << engine::join(e.roles, "|") << "]"
                  << (e.four_eyes ? " four-eyes" : "") << (fields.empty() ? "" : "  ")
                  << engine::join(fields, " ") << "\n";
      }
      std::cout << "\n";
    }
    if (cli.json) cli.print_json(out);
  });
}

}  // namespace coopflow::cli
