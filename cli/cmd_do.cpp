
#include <iostream>

#include "cli.h"
#include "coopflow/engine/errors.h"
#include "coopflow/engine/values.h"
#include "field_args.h"
#include "terminal_text.h"

namespace coopflow::cli {

void add_do_command(CLI::App& app, Cli& cli) {
  struct Args {
    std::string case_id, event, comment;
    std::vector<std::string> fields;
  };
  auto args = std::make_shared<Args>();
  auto* cmd = app.add_subcommand("do", say("fire an event on a case"));
  cmd->add_option(say("case"), args->case_id, say("case id, e.g. EC-2010-0001"))->required();
  cmd->add_option(say("event"), args->event, say("event name; see `coopflow show CASE`"))
      ->required();
  cmd->add_option(say("fields"), args->fields, say("FIELD=VALUE or FIELD=@file"));
  auto* comment =
      cmd->add_option("--comment", args->comment, say("a comment recorded with the event"));
  cmd->callback([&cli, args, comment] {
    engine::RawFields fields = parse_assignments(args->fields);
    if (comment->count() > 0) {
      if (!fields.emplace("comment", args->comment).second) {
        throw engine::saying<engine::ValidationError>(
            Message("give the comment once: --comment or comment=, not both"), "comment");
      }
    }
    const auto receipt = cli.office().fire(cli.actor(), args->case_id, args->event, fields);
    const auto& e = receipt.entry;
    if (cli.json) {
      cli.print_json({{"case_id", e.case_id},
                      {"seq", e.seq},
                      {"event", e.event},
                      {"from_state", e.from_state},
                      {"to_state", e.to_state},
                      {"hash", e.hash}});
    } else {
      std::cout << say(Message("{1} #{2} {3}: {4} -> {5}",
                               {terminal_safe(e.case_id), std::to_string(e.seq), e.event,
                                e.from_state, e.to_state}))
                << "\n";
    }
  });
}

}  // namespace coopflow::cli
