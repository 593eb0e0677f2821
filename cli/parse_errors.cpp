#include "parse_errors.h"

#include <regex>

namespace coopflow::cli {
namespace {

using engine::Message;

// One form of CLI11's English (CLI11 2.1, Debian 12), with the message that
// says it: the pattern's groups fill the message's places in order.
struct Form {
  std::regex pattern;
  const char* message;
};

const std::vector<Form>& forms() {
  static const std::vector<Form> known = [] {
    const auto form = [](const char* pattern, const char* message) {
      return Form{std::regex(pattern), message};
    };
    return std::vector<Form>{
        form(R"(A subcommand is required)", N_("this command needs a subcommand: see its --help")),
        form(R"(([^ ]+) is required)", N_("{1} is required")),
        form(R"(The following arguments? (?:was|were) not expected: (.*))",
             N_("not expected here: {1}")),
        form(R"(([^ ]+): \d+ required ([^ ]+) missing)", N_("{1} needs a value ({2})")),
        form(R"(([^ ]+): At Most 1 required but received (\d+))",
             N_("{1} is given {2} times; give it once")),
        form(R"(([^ ]+): Value (.*) not in range (-?\d+) to (-?\d+))",
             N_("{1}: '{2}' is not a whole number from {3} to {4}")),
        form(R"(([^ ]+): (.*) not in \{(.*)\})", N_("{1}: '{2}' is not one of {3}")),
        form(R"(The value (.*) is not an allowed value for ([^ ]+))",
             N_("{2}: '{1}' is not an allowed value")),
        form(R"(Could not convert: ([^ ]+) = (.*))", N_("{1}: '{2}' is not of the form it takes")),
        form(R"(([^ ]+): Should be true/false or a number)", N_("{1} takes no value")),
        form(R"(([^ ]+): too many inputs for a flag)", N_("{1} takes no value")),
        form(R"(([^ ]+) excludes ([^ ]+))", N_("{1} cannot be used with {2}")),
        form(R"(([^ ]+) requires ([^ ]+))", N_("{1} needs {2} as well")),
        form(R"((.+) was not readable \(missing\?\))", N_("{1} cannot be read (missing?)")),
        // An option's own check (said already), or CLI11's words for one.
        form(R"(([^ ]+): (.*))", N_("{1}: {2}")),
    };
  }();
  return known;
}

}  // namespace

bool is_cli11_type_name(const std::string& text) {
  for (const char* name : kCli11TypeNames) {
    if (text == name) return true;
  }
  return false;
}

Message parse_error_message(const CLI::ParseError& error) {
  const std::string said = error.what();
  std::smatch groups;
  for (const Form& f : forms()) {
    if (!std::regex_match(said, groups, f.pattern)) continue;
    std::vector<engine::Term> args;
    for (std::size_t i = 1; i < groups.size(); ++i) {
      const std::string group = groups[i].str();
      // CLI11's type names are said as the help says them ("TEXTE"); what
      // the user typed, as it is.
      args.push_back(is_cli11_type_name(group) ? engine::word(group) : engine::Term(group));
    }
    return Message(f.message, std::move(args));
  }
  return Message::verbatim(said);
}

}  // namespace coopflow::cli
