#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "coopflow/engine/attachment.h"
#include "coopflow/engine/journal_entry.h"
#include "coopflow/engine/message.h"
#include "coopflow/engine/settings.h"
#include "coopflow/engine/signing.h"
#include "coopflow/engine/user.h"

// The office's users, signing keys and settings as its log makes them: what each administration
// entry says and does, written once for the write path (which applies an entry to the cached user
// row) and for verify (which replays the whole office log and asks who held which role at each
// position).
namespace coopflow::engine::detail {

namespace office_event {
inline constexpr const char* kInit = "init";        // the database and its first administrator
inline constexpr const char* kUpgrade = "upgrade";  // the users an older database had
inline constexpr const char* kUserAdd = "user-add";
inline constexpr const char* kGrant = "user-grant";
inline constexpr const char* kRevoke = "user-revoke";
inline constexpr const char* kDisable = "user-disable";
inline constexpr const char* kEnable = "user-enable";
inline constexpr const char* kKeyAdd = "key-add";
inline constexpr const char* kKeyRetire = "key-retire";
inline constexpr const char* kConfigSet = "config-set";
inline constexpr const char* kConfigUnset = "config-unset";
inline constexpr const char* kCaseAttach = "case-attach";
inline constexpr const char* kCaseAssign = "case-assign";
inline constexpr const char* kPasswordSet = "password-set";  // never the hash
inline constexpr const char* kSignIn = "sign-in";
inline constexpr const char* kSignOut = "sign-out";
inline constexpr const char* kLockout = "sign-in-lockout";  // too many failed sign-ins
}  // namespace office_event

// Payloads, keys sorted, as the log records them.
std::string init_payload(const std::string& origin, const User& admin);
std::string upgrade_payload(const std::string& origin, const std::vector<User>& users,
                            std::int64_t legacy_changes, const std::string& legacy_sha256);
std::string user_add_payload(const User& user);
std::string user_role_payload(const std::string& name, const std::string& role);
std::string user_payload(const std::string& name);
std::string key_add_payload(const std::string& name, const std::string& public_key);
std::string key_retire_payload(const std::string& name);
std::string config_set_payload(const std::string& name, const std::string& value);
std::string config_unset_payload(const std::string& name);
std::string attach_payload(const Attachment& a);
std::string assign_payload(const Assignment& a);
// password-set, sign-in, sign-out, sign-in-lockout: whom, and from where.
std::string access_payload(const std::string& user, const std::string& address);

// 1-64 letters, digits, . _ - @: what a user name may be.
bool is_user_name(const std::string& name);
// The user an entry concerns ("" for none), from its payload.
std::string entry_user(const JournalEntry& e);
// The user after entry e (init, user-*), given the user before it. Throws the
// error a user sees (NotFoundError, ConflictError) when e cannot apply, or
// IntegrityError when its payload is malformed.
User apply_user_entry(const std::optional<User>& before, const JournalEntry& e);

// Whether an entry registers or retires a key (else it concerns a user).
bool is_key_entry(const JournalEntry& e);
// The key after entry e (key-add, key-retire) given the keys before it.
// Throws the error a user sees (ConflictError, NotFoundError) when e cannot
// apply, IntegrityError when its payload is malformed.
RegisteredKey apply_key_entry(const std::map<std::string, RegisteredKey>& before,
                              const JournalEntry& e);

// Whether an entry sets or unsets a setting.
bool is_setting_entry(const JournalEntry& e);
// The setting after entry e (config-set; nothing after config-unset) given the
// settings before it. Throws the error a user sees (ValidationError for a
// value `config set` refuses, ConflictError for a change that changes
// nothing) or IntegrityError when its payload is malformed.
std::optional<Setting> apply_setting_entry(const Registry& registry,
                                           const std::map<std::string, Setting>& before,
                                           const JournalEntry& e);

// Whether an entry records a password set, a sign-in, a sign-out or a lockout:
// it changes no user, key or setting.
bool is_access_entry(const JournalEntry& e);

// Whether an entry attaches a document to a case.
bool is_attach_entry(const JournalEntry& e);
// The attachment entry e records, given how many the case had before it.
// Throws IntegrityError when its payload is malformed or out of sequence.
Attachment apply_attach_entry(std::int64_t attached_before, const JournalEntry& e);

// Whether an entry assigns a case, and the assignment it records (throws
// IntegrityError when its payload is malformed).
bool is_assign_entry(const JournalEntry& e);
Assignment assignment_of(const JournalEntry& e);

// verify's replay of the office log.
class Staff {
 public:
  explicit Staff(const Registry& registry) : registry_(&registry) {}
  // Applies the next office entry (in position order); returns what is wrong
  // with it (empty if nothing): a payload that does not apply, or an actor the
  // authority would not have let do it then.
  Message apply(const JournalEntry& e);
  // What is wrong (empty if nothing) with `actor` acting in `role` at
  // `position`: not registered then, disabled, or not holding the role yet.
  Message check(const std::string& actor, const std::string& role, std::int64_t position) const;
  // Every user as the whole log leaves them.
  std::vector<User> users() const;
  // Every signing key the log registered, by name.
  const std::map<std::string, RegisteredKey>& keys() const { return keys_; }
  // Every setting the log set and did not unset (the origin apart), by name.
  const std::map<std::string, Setting>& settings() const { return settings_; }
  // The newest assignment of every case the log assigned, by case.
  const std::map<std::string, Assignment>& assignments() const { return assignments_; }
  // Every attachment the log recorded, by (case, number).
  const std::map<std::pair<std::string, std::int64_t>, Attachment>& attachments() const {
    return attachments_;
  }
  const std::string& origin() const { return origin_; }
  // The position of the upgrade entry, 0 for a database made at schema 2.
  std::int64_t baseline() const { return baseline_; }

 private:
  // The user as they were just before position; nothing if not registered yet.
  const User* at(const std::string& name, std::int64_t position) const;
  Message apply_upgrade(const JournalEntry& e);

  std::map<std::string, std::vector<std::pair<std::int64_t, User>>> history_;
  std::set<std::string> baseline_users_;
  std::map<std::string, RegisteredKey> keys_;
  std::map<std::string, Setting> settings_;
  std::map<std::pair<std::string, std::int64_t>, Attachment> attachments_;
  std::map<std::string, std::int64_t> attached_;  // per case, how many
  std::map<std::string, Assignment> assignments_;
  const Registry* registry_;
  std::int64_t baseline_ = 0;
  std::int64_t entries_ = 0;
  std::string origin_;
};

}  // namespace coopflow::engine::detail
