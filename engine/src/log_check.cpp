#include "log_check.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "config.h"
#include "coopflow/engine/case_file.h"
#include "coopflow/engine/checkpoint.h"
#include "coopflow/engine/digest.h"
#include "coopflow/engine/merkle.h"
#include "coopflow/engine/values.h"
#include "coopflow/storage/store.h"
#include "log_append.h"
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
    const std::vector<Term> what{row.case_id, std::to_string(row.number)};
    const auto it = logged.find({row.case_id, row.number});
    if (it == logged.end()) {
      report.add({row.case_id, 0,
                  Message("{1} document {2} is not in the office log (added by hand?)", what)});
      return;
    }
    const Attachment& a = it->second;
    if (row.position != a.position || row.kind != a.kind || row.title != a.title ||
        row.name != a.name || row.media_type != a.media_type || row.size != a.size ||
        row.sha256 != a.sha256) {
      report.add({row.case_id, 0,
                  Message("{1} document {2}: its description differs from the office log", what)});
    } else if (static_cast<std::int64_t>(row.content.size()) != a.size ||
               to_hex(sha256(row.content)) != a.sha256) {
      report.add({row.case_id, 0,
                  Message("{1} document {2}: its bytes do not match the SHA-256 the office log "
                          "recorded (changed in the file)",
                          what)});
    }
    if (!store.case_exists(row.case_id)) {
      report.add({row.case_id, 0, Message("{1} document {2} belongs to no case", what)});
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
      const std::vector<Term> args{logged.name, join(c.roles, ","), join(logged.roles, ",")};
      report.add({"", 0,
                  c.disabled != logged.disabled
                      ? Message("users table: '{1}' differs from the office log (roles {2} "
                                "instead of {3}, disabled flag edited)",
                                args)
                      : Message("users table: '{1}' differs from the office log (roles {2} "
                                "instead of {3})",
                                args)});
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

namespace {

// One checkpoint to check against the recomputed tree.
struct Claim {
  Message from;  // "checkpoint 12 in the database" or "the checkpoint in FILE"
  bool external = false;
  std::optional<Checkpoint> parsed;
  Message why;  // when it does not parse
  bool judged = false;
};

class CheckpointJudge {
 public:
  CheckpointJudge(const Staff& staff, const VerifyOptions& options, VerifyReport& report)
      : staff_(staff), options_(options), report_(report) {}

  // Judges claim given the root of its size; `root` nothing if the log is shorter.
  void judge(const Claim& claim, const std::optional<Digest>& root) {
    ++report_.checkpoints;
    if (!claim.parsed) {
      return problem(Message("{1} is not a checkpoint: {2}", {claim.from, claim.why}));
    }
    const Checkpoint& c = *claim.parsed;
    if (c.origin != staff_.origin()) {
      return problem(Message("{1} is of another database ({2})", {claim.from, c.origin}));
    }
    if (!root) {
      return problem(
          Message("{1} covers {2} entries but the log has {3}: entries were removed",
                  {claim.from, std::to_string(c.size), std::to_string(report_.log_size)}));
    }
    if (c.root != *root) {
      return problem(
          Message("{1} (size {2}) does not match the log: entries it covers were changed",
                  {claim.from, std::to_string(c.size)}));
    }
    // A signature counts when its key was registered in the log and in
    // service within the checkpoint's size (the registry within that size is
    // covered by the root just compared) and, if the auditor pinned keys, is
    // one of them. Signed only by registered keys the auditor did not pin: it
    // seals nothing here, but is not a forgery.
    const Verdict verdict = signed_by(c);
    if (verdict.signer.empty()) {
      if (verdict.registered_unpinned) {
        ++unpinned_;
        return;
      }
      return problem(options_.pinned_keys.empty()
                         ? Message("{1} has no valid signature by a key registered and in service "
                                   "at that size",
                                   {claim.from})
                         : Message("{1} has no valid signature by a key registered and in service "
                                   "at that size and given with --pubkey",
                                   {claim.from}));
    }
    if (options_.pinned_keys.empty()) vouched_only_ = verdict.signer;
    report_.sealed = std::max<long long>(report_.sealed, static_cast<long long>(c.size));
  }

  void finish() {
    if (!vouched_only_.empty()) {
      report_.notes.push_back(
          Message("the checkpoints are signed by keys only the database vouches "
                  "for (e.g. '{1}'); pass the public key you trust with --pubkey",
                  {vouched_only_}));
    }
    if (unpinned_ > 0) {
      report_.notes.push_back(
          Message("{1} checkpoint(s) are signed only by registered keys you did "
                  "not give with --pubkey (an older key?); they seal nothing here",
                  {std::to_string(unpinned_)}));
    }
    const long long unsealed = report_.log_size - report_.sealed;
    if (unsealed <= 0) return;
    const Message message =
        unsealed == 1
            ? Message("1 entry after position {1} is not covered by a valid checkpoint (unsealed)",
                      {std::to_string(report_.sealed)})
            : Message(
                  "{1} entries after position {2} are not covered by a valid checkpoint "
                  "(unsealed)",
                  {std::to_string(unsealed), std::to_string(report_.sealed)});
    if (options_.strict) {
      report_.add({"", 0, message});
    } else {
      report_.notes.push_back(message);
    }
  }

 private:
  void problem(Message message) { report_.add({"", 0, std::move(message)}); }

  struct Verdict {
    std::string signer;                // a key that counts, or ""
    bool registered_unpinned = false;  // validly signed by registered keys not pinned
  };

  Verdict signed_by(const Checkpoint& c) const {
    Verdict out;
    for (const auto& sig : c.signatures) {
      const auto it = staff_.keys().find(sig.name);
      if (it == staff_.keys().end() || !it->second.valid_for(static_cast<std::int64_t>(c.size)) ||
          !signature_valid(c, sig, it->second.public_key)) {
        continue;
      }
      const auto& pins = options_.pinned_keys;
      if (pins.empty() ||
          std::find(pins.begin(), pins.end(), it->second.public_key) != pins.end()) {
        out.signer = sig.name;
        return out;
      }
      out.registered_unpinned = true;
    }
    return out;
  }

  const Staff& staff_;
  const VerifyOptions& options_;
  VerifyReport& report_;
  std::string vouched_only_;
  long long unpinned_ = 0;
};

Claim stored_claim(const storage::CheckpointRow& row) {
  Claim c{Message("checkpoint {1} in the database", {std::to_string(row.id)}), false, std::nullopt,
          Message(), false};
  c.parsed = parse_checkpoint(row.note, c.why);
  if (c.parsed && static_cast<std::int64_t>(c.parsed->size) != row.tree_size) {
    c.parsed.reset();
    c.why = Message("its tree_size column differs from the size it states");
  }
  return c;
}

}  // namespace

void check_tree(storage::Store& store, const Staff& staff, const VerifyOptions& options,
                VerifyReport& report) {
  report.log_size = store.max_position();
  merkle::Frontier frontier;
  auto stored = store.tree_node_stream();
  storage::TreeNodeRow node;
  bool have_node = stored.next(node);
  bool broken = false;     // the leaves themselves are out of order: nothing can be recomputed
  bool nodes_bad = false;  // a stored subtree differs from the recomputed one
  const auto fail = [&](const Message& message) {
    if (!broken) report.add({"", 0, Message("Merkle tree: {1}", {message})});
    broken = true;
  };
  CheckpointJudge judge(staff, options, report);
  auto checkpoints = store.checkpoint_stream();
  storage::CheckpointRow row;
  bool have_checkpoint = checkpoints.next(row);
  std::vector<Claim> external;
  for (const auto& [from, note] : options.checkpoints) {
    Claim c{Message("the checkpoint in {1}", {from}), true, std::nullopt, Message(), false};
    c.parsed = parse_checkpoint(note, c.why);
    if (c.parsed && c.parsed->size == 0) {
      c.parsed.reset();
      c.why = Message("it covers no entries");
    }
    external.push_back(std::move(c));
  }
  // Checkpoints of each size are judged when the recomputed tree has that size.
  // The root is folded only for a size some checkpoint claims (O(log n) hashes).
  const auto judge_at = [&](std::uint64_t size, const merkle::Frontier& tree) {
    for (; have_checkpoint && static_cast<std::uint64_t>(row.tree_size) <= size;
         have_checkpoint = checkpoints.next(row)) {
      if (static_cast<std::uint64_t>(row.tree_size) < size) {
        // Seals sign the head: a smaller size after a larger one was put there.
        report.add({"", 0,
                    Message("checkpoint {1} in the database covers fewer entries than one signed "
                            "before it (inserted afterwards?)",
                            {std::to_string(row.id)})});
        continue;
      }
      judge.judge(stored_claim(row), tree.root());
    }
    for (auto& c : external) {
      if (!c.judged && c.parsed && c.parsed->size == size) {
        judge.judge(c, tree.root());
        c.judged = true;
      }
    }
  };
  store.for_each_leaf([&](std::int64_t position, const std::string& hex) {
    if (broken) return;
    const auto digest = digest_from_hex(hex);
    if (position != static_cast<std::int64_t>(frontier.size()) + 1 || !digest) {
      fail(
          Message("the leaf at position {1} is out of order or malformed; the positions check "
                  "names the entry",
                  {std::to_string(position)}));
      return;
    }
    frontier.push(
        merkle::leaf_hash(*digest), [&](int level, std::uint64_t index, const Digest& hash) {
          // After a first difference the stored subtrees are no longer compared (the
          // rest follows from it), but the tree recomputed from the entries still
          // judges every checkpoint.
          if (nodes_bad) return;
          const std::int64_t id = tree_node_id(level, index);
          if (!have_node || node.id != id) {
            nodes_bad = true;
            report.add({"", 0,
                        Message("Merkle tree: the subtree of level {1} ending at position {2} is "
                                "missing from tree_nodes",
                                {std::to_string(level), std::to_string(position)})});
          } else if (node.hash != as_bytes(hash)) {
            nodes_bad = true;
            report.add({"", 0,
                        Message("Merkle tree: the stored subtree of level {1} ending at position "
                                "{2} does not match the entries it covers",
                                {std::to_string(level), std::to_string(position)})});
          }
          if (have_node && node.id <= id) have_node = stored.next(node);
        });
    judge_at(frontier.size(), frontier);
  });
  if (!broken && !nodes_bad && have_node) {
    fail(Message("tree_nodes holds subtrees beyond the log's end"));
  }
  if (broken) {
    report.notes.push_back(
        Message("checkpoints were not checked: the tree could not be recomputed"));
    return;
  }
  // What remains covers more than the log holds (or size 0).
  for (; have_checkpoint; have_checkpoint = checkpoints.next(row)) {
    judge.judge(stored_claim(row), std::nullopt);
  }
  for (auto& c : external) {
    if (!c.judged) judge.judge(c, std::nullopt);
  }
  judge.finish();
}

}  // namespace coopflow::engine::detail
