// export --format jsonl: the log, one JSON object per entry, for outsiders to
// recompute every hash, chain and the tree (CSV and IATI come next).
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli.h"
#include "coopflow/engine/errors.h"
#include "coopflow/engine/proof.h"
#include "output.h"

namespace coopflow::cli {

void add_export_command(CLI::App& app, Cli& cli) {
  struct Args {
    std::string format, case_id, since, out;
  };
  auto args = std::make_shared<Args>();
  auto* cmd = app.add_subcommand("export", "the record in formats other tools read");
  cmd->add_option("--format", args->format,
                  "jsonl: every log entry, one JSON object per line, with its hash")
      ->required()
      ->check(CLI::IsMember({"jsonl"}));
  cmd->add_option("--case", args->case_id, "only this case's entries");
  cmd->add_option("--since", args->since,
                  "only entries written on or after this date (YYYY-MM-DD)");
  cmd->add_option("--out", args->out, "write to this file (else stdout)");
  cmd->callback([&cli, args] {
    // A new or regular file is written under a temporary name and renamed at
    // the end (through a symbolic link, onto what it points to): a failed
    // export leaves no file. A device or a pipe is written to as it is.
    std::string target = args->out;
    std::error_code ec;
    if (!target.empty() && std::filesystem::exists(target, ec)) {
      target = std::filesystem::canonical(target, ec).string();
    }
    const bool regular = target.empty() || !std::filesystem::exists(target, ec) ||
                         std::filesystem::is_regular_file(target, ec);
    const std::string temp =
        regular && !target.empty() ? target + ".partial-" + std::to_string(::getpid()) : "";
    struct Remove {
      const std::string& path;
      bool keep = false;
      ~Remove() {
        if (!keep && !path.empty()) std::remove(path.c_str());
      }
    } cleanup{temp};
    std::ofstream file;
    if (!args->out.empty()) {
      file.open(regular ? temp : target, std::ios::binary | std::ios::trunc);
      if (!file) {
        throw engine::ValidationError(
            "out", "cannot create " + args->out + "; check the folder exists and is writable");
      }
    }
    std::ostream& out = args->out.empty() ? std::cout : file;
    // Lines are the document: --json changes nothing here, and no other JSON is printed.
    cli.printed_json = true;
    long long lines = 0;
    cli.office().export_log(
        cli.actor(),
        args->case_id.empty() ? std::nullopt : std::optional<std::string>(args->case_id),
        args->since.empty() ? std::nullopt : std::optional<std::string>(args->since),
        [&](const engine::JournalEntry& e) {
          out << engine::entry_json(e).dump(-1, ' ', false,
                                            nlohmann::json::error_handler_t::replace)
              << "\n";
          ++lines;
        });
    if (args->out.empty()) return;
    file.close();
    if (!file || (regular && std::rename(temp.c_str(), target.c_str()) != 0)) {
      throw engine::ValidationError("out", "cannot write " + args->out + "; check the disk");
    }
    cleanup.keep = true;
    std::cerr << "wrote " << lines << " entries to " << terminal_safe(args->out) << "\n";
  });
}

}  // namespace coopflow::cli
