// prove CASE and verify-proof FILE: one case's proof for an outsider, and its offline check.
#include <iostream>

#include "cli.h"
#include "coopflow/engine/case_file.h"
#include "coopflow/engine/errors.h"
#include "coopflow/engine/signing.h"
#include "exit_codes.h"
#include "output.h"

namespace coopflow::cli {

void add_prove_commands(CLI::App& app, Cli& cli) {
  struct ProveArgs {
    std::string case_id, checkpoint, out;
  };
  auto args = std::make_shared<ProveArgs>();
  auto* prove = app.add_subcommand(
      "prove", say("write a proof of one case that an outsider checks without coopflow"));
  prove->add_option(say("case"), args->case_id, say("the case"))->required();
  prove->add_option("--checkpoint", args->checkpoint,
                    say("prove against this kept checkpoint (else the newest in the database)"));
  prove->add_option("--out", args->out, say("write the bundle to this file (else stdout)"));
  prove->callback([&cli, args] {
    std::optional<std::string> kept;
    if (!args->checkpoint.empty()) kept = read_input_file(args->checkpoint, N_("checkpoint"));
    const auto proof = cli.office().prove(cli.actor(), args->case_id, kept);
    const std::string bundle = engine::proof_json(proof).dump(2) + "\n";
    if (args->out.empty()) {
      std::cout << bundle;
      cli.printed_json = true;
      return;
    }
    write_output_file(args->out, bundle);
    if (cli.json) {
      cli.print_json({{"case_id", args->case_id}, {"out", args->out}});
    } else {
      std::cout << say(Message("wrote {1}", {terminal_safe(args->out)})) << "\n";
    }
  });

  struct CheckArgs {
    std::string file;
    std::vector<std::string> pubkeys;
  };
  auto check = std::make_shared<CheckArgs>();
  auto* verify_proof = app.add_subcommand(
      "verify-proof", say("check a proof bundle offline, against a public key you trust"));
  verify_proof->add_option(say("bundle"), check->file, say("the proof, as `prove` wrote it"))
      ->required();
  verify_proof
      ->add_option("--pubkey", check->pubkeys, say("a public key you trust (PEM, repeatable)"))
      ->required();
  verify_proof->callback([&cli, check] {
    std::vector<std::string> keys;
    for (const auto& file : check->pubkeys) {
      keys.push_back(engine::public_key_from_pem(read_input_file(file, N_("public key")), file));
    }
    const auto bundle =
        engine::read_payload(read_input_file(check->file, N_("proof")));  // depth-bounded
    const auto result = engine::check_proof(bundle, keys);
    std::optional<engine::IntegrityError> failure;
    if (!result.ok()) {
      failure.emplace(engine::saying<engine::IntegrityError>(
          Message("the proof in {1} fails: {2}", {check->file, result.problem}), result.case_id,
          0));
    }
    const std::string summary =
        say(Message("{1} ({2} entries) is in the log of {3} at size {4}, signed by {5}",
                    {result.case_id, std::to_string(result.entries), result.origin,
                     std::to_string(result.tree_size), result.signer}));
    if (cli.json) {
      nlohmann::json doc = {
          {"ok", result.ok()},       {"case_id", result.case_id},     {"entries", result.entries},
          {"origin", result.origin}, {"tree_size", result.tree_size}, {"signer", result.signer}};
      if (failure) doc["error"] = error_json(classify(*failure), say(result.problem));
      cli.print_json(doc);
    } else if (result.ok()) {
      std::cout << terminal_safe(say(Message("ok: {1}", {summary}))) << "\n";
    } else {
      std::cout << terminal_safe(say(Message("FAILED {1}", {result.problem}))) << "\n";
    }
    if (failure) throw *failure;
  });
}

}  // namespace coopflow::cli
