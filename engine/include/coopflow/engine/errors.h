#pragma once

#include <memory>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "coopflow/engine/message.h"

// The errors a user can cause, each a type of its own that says what it was
// about. An operation that throws one of these has changed nothing. Callers
// (the CLI, the web server) map each type to their own codes: exit codes and
// HTTP statuses are theirs, not the engine's. Each message is one line that
// says what was wrong and how to fix it.
namespace coopflow::engine {

class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
  // The message as it can be translated, if it was given as one (what() is
  // its English).
  const Message* message() const { return message_.get(); }
  void set_message(Message m) { message_ = std::make_shared<const Message>(std::move(m)); }

 private:
  std::shared_ptr<const Message> message_;  // shared: exceptions are copied
};

// An E made of args and m's English (its what()), carrying m to be said in
// the reader's language: throw saying<ValidationError>(Message(...), field).
template <class E, class... Args>
E saying(Message m, Args&&... args) {
  E error(std::forward<Args>(args)..., m.english());
  error.set_message(std::move(m));
  return error;
}

// m, about a damaged record, then how to find what is damaged: `coopflow
// verify` on the command line, the Audit page in the browser.
inline Message damaged_record(const Message& m) {
  return Message("{1}; run `coopflow verify`", {m})
      .in_browser(Message("{1}; an auditor's Audit page names what is damaged", {m}));
}

// What error says, to be said in the reader's language: its Message, or its
// English what() as it is when it was given none.
inline Message message_of(const std::exception& error) {
  const auto* e = dynamic_cast<const Error*>(&error);
  return e != nullptr && e->message() != nullptr ? *e->message() : Message::verbatim(error.what());
}

// A value a user supplied is malformed, missing or out of range.
class ValidationError : public Error {
 public:
  ValidationError(std::string field, const std::string& message)
      : Error(message), field_(std::move(field)) {}
  const std::string& field() const { return field_; }

 private:
  std::string field_;
};

// A case, user, workflow, state, event or database that does not exist.
class NotFoundError : public Error {
 public:
  NotFoundError(std::string what, std::string name, const std::string& message)
      : Error(message), what_(std::move(what)), name_(std::move(name)) {}
  const std::string& thing() const { return what_; }
  const std::string& name() const { return name_; }

 private:
  std::string what_;
  std::string name_;
};

// The acting user may not do this: missing role, four-eyes, disabled.
class ForbiddenError : public Error {
 public:
  ForbiddenError(std::string user, std::string rule, const std::string& message)
      : Error(message), user_(std::move(user)), rule_(std::move(rule)) {}
  const std::string& user() const { return user_; }
  // The rule enforced: "role", "four-eyes" or "disabled".
  const std::string& rule() const { return rule_; }

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

 private:
  std::string case_id_;
  std::string state_;
  std::string event_;
  std::vector<std::string> allowed_;
};

// The change would change nothing, or contradicts what exists (a user added
// twice, the last administrator removed).
class ConflictError : public Error {
 public:
  using Error::Error;
};

// Another command held the database past the busy timeout: retry.
class BusyError : public ConflictError {
 public:
  using ConflictError::ConflictError;
};

// The file named as the database cannot serve as one: not a coopflow database,
// newer than this binary, not writable, or in a folder other accounts can
// write (docs/security.md).
class DatabaseError : public Error {
 public:
  using Error::Error;
};

// Stored history does not verify: a hash, a sequence, a replay, a cache.
class IntegrityError : public Error {
 public:
  IntegrityError(std::string case_id, long long seq, const std::string& message)
      : Error(message), case_id_(std::move(case_id)), seq_(seq) {}
  const std::string& case_id() const { return case_id_; }
  long long seq() const { return seq_; }

 private:
  std::string case_id_;
  long long seq_;
};

// Who is asking is not established: a wrong user name or password, no
// session, or one that expired or was signed out (the web server: 401).
class AuthenticationError : public Error {
 public:
  using Error::Error;
};

// Too many failed sign-ins for this user: wait, or ask an admin (429).
class TooManyAttemptsError : public Error {
 public:
  using Error::Error;
};

// A failure that is not the user's: the disk, the SQLite library, a bug.
class InternalError : public Error {
 public:
  using Error::Error;
};

}  // namespace coopflow::engine
