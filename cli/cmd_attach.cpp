// attach and attachments: documents kept with a case, their hash in the log.
#include <filesystem>
#include <iostream>

#include "cli.h"
#include "coopflow/engine/attachment.h"
#include "coopflow/engine/errors.h"
#include "coopflow/engine/values.h"
#include "output.h"

namespace coopflow::cli {
void add_attach_commands(CLI::App& app, Cli& cli) {
  struct Args {
    std::string case_id, file, kind, title, out;
    std::int64_t number = 0;
  };
  auto args = std::make_shared<Args>();
  auto* attach = app.add_subcommand(
      "attach",
      say("keep a document with a case; its SHA-256 goes into the log (coordinator, manager)"));
  attach->add_option(say("case"), args->case_id, say("e.g. EC-2010-0001"))->required();
  attach->add_option(say("file"), args->file, say("the document (at most 25 MiB)"))->required();
  attach->add_option("--kind", args->kind, engine::join(engine::attachment_kinds(), "|"))
      ->required();
  attach->add_option("--title", args->title, say("what it is (default: the file's name)"));
  attach->callback([&cli, args] {
    const std::string bytes = read_regular_file(
        args->file, engine::kMaxAttachmentBytes,
        N_("{1} is over the 25 MiB a document may be; attach a smaller or compressed copy"));
    const std::string name = std::filesystem::path(args->file).filename().string();
    const auto a =
        cli.office().attach(cli.actor(), args->case_id, bytes, name, args->kind, args->title);
    if (cli.json) {
      cli.print_json(json_form(a));
    } else {
      std::cout << say(Message(
                       "{1} document {2}: {3} ({4}, {5}, {6} bytes, sha256 {7})",
                       {terminal_safe(a.case_id), std::to_string(a.number), terminal_safe(a.title),
                        a.kind, a.media_type, std::to_string(a.size), a.sha256}))
                << "\n";
    }
  });

  auto* list = app.add_subcommand(
      "attachments", say("list a case's documents, or write document N out (checked first)"));
  list->add_option(say("case"), args->case_id, say("e.g. EC-2010-0001"))->required();
  list->add_option(say("number"), args->number, say("the document to write out"))
      ->check([](const std::string& v) {
        const bool number = !v.empty() && v.find_first_not_of("0123456789") == std::string::npos &&
                            v.find_first_not_of('0') != std::string::npos;
        return number ? std::string()
                      : say("N is a document's number: 1, 2, ... (see `coopflow attachments "
                            "CASE`)");
      });
  list->add_option("--out", args->out, say("where to write document N"));
  list->callback([&cli, args] {
    if (args->number > 0) {
      if (args->out.empty()) {
        throw CLI::ValidationError("--out", say("give the file to write document N to"));
      }
      const auto [a, bytes] = cli.office().attachment(cli.actor(), args->case_id, args->number);
      write_output_file(args->out, bytes);
      if (cli.json) {
        cli.print_json(json_form(a));
      } else {
        std::cout << say(Message("wrote {1} ({2} bytes, SHA-256 checked)",
                                 {terminal_safe(args->out), std::to_string(a.size)}))
                  << "\n";
      }
      return;
    }
    const auto all = cli.office().attachments(cli.actor(), args->case_id);
    if (cli.json) {
      nlohmann::json out = nlohmann::json::array();
      for (const auto& a : all) out.push_back(json_form(a));
      cli.print_json({{"attachments", out}});
      return;
    }
    std::vector<std::vector<std::string>> rows;
    for (const auto& a : all) {
      rows.push_back(
          {std::to_string(a.number), a.kind, a.title, a.media_type, std::to_string(a.size)});
    }
    if (rows.empty()) {
      std::cout << say(Message("no documents; attach one with `coopflow attach {1} FILE --kind "
                               "request-letter`",
                               {terminal_safe(args->case_id)}))
                << "\n";
      return;
    }
    print_table({N_("N"), N_("KIND"), N_("TITLE"), N_("TYPE"), N_("BYTES")}, rows);
  });
}

}  // namespace coopflow::cli
