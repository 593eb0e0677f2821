// export --format jsonl|csv|iati: the log for outsiders to recompute every
// hash, chain and the tree; one row per case for spreadsheets; IATI 2.03.
#include <iostream>

#include "cli.h"
#include "coopflow/engine/errors.h"
#include "coopflow/engine/exports.h"
#include "coopflow/engine/proof.h"
#include "export_target.h"
#include "output.h"

namespace coopflow::cli {

void add_export_command(CLI::App& app, Cli& cli) {
  struct Args {
    std::string format, case_id, since, out;
  };
  auto args = std::make_shared<Args>();
  auto* cmd = app.add_subcommand("export", say("the record in formats other tools read"));
  cmd->add_option(
         "--format", args->format,
         say("jsonl: every log entry, one JSON object per line, with its hash; csv: one row "
             "per case (RFC 4180); csv-excel: the same rows as Excel opens them in your "
             "language; iati: an IATI 2.03 iati-activities document"))
      ->required()
      ->check(CLI::IsMember({"jsonl", "csv", "csv-excel", "iati"}));
  cmd->add_option("--case", args->case_id, say("jsonl: only this case's entries"));
  cmd->add_option("--since", args->since,
                  say("jsonl: only entries written on or after this date (YYYY-MM-DD)"));
  cmd->add_option("--out", args->out, say("write to this file (else stdout)"));
  cmd->callback([&cli, args] {
    if (args->format != "jsonl" && (!args->case_id.empty() || !args->since.empty())) {
      throw CLI::ValidationError(
          say("--case and --since select log entries: they apply to --format jsonl only"));
    }
    auto office = cli.office();
    // Settings are read before the file is made: a refusal leaves nothing.
    std::optional<engine::IatiReporter> reporter;
    if (args->format == "iati") {
      reporter = office.iati_reporter(cli.actor());
      engine::CaseQuery any;
      any.limit = 1;
      if (office.list(cli.actor(), any).empty()) {
        throw engine::saying<engine::ConflictError>(
            Message("there are no cases to export; IATI needs at least one activity"));
      }
    }
    ExportTarget target(args->out);
    std::ostream& out = target.stream();
    // The export is the document: --json changes nothing here, and no other JSON is printed.
    cli.printed_json = true;
    long long count = 0;
    if (args->format == "jsonl") {
      office.export_log(
          cli.actor(),
          args->case_id.empty() ? std::nullopt : std::optional<std::string>(args->case_id),
          args->since.empty() ? std::nullopt : std::optional<std::string>(args->since),
          [&](const engine::JournalEntry& e) {
            out << engine::entry_json(e).dump(-1, ' ', false,
                                              nlohmann::json::error_handler_t::replace)
                << "\n";
            ++count;
          });
      target.commit(count, N_("wrote {1} entries to {2}"));
    } else if (args->format == "csv" || args->format == "csv-excel") {
      engine::CsvExport csv(
          out, args->format == "csv"
                   ? engine::CsvShape{}
                   : engine::CsvShape::spreadsheet(std::string(users_language()) == "fr"));
      office.export_cases(cli.actor(), [&](const engine::CaseRecord& r) {
        csv.add(r);
        ++count;
      });
      target.commit(count, N_("wrote {1} cases to {2}"));
    } else {
      engine::IatiExport iati(out, *reporter, engine::format_utc(cli.clock.now()));
      office.export_cases(cli.actor(), [&](const engine::CaseRecord& r) {
        iati.add(r);
        ++count;
      });
      iati.finish();
      target.commit(count, N_("wrote {1} activities to {2}"));
    }
  });
}

}  // namespace coopflow::cli
