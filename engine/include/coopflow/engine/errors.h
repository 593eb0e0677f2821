#pragma once

#include <stdexcept>
#include <string>
#include <vector>

// The errors a user can cause. Each type maps to one CLI exit code; each message
// is one line that says what was wrong and how to fix it. An operation that
// throws one of these has changed nothing.
namespace coopflow::engine {

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
};

class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
  virtual ExitCode exit_code() const = 0;
  // A stable machine-readable name for --json output ("invalid-value", ...).
  virtual const char* kind() const = 0;
};

// A value a user supplied is malformed, missing or out of range.
class ValidationError : public Error {
 public:
  ValidationError(std::string field, const std::string& message)
      : Error(message), field_(std::move(field)) {}
  const std::string& field() const { return field_; }
  ExitCode exit_code() const override { return ExitCode::kInvalidValue; }
  const char* kind() const override { return "invalid-value"; }

 private:
  std::string field_;
};

// A case, user, workflow or event that does not exist.
class NotFoundError : public Error {
 public:
  NotFoundError(std::string what, std::string name, const std::string& message)
      : Error(message), what_(std::move(what)), name_(std::move(name)) {}
  const std::string& thing() const { return what_; }
  const std::string& name() const { return name_; }
  ExitCode exit_code() const override { return ExitCode::kNotFound; }
  const char* kind() const override { return "not-found"; }

 private:
  std::string what_;
  std::string name_;
};

// The acting user may not do this: missing role, four-eyes, disabled, read-only.
class ForbiddenError : public Error {
 public:
  ForbiddenError(std::string user, std::string rule, const std::string& message)
      : Error(message), user_(std::move(user)), rule_(std::move(rule)) {}
  const std::string& user() const { return user_; }
  // The policy rule enforced, e.g. "four-eyes" or "role".
  const std::string& rule() const { return rule_; }
  ExitCode exit_code() const override { return ExitCode::kForbidden; }
  const char* kind() const override { return "forbidden"; }

 private:
  std::string user_;
  std::string rule_;
};

// The event is not allowed in the case's current state, or its precondition
// (a guard of the workflow) does not hold.
class IllegalTransitionError : public Error {
 public:
  IllegalTransitionError(std::string case_id, std::string state, std::string event,
                         std::vector<std::string> allowed, const std::string& message)
      : Error(message),
        case_id_(std::move(case_id)),
        state_(std::move(state)),
        event_(std::move(event)),
        allowed_(std::move(allowed)) {}
  const std::string& case_id() const { return case_id_; }
  const std::string& state() const { return state_; }
  const std::string& event() const { return event_; }
  const std::vector<std::string>& allowed() const { return allowed_; }
  ExitCode exit_code() const override { return ExitCode::kIllegalTransition; }
  const char* kind() const override { return "illegal-transition"; }

 private:
  std::string case_id_;
  std::string state_;
  std::string event_;
  std::vector<std::string> allowed_;
};

// Someone else got there first, the database is busy, or the thing exists already.
class ConflictError : public Error {
 public:
  using Error::Error;
  ExitCode exit_code() const override { return ExitCode::kConflict; }
  const char* kind() const override { return "conflict"; }
};

// Stored history does not verify: a hash, a sequence or a replay is wrong.
class IntegrityError : public Error {
 public:
  IntegrityError(std::string case_id, long long seq, const std::string& message)
      : Error(message), case_id_(std::move(case_id)), seq_(seq) {}
  const std::string& case_id() const { return case_id_; }
  long long seq() const { return seq_; }
  ExitCode exit_code() const override { return ExitCode::kVerificationFailed; }
  const char* kind() const override { return "verification-failed"; }

 private:
  std::string case_id_;
  long long seq_;
};

}  // namespace coopflow::engine
