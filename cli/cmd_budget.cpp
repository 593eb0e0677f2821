// budget set|show: the year's envelope and what approved plans commit (policy rule 4).
#include <iostream>

#include "cli.h"
#include "coopflow/engine/budget.h"
#include "output.h"

namespace coopflow::cli {
namespace {

nlohmann::json money_json(const std::optional<engine::Money>& m) {
  if (!m) return nullptr;
  return {{"amount", engine::format_money(*m).substr(0, engine::format_money(*m).rfind(' '))},
          {"currency", m->currency}};
}

std::string money_text(const std::optional<engine::Money>& m) {
  return m ? engine::format_money(*m) : "-";
}

}  // namespace

void add_budget_command(CLI::App& app, Cli& cli) {
  auto* budget = app.add_subcommand("budget", say("each year's envelope (policy rule 4)"));
  budget->require_subcommand(1);
  struct Args {
    std::string year, amount, currency;
  };
  auto args = std::make_shared<Args>();
  auto* set = budget->add_subcommand("set", say("set a year's envelope (admin; journaled)"));
  set->add_option(say("year"), args->year, say("e.g. 2026"))->required();
  set->add_option(say("amount"), args->amount, say("decimal, e.g. 150000.00"))->required();
  set->add_option(say("currency"), args->currency, say("ISO 4217, e.g. CAD"))->required();
  set->callback([&cli, args] {
    cli.office().set_budget(cli.actor(), args->year, args->amount, args->currency);
    if (cli.json) {
      cli.print_json({{"year", args->year}, {"action", "set"}});
    } else {
      std::cout << say(Message("the {1} envelope is {2} {3}",
                               {terminal_safe(args->year), terminal_safe(args->amount),
                                terminal_safe(args->currency)}))
                << "\n";
    }
  });
  auto* show =
      budget->add_subcommand("show", say("the envelope, what approved plans commit, what remains"));
  show->add_option(say("year"), args->year, say("default: this year"));
  show->callback([&cli, args] {
    const std::string year =
        args->year.empty() ? engine::format_utc(cli.clock.now()).substr(0, 4) : args->year;
    const engine::BudgetReport r = cli.office().budget(cli.actor(), year);
    if (cli.json) {
      nlohmann::json plans = nlohmann::json::array();
      for (const auto& p : r.plans) {
        plans.push_back({{"case", p.case_id},
                         {"approved_on", p.approved_on},
                         {"budget", money_json(p.amount)},
                         {"in_envelope_currency", money_json(p.in_envelope)}});
      }
      cli.print_json({{"year", r.year},
                      {"envelope", money_json(r.envelope)},
                      {"committed", money_json(r.committed)},
                      {"remaining", money_json(r.remaining)},
                      {"plans", plans}});
      return;
    }
    std::cout << say(Message("envelope {1}: {2}", {r.year, money_text(r.envelope)})) << "\n"
              << say(Message("committed: {1}", {money_text(r.committed)})) << "\n"
              << say(Message("remaining: {1}", {money_text(r.remaining)})) << "\n";
    if (!r.envelope) {
      std::cout << say(Message("(no envelope for {1}; an admin sets one with `coopflow budget "
                               "set {1} AMOUNT CURRENCY`)",
                               {r.year}))
                << "\n";
    }
    if (r.plans.empty()) return;
    std::vector<std::vector<std::string>> rows;
    for (const auto& p : r.plans) {
      rows.push_back({p.case_id, p.approved_on, engine::format_money(p.amount),
                      p.in_envelope ? engine::format_money(*p.in_envelope) : say("(no rate)")});
    }
    std::cout << "\n";
    print_table({N_("CASE"), N_("APPROVED"), N_("PLAN BUDGET"), N_("IN ENVELOPE CURRENCY")}, rows);
  });
}

}  // namespace coopflow::cli
