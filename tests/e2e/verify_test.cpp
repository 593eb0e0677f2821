// verify against real tampering done with the sqlite3 tool, as someone with
// write access to the file would.
#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>

#include "runner.h"
#include "support/tamper.h"

using coopflow::testing::OfficeDb;

namespace {

struct TamperFixture {
  OfficeDb db;
  std::string first, second;
  TamperFixture() {
    first = db.case_in("electoral-cooperation", "ReportReview");
    second = db.case_in("parliamentary-cooperation", "Delivery");
    BOOST_REQUIRE_EQUAL(db.as("audrey", {"verify"}).code, 0);
  }
  void sql(const std::string& statements) const {
    coopflow::testing::tamper(db.path(), statements);
  }
  // Runs verify, expects exit 8 naming `needle`.
  void expect_caught(const std::string& needle) const {
    const auto r = db.as("audrey", {"verify"});
    BOOST_TEST(r.code == 8, r.out);
    BOOST_TEST(r.err.find(needle) != std::string::npos, "stderr: " << r.err);
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(tampering, TamperFixture)

BOOST_AUTO_TEST_CASE(an_edited_actor_is_caught_and_named) {
  sql("UPDATE journal SET actor = 'mallory' WHERE case_id = '" + first + "' AND seq = 4");
  expect_caught(first + " entry 4");
}

BOOST_AUTO_TEST_CASE(an_edited_payload_is_caught) {
  sql("UPDATE journal SET payload = replace(payload, '4850050', '9850050') WHERE case_id = '" +
      first + "' AND event = 'draft-plan'");
  expect_caught(first + " entry 5");
}

BOOST_AUTO_TEST_CASE(a_deleted_middle_entry_is_caught) {
  sql("DELETE FROM journal WHERE case_id = '" + second + "' AND seq = 3");
  expect_caught(second + " entry 4");
}

BOOST_AUTO_TEST_CASE(a_rehashed_edit_still_fails_replay) {
  // Changing a step and recomputing only that entry's hash breaks the next link.
  sql("UPDATE journal SET event = 'decline', to_state = 'Declined' WHERE case_id = '" + first +
      "' AND seq = 4");
  expect_caught(first + " entry 4");
}

BOOST_AUTO_TEST_CASE(a_case_row_that_disagrees_with_its_journal_is_caught) {
  sql("UPDATE cases SET state = 'Closed' WHERE id = '" + second + "'");
  expect_caught(second);
}

BOOST_AUTO_TEST_CASE(an_edited_approval_is_caught) {
  sql("UPDATE approval_records SET actor = 'alice' WHERE case_id = '" + first +
      "' AND decision = 'commit'");
  expect_caught(first);
}

BOOST_AUTO_TEST_CASE(verify_of_one_case_checks_only_that_case) {
  sql("UPDATE journal SET actor = 'mallory' WHERE case_id = '" + first + "' AND seq = 2");
  BOOST_TEST(db.as("audrey", {"verify", second}).code == 0);
  BOOST_TEST(db.as("audrey", {"verify", first}).code == 8);
}

// Each "N noun" in text agrees with N: plural for more than one in French, for
// all but one in English.
void expect_counts_agree(const std::string& text, const std::string& nouns, bool french) {
  const std::regex counted("(\\d+) (" + nouns + ")(s?)\\b");
  int seen = 0;
  for (std::sregex_iterator it(text.begin(), text.end(), counted), end; it != end; ++it, ++seen) {
    const long n = std::stol((*it)[1].str());
    const bool plural = (*it)[3].length() > 0;
    BOOST_TEST(plural == (french ? n > 1 : n != 1), (*it)[0].str() << " in: " << text);
  }
  BOOST_TEST(seen >= 2, text);
}

BOOST_AUTO_TEST_CASE(counts_agree_with_their_nouns_in_both_languages) {
  // One checkpoint, a handful of cases and entries: singular and plural side by side.
  BOOST_REQUIRE_EQUAL(db.as("ada", {"keygen", "--out", db.file("office")}).code, 0);
  db.ok("ada", {"key", "add", db.file("office.pub"), "--name", "office-2026"});
  db.ok("audrey", {"seal", "--key", db.file("office.key")});
  const std::vector<std::string> verify = {"--db", db.path(), "--as", "audrey", "verify"};
  const auto fr = coopflow::testing::run_binary(verify, {{"LANG", "fr_CA.UTF-8"}});
  BOOST_TEST(fr.code == 0, fr.err);
  BOOST_TEST(fr.out.find("1 point de contrôle vérifié,") != std::string::npos, fr.out);
  expect_counts_agree(fr.out, "dossier|entrée|point", true);
  const auto en = db.as("audrey", {"verify"});
  BOOST_TEST(en.out.find("1 checkpoint checked,") != std::string::npos, en.out);
  expect_counts_agree(en.out, "case|journal entr(?:y|ie)|office entr(?:y|ie)|checkpoint", false);
  const auto page = coopflow::testing::run_binary(
      {"--db", db.path(), "--as", "audrey", "list", "--limit", "1"}, {{"LANG", "fr_CA.UTF-8"}});
  BOOST_TEST(page.err.find("(le premier dossier ; page suivante : --after ") == 0U, page.err);
}

BOOST_AUTO_TEST_CASE(findings_are_said_in_french_under_a_french_lang) {
  sql("UPDATE journal SET actor = 'mallory' WHERE case_id = '" + first + "' AND seq = 4");
  const std::map<std::string, std::string> fr = {{"LANG", "fr_CA.UTF-8"}};
  const std::vector<std::string> verify = {"--db", db.path(), "--as", "audrey", "verify"};
  const auto said = coopflow::testing::run_binary(verify, fr);
  BOOST_TEST(said.code == 8);
  // The finding and the phrase it nests, both in French; the case id as it is.
  BOOST_TEST(said.out.find("ÉCHEC : " + first + " entrée 4 : ") != std::string::npos, said.out);
  BOOST_TEST(said.out.find("l'empreinte ne correspond pas au contenu") != std::string::npos,
             said.out);
  BOOST_TEST(said.out.find(" entry ") == std::string::npos, said.out);
  BOOST_TEST(said.err.find("échec de la vérification : ") != std::string::npos, said.err);
  std::vector<std::string> as_json = verify;
  as_json.insert(as_json.begin(), "--json");
  const auto doc = nlohmann::json::parse(coopflow::testing::run_binary(as_json, fr).out);
  BOOST_TEST(doc["ok"] == false);  // keys stay English codes
  BOOST_TEST(doc["problems"][0]["message"].get<std::string>().find(first + " entrée 4 : ") == 0U,
             doc.dump());
  BOOST_TEST(doc["error"]["message"].get<std::string>().find("échec de la vérification") == 0U,
             doc.dump());
  // The schema's objects are named as SQLite names them; what befell them, in French.
  sql("CREATE INDEX extra_idx ON journal(actor)");
  const auto schema = coopflow::testing::run_binary(verify, fr);
  BOOST_TEST(
      schema.out.find("schéma : l'objet index extra_idx a été ajouté (") != std::string::npos,
      schema.out);
  BOOST_TEST(db.as("audrey", {"verify"})
                 .out.find("schema: index extra_idx was added (the "
                           "append-only guards") != std::string::npos);
  // The same finding in English, word for word as before the catalog.
  const auto en = db.as("audrey", {"verify"});
  BOOST_TEST(en.out.find("FAILED " + first + " entry 4: hash does not match its content") !=
                 std::string::npos,
             en.out);
}

BOOST_AUTO_TEST_SUITE_END()
