#include "export_target.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <iostream>

#include "coopflow/engine/errors.h"
#include "exit_codes.h"
#include "output.h"
#include "say.h"

namespace coopflow::cli {

ExportTarget::ExportTarget(const std::string& out) : out_(out) {
  if (out_.empty()) return;
  std::error_code ec;
  target_ = out_;
  if (std::filesystem::exists(target_, ec)) {
    target_ = std::filesystem::canonical(target_, ec).string();
  }
  const bool regular =
      !std::filesystem::exists(target_, ec) || std::filesystem::is_regular_file(target_, ec);
  // Replacing it by a rename would bypass its mode: a file the user may not
  // write stays as it is.
  if (std::filesystem::exists(target_, ec) && ::access(target_.c_str(), W_OK) != 0) {
    throw engine::saying<engine::ValidationError>(
        Message("cannot write {1} (it is write-protected); choose another file", {out_}), "out");
  }
  if (regular) temp_ = target_ + ".partial-" + std::to_string(::getpid());
  file_.open(regular ? temp_ : target_, std::ios::binary | std::ios::trunc);
  if (!file_) {
    throw engine::saying<engine::ValidationError>(
        Message("cannot create {1}; check the folder exists and is writable", {out_}), "out");
  }
}

ExportTarget::~ExportTarget() {
  if (!committed_ && !temp_.empty()) std::remove(temp_.c_str());
}

std::ostream& ExportTarget::stream() { return out_.empty() ? std::cout : file_; }

void ExportTarget::commit(long long count, const char* said) {
  if (out_.empty()) {
    std::cout.flush();
    return;
  }
  file_.close();
  if (!file_ || (!temp_.empty() && std::rename(temp_.c_str(), target_.c_str()) != 0)) {
    throw engine::saying<OutputError>(
        Message("could not write {1}; check the disk, then export again", {out_}));
  }
  committed_ = true;
  std::cerr << say(Message(said, {std::to_string(count), terminal_safe(out_)})) << "\n";
}

}  // namespace coopflow::cli
