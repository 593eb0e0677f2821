#pragma once

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "coopflow/engine/actor.h"
#include "coopflow/engine/clock.h"
#include "coopflow/engine/office.h"
#include "coopflow/engine/registry.h"
#include "say.h"

namespace coopflow::cli {

// What every command shares: the global options and the way to the database.
struct Cli {
  std::string db;        // --db, else $COOPFLOW_DB, else ./coopflow.db
  std::string as_user;   // --as, else $COOPFLOW_USER, else the OS login
  std::string seal_key;  // --seal-key, else $COOPFLOW_SEAL_KEY: every write seals its head
  bool json = false;
  int verbosity = 0;
  engine::Registry registry;
  engine::SystemClock clock;
  mutable std::optional<engine::Actor> actor_;  // resolved once (getpwuid reads /etc/passwd)
  mutable bool printed_json = false;            // stdout holds its one JSON document

  std::string os_login() const;
  engine::Actor actor() const;
  engine::Office office() const;
  // Prints the command's one JSON document on stdout, one line.
  void print_json(const nlohmann::json& doc) const;
};

// Each registers one subcommand on app; its callback runs the command.
void add_init_command(CLI::App& app, Cli& cli);
void add_user_command(CLI::App& app, Cli& cli);
void add_workflows_command(CLI::App& app, Cli& cli);
void add_open_command(CLI::App& app, Cli& cli);
void add_do_command(CLI::App& app, Cli& cli);
void add_show_command(CLI::App& app, Cli& cli);
void add_list_command(CLI::App& app, Cli& cli);
void add_history_command(CLI::App& app, Cli& cli);
void add_verify_command(CLI::App& app, Cli& cli);
void add_diagram_command(CLI::App& app, Cli& cli);
void add_key_commands(CLI::App& app, Cli& cli);
void add_prove_commands(CLI::App& app, Cli& cli);
void add_export_command(CLI::App& app, Cli& cli);
void add_config_command(CLI::App& app, Cli& cli);
void add_tasks_command(CLI::App& app, Cli& cli);
void add_budget_command(CLI::App& app, Cli& cli);
void add_attach_commands(CLI::App& app, Cli& cli);
void add_assign_command(CLI::App& app, Cli& cli);
void add_stats_command(CLI::App& app, Cli& cli);
void add_import_command(CLI::App& app, Cli& cli);
void add_archive_command(CLI::App& app, Cli& cli);
void add_serve_command(CLI::App& app, Cli& cli);

// The text of a file the user named, or NotFoundError naming `what` (a msgid:
// "public key", "checkpoint"...).
std::string read_input_file(const std::string& path, const char* what);
// The bytes of a regular file the user named: NotFoundError if it is not
// there, ValidationError if it is a folder or device or over max_bytes (the
// message is the msgid too_big, its {1} the path), checked before it is read.
std::string read_regular_file(const std::string& path, std::int64_t max_bytes, const char* too_big);
// Writes text to the file the user named (--out), or ValidationError.
void write_output_file(const std::string& path, const std::string& text);

}  // namespace coopflow::cli
