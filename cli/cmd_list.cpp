#include <iostream>
#include <limits>

#include "cli.h"
#include "coopflow/web/i18n.h"
#include "output.h"

namespace coopflow::cli {
namespace {

// Every state the registered workflows declare.
std::vector<std::string> all_states(const engine::Registry& registry) {
  std::vector<std::string> states;
  for (const auto* wf : registry.all()) {
    for (const auto& s : wf->stages) states.push_back(s.state);
  }
  return states;
}

}  // namespace

void add_list_command(CLI::App& app, Cli& cli) {
  auto query = std::make_shared<engine::CaseQuery>();
  query->limit = 100;
  auto* cmd = app.add_subcommand("list", say("list cases, by id"));
  cmd->add_option("--state", query->state,
                  say("only cases in this state, e.g. PlanReview (or its name, as show says it)"));
  cmd->add_option("--workflow", query->workflow, say("only cases of this workflow"));
  cmd->add_flag("--mine", query->mine,
                say("only the cases the acting user holds (see `coopflow assign`)"));
  cmd->add_option("--limit", query->limit, say("page size, 0 for all (default 100)"))
      ->check(CLI::Range(std::int64_t{0}, std::numeric_limits<std::int64_t>::max())
                  .description(""));  // the help says it: 0 or more
  cmd->add_option("--after", query->after, say("start after this case id (next page)"));
  auto overdue = std::make_shared<bool>(false);
  cmd->add_flag("--overdue", *overdue,
                say("only cases past their stage's deadline, most overdue first, with the days"));
  cmd->callback([&cli, query, overdue] {
    // As the user may type a state they read: "Reçu" for Received.
    if (!query->state.empty()) {
      query->state =
          web::code_named(web::environment_lang(), all_states(cli.registry), query->state);
    }
    if (*overdue) {
      const auto late = cli.office().overdue(cli.actor(), *query);
      if (cli.json) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& t : late) out.push_back(json_form(t));
        return cli.print_json(out);
      }
      std::vector<std::vector<std::string>> table;
      for (const auto& t : late) {
        table.push_back({t.summary.id, say(t.summary.state.c_str()), t.due,
                         std::to_string(t.days_overdue), t.summary.subject});
      }
      print_table({N_("CASE"), N_("STATE"), N_("DUE"), N_("DAYS OVERDUE"), N_("SUBJECT")}, table);
      return;
    }
    const auto rows = cli.office().list(cli.actor(), *query);
    if (cli.json) {
      nlohmann::json out = nlohmann::json::array();
      for (const auto& r : rows) out.push_back(json_form(r));
      return cli.print_json(out);
    }
    std::vector<std::vector<std::string>> table;
    for (const auto& r : rows) {
      table.push_back(
          {r.id, say(r.state.c_str()), r.received, r.countries, r.requester, r.subject});
    }
    print_table(
        {N_("CASE"), N_("STATE"), N_("RECEIVED"), N_("COUNTRY"), N_("REQUESTER"), N_("SUBJECT")},
        table);
    if (query->limit > 0 && static_cast<std::int64_t>(rows.size()) == query->limit) {
      std::cerr << say(Message::counted(
                       static_cast<long long>(rows.size()),
                       "(the first case; next page: --after {2})",
                       "(the first {1} cases; next page: --after {2})",
                       {std::to_string(rows.size()), terminal_safe(rows.back().id)}))
                << "\n";
    }
  });
}

}  // namespace coopflow::cli
