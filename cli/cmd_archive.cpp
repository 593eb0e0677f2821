// archive: the institution's public "Archives of missions" page.
#include <iostream>

#include "cli.h"
#include "coopflow/engine/archive_page.h"
#include "coopflow/engine/clock.h"
#include "coopflow/engine/errors.h"
#include "coopflow/engine/values.h"
#include "export_target.h"

namespace coopflow::cli {
void add_archive_command(CLI::App& app, Cli& cli) {
  struct Args {
    std::string format, out, from, to, lang;
  };
  auto args = std::make_shared<Args>();
  auto* cmd = app.add_subcommand(
      "archive",
      say("the public page of past missions, by year, newest first: imported and closed cases"));
  cmd->add_option("--format", args->format, say("html: one self-contained page; markdown"))
      ->required()
      ->check(CLI::IsMember({"html", "markdown"}));
  cmd->add_option("--from", args->from, say("the first year it covers (YYYY)"));
  cmd->add_option("--to", args->to, say("the last year it covers (YYYY)"));
  cmd->add_option("--lang", args->lang,
                  say("the page's language: en or fr (else the user's, from LANG)"))
      ->check(CLI::IsMember({"en", "fr"}));
  cmd->add_option("--out", args->out, say("write to this file (else stdout)"));
  cmd->callback([&cli, args] {
    const int from = args->from.empty() ? 0 : engine::parse_year("--from", args->from);
    const int to = args->to.empty() ? 0 : engine::parse_year("--to", args->to);
    if (from != 0 && to != 0 && from > to) {
      throw engine::saying<engine::ValidationError>(
          Message("--from {1} is after --to {2}; give the earlier year first",
                  {args->from, args->to}),
          "--from");
    }
    auto office = cli.office();
    engine::ArchivePage page;
    page.institution = office.institution_name(cli.actor());
    page.generated_on = engine::format_utc(cli.clock.now()).substr(0, 10);
    page.missions = office.archive(cli.actor(), from, to);
    page.lang = args->lang.empty() ? users_language() : args->lang;
    page.say = [lang = page.lang](const Message& m) { return say_in(lang, m); };
    ExportTarget target(args->out);
    cli.printed_json = true;  // the page is the document
    target.stream() << (args->format == "html" ? engine::archive_html(page)
                                               : engine::archive_markdown(page));
    target.commit(static_cast<long long>(page.missions.size()), N_("wrote {1} missions to {2}"));
  });
}

}  // namespace coopflow::cli
