// stats: the office dashboard, tables for an 80-column terminal or JSON.
#include <cstdio>
#include <iostream>

#include "cli.h"
#include "output.h"

namespace coopflow::cli {
namespace {

std::string days_text(double days) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", days);
  return buf;
}

void counts(const char* title, const char* what, const std::map<std::string, long>& m) {
  if (m.empty()) return;
  std::cout << "\n" << say(title) << "\n";
  std::vector<std::vector<std::string>> rows;
  for (const auto& [name, n] : m) {
    rows.push_back({name.empty() ? say("(none)") : name, std::to_string(n)});
  }
  print_table({what, N_("N")}, rows);
}

void durations(const char* title, const char* what,
               const std::map<std::string, engine::Durations>& m) {
  if (m.empty()) return;
  std::cout << "\n" << say(title) << "\n";
  std::vector<std::vector<std::string>> rows;
  for (const auto& [name, d] : m) {
    rows.push_back({name, std::to_string(d.n), days_text(d.median_days), days_text(d.p90_days)});
  }
  print_table({what, N_("N"), N_("MEDIAN DAYS"), N_("P90 DAYS")}, rows);
}

nlohmann::json durations_json(const std::map<std::string, engine::Durations>& m) {
  nlohmann::json out = nlohmann::json::object();
  for (const auto& [name, d] : m) {
    out[name] = {{"n", d.n}, {"median_days", d.median_days}, {"p90_days", d.p90_days}};
  }
  return out;
}

}  // namespace

void add_stats_command(CLI::App& app, Cli& cli) {
  struct Args {
    std::string year, workflow;
  };
  auto args = std::make_shared<Args>();
  auto* cmd = app.add_subcommand("stats", say("the office dashboard: cases, decisions, durations"));
  cmd->add_option("--year", args->year, say("only requests received this year"));
  cmd->add_option("--workflow", args->workflow, say("only this workflow's cases"));
  cmd->callback([&cli, args] {
    const auto s = cli.office().stats(cli.actor(), args->year, args->workflow);
    if (cli.json) {
      cli.print_json(
          {{"year", s.year.empty() ? nlohmann::json() : nlohmann::json(s.year)},
           {"workflow", s.workflow.empty() ? nlohmann::json() : nlohmann::json(s.workflow)},
           {"cases", s.cases},
           {"by_state", s.by_state},
           {"by_country", s.by_country},
           {"by_requester_type", s.by_requester_type},
           {"by_partner", s.by_partner},
           {"decisions", s.decisions},
           {"stage_days", durations_json(s.stage_days)},
           {"turnaround_days", durations_json(s.turnaround)},
           {"activities_by_year", s.activities_by_year},
           {"participants_by_year", s.participants_by_year}});
      return;
    }
    const std::string cases = std::to_string(s.cases);
    std::cout << (s.year.empty() ? say(Message("cases: {1}", {cases}))
                                 : say(Message("cases received in {2}: {1}", {cases, s.year})))
              << (s.workflow.empty() ? "" : " (" + terminal_safe(s.workflow) + ")") << "\n";
    counts(N_("Cases per state"), N_("STATE"), s.by_state);
    counts(N_("Cases per country"), N_("COUNTRY"), s.by_country);
    counts(N_("Cases per requester type"), N_("REQUESTER TYPE"), s.by_requester_type);
    counts(N_("Cases per partner organisation"), N_("PARTNER"), s.by_partner);
    counts(N_("Decisions"), N_("DECISION"), s.decisions);
    durations(N_("Days in each stage (stays that ended)"), N_("STAGE"), s.stage_days);
    durations(N_("Approval turnaround (from the version decided on)"), N_("DECISION"),
              s.turnaround);
    if (!s.activities_by_year.empty()) {
      std::cout << "\n" << say("Delivered activities per year") << "\n";
      std::vector<std::vector<std::string>> rows;
      for (const auto& [year, n] : s.activities_by_year) {
        rows.push_back({year, std::to_string(n), std::to_string(s.participants_by_year.at(year))});
      }
      print_table({N_("YEAR"), N_("ACTIVITIES"), N_("PARTICIPANTS")}, rows);
    }
  });
}

}  // namespace coopflow::cli
