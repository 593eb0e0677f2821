#include "log_check.h"

#include <map>
#include <nlohmann/json.hpp>

#include "config.h"
#include "coopflow/engine/case_file.h"
#include "coopflow/engine/digest.h"
#include "coopflow/engine/values.h"
#include "coopflow/storage/store.h"
#include "records.h"
#include "upgrade.h"

namespace coopflow::engine::detail {
namespace {

// "office log entry 4 (user-add, position 9): why".
Message office_entry_finding(const JournalEntry& e, const Message& why) {
  return Message("office log entry {1} ({2}, position {3}): {4}",
                 {std::to_string(e.seq), e.event, std::to_string(e.position), why});
}

// Every attachment row against the entry that attached it, its bytes hashed.
void check_attachments(storage::Store& store, const Staff& staff, VerifyReport& report) {
  auto logged = staff.attachments();
  store.for_each_attachment([&](const storage::AttachmentRow& row) {
    const auto what = [&row] { return std::vector<Term>{row.case_id, std::to_string(row.number)}; };
    const auto it = logged.find({row.case_id, row.number});
    if (it == logged.end()) {
      report.add({row.case_id, 0,
                  Message("{1} document {2} is not in the office log (added by hand?)", what())});
      return;
    }
    const Attachment& a = it->second;
    if (row.position != a.position || row.kind != a.kind || row.title != a.title ||
        row.name != a.name || row.media_type != a.media_type || row.size != a.size ||
        row.sha256 != a.sha256) {
      report.add(
          {row.case_id, 0,
           Message("{1} document {2}: its description differs from the office log", what())});
    } else if (static_cast<std::int64_t>(row.content.size()) != a.size ||
               to_hex(sha256(row.content)) != a.sha256) {
      report.add({row.case_id, 0,
                  Message("{1} document {2}: its bytes do not match the SHA-256 the office log "
                          "recorded (changed in the file)",
                          what())});
    }
    if (!store.case_exists(row.case_id)) {
      report.add({row.case_id, 0, Message("{1} document {2} belongs to no case", what())});
    }
    logged.erase(it);
  });
  for (const auto& [key, a] : logged) {
    report.add({a.case_id, 0,
                Message("{1} document {2} is in the office log but missing from the file",
                        {a.case_id, std::to_string(a.number)})});
  }
}

void check_caches(storage::Store& store, const Staff& staff, VerifyReport& report) {
  std::map<std::string, User> cached;
  for (auto& row : store.users()) {
    User u = to_user(std::move(row));
    cached.emplace(u.name, std::move(u));
  }
  for (const User& logged : staff.users()) {
    const auto it = cached.find(logged.name);
    if (it == cached.end()) {
      report.add(
          {"", 0, Message("users table: '{1}' is in the office log but missing", {logged.name})});
      continue;
    }
    const User& c = it->second;
    if (c.roles != logged.roles || c.disabled != logged.disabled ||
        c.full_name != logged.full_name || c.created_at != logged.created_at) {
      report.add({"", 0,
                  Message("users table: '{1}' differs from the office log (roles {2} instead of "
                          "{3}{4})",
                          {logged.name, join(c.roles, ","), join(logged.roles, ","),
                           c.disabled != logged.disabled ? Term(Message(", disabled flag edited"))
                                                         : Term("")})});
    }
    cached.erase(it);
  }
  for (const auto& [name, user] : cached) {
    report.add(
        {"", 0, Message("users table: '{1}' is not in the office log (added by hand?)", {name})});
  }
  std::map<std::string, storage::SigningKeyRow> keys;
  for (auto& row : store.signing_keys()) keys.emplace(row.name, std::move(row));
  for (const auto& [name, logged] : staff.keys()) {
    const auto it = keys.find(name);
    if (it == keys.end() || from_base64(it->second.public_key).value_or("") != logged.public_key ||
        it->second.added_at != logged.added_at || it->second.retired_at != logged.retired_at) {
      report.add({"", 0, Message("signing_keys: '{1}' differs from the office log", {name})});
    }
    if (it != keys.end()) keys.erase(it);
  }
  for (const auto& [name, row] : keys) {
    report.add(
        {"", 0, Message("signing_keys: '{1}' is not in the office log (added by hand?)", {name})});
  }
  const auto origin = store.setting(kOriginSetting);
  if (origin.value_or("") != staff.origin()) {
    report.add(
        {"", 0, Message("settings: the database id differs from the one the office log records")});
  }
  check_attachments(store, staff, report);
  auto logged_holders = staff.assignments();
  for (const auto& row : store.assignments()) {
    const auto it = logged_holders.find(row.case_id);
    if (it == logged_holders.end()) {
      report.add({row.case_id, 0,
                  Message("assignments: {1} is not assigned in the office log", {row.case_id})});
      continue;
    }
    if (it->second.coordinator != row.coordinator || it->second.manager != row.manager ||
        it->second.position != row.position) {
      report.add(
          {row.case_id, 0, Message("assignments: {1} differs from the office log", {row.case_id})});
    }
    logged_holders.erase(it);
  }
  for (const auto& [id, a] : logged_holders) {
    report.add(
        {id, 0, Message("assignments: {1} is assigned in the office log but missing", {id})});
  }
  auto cached_settings = stored_settings(store);
  for (const auto& [name, logged] : staff.settings()) {
    const auto it = cached_settings.find(name);
    if (it == cached_settings.end() || it->second.value != logged.value ||
        it->second.set_at != logged.set_at) {
      report.add({"", 0, Message("settings: '{1}' differs from the office log", {name})});
    }
    if (it != cached_settings.end()) cached_settings.erase(it);
  }
  for (const auto& [name, row] : cached_settings) {
    report.add({"", 0, Message("settings: '{1}' is not in the office log (set by hand?)", {name})});
  }
}

void check_legacy(storage::Store& store, const std::vector<JournalEntry>& log,
                  VerifyReport& report) {
  const auto recorded = read_payload(log.front().payload);
  const LegacyDigest now = legacy_user_changes(store);
  const auto legacy = recorded.is_object() ? recorded.value("legacy_user_changes", nlohmann::json())
                                           : nlohmann::json();
  if (!legacy.is_object() || legacy.value("count", -1) != now.count ||
      legacy.value("sha256", "") != now.sha256) {
    report.add({"", 0,
                Message("user_changes (the schema-1 administration log) changed since the upgrade "
                        "recorded its digest")});
  }
}

}  // namespace

Staff check_office_log(storage::Store& store, const Registry& registry, VerifyReport& report,
                       std::vector<std::int64_t>& positions) {
  Staff staff(registry);
  const auto log = convert_all<JournalEntry>(store.office_log(), to_entry);
  std::string prev = kGenesisHash;
  std::int64_t seq = 0;
  for (const JournalEntry& e : log) {
    positions.push_back(e.position);
    ++seq;
    Message problem;
    if (e.seq != seq) {
      problem = Message("seq {1} where {2} was due (an entry deleted or inserted)",
                        {std::to_string(e.seq), std::to_string(seq)});
    } else if (e.prev_hash != prev) {
      problem = Message("prev_hash does not match the previous entry's hash");
    } else if (!hash_matches(e)) {
      problem = Message("hash does not match its content");
    } else {
      problem = staff.apply(e);
    }
    if (!problem.empty()) report.add({"", 0, office_entry_finding(e, problem)});
    prev = e.hash;
  }
  if (log.empty()) {
    report.add(
        {"", 0, Message("the office log is empty: its first entry (init or upgrade) was deleted")});
    return staff;
  }
  check_caches(store, staff, report);
  if (staff.baseline() > 0) {
    check_legacy(store, log, report);
  } else if (legacy_user_changes(store).count != 0) {
    // Made at schema 2 or later: the schema-1 administration log stays empty.
    report.add({"", 0,
                Message("user_changes holds rows, but this database was never at schema 1 (added "
                        "by hand?)")});
  }
  return staff;
}

}  // namespace coopflow::engine::detail
