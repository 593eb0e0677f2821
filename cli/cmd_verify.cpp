#include <spdlog/spdlog.h>

#include <iostream>
#include <optional>

#include "cli.h"
#include "coopflow/engine/errors.h"
#include "coopflow/engine/signing.h"
#include "exit_codes.h"
#include "output.h"
#include "terminal_text.h"

namespace coopflow::cli {

void add_verify_command(CLI::App& app, Cli& cli) {
  auto case_id = std::make_shared<std::string>();
  auto* cmd = app.add_subcommand(
      "verify", say("recompute every hash chain and replay every case through its workflow"));
  cmd->add_option(say("case"), *case_id, say("only this case"));
  struct Args {
    bool deep = false, strict = false, first = false;
    std::vector<std::string> pubkeys, checkpoints;
  };
  auto args = std::make_shared<Args>();
  cmd->add_flag(
      "--deep", args->deep,
      say("also SQLite's integrity check of every page and index, and every recorded value "
          "judged as the write path judges it (slower)"));
  cmd->add_option("--pubkey", args->pubkeys,
                  say("a public key you trust (PEM, repeatable): checkpoints count only if one of "
                      "them signed it"));
  cmd->add_option("--checkpoint", args->checkpoints,
                  say("a checkpoint you kept outside the database (repeatable): the log must still "
                      "hold what it covers"));
  cmd->add_flag("--strict", args->strict, say("entries no valid checkpoint covers are a failure"));
  cmd->add_flag("--first", args->first, say("name only the first problem"));
  cmd->callback([&cli, case_id, args] {
    const std::optional<std::string> only =
        case_id->empty() ? std::nullopt : std::optional<std::string>(*case_id);
    if (only && (!args->pubkeys.empty() || !args->checkpoints.empty() || args->strict)) {
      throw CLI::ValidationError("verify CASE",
                                 say("--pubkey, --checkpoint and --strict check the whole log: run "
                                     "verify without a case"));
    }
    engine::VerifyOptions options;
    options.deep = args->deep;
    options.strict = args->strict;
    options.first = args->first;
    for (const auto& file : args->pubkeys) {
      options.pinned_keys.push_back(
          engine::public_key_from_pem(read_input_file(file, N_("public key")), file));
    }
    for (const auto& file : args->checkpoints) {
      options.checkpoints.emplace_back(file, read_input_file(file, N_("checkpoint")));
    }
    const auto report = cli.office().verify(cli.actor(), only, options);
    spdlog::info("verified on {} thread(s)", report.threads);
    std::optional<engine::IntegrityError> failure;
    if (!report.ok()) {
      const auto& first = report.problems.front();
      failure.emplace(engine::saying<engine::IntegrityError>(
          Message::counted(report.problem_count, "verification failed: {1} problem, first: {2}",
                           "verification failed: {1} problems, first: {2}",
                           {std::to_string(report.problem_count), first.message}),
          first.case_id, first.seq));
    }
    if (cli.json) {
      nlohmann::json doc = engine::json_form(report, say_message);
      // One document: the report carries its failure, as errors do elsewhere.
      if (failure) {
        doc["error"] = error_json(classify(*failure), say(*failure->message()));
      }
      cli.print_json(doc);
      if (failure) throw *failure;
      return;
    }
    for (const auto& note : report.notes) {
      std::cerr << terminal_safe(say(Message("note: {1}", {note}))) << "\n";
    }
    if (report.ok()) {
      const auto counted = [](long long n, const char* one, const char* many) {
        return Message::counted(n, one, many, {std::to_string(n)});
      };
      std::cout << say(Message(
                       "ok: {1}, {2}, {3}: every hash chain intact, every step legal, "
                       "every actor held their role",
                       {counted(report.cases, "{1} case", "{1} cases"),
                        counted(report.entries, "{1} journal entry", "{1} journal entries"),
                        counted(report.office_entries, "{1} office entry", "{1} office entries")}))
                << (only ? "" : say(", the Merkle tree matches"))
                << (report.checkpoints > 0
                        ? say(Message::counted(
                              report.checkpoints,
                              ", {1} checkpoint checked, sealed up to position {2}",
                              ", {1} checkpoints checked, sealed up to position {2}",
                              {std::to_string(report.checkpoints), std::to_string(report.sealed)}))
                        : "")
                << "\n";
    } else {
      for (const auto& p : report.problems) {
        std::cout << terminal_safe(say(Message("FAILED {1}", {p.message}))) << "\n";
      }
      const auto unlisted = report.problem_count - static_cast<long long>(report.problems.size());
      if (unlisted > 0) {
        std::cout << say(Message::counted(unlisted, "... and {1} more problem",
                                          "... and {1} more problems", {std::to_string(unlisted)}))
                  << "\n";
      }
    }
    if (failure) throw *failure;
  });
}

}  // namespace coopflow::cli
