// tasks: the acting user's inbox, as a table, JSON or an iCalendar feed.
#include <iostream>

#include "cli.h"
#include "coopflow/engine/calendar.h"
#include "output.h"

namespace coopflow::cli {

void add_tasks_command(CLI::App& app, Cli& cli) {
  auto ics = std::make_shared<bool>(false);
  auto out_file = std::make_shared<std::string>();
  auto* cmd = app.add_subcommand(
      "tasks", say("every case where you may act now, most urgent first, with the events"));
  cmd->add_flag("--ics", *ics, say("an iCalendar feed (RFC 5545) of their deadlines instead"));
  cmd->add_option("--out", *out_file, say("write it to this file (else stdout)"));
  cmd->callback([&cli, ics, out_file] {
    auto office = cli.office();
    const auto tasks = office.tasks(cli.actor());
    if (*ics) {
      const std::string origin = office.settings(cli.actor()).front().value;
      const std::string feed =
          engine::tasks_calendar(tasks, origin, engine::format_utc(cli.clock.now()), say_message);
      cli.printed_json = true;  // the feed is the document
      if (out_file->empty()) {
        std::cout << feed;
      } else {
        write_output_file(*out_file, feed);
      }
      return;
    }
    if (cli.json) {
      nlohmann::json out = nlohmann::json::array();
      for (const auto& t : tasks) out.push_back(json_form(t));
      cli.print_json({{"tasks", out}});
      return;
    }
    std::vector<std::vector<std::string>> table;
    for (const auto& t : tasks) {
      std::string events;
      for (const auto& e : t.events) events += (events.empty() ? "" : ", ") + e.event;
      const std::string due =
          t.due.empty() ? ""
          : t.days_overdue > 0
              ? say(Message("{1} ({2}d late)", {t.due, std::to_string(t.days_overdue)}))
              : t.due;
      table.push_back({t.summary.id, say(t.summary.state.c_str()), due, events, t.summary.subject});
    }
    if (table.empty()) {
      std::cout << say("nothing to do now") << "\n";
      return;
    }
    print_table({N_("CASE"), N_("STATE"), N_("DUE"), N_("YOU MAY"), N_("SUBJECT")}, table);
  });
}

}  // namespace coopflow::cli
