// Signing keys, sealing and checkpoints: keygen, key add|list|retire, seal, checkpoint.
#include <iostream>

#include "cli.h"
#include "coopflow/engine/digest.h"
#include "coopflow/engine/errors.h"
#include "coopflow/engine/signing.h"
#include "output.h"

namespace coopflow::cli {

namespace {

nlohmann::json key_json(const engine::RegisteredKey& k) {
  return {{"name", k.name},
          {"public_key", engine::to_base64(k.public_key)},
          {"added_at", k.added_at},
          {"retired_at", k.retired_at == 0 ? nlohmann::json() : nlohmann::json(k.retired_at)}};
}

}  // namespace

void add_key_commands(CLI::App& app, Cli& cli) {
  auto prefix = std::make_shared<std::string>();
  auto* keygen = app.add_subcommand(
      "keygen", say("make an Ed25519 key pair: PREFIX.key (private, mode 0600) and PREFIX.pub"));
  keygen->add_option("--out", *prefix, say("where: PREFIX.key and PREFIX.pub"))
      ->required()
      ->check([](const std::string& v) {
        return v.empty() || v.back() == '/' ? say("needs a file name prefix, not a folder")
                                            : std::string();
      });
  keygen->callback([&cli, prefix] {
    engine::generate_key_files(*prefix);
    if (cli.json) {
      cli.print_json({{"private_key", *prefix + ".key"}, {"public_key", *prefix + ".pub"}});
    } else {
      std::cout << say(Message("wrote {1}.key (keep it secret) and {1}.pub",
                               {terminal_safe(*prefix)}))
                << "\n";
    }
  });

  auto* key = app.add_subcommand("key", say("the keys that sign checkpoints"));
  key->require_subcommand(1);
  struct AddArgs {
    std::string file, name;
  };
  auto add_args = std::make_shared<AddArgs>();
  auto* add = key->add_subcommand("add", say("register a public key to sign checkpoints (admin)"));
  add->add_option("public_key", add_args->file, say("PREFIX.pub, as keygen wrote it"))->required();
  add->add_option("--name", add_args->name, say("the name checkpoints carry, e.g. office-2026"))
      ->required();
  add->callback([&cli, add_args] {
    const std::string pem = read_input_file(add_args->file, N_("public key"));
    cli.office().add_key(cli.actor(), add_args->name, pem, add_args->file);
    if (cli.json) {
      cli.print_json({{"key", add_args->name}, {"action", "added"}});
    } else {
      std::cout << say(Message("added key {1}", {terminal_safe(add_args->name)})) << "\n";
    }
  });
  auto* list = key->add_subcommand("list", say("the registered keys, retired ones included"));
  list->callback([&cli] {
    const auto keys = cli.office().keys(cli.actor());
    if (cli.json) {
      nlohmann::json out = nlohmann::json::array();
      for (const auto& k : keys) out.push_back(key_json(k));
      cli.print_json({{"keys", out}});
      return;
    }
    for (const auto& k : keys) {
      const std::string name = terminal_safe(k.name), public_key = engine::to_base64(k.public_key);
      const std::string added = std::to_string(k.added_at);
      std::cout << (k.retired_at
                        ? say(Message("{1}  {2}  added at {3}  retired at {4}",
                                      {name, public_key, added, std::to_string(k.retired_at)}))
                        : say(Message("{1}  {2}  added at {3}", {name, public_key, added})))
                << "\n";
    }
  });
  auto retire_name = std::make_shared<std::string>();
  auto* retire =
      key->add_subcommand("retire", say("stop a key signing; what it signed stays valid"));
  retire->add_option(say("name"), *retire_name, say("the key's name"))->required();
  retire->callback([&cli, retire_name] {
    cli.office().retire_key(cli.actor(), *retire_name);
    if (cli.json) {
      cli.print_json({{"key", *retire_name}, {"action", "retired"}});
    } else {
      std::cout << say(Message("retired key {1}", {terminal_safe(*retire_name)})) << "\n";
    }
  });

  auto key_file = std::make_shared<std::string>();
  auto* seal =
      app.add_subcommand("seal", say("sign a checkpoint of the whole log (admin, auditor)"));
  seal->add_option("--key", *key_file, say("the private key, PREFIX.key"))->required();
  seal->callback([&cli, key_file] {
    const auto signing_key = engine::SigningKey::load(*key_file);
    const std::string note = cli.office().seal(cli.actor(), signing_key);
    if (cli.json) {
      cli.print_json({{"checkpoint", note}});
    } else {
      std::cout << note;
    }
  });

  auto backup_file = std::make_shared<std::string>();
  auto* backup = app.add_subcommand(
      "backup",
      say("copy the database to a new file, consistent while others write (admin, auditor)"));
  backup->add_option(say("file"), *backup_file, say("the new file (never overwritten)"))
      ->required();
  backup->callback([&cli, backup_file] {
    cli.office().backup(cli.actor(), *backup_file);
    if (cli.json) {
      cli.print_json({{"backup", *backup_file}});
    } else {
      std::cout << say(Message("backed up to {1}; check it with `coopflow --db {1} verify`",
                               {terminal_safe(*backup_file)}))
                << "\n";
    }
  });

  auto out_file = std::make_shared<std::string>();
  auto* checkpoint =
      app.add_subcommand("checkpoint", say("print the newest signed checkpoint, to keep outside"));
  checkpoint->add_option("--out", *out_file, say("write it to this file instead"));
  checkpoint->callback([&cli, out_file] {
    const auto note = cli.office().checkpoint(cli.actor());
    if (!note) {
      throw engine::saying<engine::NotFoundError>(
          Message("no checkpoint yet; sign one with `coopflow seal --key PREFIX.key`"),
          "checkpoint", "");
    }
    if (!out_file->empty()) write_output_file(*out_file, *note);
    if (cli.json) {
      cli.print_json({{"checkpoint", *note}});
    } else if (out_file->empty()) {
      std::cout << *note;
    } else {
      std::cout << say(Message("wrote {1}", {terminal_safe(*out_file)})) << "\n";
    }
  });
}

}  // namespace coopflow::cli
