#pragma once

#include <cstddef>
#include <cstdint>
#include <exception>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "coopflow/engine/access.h"
#include "coopflow/engine/actor.h"
#include "coopflow/engine/approval.h"
#include "coopflow/engine/attachment.h"
#include "coopflow/engine/authority.h"
#include "coopflow/engine/budget.h"
#include "coopflow/engine/case_file.h"
#include "coopflow/engine/case_record.h"
#include "coopflow/engine/case_summary.h"
#include "coopflow/engine/clock.h"
#include "coopflow/engine/exports.h"
#include "coopflow/engine/field_validation.h"
#include "coopflow/engine/journal_entry.h"
#include "coopflow/engine/message.h"
#include "coopflow/engine/mission_import.h"
#include "coopflow/engine/proof.h"
#include "coopflow/engine/registry.h"
#include "coopflow/engine/settings.h"
#include "coopflow/engine/signing.h"
#include "coopflow/engine/stats.h"
#include "coopflow/engine/user.h"

namespace coopflow::storage {
class Store;
}

namespace coopflow::engine {
namespace detail {
class FoldCache;
struct FoldedCase;
}  // namespace detail

// An event the acting user could fire now, or why not yet.
struct AllowedEvent {
  std::string event;
  std::string role;     // the role they would act in
  std::string blocked;  // "" if they may fire it now; else the rule that stops them
  Message blocked_why;  // the same, to be said in the reader's language
};

struct CaseView {
  // The folded file is shared with the fold the Office may keep (keep_folds),
  // not copied: a file holds every document version.
  explicit CaseView(std::shared_ptr<const CaseFile> folded)
      : shared_file(std::move(folded)), file(*shared_file) {}
  CaseSummary summary;
  std::string state_path;  // e.g. "Active.Execution.PlanReview"
  std::shared_ptr<const CaseFile> shared_file;
  const CaseFile& file;  // *shared_file
  std::vector<Approval> approvals;
  std::vector<AllowedEvent> allowed;
  std::vector<Attachment> attachments;  // documents attached, by number
  Assignment holders;                   // who holds it
  std::string stage_due;                // YYYY-MM-DD the current stage is due, or ""
  bool overdue = false;
  // The case's journal, oldest first (its timeline), shared with the fold as
  // the file is: a page shows both without a second read.
  std::shared_ptr<const std::vector<JournalEntry>> entries;
};

// Which cases `list` returns, by id, a page at a time.
struct CaseQuery {
  std::string state;       // "": any; else a state some workflow declares
  std::string workflow;    // "": any; else a registered workflow
  bool mine = false;       // only the cases the acting user holds (assign)
  std::string after;       // keyset pagination: ids strictly greater
  std::int64_t limit = 0;  // 0: no limit
};

// A case in someone's inbox: where it stands, what they may do now, and when
// its current stage is due.
struct Task {
  CaseSummary summary;
  // What the user may fire now to take the case on its course (none blocked,
  // none aside: suspend and withdraw are always there for someone).
  std::vector<AllowedEvent> events;
  std::string due;        // YYYY-MM-DD the current stage is due, or ""
  long days_overdue = 0;  // days past due (today - due), 0 if not overdue
  bool held = false;      // the user holds the case (assigned to them)
};

// The result of a successful command: the entry it appended.
struct Receipt {
  JournalEntry entry;
};

struct VerifyProblem {
  std::string case_id;  // "" for a problem of the whole journal
  long long seq = 0;    // 0: the case as a whole
  Message message;      // said in the reader's language
};

// What an auditor brings to verify from outside the file.
struct VerifyOptions {
  // Also SQLite's integrity check and every value re-validated (slower).
  bool deep = false;
  // Public keys the auditor trusts (--pubkey, 32 raw bytes each): a checkpoint
  // then counts only if one of them signed it.
  std::vector<std::string> pinned_keys;
  // Checkpoints kept outside the database (--checkpoint): (where from, note).
  std::vector<std::pair<std::string, std::string>> checkpoints;
  bool strict = false;  // entries after the newest valid checkpoint are a problem
  bool first = false;   // list only the first problem
};

struct VerifyReport {
  // At most this many problems are listed (memory stays bounded whatever the
  // file holds); problem_count counts them all.
  static constexpr std::size_t kMaxListed = 100;
  std::size_t max_listed = kMaxListed;

  long long cases = 0;
  long long entries = 0;                // case entries (the journal)
  long long office_entries = 0;         // administration entries (the office log)
  int threads = 1;                      // 2 when the journal was large enough to split
  std::vector<VerifyProblem> problems;  // the first kMaxListed: the first of each bad case
  long long problem_count = 0;
  long long log_size = 0;      // entries in the log (both halves), when checked whole
  long long sealed = 0;        // entries the newest valid checkpoint covers
  long long checkpoints = 0;   // checkpoints checked (stored and given)
  std::vector<Message> notes;  // what is not a problem but an auditor must know
  bool ok() const { return problem_count == 0; }
  void add(VerifyProblem problem) {
    ++problem_count;
    if (problems.size() < max_listed) problems.push_back(std::move(problem));
  }
};

// How hard each commit waits for the disk. kFull (the default) survives power
// loss; kNormal only a crash of the process (for seeding and benchmarks).
enum class Durability { kFull, kNormal };

// The command path of coopflow: every operation a user can do, each checked
// (user, authority, state, fields) and, for writes, done in one transaction
// that appends to the journal or changes nothing.
//
// Throws the errors of errors.h, and nothing else, for anything a user can
// cause or fix. Not thread-safe: one Office per thread or process.
class Office {
 public:
  // Creates the database and its first administrator, all or nothing: the
  // file appears at path complete, or not at all.
  static Office init(const std::string& path, const std::string& admin, const Actor& actor,
                     const Clock& clock, const Registry& registry);
  static Office open(const std::string& path, const Clock& clock, const Registry& registry);

  Office(Office&&) noexcept;
  Office& operator=(Office&&) = delete;
  ~Office();

  const Registry& registry() const { return registry_; }
  void set_durability(Durability durability);

  // Runs body, and every command it calls, in one transaction: the bulk path
  // (imports, seeding). If anything in body throws, nothing of body is kept.
  void batch(const std::function<void()>& body);
  // Runs each job (a command on this Office) in one write transaction, each
  // in a savepoint of its own: a job that throws wrote nothing, and its error
  // is in its slot of what is returned (empty: done). The others commit
  // together, with one sync and one seal (group commit: the server's writes).
  // If the transaction itself fails, every slot holds an error.
  std::vector<std::exception_ptr> write_together(const std::vector<std::function<void()>>& jobs);

  // --- users (admin; listing also auditors) ---
  void add_user(const Actor& actor, const std::string& name, const std::vector<std::string>& roles,
                const std::string& full_name);
  void grant(const Actor& actor, const std::string& name, const std::string& role);
  void revoke(const Actor& actor, const std::string& name, const std::string& role);
  void disable(const Actor& actor, const std::string& name);
  void enable(const Actor& actor, const std::string& name);
  std::vector<User> users(const Actor& actor);
  // Each user as people name them (their full name, else their login), by
  // login: for pages that show who did what (any user; names are no secret
  // within the office).
  std::map<std::string, std::string> people(const Actor& actor);
  // The acting user as registered (NotFoundError if not).
  User me(const Actor& actor);

  // --- sign-in (the web server) ---
  // Sets name's password (an admin for anyone, every user their own), kept as
  // an Argon2id hash; the log records that it was set (password-set), never
  // the hash. Ends name's sessions. ValidationError for a password under
  // kMinPasswordBytes or over kMaxPasswordBytes.
  void set_password(const Actor& actor, const std::string& name, const std::string& password);
  // Checks name's password and opens a session, journaled (sign-in, with
  // address). AuthenticationError for an unknown or disabled user, one with no
  // password, or a wrong password (recorded: kMaxFailedSignIns within
  // kLockoutWindow lock the user out, and the lockout is journaled);
  // TooManyAttemptsError while locked out.
  SignIn sign_in(const std::string& name, const std::string& password, const std::string& address);
  // The live session of token; AuthenticationError if there is none, or it
  // expired (idle or too old), or its user was disabled.
  SessionUser session(const std::string& token);
  // The session of token if it is live and needs no write (its idle clock
  // moved within the last minute), read only; otherwise nullopt, and
  // session() decides. For a reading request's snapshot, where no write may be.
  std::optional<SessionUser> fresh_session(const std::string& token);
  // Ends the session, journaled (sign-out); AuthenticationError if it is not live.
  void sign_out(const std::string& token, const std::string& address);

  // --- signing keys and checkpoints ---
  // Registers the Ed25519 public key in public_key_pem (read from `source`) under name (admin).
  void add_key(const Actor& actor, const std::string& name, const std::string& public_key_pem,
               const std::string& source);
  // The key stops signing; checkpoints it signed stay valid (admin).
  void retire_key(const Actor& actor, const std::string& name);
  std::vector<RegisteredKey> keys(const Actor& actor);
  // Signs a checkpoint of the whole log with key, which must be registered and
  // in service (admin or auditor); returns the signed note.
  std::string seal(const Actor& actor, const SigningKey& key);
  // A proof of the case for an outsider: its entries and the newest one's
  // inclusion in `checkpoint` (a signed note of this database), or in the newest
  // stored checkpoint when none is given. Throws ConflictError when no
  // checkpoint covers the case's newest entry, ValidationError for a checkpoint
  // of another database, IntegrityError when the log no longer matches it.
  CaseProof prove(const Actor& actor, const std::string& case_id,
                  const std::optional<std::string>& checkpoint);
  // Copies the database to a new file at dest, consistent while others write
  // (admin or auditor). The copy verifies against the checkpoints it holds.
  void backup(const Actor& actor, const std::string& dest);
  // Every log entry (the case's only, if case_id is given; those written on or
  // after `since`, a YYYY-MM-DD date, if given), in log order, from one
  // snapshot, to visit: constant memory however long the log.
  void export_log(const Actor& actor, const std::optional<std::string>& case_id,
                  const std::optional<std::string>& since,
                  const std::function<void(const JournalEntry&)>& visit);
  // Every case folded into its CaseRecord (csv and IATI exports), in id
  // order, from one snapshot, to visit: the memory of one case at a time.
  void export_cases(const Actor& actor, const std::function<void(const CaseRecord&)>& visit);
  // The completed cases (imported missions and workflow cases closed with
  // their work done) whose year (archive_year) is within [from, to] (0: no
  // bound), newest first: the missions of the public archive page.
  std::vector<CaseRecord> archive(const Actor& actor, int from, int to);
  // The institution's name for pages it publishes (iati.org-name), or "".
  std::string institution_name(const Actor& actor);
  // The institution as IATI's reporting organisation, from the settings;
  // NotFoundError while iati.org-ref is not set.
  IatiReporter iati_reporter(const Actor& actor);
  // The newest signed checkpoint's note, if any.
  std::optional<std::string> checkpoint(const Actor& actor);
  // From now on, every write seals its own new head in its transaction, with
  // the private key in the PEM file at path (read at the first write, so that
  // reads never need it).
  void seal_every_write(const std::string& path) { seal_key_path_ = path; }
  // Keep the folds of the last `cases` cases shown, each valid while its
  // newest entry is the one it was made at: for a long-lived Office (a server
  // thread's); a command run once gains nothing from it.
  void keep_folds(std::size_t cases);

  // --- settings (setting: admin; reading: any role) ---
  // Journals the setting (config-set); throws ValidationError for an unknown
  // name or a value of the wrong form, ConflictError if it holds that value.
  // Returns the value as stored (canonical: "007" days is stored as "7").
  std::string set_setting(const Actor& actor, const std::string& name, const std::string& value);
  // Back to its default (config-unset); ConflictError if it is not set.
  void unset_setting(const Actor& actor, const std::string& name);
  // The database's id (origin) first, then every known setting that is set or
  // has a default (set_at 0), by name.
  std::vector<Setting> settings(const Actor& actor);

  // --- who holds a case (managers and admins assign) ---
  // Makes coordinator (if given) and manager (if given; "" for none) hold the
  // case; journaled. Each must be an enabled user holding that role.
  Assignment assign(const Actor& actor, const std::string& case_id,
                    const std::optional<std::string>& coordinator,
                    const std::optional<std::string>& manager);
  // Who assign accepts as a case's role ("coordinator" or "manager"): the
  // enabled users holding that role, by name (managers and admins).
  std::vector<User> may_hold(const Actor& actor, const std::string& role);

  // --- attached documents (coordinators and managers attach; any role reads) ---
  // Stores bytes (the file `name`) with the case, journaled with their
  // SHA-256, size, type and name. ValidationError for an unknown kind, an empty
  // file or one over kMaxAttachmentBytes.
  // bytes are read, not copied: an upload's are the request's (P6).
  Attachment attach(const Actor& actor, const std::string& case_id, std::string_view bytes,
                    const std::string& name, const std::string& kind, const std::string& title);
  std::vector<Attachment> attachments(const Actor& actor, const std::string& case_id);
  // A document and its bytes, checked against the recorded SHA-256 first
  // (IntegrityError if they no longer match).
  std::pair<Attachment, std::string> attachment(const Actor& actor, const std::string& case_id,
                                                std::int64_t number);

  // --- the envelope (policy rule 4) ---
  // Sets the year's envelope (admin; journaled as the setting budget.YEAR).
  void set_budget(const Actor& actor, const std::string& year, const std::string& amount,
                  const std::string& currency);
  // The year's envelope and what the plans approved that year commit.
  BudgetReport budget(const Actor& actor, const std::string& year);

  // --- the historical import (admin) ---
  // Makes each mission of the CSV text `bytes` (the file `file_name`, in the
  // columns of mission_columns()) a closed imported-mission case with one
  // `import` entry naming the file, its SHA-256 and the row's line, in one
  // transaction: all or nothing. Rows an earlier import recorded (the same
  // title, organiser, countries and first day) are not imported again.
  // Throws ImportError listing every bad row. progress is told as lines are
  // checked and rows written.
  ImportReport import_missions(const Actor& actor, const std::string& file_name,
                               const std::string& bytes, const ImportProgress& progress);

  // --- cases ---
  Receipt open_case(const Actor& actor, const std::string& workflow, const CaseRequest& request);
  Receipt fire(const Actor& actor, const std::string& case_id, const std::string& event,
               const RawFields& fields);
  CaseView show(const Actor& actor, const std::string& case_id);
  std::vector<CaseSummary> list(const Actor& actor, const CaseQuery& query);
  std::vector<JournalEntry> history(const Actor& actor, const std::string& case_id);
  // The office dashboard over the cases received in `year` ("" for all) of
  // `workflow` ("" for all).
  OfficeStats stats(const Actor& actor, const std::string& year, const std::string& workflow);
  // Every open case whose current stage is past its deadline (within the
  // query's workflow and state, the user's own with mine), most overdue
  // first, at most query.limit (0: all; `after` does not apply). events stay
  // empty.
  std::vector<Task> overdue(const Actor& actor, const CaseQuery& query);
  // Every open case where the acting user may fire an event of its course
  // now (not merely suspend or withdraw it), as the authority rules (a manager never gets their own
  // plan to approve), most urgent first: overdue, then by due date, then the rest by case id.
  std::vector<Task> tasks(const Actor& actor);
  // deep: also SQLite's own integrity check of every page and index, and every
  // recorded value judged as the write path judges it (slower: every payload
  // is parsed).
  VerifyReport verify(const Actor& actor, const std::optional<std::string>& case_id,
                      bool deep = false);
  VerifyReport verify(const Actor& actor, const std::optional<std::string>& case_id,
                      const VerifyOptions& options);

  // Runs body so that every read inside it (show, history, fresh_session...)
  // sees one snapshot, begun and ended once (a page's reads). A write inside
  // is a programming error (std::logic_error).
  void snapshot(const std::function<void()>& body);

 private:
  Office(std::unique_ptr<storage::Store> store, const Clock& clock, const Registry& registry);
  // Run body in a write or read transaction, turning storage's errors into the engine's.
  void write(const std::function<void()>& body);
  void read(const std::function<void()>& body);
  // The acting user, registered; throws NotFoundError.
  User require_user(const Actor& actor);
  // Throws unless the acting user is registered and the authority allows them
  // `operation`.
  void require(const Actor& actor, const EventSpec& operation);
  CaseSummary require_case(const std::string& case_id);
  const Workflow& workflow_of(const CaseSummary& summary) const;
  // Throws NotFoundError for a workflow or state no workflow declares.
  void check_query(const CaseQuery& query) const;
  // Visits every case not in a final state (of the query's workflow and
  // state, if given; held by holder, if not "") with its journal folded by
  // apply_heads, in id order.
  void for_each_open_case(const CaseQuery& query, const std::string& holder,
                          const std::function<void(const CaseSummary& cached, const CaseFile&,
                                                   const std::vector<JournalEntry>&)>& visit);
  // Appends the office entry `event` about user `name` and updates the user's
  // cached row, after check (the rules beyond the entry itself) passes.
  // An office entry of `event` by the acting user, in the role the authority
  // gives them for operation (enforced); the caller logs it.
  JournalEntry office_entry(const Actor& actor, const EventSpec& operation, const char* event,
                            std::string payload);
  void change_setting(const Actor& actor, const char* event, const std::string& name,
                      const std::string& payload);
  void change_user(const Actor& actor, const std::string& event, const std::string& name,
                   const std::string& payload,
                   const std::function<void(const User& before, const User& after)>& check);
  std::string now();
  // Appends the opening entry of a new case of wf with the validated fields
  // and inserts its case row, in the caller's write; returns the entry.
  JournalEntry open_with(const Workflow& wf, const User& user, std::string_view role,
                         const Actor& actor, const nlohmann::json& fields, const std::string& at);

  // The journal-only part of show(): from folds_ when it is current.
  std::shared_ptr<const detail::FoldedCase> folded(const std::string& case_id);

  std::unique_ptr<storage::Store> store_;
  std::unique_ptr<detail::FoldCache> folds_;
  std::string seal_key_path_;
  std::optional<SigningKey> seal_key_;
  int write_depth_ = 0;
  const Clock& clock_;
  const Registry& registry_;
};

}  // namespace coopflow::engine
