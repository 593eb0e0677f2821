#include <sys/stat.h>

#include <fstream>
#include <iostream>
#include <sstream>

#include "cli.h"
#include "coopflow/engine/errors.h"
#include "coopflow/engine/values.h"

namespace coopflow::cli {
namespace {

// FIELD=@path reads the value from a file; FIELD=@@text is the literal "@text".
std::string read_value_file(const std::string& field, const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) {
    throw engine::ValidationError(field, field + "=@" + path + ": no such file; check the path");
  }
  if (static_cast<std::size_t>(st.st_size) > engine::kMaxValueBytes) {
    throw engine::ValidationError(field, field + "=@" + path + " is " + std::to_string(st.st_size) +
                                             " bytes, over the 64 KiB limit; shorten it");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw engine::ValidationError(field,
                                  field + "=@" + path + " cannot be read; check its permissions");
  }
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

engine::RawFields parse_assignments(const std::vector<std::string>& args) {
  engine::RawFields fields;
  for (const auto& arg : args) {
    const auto eq = arg.find('=');
    if (eq == std::string::npos || eq == 0) {
      throw CLI::ValidationError("'" + arg.substr(0, 40) + "' is not FIELD=VALUE");
    }
    const std::string name = arg.substr(0, eq);
    std::string value = arg.substr(eq + 1);
    if (value.rfind("@@", 0) == 0) {
      value.erase(0, 1);
    } else if (value.rfind('@', 0) == 0) {
      value = read_value_file(name, value.substr(1));
    }
    if (!fields.emplace(name, value).second) {
      throw engine::ValidationError(name, name + " is given twice; give each field once");
    }
  }
  return fields;
}

}  // namespace

void add_do_command(CLI::App& app, Cli& cli) {
  struct Args {
    std::string case_id, event, comment;
    std::vector<std::string> fields;
  };
  auto args = std::make_shared<Args>();
  auto* cmd = app.add_subcommand("do", "fire an event on a case");
  cmd->add_option("case", args->case_id, "case id, e.g. EC-2010-0001")->required();
  cmd->add_option("event", args->event, "event name; see `coopflow show CASE`")->required();
  cmd->add_option("fields", args->fields, "FIELD=VALUE or FIELD=@file");
  auto* comment = cmd->add_option("--comment", args->comment, "a comment recorded with the event");
  cmd->callback([&cli, args, comment] {
    engine::RawFields fields = parse_assignments(args->fields);
    if (comment->count() > 0) {
      if (!fields.emplace("comment", args->comment).second) {
        throw engine::ValidationError("comment",
                                      "give the comment once: --comment or comment=, not both");
      }
    }
    const auto receipt = cli.office().fire(cli.actor(), args->case_id, args->event, fields);
    const auto& e = receipt.entry;
    if (cli.json) {
      cli.print_json({{"case_id", e.case_id},
                      {"seq", e.seq},
                      {"event", e.event},
                      {"from_state", e.from_state},
                      {"to_state", e.to_state},
                      {"hash", e.hash}});
    } else {
      std::cout << e.case_id << " #" << e.seq << " " << e.event << ": " << e.from_state << " -> "
                << e.to_state << "\n";
    }
  });
}

}  // namespace coopflow::cli
