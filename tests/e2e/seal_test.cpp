// Sealed evidence: keys, checkpoints and verify against them, with the real
// binary, and tampering done as someone with the file (but not the key) would.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <sys/wait.h>

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "coopflow/engine/checkpoint.h"
#include "coopflow/engine/journal_entry.h"
#include "coopflow/engine/merkle.h"
#include "e2e/runner.h"
#include "support/tamper.h"

using coopflow::testing::OfficeDb;
using coopflow::testing::Result;
using namespace coopflow::engine;

namespace {

// The admin makes and registers the key pair db.file("office").{key,pub}.
void register_key(const OfficeDb& db) {
  BOOST_REQUIRE_EQUAL(db.as("ada", {"keygen", "--out", db.file("office")}).code, 0);
  db.ok("ada", {"key", "add", db.file("office.pub"), "--name", "office-2026"});
}

// The auditor seals the head and keeps the checkpoint in db.file("kept").
void seal_and_keep(const OfficeDb& db) {
  db.ok("audrey", {"seal", "--key", db.file("office.key")});
  db.ok("audrey", {"checkpoint", "--out", db.file("kept")});
}

Result verify_kept(const OfficeDb& db, std::vector<std::string> more = {}) {
  std::vector<std::string> args = {"verify", "--pubkey", db.file("office.pub"), "--checkpoint",
                                   db.file("kept")};
  args.insert(args.end(), more.begin(), more.end());
  return db.as("audrey", args);
}

// What an insider recomputes after rewriting entries: the tree's stored
// subtrees (id = last position covered * 64 + level, docs/decisions.md), from
// the log as it now stands. The database's own checkpoints go too.
std::string rebuilt_tree_sql(const std::string& path) {
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  SQLite::Statement q(db, "SELECT position, hash FROM log_leaves ORDER BY position");
  merkle::Frontier frontier;
  std::string sql = "DELETE FROM tree_nodes; DELETE FROM checkpoints;";
  while (q.executeStep()) {
    const auto digest = digest_from_hex(q.getColumn(1).getString());
    BOOST_REQUIRE(digest);
    frontier.push(merkle::leaf_hash(*digest), [&](int level, std::uint64_t index, const Digest& h) {
      const auto id = ((index + 1) << level) * 64 + static_cast<std::uint64_t>(level);
      sql += "INSERT INTO tree_nodes VALUES (" + std::to_string(id) + ", x'" + to_hex(h) + "');";
    });
  }
  return sql;
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_sealed_log_verifies_against_the_key_and_the_kept_checkpoint) {
  OfficeDb db;
  register_key(db);
  db.open_electoral();
  seal_and_keep(db);
  const std::string kept = coopflow::testing::file_text(db.file("kept"));
  BOOST_TEST(kept.find("\n\n\xE2\x80\x94 office-2026 ") != std::string::npos, kept);
  const Result r = verify_kept(db, {"--strict"});
  BOOST_TEST(r.code == 0, r.out << r.err);
  BOOST_TEST(r.out.find("sealed up to position") != std::string::npos, r.out);
  // A write after the seal is unsealed: a note, a failure under --strict.
  db.open_electoral();
  BOOST_TEST(verify_kept(db).code == 0);
  const Result strict = verify_kept(db, {"--strict"});
  BOOST_TEST(strict.code == 8);
  BOOST_TEST(strict.out.find("1 entry after position") != std::string::npos, strict.out);
}

BOOST_AUTO_TEST_CASE(truncation_is_caught_by_the_kept_checkpoint_even_with_the_database_rebuilt) {
  OfficeDb db;
  register_key(db);
  db.open_electoral();
  const std::string newest = db.open_electoral();
  seal_and_keep(db);
  // The newest case (the log's last entry) removed consistently: journal, case
  // row, numbering, the tree's subtrees that covered it, the database's checkpoints.
  coopflow::testing::tamper(db.path(), "DELETE FROM journal WHERE case_id = '" + newest +
                                           "'; DELETE FROM cases WHERE id = '" + newest +
                                           "'; UPDATE case_numbers SET last = last - 1;");
  coopflow::testing::tamper(db.path(), rebuilt_tree_sql(db.path()));
  const Result plain = db.as("audrey", {"verify"});
  BOOST_TEST(plain.code == 0, plain.out);  // consistent inside
  const Result r = verify_kept(db);
  BOOST_TEST(r.code == 8);
  BOOST_TEST(r.out.find("the checkpoint in " + db.file("kept")) != std::string::npos, r.out);
  BOOST_TEST(r.out.find("entries were removed") != std::string::npos, r.out);
}

BOOST_AUTO_TEST_CASE(a_whole_rewrite_with_every_hash_and_the_tree_recomputed_is_caught) {
  OfficeDb db;
  register_key(db);
  const std::string id = db.open_electoral();
  seal_and_keep(db);
  // Rewrite the opening entry's payload, recompute it, the case row and the tree.
  JournalEntry e;
  {
    SQLite::Database file(db.path(), SQLite::OPEN_READONLY);
    SQLite::Statement q(file,
                        "SELECT case_id, seq, position, at, actor, role, os_user, event, "
                        "from_state, to_state, payload, prev_hash FROM journal WHERE case_id = '" +
                            id + "' AND seq = 1");
    BOOST_REQUIRE(q.executeStep());
    e = {q.getColumn(0).getString(),
         q.getColumn(1).getInt64(),
         q.getColumn(2).getInt64(),
         q.getColumn(3).getString(),
         q.getColumn(4).getString(),
         q.getColumn(5).getString(),
         q.getColumn(6).getString(),
         q.getColumn(7).getString(),
         q.getColumn(8).getString(),
         q.getColumn(9).getString(),
         q.getColumn(10).getString(),
         q.getColumn(11).getString(),
         ""};
  }
  const std::string from = "\"reference\":\"";
  e.payload.insert(e.payload.find(from) + from.size(), "X");
  e.hash = compute_hash(e);
  coopflow::testing::tamper(
      db.path(), "UPDATE journal SET payload = " + coopflow::testing::sql_text(e.payload) +
                     ", hash = '" + e.hash + "' WHERE case_id = '" + id +
                     "'; UPDATE cases SET head_hash = '" + e.hash + "'");
  coopflow::testing::tamper(db.path(), rebuilt_tree_sql(db.path()));
  // Consistent inside: only the checkpoint kept outside can tell.
  const Result inside = db.as("audrey", {"verify"});
  BOOST_TEST(inside.code == 0, inside.out);
  const Result r = verify_kept(db);
  BOOST_TEST(r.code == 8);
  BOOST_TEST(
      r.out.find("does not match the log: entries it covers were changed") != std::string::npos,
      r.out);
}

BOOST_AUTO_TEST_CASE(foreign_forged_and_altered_checkpoints_are_refused) {
  OfficeDb db;
  register_key(db);
  db.open_electoral();
  seal_and_keep(db);
  OfficeDb other;
  register_key(other);
  seal_and_keep(other);
  // Another database's checkpoint.
  Result r = db.as("audrey", {"verify", "--checkpoint", other.file("kept")});
  BOOST_TEST(r.code == 8);
  BOOST_TEST(r.out.find("is of another database") != std::string::npos, r.out);
  // A checkpoint the auditor's key did not sign: the database's own are not enough.
  r = db.as("audrey", {"verify", "--pubkey", other.file("office.pub"), "--strict"});
  BOOST_TEST(r.code == 8);
  BOOST_TEST(r.out.find("unsealed") != std::string::npos, r.out);
  // One byte changed in the kept checkpoint.
  std::string kept = coopflow::testing::file_text(db.file("kept"));
  kept[kept.find('\n') + 1] = kept[kept.find('\n') + 1] == '9' ? '8' : '9';
  std::ofstream(db.file("altered")) << kept;
  r = db.as("audrey",
            {"verify", "--pubkey", db.file("office.pub"), "--checkpoint", db.file("altered")});
  BOOST_TEST(r.code == 8);
  BOOST_TEST(r.out.find("the checkpoint in " + db.file("altered")) != std::string::npos, r.out);
}

BOOST_AUTO_TEST_CASE(with_a_seal_key_every_write_seals_and_a_write_without_it_stands_out) {
  OfficeDb db;
  BOOST_REQUIRE_EQUAL(db.as("ada", {"keygen", "--out", db.file("office")}).code, 0);
  db.ok("ada", {"--seal-key", db.file("office.key"), "key", "add", db.file("office.pub"), "--name",
                "office-2026"});
  const std::string id = db.open_electoral();  // no key: unsealed
  db.ok("alice", {"--seal-key", db.file("office.key"), "do", id, "start-analysis"});
  const std::vector<std::string> strict = {"verify", "--pubkey", db.file("office.pub"), "--strict"};
  BOOST_TEST(db.as("audrey", strict).code == 0);
  // Someone without the key appends: it stands out.
  db.ok("alice", {"do", id, "withdraw", "reason=r"});
  const Result r = db.as("audrey", strict);
  BOOST_TEST(r.code == 8);
  BOOST_TEST(r.out.find("1 entry after position") != std::string::npos, r.out);
  // A key that is not registered seals nothing, and the write it came with is refused.
  BOOST_REQUIRE_EQUAL(db.as("ada", {"keygen", "--out", db.file("stray")}).code, 0);
  const Result stray =
      db.as("ada", {"--seal-key", db.file("stray.key"), "user", "add", "eve", "--role", "auditor"});
  BOOST_TEST(stray.code == 3);
  BOOST_TEST(db.as("ada", {"user", "list"}).out.find("eve") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_proof_checks_offline_with_coopflow_and_with_python_and_openssl_alone) {
  OfficeDb db;
  register_key(db);
  const std::string id = db.open_electoral();
  db.fire("alice", id, "start-analysis");
  const std::string bundle = db.file("proof.json");
  // Nothing sealed yet covers the case.
  BOOST_TEST(db.as("audrey", {"prove", id, "--out", bundle}).code == 7);
  db.open_electoral();  // the case is not the log's last entry
  seal_and_keep(db);
  db.ok("audrey", {"prove", id, "--out", bundle});
  const std::string recipe =
      "python3 " + std::string(COOPFLOW_SOURCE_DIR) + "/docs/tools/verify_proof.py ";
  const auto python = [&](const std::string& file) {
    return std::system((recipe + file + " " + db.file("office.pub") + " >/dev/null 2>&1").c_str());
  };
  const auto coopflow = [&](const std::string& file) {
    return coopflow::testing::run_binary({"verify-proof", file, "--pubkey", db.file("office.pub")})
        .code;
  };
  BOOST_TEST(coopflow(bundle) == 0);
  BOOST_TEST(python(bundle) == 0);
  // Against a kept checkpoint too.
  db.ok("audrey", {"prove", id, "--checkpoint", db.file("kept"), "--out", bundle});
  BOOST_TEST(coopflow(bundle) == 0);

  // One byte changed anywhere that carries meaning: both checks refuse it.
  const std::string original = coopflow::testing::file_text(bundle);
  const std::vector<std::string> marks = {"\"position\": ",    "\"seq\": 2",
                                          "\"hash\": \"",      "\"payload\": \"{",
                                          "\"canonical\": \"", "\"tree_size\": ",
                                          "\"leaf_index\": ",  "\"inclusion_proof\": [\n    \"",
                                          "coopflow/",         "\xE2\x80\x94 office-2026 "};
  int altered = 0;
  for (const auto& mark : marks) {
    const auto at = original.find(mark);
    BOOST_REQUIRE_MESSAGE(at != std::string::npos, mark);
    std::string changed = original;
    char& c = changed[at + mark.size() + 2];
    c = c == '1' ? '2' : (c == 'a' ? 'b' : (c == 'A' ? 'B' : '1'));
    std::ofstream(db.file("altered.json")) << changed;
    BOOST_TEST(coopflow(db.file("altered.json")) == 8, mark);
    BOOST_TEST(python(db.file("altered.json")) != 0, mark);
    ++altered;
  }
  BOOST_TEST(altered == static_cast<int>(marks.size()));
  // A number written another way, a string made null: refused, by Python without a traceback.
  for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{
           {"\"seq\": 1,", "\"seq\": 1.0,"}, {"\"payload\": \"", "\"payload\": null, \"x\": \""}}) {
    std::string changed = original;
    const auto at = changed.find(from);
    BOOST_REQUIRE_MESSAGE(at != std::string::npos, from);
    changed.replace(at, from.size(), to);
    std::ofstream(db.file("altered.json")) << changed;
    BOOST_TEST(coopflow(db.file("altered.json")) == 8, to);
    const std::string run_python = recipe + db.file("altered.json") + " " + db.file("office.pub");
    BOOST_TEST(std::system((run_python + " >/dev/null 2>&1").c_str()) != 0, to);
    BOOST_TEST(std::system((run_python + " 2>&1 | grep -q Traceback").c_str()) != 0, to);
  }
  // Another key does not vouch for it.
  BOOST_REQUIRE_EQUAL(db.as("ada", {"keygen", "--out", db.file("other")}).code, 0);
  BOOST_TEST(
      coopflow::testing::run_binary({"verify-proof", bundle, "--pubkey", db.file("other.pub")})
          .code == 8);
}

BOOST_AUTO_TEST_CASE(a_hostile_bundle_is_refused_not_a_crash) {
  coopflow::testing::TempDir dir;
  BOOST_REQUIRE_EQUAL(coopflow::testing::run_binary({"keygen", "--out", dir.file("k")}).code, 0);
  const std::string deep(1000000, '[');
  std::ofstream(dir.file("deep.json")) << deep << std::string(deep.size(), ']');
  std::ofstream(dir.file("empty.json")) << "";
  std::ofstream(dir.file("wrong.json")) << R"({"format":"coopflow-proof-v1","checkpoint":7})";
  for (const char* file : {"deep.json", "empty.json", "wrong.json"}) {
    const Result r = coopflow::testing::run_binary(
        {"verify-proof", dir.file(file), "--pubkey", dir.file("k.pub")});
    BOOST_TEST(r.code == 8, file << ": " << r.err);
  }
  // A private key where a public one is wanted, and a missing file: the user's mistake.
  BOOST_TEST(coopflow::testing::run_binary(
                 {"verify-proof", dir.file("wrong.json"), "--pubkey", dir.file("k.key")})
                 .code == 3);
  BOOST_TEST(coopflow::testing::run_binary(
                 {"verify-proof", dir.file("none.json"), "--pubkey", dir.file("k.pub")})
                 .code == 4);
}

BOOST_AUTO_TEST_CASE(a_backup_taken_while_others_write_verifies_against_its_checkpoints) {
  OfficeDb db;
  register_key(db);
  seal_and_keep(db);  // every snapshot's head is sealed, from the first
  const std::string key = db.file("office.key");
  // Writers, each sealing what it writes in its transaction, while backups are taken.
  std::vector<int> writers;
  for (int i = 0; i < coopflow::testing::iterations(12, 60); ++i) {
    auto args = coopflow::testing::open_args();
    args.insert(args.begin(), {"--db", db.path(), "--as", "alice", "--seal-key", key});
    writers.push_back(coopflow::testing::spawn_binary(args, db.file("w.out"), db.file("w.err")));
  }
  std::vector<std::string> backups;
  for (int i = 0; i < 3; ++i) {
    backups.push_back(db.file("backup-" + std::to_string(i) + ".db"));
    db.ok("audrey", {"backup", backups.back()});
  }
  for (const int pid : writers) ::waitpid(pid, nullptr, 0);
  for (const auto& copy : backups) {
    const Result r = coopflow::testing::run_binary(
        {"--db", copy, "--as", "audrey", "verify", "--pubkey", db.file("office.pub"), "--strict"});
    BOOST_TEST(r.code == 0, copy << ": " << r.out << r.err);
  }
  // Never over an existing file, and only for admins and auditors.
  BOOST_TEST(db.as("audrey", {"backup", backups.front()}).code == 7);
  BOOST_TEST(db.as("alice", {"backup", db.file("other.db")}).code == 5);
}

BOOST_AUTO_TEST_CASE(the_jsonl_export_lets_an_outsider_recompute_every_hash_chain_and_the_root) {
  OfficeDb db;
  register_key(db);
  const std::string id = db.case_in("electoral-cooperation", "PlanReview");
  db.open_parliamentary();
  seal_and_keep(db);
  db.ok("audrey", {"export", "--format", "jsonl", "--out", db.file("log.jsonl")});
  std::ifstream in(db.file("log.jsonl"));
  std::map<std::string, std::string> heads;  // case id ("" the office) -> last hash
  std::map<std::string, long long> per_case;
  merkle::Frontier tree;
  std::string line;
  long long n = 0;
  while (std::getline(in, line)) {
    const auto j = nlohmann::json::parse(line);
    JournalEntry e;
    e.case_id = j.at("case_id");
    e.seq = j.at("seq");
    e.position = j.at("position");
    e.at = j.at("at");
    e.actor = j.at("actor");
    e.role = j.at("role");
    e.os_user = j.at("os_user");
    e.event = j.at("event");
    e.from_state = j.at("from_state");
    e.to_state = j.at("to_state");
    e.payload = j.at("payload");
    e.prev_hash = j.at("prev_hash");
    e.hash = j.at("hash");
    BOOST_TEST(e.position == ++n);
    BOOST_TEST(compute_hash(e) == e.hash, line);
    const auto head = heads.find(e.case_id);
    BOOST_TEST(e.prev_hash == (head == heads.end() ? kGenesisHash : head->second));
    heads[e.case_id] = e.hash;
    ++per_case[e.case_id];
    tree.push(merkle::leaf_hash(*digest_from_hex(e.hash)),
              [](int, std::uint64_t, const Digest&) {});
  }
  coopflow::engine::Message why;
  const auto checkpoint = parse_checkpoint(coopflow::testing::file_text(db.file("kept")), why);
  BOOST_REQUIRE(checkpoint);
  BOOST_TEST(checkpoint->size == static_cast<std::uint64_t>(n));
  BOOST_TEST(*tree.root() == checkpoint->root);
  BOOST_TEST(heads.size() == 3u);  // the office and two cases
  // One case; and a date after everything: nothing.
  const std::string one = db.ok("audrey", {"export", "--format", "jsonl", "--case", id});
  std::istringstream lines(one);
  long long in_case = 0;
  while (std::getline(lines, line)) {
    BOOST_TEST(nlohmann::json::parse(line).at("case_id") == id);
    ++in_case;
  }
  BOOST_TEST(in_case == per_case[id]);
  BOOST_TEST(db.ok("audrey", {"export", "--format", "jsonl", "--since", "2199-01-01"}).empty());
  BOOST_TEST(db.as("audrey", {"export", "--format", "csv2"}).code == 2);
}

// Found by a hostile review: each of these passed before.
BOOST_AUTO_TEST_CASE(keys_are_judged_by_the_log_pinned_or_not_and_rotation_verifies) {
  OfficeDb db;
  register_key(db);
  seal_and_keep(db);
  BOOST_REQUIRE_EQUAL(db.as("ada", {"keygen", "--out", db.file("next")}).code, 0);
  db.ok("ada", {"key", "add", db.file("next.pub"), "--name", "office-2027"});
  db.ok("ada", {"key", "retire", "office-2026"});
  db.ok("audrey", {"seal", "--key", db.file("next.key")});
  // Rotation: only the new key pinned; the old checkpoints seal nothing, but are no failure.
  const Result rotated = db.as("audrey", {"verify", "--pubkey", db.file("next.pub"), "--strict"});
  BOOST_TEST(rotated.code == 0, rotated.out << rotated.err);
  // The retired key, made to look in service in the cache, signs a new head: refused, pinned or
  // not.
  coopflow::testing::tamper(db.path(),
                            "UPDATE signing_keys SET retired_at = NULL WHERE name = 'office-2026'");
  db.open_electoral();
  db.ok("audrey", {"seal", "--key", db.file("office.key")});
  const Result r = db.as(
      "audrey", {"verify", "--pubkey", db.file("office.pub"), "--pubkey", db.file("next.pub")});
  BOOST_TEST(r.code == 8);
  BOOST_TEST(
      r.out.find("signing_keys: 'office-2026' differs from the office log") != std::string::npos,
      r.out);
  BOOST_TEST(
      r.out.find("no valid signature by a key registered and in service") != std::string::npos,
      r.out);
  // A case alone cannot be checked against keys and checkpoints.
  BOOST_TEST(db.as("audrey", {"verify", "EC-2010-0001", "--strict"}).code == 2);
}

BOOST_AUTO_TEST_CASE(seal_refuses_a_log_that_contradicts_the_newest_checkpoint) {
  OfficeDb db;
  register_key(db);
  const std::string id = db.open_electoral();
  seal_and_keep(db);
  // The opening entry rewritten and the tree recomputed (checkpoints left in place).
  coopflow::testing::tamper(db.path(), "UPDATE journal SET hash = '" + std::string(64, 'a') +
                                           "' WHERE case_id = '" + id + "'");
  std::string sql = rebuilt_tree_sql(db.path());
  sql = sql.substr(sql.find("DELETE FROM checkpoints;") +
                   std::string("DELETE FROM checkpoints;").size());
  coopflow::testing::tamper(db.path(), "DELETE FROM tree_nodes;" + sql);
  const std::string before = db.snapshot();
  const Result r = db.as("audrey", {"seal", "--key", db.file("office.key")});
  BOOST_TEST(r.code == 8);
  BOOST_TEST(r.err.find("no longer matches the newest checkpoint") != std::string::npos, r.err);
  BOOST_TEST(db.snapshot() == before);
}

BOOST_AUTO_TEST_CASE(
    output_files_on_a_full_disk_exit_9_and_a_forged_newest_checkpoint_is_not_printed) {
  OfficeDb db;
  register_key(db);
  const std::string id = db.open_electoral();
  seal_and_keep(db);
  if (std::filesystem::exists("/dev/full")) {
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"checkpoint", "--out", "/dev/full"},
             {"prove", id, "--out", "/dev/full"},
             {"export", "--format", "jsonl", "--out", "/dev/full"},
             {"export", "--format", "csv", "--out", "/dev/full"}}) {
      const Result r = db.as("audrey", args);
      BOOST_TEST(r.code == 9, args[0] << ": " << r.code << " " << r.err);
      BOOST_TEST(r.err.find("check the disk") != std::string::npos, r.err);
    }
  }
  coopflow::testing::tamper(db.path(),
                            "INSERT INTO checkpoints (tree_size, note) VALUES (3, 'garbage')");
  const Result r = db.as("audrey", {"checkpoint"});
  BOOST_TEST(r.code == 8);
  BOOST_TEST(r.out.empty(), r.out);
  BOOST_TEST(r.err.find("does not hold") != std::string::npos, r.err);
}

BOOST_AUTO_TEST_CASE(a_key_cannot_seal_its_own_retirement) {
  OfficeDb db;
  register_key(db);
  const std::string before = db.snapshot();
  const Result r =
      db.as("ada", {"--seal-key", db.file("office.key"), "key", "retire", "office-2026"});
  BOOST_TEST(r.code == 3);
  BOOST_TEST(r.err.find("cannot seal its own retirement") != std::string::npos, r.err);
  BOOST_TEST((db.snapshot() == before));
  db.ok("ada", {"key", "retire", "office-2026"});
  const Result late = db.as("audrey", {"seal", "--key", db.file("office.key")});
  BOOST_TEST(late.code == 3);
  BOOST_TEST(late.err.find("is retired") != std::string::npos, late.err);
}
