#include "log_check.h"

#include <map>
#include <nlohmann/json.hpp>

#include "coopflow/engine/merkle.h"
#include "coopflow/engine/values.h"
#include "coopflow/storage/store.h"
#include "log_append.h"
#include "records.h"
#include "upgrade.h"

namespace coopflow::engine::detail {
namespace {

std::string office_entry_name(const JournalEntry& e) {
  return "office log entry " + std::to_string(e.seq) + " (" + e.event + ", position " +
         std::to_string(e.position) + ")";
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
      report.add({"", 0, "users table: '" + logged.name + "' is in the office log but missing"});
      continue;
    }
    const User& c = it->second;
    if (c.roles != logged.roles || c.disabled != logged.disabled ||
        c.full_name != logged.full_name || c.created_at != logged.created_at) {
      report.add({"", 0,
                  "users table: '" + logged.name + "' differs from the office log (roles " +
                      join(c.roles, ",") + " instead of " + join(logged.roles, ",") +
                      (c.disabled != logged.disabled ? ", disabled flag edited" : "") + ")"});
    }
    cached.erase(it);
  }
  for (const auto& [name, user] : cached) {
    report.add({"", 0, "users table: '" + name + "' is not in the office log (added by hand?)"});
  }
  const auto origin = store.setting("origin");
  if (origin.value_or("") != staff.origin()) {
    report.add({"", 0, "settings: the database id differs from the one the office log records"});
  }
}

void check_legacy(storage::Store& store, const std::vector<JournalEntry>& log,
                  VerifyReport& report) {
  const auto recorded = nlohmann::json::parse(log.front().payload, nullptr, false);
  const LegacyDigest now = legacy_user_changes(store);
  const auto legacy = recorded.is_object() ? recorded.value("legacy_user_changes", nlohmann::json())
                                           : nlohmann::json();
  if (!legacy.is_object() || legacy.value("count", -1) != now.count ||
      legacy.value("sha256", "") != now.sha256) {
    report.add({"", 0,
                "user_changes (the schema-1 administration log) changed since the upgrade "
                "recorded its digest"});
  }
}

}  // namespace

Staff check_office_log(storage::Store& store, VerifyReport& report,
                       std::vector<std::int64_t>& positions) {
  Staff staff;
  const auto log = convert_all<JournalEntry>(store.office_log(), to_entry);
  std::string prev = kGenesisHash;
  std::int64_t seq = 0;
  for (const JournalEntry& e : log) {
    positions.push_back(e.position);
    ++seq;
    std::string problem;
    if (e.seq != seq) {
      problem = "seq " + std::to_string(e.seq) + " where " + std::to_string(seq) +
                " was due (an entry deleted or inserted)";
    } else if (e.prev_hash != prev) {
      problem = "prev_hash does not match the previous entry's hash";
    } else if (!hash_matches(e)) {
      problem = "hash does not match its content";
    } else {
      problem = staff.apply(e);
    }
    if (!problem.empty()) report.add({"", 0, office_entry_name(e) + ": " + problem});
    prev = e.hash;
  }
  if (log.empty()) {
    report.add({"", 0, "the office log is empty: its first entry (init or upgrade) was deleted"});
    return staff;
  }
  check_caches(store, staff, report);
  if (staff.baseline() > 0) check_legacy(store, log, report);
  return staff;
}

void check_tree(storage::Store& store, VerifyReport& report) {
  merkle::Frontier frontier;
  auto stored = store.tree_node_stream();
  storage::TreeNodeRow node;
  bool have_node = stored.next(node);
  bool broken = false;  // report the first difference only: the rest follows from it
  const auto fail = [&](const std::string& message) {
    if (!broken) report.add({"", 0, "Merkle tree: " + message});
    broken = true;
  };
  store.for_each_leaf([&](std::int64_t position, const std::string& hex) {
    if (broken) return;
    const auto digest = digest_from_hex(hex);
    if (position != static_cast<std::int64_t>(frontier.size()) + 1 || !digest) {
      fail("the leaf at position " + std::to_string(position) +
           " is out of order or malformed; the positions check names the entry");
      return;
    }
    frontier.push(
        merkle::leaf_hash(*digest), [&](int level, std::uint64_t index, const Digest& hash) {
          const std::int64_t id = tree_node_id(level, index);
          if (!have_node || node.id != id) {
            fail("the subtree of level " + std::to_string(level) + " ending at position " +
                 std::to_string(position) + " is missing from tree_nodes");
          } else if (node.hash != as_bytes(hash)) {
            fail("the stored subtree of level " + std::to_string(level) + " ending at position " +
                 std::to_string(position) + " does not match the entries it covers");
          }
          if (have_node && node.id <= id) have_node = stored.next(node);
        });
  });
  if (!broken && have_node) fail("tree_nodes holds subtrees beyond the log's end");
}

}  // namespace coopflow::engine::detail
