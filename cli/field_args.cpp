#include "field_args.h"

#include <sys/stat.h>

#include <CLI/CLI.hpp>
#include <fstream>
#include <sstream>

#include "coopflow/engine/errors.h"
#include "coopflow/engine/values.h"
#include "say.h"

namespace coopflow::cli {
namespace {

// FIELD=@path reads the value from a file; FIELD=@@text is the literal "@text".
std::string read_value_file(const std::string& field, const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    throw engine::saying<engine::ValidationError>(
        Message("{1}=@{2}: no such file; check the path", {field, path}), field);
  }
  if (!S_ISREG(st.st_mode)) {
    throw engine::saying<engine::ValidationError>(
        Message("{1}=@{2} is not a regular file (a folder, device or pipe); give the path of a "
                "text file",
                {field, path}),
        field);
  }
  if (static_cast<std::size_t>(st.st_size) > engine::kMaxValueBytes) {
    throw engine::saying<engine::ValidationError>(
        Message("{1}=@{2} is {3} bytes, over the 64 KiB limit; shorten it",
                {field, path, std::to_string(st.st_size)}),
        field);
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw engine::saying<engine::ValidationError>(
        Message("{1}=@{2} cannot be read; check its permissions", {field, path}), field);
  }
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

engine::RawFields parse_assignments(const std::vector<std::string>& args) {
  engine::RawFields fields;
  for (const auto& arg : args) {
    const auto eq = arg.find('=');
    if (eq == std::string::npos || eq == 0) {
      throw CLI::ValidationError(say(Message("'{1}' is not FIELD=VALUE", {arg.substr(0, 40)})));
    }
    const std::string name = arg.substr(0, eq);
    std::string value = arg.substr(eq + 1);
    if (value.rfind("@@", 0) == 0) {
      value.erase(0, 1);
    } else if (value.rfind('@', 0) == 0) {
      value = read_value_file(name, value.substr(1));
    }
    if (!fields.emplace(name, value).second) {
      throw engine::saying<engine::ValidationError>(
          Message("{1} is given twice; give each field once", {name}), name);
    }
  }
  return fields;
}

}  // namespace coopflow::cli
