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
    throw engine::ValidationError(
        "out", "cannot create " + path + "; check the folder exists and is writable");
  }
  out << text;
  out.close();
  if (!out) throw OutputError("could not write " + path + "; check the disk, then run it again");
}

std::string read_input_file(const std::string& path, const std::string& what) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw engine::NotFoundError(what, path, "cannot read " + what + " " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string read_regular_file(const std::string& path, std::int64_t max_bytes,
                              const std::string& too_big) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const auto status = fs::status(path, ec);
  if (ec || !fs::exists(status)) {
    throw engine::NotFoundError("file", path, "cannot read " + path + "; check the path");
  }
  if (!fs::is_regular_file(status)) {
    throw engine::ValidationError("file", path + " is not a regular file; give a file");
  }
  const auto size = fs::file_size(path, ec);
  if (!ec && size > static_cast<std::uintmax_t>(max_bytes)) {
    throw engine::ValidationError("file", path + " " + too_big);
  }
  return read_input_file(path, "file");
}

}  // namespace coopflow::cli
