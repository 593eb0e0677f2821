// coopflow: one program for coordinators, managers, auditors and administrators.
// main parses, runs one command, and maps each typed error to its exit code.
#include <fcntl.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <sstream>

#include "cli.h"
#include "coopflow/engine/errors.h"
#include "coopflow/web/i18n.h"
#include "coopflow/workflows/builtin.h"
#include "exit_codes.h"
#include "output.h"
#include "parse_errors.h"
#include "terminal_text.h"

namespace {

using coopflow::cli::ExitCode;
using coopflow::cli::Failure;
using coopflow::cli::label_before_colon;
using coopflow::cli::program_prefix;
using coopflow::cli::say;
using coopflow::engine::Message;

constexpr const char* kVersion = "coopflow 0.1.0";

// One line on stderr; with --json, the error as stdout's one document, unless
// the command already printed its own (verify's report names its failure).
int fail(const coopflow::cli::Cli& cli, Failure failure, const std::string& message) {
  const std::string line = coopflow::cli::terminal_safe(message);
  std::cerr << program_prefix() << line << "\n";
  if (cli.json && !cli.printed_json) {
    cli.print_json({{"error", coopflow::cli::error_json(failure, message)}});
  }
  return static_cast<int>(failure.code);
}

void set_up_logging(int verbosity) {
  auto logger = spdlog::stderr_color_mt("coopflow");
  spdlog::set_default_logger(logger);
  spdlog::set_pattern("coopflow [%l] %v");
  spdlog::set_level(verbosity >= 2   ? spdlog::level::debug
                    : verbosity == 1 ? spdlog::level::info
                                     : spdlog::level::warn);
}

// What an option takes where CLI11 would say TEXT: a file, a user.
constexpr std::pair<const char*, const char*> kPlaceholders[] = {
    {"db", N_("FILE")},       {"out", N_("FILE")}, {"key", N_("FILE")},  {"pubkey", N_("FILE")},
    {"seal-key", N_("FILE")}, {"as", N_("USER")},  {"admin", N_("USER")}};

// The placeholder of the option whose long names are lnames, or nullptr.
const char* placeholder_of(const std::vector<std::string>& lnames) {
  for (const auto& [name, placeholder] : kPlaceholders) {
    if (!lnames.empty() && lnames.front() == name) return placeholder;
  }
  return nullptr;
}

// --help in the user's language: CLI11's own words (its labels, the help
// flag, the group titles), the commands' and options' texts being said where
// they are declared.
void say_help_in_users_language(CLI::App& app) {
  const auto formatter = app.get_formatter();
  for (const char* key : {N_("OPTIONS"), N_("SUBCOMMAND"), N_("SUBCOMMANDS"), N_("REQUIRED")}) {
    formatter->label(key, say(key));
  }
  for (const char* type : coopflow::cli::kCli11TypeNames) formatter->label(type, say(type));
  // The labels and group titles CLI11 follows with ':'.
  for (const char* key : {N_("Usage"), N_("Positionals"), N_("Env"), N_("Needs"), N_("Excludes")}) {
    formatter->label(key, label_before_colon(key));
  }
  for (CLI::Option* option : app.get_options()) {
    if (option->get_group() == "Options") option->group(label_before_colon("Options"));
    if (const char* placeholder = placeholder_of(option->get_lnames())) {
      option->type_name(say(placeholder));
      continue;
    }
    // The type before a validator's description ("TEXT:{csv,iati}"), which
    // the formatter's labels, matching the whole, would not find.
    const std::string type = option->get_type_name();
    const auto colon = type.find(':');
    if (colon != std::string::npos) option->type_name(say(type.substr(0, colon).c_str()));
  }
  for (CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    if (sub->get_group() == "Subcommands") sub->group(label_before_colon("Subcommands"));
    say_help_in_users_language(*sub);
  }
}

std::string command_names(const CLI::App& app) {
  std::string out;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    out += (out.empty() ? "" : ", ") + sub->get_name();
  }
  return out;
}

// --json anywhere on the line, for output printed before options are applied.
bool wants_json(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--json") == 0) return true;
  }
  return false;
}

// What the command printed reached stdout, or a line on stderr and exit 9:
// `> evidence.json` on a full disk must not pass for a complete export.
int output_written(int code) {
  std::cout.flush();
  if (std::cout || code != 0) return code;  // a failure was already reported on stderr
  std::cerr << program_prefix()
            << say(Message("could not write the output ({1}); the command itself completed: "
                           "check the disk or where stdout goes, then read the result again",
                           {std::strerror(errno)}))
            << "\n";
  return static_cast<int>(ExitCode::kOutputFailed);
}

int run_command(int argc, char** argv) {
  if (::fcntl(STDOUT_FILENO, F_GETFD) < 0) {
    std::cerr << program_prefix()
              << say("standard output is closed; nothing was done (give it a file or a terminal)")
              << "\n";
    return static_cast<int>(ExitCode::kUsage);
  }
  coopflow::cli::Cli cli;
  CLI::App app{say("coopflow: the system of record for international cooperation requests")};
  app.require_subcommand(0, 1);
  app.set_help_flag("-h,--help", say("Print this help message and exit"));
  app.set_version_flag("--version", kVersion, say("Display program version information and exit"));
  const char* env_db = std::getenv("COOPFLOW_DB");
  cli.db = env_db != nullptr && *env_db != '\0' ? env_db : "coopflow.db";
  // CLI11 puts the option's name before what this says.
  const auto not_empty = [](const std::string& v) {
    return v.empty() ? say("needs a value; it may not be empty") : std::string();
  };
  app.add_option("--db", cli.db, say("database file (else $COOPFLOW_DB, else ./coopflow.db)"))
      ->check(not_empty);
  app.add_option("--as", cli.as_user,
                 say("act as this user (else $COOPFLOW_USER, else the OS login)"))
      ->check(not_empty);
  const char* env_seal = std::getenv("COOPFLOW_SEAL_KEY");
  cli.seal_key = env_seal != nullptr ? env_seal : "";
  app.add_option(
         "--seal-key", cli.seal_key,
         say("every write seals its new head with this private key (else $COOPFLOW_SEAL_KEY)"))
      ->check(not_empty);
  app.add_flag("--json", cli.json,
               say("machine-readable output on stdout: always one JSON document"));
  app.add_flag("-v,--verbose", cli.verbosity, say("more log output on stderr (-vv for debug)"));
  app.fallthrough();
  app.parse_complete_callback([&cli] { set_up_logging(cli.verbosity); });

  coopflow::cli::add_init_command(app, cli);
  coopflow::cli::add_user_command(app, cli);
  coopflow::cli::add_workflows_command(app, cli);
  coopflow::cli::add_open_command(app, cli);
  coopflow::cli::add_do_command(app, cli);
  coopflow::cli::add_show_command(app, cli);
  coopflow::cli::add_list_command(app, cli);
  coopflow::cli::add_history_command(app, cli);
  coopflow::cli::add_verify_command(app, cli);
  coopflow::cli::add_diagram_command(app, cli);
  coopflow::cli::add_key_commands(app, cli);
  coopflow::cli::add_prove_commands(app, cli);
  coopflow::cli::add_config_command(app, cli);
  coopflow::cli::add_tasks_command(app, cli);
  coopflow::cli::add_budget_command(app, cli);
  coopflow::cli::add_attach_commands(app, cli);
  coopflow::cli::add_assign_command(app, cli);
  coopflow::cli::add_stats_command(app, cli);
  coopflow::cli::add_export_command(app, cli);
  coopflow::cli::add_import_command(app, cli);
  coopflow::cli::add_archive_command(app, cli);
  coopflow::cli::add_serve_command(app, cli);
  say_help_in_users_language(app);

  try {
    coopflow::workflows::register_builtin_workflows(cli.registry);
    const auto started = std::chrono::steady_clock::now();
    try {
      app.parse(argc, argv);
    } catch (const CLI::ExtrasError& e) {
      if (!app.get_subcommands().empty()) throw;
      throw CLI::ExtrasError(say(Message("unknown command '{1}'; commands are {2}",
                                         {app.remaining().front(), command_names(app)})),
                             CLI::ExitCodes::ExtrasError);
    }
    if (app.get_subcommands().empty()) {
      throw CLI::RequiredError(say(Message("a command is required: {1}", {command_names(app)})),
                               CLI::ExitCodes::RequiredError);
    }
    spdlog::debug("done in {} us", std::chrono::duration_cast<std::chrono::microseconds>(
                                       std::chrono::steady_clock::now() - started)
                                       .count());
    return 0;
  } catch (const CLI::CallForHelp& e) {
    if (!wants_json(argc, argv)) return app.exit(e);
    std::ostringstream out, err;
    app.exit(e, out, err);
    cli.print_json({{"help", out.str()}});
    return 0;
  } catch (const CLI::CallForVersion&) {
    if (wants_json(argc, argv)) {
      cli.print_json({{"version", kVersion}});
    } else {
      std::cout << kVersion << "\n";
    }
    return 0;
  } catch (const CLI::ParseError& e) {
    cli.json = cli.json || wants_json(argc, argv);
    return fail(cli, coopflow::cli::classify(e),
                say(Message("{1}; see coopflow --help", {coopflow::cli::parse_error_message(e)})));
  } catch (const coopflow::engine::Error& e) {
    return fail(cli, coopflow::cli::classify(e),
                coopflow::web::said_in(coopflow::web::environment_lang(), e));
  } catch (const std::exception& e) {
    return fail(cli, {ExitCode::kInternal, "internal"},
                say(Message("internal error: {1}; please report this", {e.what()})));
  }
}

int run(int argc, char** argv) { return output_written(run_command(argc, argv)); }

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (...) {
    // Only printing an error itself can get here (a closed stdout, say).
    std::fputs("coopflow: internal error while reporting an error; please report this\n", stderr);
    return static_cast<int>(ExitCode::kInternal);
  }
}
