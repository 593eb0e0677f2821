// The office's settings: `coopflow config`, each change an office log entry,
// the settings table a cache that verify holds to the log.
#include <SQLiteCpp/Database.h>

#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "e2e/runner.h"
#include "support/tamper.h"

using coopflow::testing::OfficeDb;
using coopflow::testing::Result;

namespace {

long long office_seq_of(const std::string& path, const std::string& event) {
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  return db.execAndGet("SELECT max(seq) FROM office_log WHERE event = '" + event + "'").getInt64();
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_setting_is_set_read_back_and_journaled_under_the_admin) {
  OfficeDb db;
  db.ok("ada", {"config", "set", "iati.org-ref", "CA-QC-123456"});
  BOOST_TEST(db.ok("audrey", {"config", "get", "iati.org-ref"}) == "CA-QC-123456");
  BOOST_TEST(db.ok("alice", {"config", "get", "iati.org-type"}) == "10");  // the default

  const auto list = nlohmann::json::parse(db.ok("alice", {"--json", "config", "list"}));
  bool found = false;
  for (const auto& s : list.at("settings")) {
    if (s.at("name") == "iati.org-ref") {
      found = true;
      BOOST_TEST(s.at("value") == "CA-QC-123456");
      BOOST_TEST(s.at("set_at").is_number());
    }
    if (s.at("name") == "origin")
      BOOST_TEST(s.at("value").get<std::string>().rfind("coopflow/", 0) == 0);
  }
  BOOST_TEST(found);

  const std::string log = db.ok("audrey", {"export", "--format", "jsonl"});
  const auto last = nlohmann::json::parse(log.substr(log.rfind('\n') + 1));
  BOOST_TEST(last.at("event") == "config-set");
  BOOST_TEST(last.at("actor") == "ada");
  BOOST_TEST(last.at("role") == "admin");

  db.ok("ada", {"config", "unset", "iati.org-ref"});
  const Result gone = db.as("ada", {"config", "get", "iati.org-ref"});
  BOOST_TEST(gone.code == 4);
  BOOST_TEST(gone.err.find("config set iati.org-ref") != std::string::npos, gone.err);
  BOOST_TEST(db.as("audrey", {"verify"}).code == 0);
}

BOOST_AUTO_TEST_CASE(a_refused_setting_says_why_and_changes_nothing) {
  OfficeDb db;
  db.ok("ada", {"config", "set", "iati.org-type", "15"});
  const struct {
    std::string user;
    std::vector<std::string> args;
    int code;
    std::string says;
  } refusals[] = {
      {"ada", {"config", "set", "iati.org-ref", "CA QC 1"}, 3, "not an IATI organisation"},
      {"ada", {"config", "set", "iati.org-ref", "CA-QC-1/2"}, 3, "not an IATI organisation"},
      {"ada", {"config", "set", "iati.org-ref", "ca-QC-1"}, 3, "not an IATI organisation"},
      {"ada", {"config", "set", "iati.org-type", "99"}, 3, "10|11|15"},
      {"ada", {"config", "set", "iati.org-name", " "}, 3, "1 to 200"},
      {"ada", {"config", "set", "origin", "coopflow/mine"}, 3, "cannot be set"},
      {"ada", {"config", "set", "deadlines", "3"}, 3, "no setting named 'deadlines'"},
      {"ada", {"config", "set", "iati.org-type", "15"}, 7, "nothing to change"},
      {"ada", {"config", "unset", "iati.org-ref"}, 7, "not set"},
      {"bob", {"config", "set", "iati.org-type", "10"}, 5, "admin"},
      {"audrey", {"config", "unset", "iati.org-type"}, 5, "admin"},
  };
  for (const auto& r : refusals) {
    const std::string before = db.snapshot();
    const Result res = db.as(r.user, r.args);
    BOOST_TEST(res.code == r.code, r.args[2] << ": exit " << res.code << " " << res.err);
    BOOST_TEST(res.err.find(r.says) != std::string::npos, res.err);
    BOOST_TEST(res.err.find('\n') == res.err.size() - 1, "one line: " << res.err);
    BOOST_TEST((db.snapshot() == before), "changed the file: " << r.args[2]);
  }
}

BOOST_AUTO_TEST_CASE(a_settings_table_edited_by_hand_is_named) {
  OfficeDb db;
  db.ok("ada", {"config", "set", "iati.org-ref", "CA-QC-123456"});
  coopflow::testing::tamper(db.path(),
                            "UPDATE settings SET value = 'CA-QC-999' WHERE name = 'iati.org-ref';"
                            "INSERT INTO settings VALUES ('iati.org-name', 'Someone', 2)");
  const Result r = db.as("audrey", {"verify"});
  BOOST_TEST(r.code == 8);
  BOOST_TEST(
      r.out.find("settings: 'iati.org-ref' differs from the office log") != std::string::npos,
      r.out);
  BOOST_TEST(r.out.find("settings: 'iati.org-name' is not in the office log") != std::string::npos,
             r.out);
}

BOOST_AUTO_TEST_CASE(a_rehashed_setting_the_write_path_refuses_is_named) {
  OfficeDb db;
  db.ok("ada", {"config", "set", "iati.org-ref", "CA-QC-123456"});
  const long long seq = office_seq_of(db.path(), "config-set");
  coopflow::testing::rewrite_office_entry(db.path(), seq,
                                          R"({"name":"iati.org-ref","value":"not an id"})");
  coopflow::testing::tamper(db.path(),
                            "UPDATE settings SET value = 'not an id' WHERE name = 'iati.org-ref'");
  const Result r = db.as("audrey", {"verify"});
  BOOST_TEST(r.code == 8);
  BOOST_TEST(r.out.find("is not an IATI organisation identifier") != std::string::npos, r.out);
}
