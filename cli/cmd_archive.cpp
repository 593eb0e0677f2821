// archive: the institution's public "Archives of missions" page.
#include <iostream>

#include "cli.h"
#include "coopflow/engine/archive_page.h"
#include "coopflow/engine/clock.h"
#include "export_target.h"

namespace coopflow::cli {
namespace {

// A year as --from and --to take it.
std::string year_check(const std::string& v) {
  const bool year =
      v.size() == 4 && v.find_first_not_of("0123456789") == std::string::npos && v >= "1900";
  return year ? std::string() : "a year is four digits, e.g. 2005";
}

}  // namespace

void add_archive_command(CLI::App& app, Cli& cli) {
  struct Args {
    std::string format, out;
    int from = 0, to = 0;
  };
  auto args = std::make_shared<Args>();
  auto* cmd = app.add_subcommand(
      "archive",
      "the public page of past missions, by year, newest first: imported and closed cases");
  cmd->add_option("--format", args->format, "html: one self-contained page; markdown")
      ->required()
      ->check(CLI::IsMember({"html", "markdown"}));
  cmd->add_option("--from", args->from, "the first year it covers")->check(year_check);
  cmd->add_option("--to", args->to, "the last year it covers")->check(year_check);
  cmd->add_option("--out", args->out, "write to this file (else stdout)");
  cmd->callback([&cli, args] {
    if (args->from != 0 && args->to != 0 && args->from > args->to) {
      throw CLI::ValidationError("--from and --to",
                                 "--from " + std::to_string(args->from) + " is after --to " +
                                     std::to_string(args->to) + "; give the earlier year first");
    }
    auto office = cli.office();
    engine::ArchivePage page;
    page.institution = office.institution_name(cli.actor());
    page.generated_on = engine::format_utc(cli.clock.now()).substr(0, 10);
    page.missions = office.archive(cli.actor(), args->from, args->to);
    ExportTarget target(args->out);
    cli.printed_json = true;  // the page is the document
    target.stream() << (args->format == "html" ? engine::archive_html(page)
                                               : engine::archive_markdown(page));
    target.commit(static_cast<long long>(page.missions.size()), "missions");
  });
}

}  // namespace coopflow::cli
