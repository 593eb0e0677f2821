#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "coopflow/storage/errors.h"
#include "coopflow/storage/records.h"

namespace SQLite {
class Database;
class Exception;
class Statement;
}  // namespace SQLite

namespace coopflow::storage {

class Cursor;

// The coopflow SQLite file: schema, migrations and every SQL statement.
//
// One Store is one connection; it is not thread-safe (use one per thread or
// process). Writes happen only inside write(), which runs its body in one
// BEGIN IMMEDIATE transaction: either all of the body's changes commit or none.
// Errors a user can cause throw StorageError; others throw SQLite::Exception.
// A forward-only cursor over rows in primary-key order, for streaming merges
// over millions of rows in constant memory. Valid while its Store lives.
template <class Row>
class RowStream {
 public:
  explicit RowStream(std::unique_ptr<Cursor> cursor);
  RowStream(RowStream&&) noexcept;
  ~RowStream();
  // Fills row with the next one; false at the end.
  bool next(Row& row);

 private:
  std::unique_ptr<Cursor> cursor_;
};

// A program that links this library runs SQLite without its allocation
// statistics (SQLITE_CONFIG_MEMSTATUS off, set as it starts): no
// sqlite3_memory_used(), no soft or hard heap limit.
class Store {
 public:
  static constexpr int kSchemaVersion = 5;
  // The oldest schema reads understand without an upgrade: later versions
  // changed no table a read uses.
  static constexpr int kReadableFrom = 4;

  enum class Durability { kFull, kNormal };

  // Creates a new database at path, all or nothing: the schema and whatever
  // `fill` writes (in one transaction) are built in a temporary file in the
  // same folder, which then appears at path complete, with mode 0600. Throws
  // kAlreadyExists if the path exists, kUnwritable if it cannot be created,
  // kUnsafe if other accounts can write its folder.
  static Store create(const std::string& path, const std::function<void(Store&)>& fill);
  // Copies this database, as one consistent snapshot while others write
  // (SQLite's online backup), to a new file at dest, all or nothing, mode 0600.
  // Throws kAlreadyExists, kUnwritable or kUnsafe as create() does.
  void backup_to(const std::string& dest);
  // Opens an existing database. Writes nothing: an older schema is upgraded
  // by the first write() (reads refuse one older than kReadableFrom with kTooOld). Throws kMissing,
  // kNotCoopflow, kTooNew, kUnwritable or kUnsafe.
  static Store open(const std::string& path);

  Store(Store&&) noexcept;
  Store& operator=(Store&&) noexcept;
  ~Store();

  const std::string& path() const { return path_; }
  void set_durability(Durability durability);
  // For a connection that reads everything once (verify): a small page cache
  // and no memory map, so that memory stays flat however large the file.
  void prefer_streaming();

  // Runs body in one IMMEDIATE transaction and commits it; rolls back if body
  // throws. Throws kBusy if another writer holds the lock past the timeout.
  // Called inside another write(), body joins the outer transaction: the
  // outermost write commits or rolls back everything (the bulk path).
  void write(const std::function<void()>& body);
  // Inside a write(): runs body in a savepoint, undone alone if body throws
  // (then rethrown), kept with the outer transaction otherwise.
  void savepoint(const std::function<void()>& body);
  // False once SQLite ended the transaction itself (it does on some I/O
  // errors): what a savepoint after that would write is in no transaction.
  bool in_transaction() const;
  // Runs body in one read transaction, so that everything it reads is one
  // consistent snapshot. Called inside another read() or write(), body joins
  // it; a write() inside a read() is a programming error (std::logic_error):
  // SQLite could not promise it the snapshot's view.
  void read(const std::function<void()>& body);

  // Called inside the write transaction that upgrades an older schema, after
  // the migrations ran, with the version the file had: what the engine must
  // derive for the new tables (the tree, the office log's first entry).
  void set_upgrade_hook(std::function<void(int from_version)> hook) {
    upgrade_hook_ = std::move(hook);
  }

  // --- inside write() ---
  std::int64_t next_case_number(const std::string& prefix, int year);
  std::int64_t next_position();
  bool case_exists(const std::string& id);
  void insert_case(const CaseRow& row);
  // An event that keeps the case's state leaves the (state, id) index alone.
  void update_case_head(const std::string& id, const std::string& from_state,
                        const std::string& to_state, std::int64_t last_seq,
                        const std::string& head_hash, const std::string& updated_at);
  void append_journal(const JournalRow& row);
  void insert_approval(const ApprovalRow& row);
  // Replaces the user's cached row and roles with `user`.
  void put_user(const UserRow& user);
  // The office log: columns as a JournalRow's, case_id and the states empty.
  void append_office_entry(const JournalRow& row);
  void put_tree_node(std::int64_t id, const std::string& hash);
  void put_setting(const std::string& name, const std::string& value, std::int64_t set_at);
  void delete_setting(const std::string& name);
  void put_signing_key(const SigningKeyRow& key);
  void insert_checkpoint(std::int64_t tree_size, const std::string& note);
  // row's own content is left aside: content is the document's bytes, bound
  // where they are (a 25 MiB upload is not copied for the insert).
  void insert_attachment(const AttachmentRow& row, std::string_view content);
  void put_assignment(const AssignmentRow& row);
  // Sign-in (not part of the log): credentials, sessions, failures.
  void put_credential(const std::string& user, const std::string& hash, std::int64_t set_at);
  void insert_session(const SessionRow& row);
  void touch_session(const std::string& token_hash, const std::string& last_seen);
  void delete_session(const std::string& token_hash);
  // Ends every session of user (a new password, a disabled account).
  void delete_sessions_of(const std::string& user);
  // Sessions whose last_seen is before idle_before or created_at before created_before.
  void delete_expired_sessions(const std::string& idle_before, const std::string& created_before);
  void add_sign_in_failure(const std::string& user, const std::string& at);
  void clear_sign_in_failures(const std::string& user);

  // --- reads ---
  std::optional<CaseRow> find_case(const std::string& id);
  std::vector<CaseRow> list_cases(const CaseFilter& filter);
  std::int64_t case_count();
  std::vector<JournalRow> journal(const std::string& case_id);
  // The hash of the case's newest entry, or "" if it has none: it names the
  // whole chain before it, so a fold of the case is current while it holds.
  std::string journal_head(const std::string& case_id);
  // Visits every entry of range in (case_id, seq) order, streaming: each row's
  // columns are written into `into`, then visit is called.
  void for_each_journal_entry(const KeyRange& range, const JournalTargets& into,
                              const std::function<void()>& visit);
  std::int64_t journal_count();
  // The highest position in the one log (journal and office log): its size.
  std::int64_t max_position();
  // The hash column of the entry at a position, in either table.
  std::optional<std::string> entry_hash_at(std::int64_t position);
  // The office log, whole, in position order (administration: small).
  std::vector<JournalRow> office_log();
  std::optional<JournalRow> last_office_entry();
  // Every entry of the log (journal and office log; office rows with an empty
  // case id and states) written at or after `since` (text order of `at`; ""
  // for all), in position order, streaming as for_each_journal_entry does.
  void for_each_log_entry(const std::string& since, const JournalTargets& into,
                          const std::function<void()>& visit);
  // Every (position, hash) of the log in position order, streaming.
  void for_each_leaf(
      const std::function<void(std::int64_t position, const std::string& hash)>& visit);
  // A stored perfect subtree by id, and every one in id order.
  std::optional<std::string> tree_node(std::int64_t id);
  RowStream<TreeNodeRow> tree_node_stream();  // by id
  std::optional<std::string> setting(const std::string& name);
  std::vector<SettingRow> settings();         // by name
  std::vector<SigningKeyRow> signing_keys();  // by name
  std::optional<CheckpointRow> latest_checkpoint();
  // A case's attachments by number, without their content.
  std::vector<AttachmentRow> attachments(const std::string& case_id);
  std::optional<AssignmentRow> assignment(const std::string& case_id);
  std::optional<std::string> credential(const std::string& user);  // the hash
  std::optional<SessionRow> session(const std::string& token_hash);
  // user's failed sign-ins at or after since.
  std::int64_t sign_in_failures(const std::string& user, const std::string& since);
  std::vector<AssignmentRow> assignments();  // by case
  // One attachment with its content.
  std::optional<AttachmentRow> attachment(const std::string& case_id, std::int64_t number);
  // Every attachment, content included, by position (verify: one at a time).
  void for_each_attachment(const std::function<void(const AttachmentRow&)>& visit);
  // In the order they were signed (by id); a seal signs the head, so their
  // sizes never decrease. No index on the size: one page less per sealed write.
  RowStream<CheckpointRow> checkpoint_stream();
  // The database file's size in bytes (its pages).
  std::int64_t file_bytes();
  // The case of the entry at a global position, if there is one.
  std::optional<std::string> journal_case_at(std::int64_t position);
  // The entry at the highest position (case id and seq), if any.
  std::optional<std::pair<std::string, std::int64_t>> last_journal_entry();
  std::vector<ApprovalRow> approvals(const std::string& case_id);
  // The cases with a `decision` recorded at a time in [from, to), by id.
  std::vector<std::string> cases_decided(const std::string& decision, const std::string& from,
                                         const std::string& to);
  RowStream<CaseRow> case_stream(const KeyRange& range);          // by id
  RowStream<ApprovalRow> approval_stream(const KeyRange& range);  // by (case_id, seq)
  // Inside a read snapshot, each user is read once and remembered until the
  // snapshot ends (nothing can change it meanwhile); inside a write, always read.
  std::optional<UserRow> find_user(const std::string& name);
  std::vector<UserRow> users();
  // Each user's login and full name ("" if none), by login: one query.
  std::vector<std::pair<std::string, std::string>> full_names();
  // The administration log of schema 1, read-only since schema 2.
  std::vector<UserChangeRow> user_changes();
  std::vector<CaseNumberRow> case_numbers();
  // How the schema (tables, indexes, triggers) differs from what coopflow
  // creates: each object missing, altered or added. Empty if intact.
  std::vector<SchemaDeviation> schema_deviations();
  // What SQLite's PRAGMA integrity_check finds wrong with the file's pages,
  // tables and indexes (a full scan); empty if nothing.
  std::vector<std::string> integrity_problems();

 private:
  Store(std::string path, std::unique_ptr<SQLite::Database> db);
  SQLite::Statement& statement(const char* sql);
  // The same cache for the hot reads that go through a Cursor.
  Cursor& cursor(const char* sql);
  void configure();
  // Reads the header: throws unless the file is a coopflow database this
  // binary can read; notes whether an upgrade is due.
  void check_schema();
  void create_schema();
  void upgrade();  // inside a write transaction
  StorageError failure(const SQLite::Exception& e) const;

  std::string path_;
  std::unique_ptr<SQLite::Database> db_;
  std::unordered_map<const char*, std::unique_ptr<SQLite::Statement>> statements_;
  std::unordered_map<const char*, std::unique_ptr<Cursor>> cursors_;
  std::function<void(int)> upgrade_hook_;
  // The users the current read snapshot has read (find_user); emptied as each begins.
  std::unordered_map<std::string, std::optional<UserRow>> users_read_;
  int write_depth_ = 0;
  int read_depth_ = 0;
  bool upgrade_due_ = false;
  bool too_old_to_read_ = false;
};

}  // namespace coopflow::storage
