#include <iostream>

#include "cli.h"

namespace coopflow::cli {

void add_open_command(CLI::App& app, Cli& cli) {
  struct Args {
    std::string workflow;
    engine::CaseRequest request;
  };
  auto args = std::make_shared<Args>();
  auto* cmd = app.add_subcommand("open", say("open a case from an official request (coordinator)"));
  cmd->add_option(say("workflow"), args->workflow,
                  say("electoral-cooperation | parliamentary-cooperation"))
      ->required();
  cmd->add_option("--requester", args->request.requester, say("who made the request"))->required();
  cmd->add_option(
         "--requester-type", args->request.requester_type,
         say("partner-authority|quebec-government|canada-government|international-organisation"))
      ->required();
  cmd->add_option("--country", args->request.countries, say("ISO 3166 code(s), e.g. CI or CD,CG"))
      ->required();
  cmd->add_option("--reference", args->request.reference, say("the request's official reference"))
      ->required();
  cmd->add_option("--received", args->request.received, say("YYYY-MM-DD the request arrived"))
      ->required();
  cmd->add_option("--subject", args->request.subject, say("what is asked"))->required();
  cmd->add_option("--partner", args->request.partners,
                  say("ORG=funder|co-organiser|implementer (repeatable)"));
  cmd->callback([&cli, args] {
    const auto receipt = cli.office().open_case(cli.actor(), args->workflow, args->request);
    if (cli.json) {
      cli.print_json({{"case_id", receipt.entry.case_id}, {"state", receipt.entry.to_state}});
    } else {
      std::cout << receipt.entry.case_id << "\n";
    }
  });
}

}  // namespace coopflow::cli
