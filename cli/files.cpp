// Files the user names: read whole, or written for --out.
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli.h"
#include "coopflow/engine/errors.h"
#include "exit_codes.h"

namespace coopflow::cli {

void write_output_file(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) {
    throw engine::saying<engine::ValidationError>(
        Message("cannot create {1}; check the folder exists and is writable", {path}), "out");
  }
  out << text;
  out.close();
  if (!out) {
    throw engine::saying<OutputError>(
        Message("could not write {1}; check the disk, then run it again", {path}));
  }
}

std::string read_input_file(const std::string& path, const char* what) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw engine::saying<engine::NotFoundError>(
        Message("cannot read {1} {2}", {engine::word(what), path}), what, path);
  }
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string read_regular_file(const std::string& path, std::int64_t max_bytes,
                              const char* too_big) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const auto status = fs::status(path, ec);
  if (ec || !fs::exists(status)) {
    throw engine::saying<engine::NotFoundError>(Message("cannot read {1}; check the path", {path}),
                                                "file", path);
  }
  if (!fs::is_regular_file(status)) {
    throw engine::saying<engine::ValidationError>(
        Message("{1} is not a regular file; give a file", {path}), "file");
  }
  const auto size = fs::file_size(path, ec);
  if (!ec && size > static_cast<std::uintmax_t>(max_bytes)) {
    throw engine::saying<engine::ValidationError>(Message(too_big, {path}), "file");
  }
  return read_input_file(path, N_("file"));
}

}  // namespace coopflow::cli
