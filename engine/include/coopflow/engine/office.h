#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "coopflow/engine/actor.h"
#include "coopflow/engine/case_file.h"
#include "coopflow/engine/clock.h"
#include "coopflow/engine/field_validation.h"
#include "coopflow/engine/registry.h"
#include "coopflow/engine/replay.h"
#include "coopflow/storage/records.h"
#include "coopflow/storage/store.h"

namespace coopflow::engine {

// An event the acting user could fire now, or why not yet.
struct AllowedEvent {
  std::string event;
  std::string role;     // the role they would act in
  std::string blocked;  // "" if they may fire it now; else the rule that stops them
};

struct CaseView {
  storage::CaseRow row;
  std::string state_path;  // e.g. "Active.Execution.PlanReview"
  CaseFile file;
  std::vector<storage::ApprovalRow> approvals;
  std::vector<AllowedEvent> allowed;
  std::string stage_due;  // YYYY-MM-DD the current stage is due, or ""
  bool overdue = false;
};

// The result of a successful command: the entry it appended.
struct Receipt {
  JournalEntry entry;
};

struct VerifyProblem {
  std::string case_id;
  long long seq = 0;  // 0: the case as a whole
  std::string message;
};

struct VerifyReport {
  long long cases = 0;
  long long entries = 0;
  int threads = 1;  // 2 when the journal was large enough to split
  std::vector<VerifyProblem> problems;  // the first problem of each bad case
  bool ok() const { return problems.empty(); }
};

// The command path of coopflow: every operation a user can do, each checked
// (user, role, four-eyes, state, fields) and, for writes, done in one
// transaction that appends to the journal or changes nothing.
//
// Throws the errors of errors.h for anything a user can cause, and
// storage::StorageError for database conditions (busy, missing, not ours).
// Not thread-safe: one Office per thread or process.
class Office {
 public:
  // Creates the database and its first administrator.
  static Office init(const std::string& path, const std::string& admin, const Actor& actor,
                     const Clock& clock, const Registry& registry);
  static Office open(const std::string& path, const Clock& clock, const Registry& registry);

  const Registry& registry() const { return registry_; }
  storage::Store& store() { return store_; }

  // Runs body, and every command it calls, in one transaction: the bulk path
  // (imports, seeding). If anything in body throws, nothing of body is kept.
  void batch(const std::function<void()>& body) { store_.write(body); }

  // --- users (admin) ---
  void add_user(const Actor& actor, const std::string& name, const std::vector<std::string>& roles,
                const std::string& full_name);
  void grant(const Actor& actor, const std::string& name, const std::string& role);
  void revoke(const Actor& actor, const std::string& name, const std::string& role);
  void disable(const Actor& actor, const std::string& name);
  std::vector<storage::UserRow> users(const Actor& actor);

  // --- cases ---
  Receipt open_case(const Actor& actor, const std::string& workflow, const CaseRequest& request);
  Receipt fire(const Actor& actor, const std::string& case_id, const std::string& event,
               const RawFields& fields);
  CaseView show(const Actor& actor, const std::string& case_id);
  std::vector<storage::CaseRow> list(const Actor& actor, storage::CaseFilter filter, bool mine);
  std::vector<JournalEntry> history(const Actor& actor, const std::string& case_id);
  VerifyReport verify(const Actor& actor, const std::optional<std::string>& case_id);

 private:
  Office(storage::Store store, const Clock& clock, const Registry& registry);
  // The acting user, enabled; throws NotFoundError or ForbiddenError.
  storage::UserRow require_user(const Actor& actor);
  void require_admin(const Actor& actor);
  storage::CaseRow require_case(const std::string& case_id);
  const Workflow& workflow_of(const storage::CaseRow& row) const;
  void record_user_change(const Actor& actor, const std::string& action, const std::string& target,
                          const std::string& detail);
  std::string now();

  storage::Store store_;
  const Clock& clock_;
  const Registry& registry_;
};

}  // namespace coopflow::engine
