#include "exit_codes.h"

#include <CLI/CLI.hpp>

#include "coopflow/engine/errors.h"

namespace coopflow::cli {

Failure classify(const std::exception& e) {
  using namespace coopflow::engine;
  // A busy database is a conflict (7) here: retrying is the answer to both.
  if (dynamic_cast<const CLI::ParseError*>(&e)) return {ExitCode::kUsage, "usage"};
  if (dynamic_cast<const OutputError*>(&e)) return {ExitCode::kOutputFailed, "output-failed"};
  if (dynamic_cast<const ValidationError*>(&e)) return {ExitCode::kInvalidValue, "invalid-value"};
  if (dynamic_cast<const DatabaseError*>(&e)) return {ExitCode::kInvalidValue, "invalid-value"};
  if (dynamic_cast<const NotFoundError*>(&e)) return {ExitCode::kNotFound, "not-found"};
  if (dynamic_cast<const ForbiddenError*>(&e)) return {ExitCode::kForbidden, "forbidden"};
  if (dynamic_cast<const AuthenticationError*>(&e)) {
    return {ExitCode::kForbidden, "unauthenticated"};
  }
  if (dynamic_cast<const TooManyAttemptsError*>(&e)) return {ExitCode::kConflict, "too-many"};
  if (dynamic_cast<const IllegalTransitionError*>(&e)) {
    return {ExitCode::kIllegalTransition, "illegal-transition"};
  }
  if (dynamic_cast<const ConflictError*>(&e)) return {ExitCode::kConflict, "conflict"};
  if (dynamic_cast<const IntegrityError*>(&e)) {
    return {ExitCode::kVerificationFailed, "verification-failed"};
  }
  return {ExitCode::kInternal, "internal"};
}

}  // namespace coopflow::cli
