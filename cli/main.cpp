// coopflow: one program for coordinators, managers, auditors and administrators.
// main parses, runs one command, and maps each typed error to its exit code.
#include <SQLiteCpp/Exception.h>
#include <chrono>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <cstdlib>
#include <iostream>

#include "cli.h"
#include "coopflow/engine/errors.h"
#include "coopflow/storage/errors.h"
#include "coopflow/workflows/builtin.h"

namespace {

using coopflow::engine::ExitCode;
using coopflow::storage::StorageError;

ExitCode exit_code_of(const StorageError& e) {
  switch (e.kind()) {
    case StorageError::Kind::kBusy:
    case StorageError::Kind::kAlreadyExists:
      return ExitCode::kConflict;
    case StorageError::Kind::kMissing:
      return ExitCode::kNotFound;
    case StorageError::Kind::kNotCoopflow:
    case StorageError::Kind::kTooNew:
    case StorageError::Kind::kUnwritable:
      return ExitCode::kInvalidValue;
  }
  return ExitCode::kInternal;
}

const char* kind_of(ExitCode code) {
  switch (code) {
    case ExitCode::kOk:
      return "ok";
    case ExitCode::kInternal:
      return "internal";
    case ExitCode::kUsage:
      return "usage";
    case ExitCode::kInvalidValue:
      return "invalid-value";
    case ExitCode::kNotFound:
      return "not-found";
    case ExitCode::kForbidden:
      return "forbidden";
    case ExitCode::kIllegalTransition:
      return "illegal-transition";
    case ExitCode::kConflict:
      return "conflict";
    case ExitCode::kVerificationFailed:
      return "verification-failed";
  }
  return "internal";
}

// One line on stderr (and, with --json, an error document on stdout).
int fail(const coopflow::cli::Cli& cli, ExitCode code, std::string message) {
  for (auto& c : message) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  std::cerr << "coopflow: " << message << "\n";
  if (cli.json) {
    cli.print_json(
        {{"error",
          {{"kind", kind_of(code)}, {"exit_code", static_cast<int>(code)}, {"message", message}}}});
  }
  return static_cast<int>(code);
}

void set_up_logging(int verbosity) {
  auto logger = spdlog::stderr_color_mt("coopflow");
  spdlog::set_default_logger(logger);
  spdlog::set_pattern("coopflow [%l] %v");
  spdlog::set_level(verbosity >= 2   ? spdlog::level::debug
                    : verbosity == 1 ? spdlog::level::info
                                     : spdlog::level::warn);
}

}  // namespace

int main(int argc, char** argv) {
  coopflow::cli::Cli cli;
  CLI::App app{"coopflow: the system of record for international cooperation requests"};
  app.require_subcommand(1);
  const char* env_db = std::getenv("COOPFLOW_DB");
  cli.db = env_db != nullptr && *env_db != '\0' ? env_db : "coopflow.db";
  app.add_option("--db", cli.db, "database file (else $COOPFLOW_DB, else ./coopflow.db)");
  app.add_option("--as", cli.as_user, "act as this user (else $COOPFLOW_USER, else the OS login)");
  app.add_flag("--json", cli.json, "machine-readable output on stdout");
  app.add_flag("-v,--verbose", cli.verbosity, "more log output on stderr (-vv for debug)");
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

  try {
    coopflow::workflows::register_builtin_workflows(cli.registry);
    const auto started = std::chrono::steady_clock::now();
    app.parse(argc, argv);
    spdlog::debug("done in {} us", std::chrono::duration_cast<std::chrono::microseconds>(
                                       std::chrono::steady_clock::now() - started)
                                       .count());
    return 0;
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    return fail(cli, ExitCode::kUsage, std::string(e.what()) + "; see coopflow --help");
  } catch (const coopflow::engine::Error& e) {
    return fail(cli, e.exit_code(), e.what());
  } catch (const StorageError& e) {
    return fail(cli, exit_code_of(e), e.what());
  } catch (const SQLite::Exception& e) {
    return fail(
        cli, ExitCode::kInternal,
        std::string("database error: ") + e.what() + "; run `coopflow verify` and report this");
  } catch (const std::exception& e) {
    return fail(cli, ExitCode::kInternal,
                std::string("internal error: ") + e.what() + "; please report this");
  }
}
