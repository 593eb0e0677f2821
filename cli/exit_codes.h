#pragma once

#include <exception>

#include "coopflow/engine/errors.h"

// The CLI's contract with scripts: one exit code per kind of failure, and a
// stable name for it in --json errors. Documented in README.md.
namespace coopflow::cli {

enum class ExitCode : int {
  kOk = 0,
  kInternal = 1,
  kUsage = 2,
  kInvalidValue = 3,
  kNotFound = 4,
  kForbidden = 5,
  kIllegalTransition = 6,
  kConflict = 7,
  kVerificationFailed = 8,
  kOutputFailed = 9,  // the command ran, but what it printed could not be written
};

// What a command wrote to a file the user named (--out) could not be written
// (a full disk): exit 9, like a failed stdout.
class OutputError : public engine::Error {
 public:
  using engine::Error::Error;
};

struct Failure {
  ExitCode code;
  const char* kind;  // "invalid-value", "not-found", ...
};

// The exit code and kind of an error the engine (or CLI11) threw; anything
// not a typed error is internal.
Failure classify(const std::exception& error);

}  // namespace coopflow::cli
