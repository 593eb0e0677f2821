// The one log: office entries beside the case entries under one Merkle tree,
// the users as caches of the log, and the in-place upgrade of a schema-1
// database. The real binary, real files, edits as someone with the file would.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "coopflow/engine/journal_entry.h"
#include "e2e/runner.h"
#include "support/tamper.h"

using coopflow::testing::OfficeDb;
using coopflow::testing::Result;

namespace {

const std::string kFixtures = std::string(COOPFLOW_SOURCE_DIR) + "/tests/fixtures/";

// A database of an older schema version made from the kept SQL text.
std::string old_database(const coopflow::testing::TempDir& dir, int version) {
  const std::string name = "schema-v" + std::to_string(version);
  const std::string path = dir.file(name + ".db");
  {
    SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec(coopflow::testing::file_text(kFixtures + name + ".sql"));
  }
  std::filesystem::permissions(
      path, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
  return path;
}

std::string query(const std::string& path, const std::string& sql) {
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  SQLite::Statement q(db, sql);
  std::string out;
  while (q.executeStep()) {
    for (int c = 0; c < q.getColumnCount(); ++c) out += q.getColumn(c).getString() + "|";
    out += "\n";
  }
  return out;
}

Result run(const std::string& path, const std::string& user, std::vector<std::string> args) {
  args.insert(args.begin(), {"--db", path, "--as", user});
  return coopflow::testing::run_binary(args);
}

}  // namespace

BOOST_AUTO_TEST_CASE(administration_is_in_the_log_and_under_the_tree) {
  OfficeDb db;
  const std::string id = db.open_electoral();
  db.ok("ada", {"user", "grant", "alice", "manager"});
  const std::string log = query(db.path(), "SELECT position, seq, actor, event FROM office_log");
  BOOST_TEST(log.find("1|1|ada|init|") != std::string::npos, log);
  BOOST_TEST(log.find("|ada|user-grant|") != std::string::npos, log);
  // One position space: journal and office log together run 1..N, and the
  // view an outsider reads lists them all in order.
  const std::string leaves = query(db.path(),
                                   "SELECT count(*), min(position), max(position), "
                                   "count(DISTINCT position) FROM log_leaves");
  const std::string total = query(db.path(),
                                  "SELECT (SELECT count(*) FROM journal) + "
                                  "(SELECT count(*) FROM office_log)");
  const std::string n = total.substr(0, total.find('|'));
  BOOST_TEST(leaves == n + "|1|" + n + "|" + n + "|\n");
  BOOST_TEST(query(db.path(), "SELECT count(*) FROM tree_nodes") != "0|\n");
  BOOST_TEST(db.as("audrey", {"verify"}).code == 0);
}

namespace {

// verify on a database whose users tables were edited by `statement`, behind
// the office log's back, names the user it differs for as `finding` says.
void expect_users_table_finding(const std::string& statement, const std::string& finding) {
  OfficeDb db;
  db.open_electoral();
  coopflow::testing::tamper(db.path(), statement);
  const Result r = db.as("audrey", {"verify"});
  BOOST_TEST(r.code == 8);
  BOOST_TEST(r.out.find(finding) != std::string::npos, r.out);
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_role_granted_in_the_tables_and_not_in_the_log_is_named) {
  expect_users_table_finding("INSERT INTO user_roles VALUES ('alice', 'manager')",
                             "users table: 'alice' differs from the office log");
}

BOOST_AUTO_TEST_CASE(a_user_disabled_in_the_tables_and_not_in_the_log_is_named) {
  expect_users_table_finding("UPDATE users SET disabled = 1 WHERE name = 'alice'",
                             "users table: 'alice' differs from the office log (roles coordinator "
                             "instead of coordinator, disabled flag edited)");
}

BOOST_AUTO_TEST_CASE(an_actor_without_the_role_at_that_position_is_named_even_if_rehashed) {
  OfficeDb db;
  const std::string id = db.open_electoral();  // alice, as coordinator
  const std::string seq =
      query(db.path(), "SELECT seq FROM office_log WHERE payload LIKE '%\"user\":\"alice\"%'");
  // The log rewritten so that alice was only ever an auditor (and the cache to
  // match): every hash recomputed, yet her opening of the case was not hers to do.
  coopflow::testing::rewrite_office_entry(db.path(), std::stoll(seq),
                                          R"({"full_name":"","roles":["auditor"],"user":"alice"})");
  coopflow::testing::tamper(db.path(),
                            "UPDATE user_roles SET role = 'auditor' WHERE name = 'alice'");
  const Result r = db.as("audrey", {"verify"});
  BOOST_TEST(r.code == 8);
  BOOST_TEST(r.out.find(id + " entry 1: user 'alice' did not hold the coordinator role") !=
                 std::string::npos,
             r.out);
  BOOST_TEST(r.out.find("Merkle tree") != std::string::npos, r.out);
}

BOOST_AUTO_TEST_CASE(edits_to_the_office_log_and_the_tree_are_named) {
  {
    OfficeDb db;
    coopflow::testing::tamper(db.path(), "UPDATE office_log SET actor = 'mallory' WHERE seq = 2");
    const Result r = db.as("audrey", {"verify"});
    BOOST_TEST(r.code == 8);
    BOOST_TEST(r.out.find("office log entry 2") != std::string::npos, r.out);
  }
  {
    OfficeDb db;
    db.open_electoral();
    coopflow::testing::tamper(db.path(),
                              "UPDATE tree_nodes SET hash = zeroblob(32) WHERE id = "
                              "(SELECT max(id) FROM tree_nodes)");
    const Result r = db.as("audrey", {"verify"});
    BOOST_TEST(r.code == 8);
    BOOST_TEST(r.out.find("Merkle tree: the stored subtree") != std::string::npos, r.out);
  }
}

BOOST_AUTO_TEST_CASE(a_schema_1_database_upgrades_in_place_all_or_nothing) {
  coopflow::testing::TempDir dir;
  const std::string path = old_database(dir, 1);
  const std::string journal_before =
      query(path, "SELECT case_id, seq, position, hash FROM journal ORDER BY position");
  // A read does not upgrade; a failed write upgrades nothing.
  BOOST_TEST(run(path, "auditrice", {"verify"}).code == 3);
  BOOST_TEST(run(path, "admin", {"user", "add", "sophie", "--role", "coordinator"}).code == 7);
  BOOST_TEST(query(path, "PRAGMA user_version") == "1|\n");
  // The first successful write upgrades, and everything verifies.
  BOOST_TEST(run(path, "admin", {"user", "add", "nouveau", "--role", "coordinator"}).code == 0);
  BOOST_TEST(query(path, "PRAGMA user_version") == "5|\n");
  BOOST_TEST(query(path, "SELECT case_id, seq, position, hash FROM journal ORDER BY position") ==
             journal_before);
  const std::string office = query(path, "SELECT seq, event FROM office_log ORDER BY seq");
  BOOST_TEST(office == "1|upgrade|\n2|user-add|\n");
  const Result verify = run(path, "auditrice", {"verify"});
  BOOST_TEST(verify.code == 0, verify.out << verify.err);
  // The schema-1 administration log is covered by the digest the upgrade recorded.
  coopflow::testing::tamper(path, "DELETE FROM user_changes WHERE position = 3");
  const Result after = run(path, "auditrice", {"verify"});
  BOOST_TEST(after.code == 8);
  BOOST_TEST(after.out.find("user_changes") != std::string::npos, after.out);
}

BOOST_AUTO_TEST_CASE(a_schema_2_database_upgrades_in_place_and_its_checkpoint_still_verifies) {
  coopflow::testing::TempDir dir;
  const std::string path = old_database(dir, 2);
  const std::string log_before = query(path, "SELECT position, hash FROM log_leaves") +
                                 query(path, "SELECT * FROM tree_nodes");
  BOOST_TEST(run(path, "auditrice", {"verify"}).code == 3);
  BOOST_TEST(run(path, "admin", {"config", "set", "iati.org-type", "15"}).code == 0);
  BOOST_TEST(query(path, "PRAGMA user_version") == "5|\n");
  const std::string log_after =
      query(path, "SELECT position, hash FROM log_leaves WHERE position <= 43") +
      query(path, "SELECT * FROM tree_nodes WHERE id / 64 <= 43");
  BOOST_TEST(log_after == log_before);
  const Result verify = run(path, "auditrice", {"verify", "--pubkey", kFixtures + "schema-v2.pub"});
  BOOST_TEST(verify.code == 0, verify.out << verify.err);
  BOOST_TEST(verify.out.find("1 checkpoint checked, sealed up to position 41") != std::string::npos,
             verify.out);
  // The views people read with sqlite3.
  BOOST_TEST(query(path, "SELECT id, state FROM open_cases") == "EC-2010-0001|Analysis|\n");
  BOOST_TEST(query(path, "SELECT count(*) FROM approvals WHERE case_id = 'PC-2011-0001'") ==
             "7|\n");
  BOOST_TEST(
      query(path, "SELECT comment FROM case_history WHERE case_id = 'PC-2011-0001' AND seq = 7") ==
      "Préciser le profil de l'équipe|\n");
}

BOOST_AUTO_TEST_CASE(a_schema_4_database_is_read_as_it_is_and_upgraded_by_the_first_write) {
  OfficeDb db;
  const std::string id = db.open_electoral();
  {
    SQLite::Database raw(db.path(), SQLite::OPEN_READWRITE);
    raw.exec(coopflow::testing::file_text(kFixtures + "schema-v5-to-v4.sql"));
  }
  const std::string before = db.snapshot();
  BOOST_TEST(db.as("audrey", {"show", id}).code == 0);
  const Result read = db.as("audrey", {"verify"});
  BOOST_TEST(read.code == 0, read.out << read.err);
  BOOST_TEST(db.snapshot() == before);
  db.ok("alice", {"do", id, "start-analysis"});
  BOOST_TEST(query(db.path(), "PRAGMA user_version") == "5|\n");
  BOOST_TEST(query(db.path(),
                   "SELECT name FROM sqlite_master WHERE name = 'journal_by_actor' OR "
                   "name LIKE 'sqlite_autoindex_journal%'") == "");
  // Positions only grow, without UNIQUE's index.
  SQLite::Database raw(db.path(), SQLite::OPEN_READWRITE);
  BOOST_CHECK_EXCEPTION(
      raw.exec("INSERT INTO journal SELECT case_id, seq + 100, position, at, actor, role, os_user, "
               "event, from_state, to_state, payload, prev_hash, hash FROM journal LIMIT 1"),
      SQLite::Exception, [](const SQLite::Exception& e) {
        return std::string(e.what()).find("journal positions only grow") != std::string::npos;
      });
  const Result verify = db.as("audrey", {"verify"});
  BOOST_TEST(verify.code == 0, verify.out << verify.err);
}

BOOST_AUTO_TEST_CASE(schema_1_administration_rows_planted_in_a_newer_database_are_named) {
  OfficeDb db;
  coopflow::testing::tamper(db.path(),
                            "INSERT INTO user_changes VALUES (1, '2009-01-01T00:00:00Z', 'ada', "
                            "'ada', 'grant', 'alice', 'admin')");
  const Result r = db.as("audrey", {"verify"});
  BOOST_TEST(r.code == 8);
  BOOST_TEST(r.out.find("never at schema 1") != std::string::npos, r.out);
}

BOOST_AUTO_TEST_CASE(a_database_newer_than_the_binary_is_refused) {
  OfficeDb db;
  coopflow::testing::tamper(db.path(), "PRAGMA user_version = 99");
  const Result r = db.as("audrey", {"list"});
  BOOST_TEST(r.code == 3);
  BOOST_TEST(r.err.find("upgrade coopflow") != std::string::npos, r.err);
}

BOOST_AUTO_TEST_CASE(a_rehashed_office_entry_with_a_role_the_write_path_refuses_is_named) {
  OfficeDb db;
  const std::string seq =
      query(db.path(), "SELECT seq FROM office_log WHERE payload LIKE '%\"user\":\"alice\"%'");
  coopflow::testing::rewrite_office_entry(
      db.path(), std::stoll(seq), R"({"full_name":"","roles":["superuser"],"user":"alice"})");
  coopflow::testing::tamper(db.path(),
                            "UPDATE user_roles SET role = 'superuser' WHERE name = 'alice'");
  const Result r = db.as("audrey", {"verify"});
  BOOST_TEST(r.code == 8);
  BOOST_TEST(r.out.find("a name or roles the write path refuses") != std::string::npos, r.out);
}
