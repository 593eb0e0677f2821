// The case exports, read back by their real consumers: Python's csv module for
// --format csv; xmllint against the official IATI 2.03 schema, and the IATI
// codelists, for --format iati.
#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "e2e/runner.h"

using coopflow::testing::OfficeDb;
using coopflow::testing::Result;
using coopflow::testing::shell;
using nlohmann::json;

namespace {

const std::string kSource = COOPFLOW_SOURCE_DIR;
const std::string kIati = kSource + "/tests/data/iati-2.03";

// What a requester may type, everything a CSV or XML writer must get right.
const std::string kHostileRequester = "=HYPERLINK(\"http://x\"),\"quoted\"; and, commas";
const std::string kHostileSubject = "Ligne 1\nLigne 2 </narrative><x a='1'>&amp; é\r\n\tfin";

// An office with a case in each kind of state an export maps.
struct Exports {
  OfficeDb db;
  std::map<std::string, std::string> ids;  // by state
  std::string hostile;
  std::string control;  // a subject with a character XML 1.0 cannot carry
  Exports() {
    for (const char* state :
         {"Analysis", "Delivery", "FollowUp", "Closed", "Declined", "Suspended"}) {
      ids[state] = db.case_in("electoral-cooperation", state);
    }
    hostile = db.ok("alice", coopflow::testing::open_args("parliamentary-cooperation",
                                                          {{"--requester", kHostileRequester},
                                                           {"--subject", kHostileSubject},
                                                           {"--country", "CI,ML,SN"}}));
    db.ok("alice", {"open", "electoral-cooperation", "--requester", "R", "--requester-type",
                    "partner-authority", "--country", "CI", "--reference", "R-2", "--received",
                    "2010-01-05", "--subject", "S", "--partner", "Fonds, mondial=funder",
                    "--partner", "-Agence=implementer"});
    control = db.ok("alice", coopflow::testing::open_args("electoral-cooperation",
                                                          {{"--subject", "bell\x07here"}}));
  }
  std::string file(const std::string& name) const { return db.file(name); }
};

}  // namespace

// As Excel opens it by double-click: the byte order mark tells it UTF-8, and
// a French Excel splits cells on ';' and reads decimal commas.
BOOST_AUTO_TEST_CASE(the_excel_export_has_the_same_values_shaped_for_the_users_language) {
  Exports x;
  const std::string tools = x.file("tools.csv");
  x.db.ok("audrey", {"export", "--format", "csv", "--out", tools});
  const json plain =
      json::parse(shell("python3 " + kSource + "/tests/e2e/read_csv.py " + tools).out);
  for (const auto& [lang, sep] :
       {std::pair<std::string, std::string>{"fr_CA.UTF-8", ";"}, {"en_CA.UTF-8", ","}}) {
    const std::string excel = x.file("excel-" + lang + ".csv");
    const auto made = coopflow::testing::run_binary(
        {"--db", x.db.path(), "--as", "audrey", "export", "--format", "csv-excel", "--out", excel},
        {{"LANG", lang}});
    BOOST_REQUIRE_MESSAGE(made.code == 0, made.err);
    std::ifstream in(excel, std::ios::binary);
    std::string bom(3, '\0');
    in.read(bom.data(), 3);
    BOOST_TEST(bom == "\xEF\xBB\xBF");
    const Result read = shell("python3 " + kSource + "/tests/e2e/read_csv.py " + excel + " '" +
                              sep + "' utf-8-sig");
    BOOST_REQUIRE_MESSAGE(read.code == 0, read.out);
    const json rows = json::parse(read.out);
    BOOST_REQUIRE_EQUAL(rows.size(), plain.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
      json expected = plain[i];
      if (lang[0] == 'f') {
        std::string amount = expected["approved_budget"];
        std::replace(amount.begin(), amount.end(), '.', ',');
        expected["approved_budget"] = amount;
      }
      BOOST_TEST(rows[i] == expected, lang << ": " << rows[i].dump() << " != " << expected.dump());
    }
  }
  // The hostile requester holds ';' and ',': quoted in either shape, no formula runs.
  const std::string fr = x.file("excel-fr_CA.UTF-8.csv");
  std::ifstream in(fr, std::ios::binary);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  BOOST_TEST(text.find("48500,50") != std::string::npos);
  BOOST_TEST(text.find(";\"'=HYPERLINK") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_csv_export_reads_back_in_python_with_every_value) {
  Exports x;
  const std::string csv = x.file("cases.csv");
  x.db.ok("audrey", {"export", "--format", "csv", "--out", csv});
  const Result read = shell("python3 " + kSource + "/tests/e2e/read_csv.py " + csv);
  BOOST_REQUIRE_MESSAGE(read.code == 0, read.out);
  const json rows = json::parse(read.out);
  BOOST_REQUIRE_EQUAL(rows.size(), 9u);
  std::map<std::string, json> by_id;
  for (const auto& r : rows) by_id[r.at("id").get<std::string>()] = r;

  const json& closed = by_id.at(x.ids["Closed"]);
  BOOST_TEST(closed.at("state") == "Closed");
  BOOST_TEST(closed.at("workflow") == "electoral-cooperation");
  BOOST_TEST(closed.at("workflow_version") == "1");
  BOOST_TEST(closed.at("approved_budget") == "48500.50");
  BOOST_TEST(closed.at("currency") == "CAD");
  BOOST_TEST(closed.at("received") == "2010-03-15");
  BOOST_TEST(closed.at("closed").get<std::string>().size() == 10u);
  BOOST_TEST(closed.at("requester_type") == "partner-authority");
  BOOST_TEST(closed.at("reference") == "CEI/2010/042");

  const json& open = by_id.at(x.ids["Analysis"]);
  BOOST_TEST(open.at("closed") == "");
  BOOST_TEST(open.at("approved_budget") == "");

  const json& hostile = by_id.at(x.hostile);
  BOOST_TEST(hostile.at("requester") == "'" + kHostileRequester);  // no formula runs
  BOOST_TEST(hostile.at("subject") == kHostileSubject);
  BOOST_TEST(hostile.at("countries") == "CI;ML;SN");
  bool partners_found = false;
  for (const auto& r : rows) {
    if (r.at("reference") == "R-2") {
      partners_found = true;
      BOOST_TEST(r.at("partners") == "Fonds, mondial=funder;-Agence=implementer");
    }
  }
  BOOST_TEST(partners_found);
}

BOOST_AUTO_TEST_CASE(the_iati_export_validates_against_the_schema_and_the_codelists) {
  Exports x;
  x.db.ok("ada", {"config", "set", "iati.org-ref", "CA-QC-123456"});
  x.db.ok("ada", {"config", "set", "iati.org-name", "Élections Québec"});
  const std::string xml = x.file("iati.xml");
  x.db.ok("audrey", {"export", "--format", "iati", "--out", xml});
  const Result valid =
      shell("xmllint --noout --schema " + kIati + "/iati-activities-schema.xsd " + xml);
  BOOST_REQUIRE_MESSAGE(valid.code == 0, valid.out);
  const Result codes =
      shell("python3 " + kSource + "/tests/e2e/check_iati.py " + xml + " " + kIati);
  BOOST_REQUIRE_MESSAGE(codes.code == 0, codes.out);
  std::map<std::string, json> by_id;
  for (const auto& a : json::parse(codes.out)) by_id[a.at("id").get<std::string>()] = a;
  BOOST_REQUIRE_EQUAL(by_id.size(), 9u);

  const std::map<std::string, std::string> status = {{"Analysis", "1"}, {"Delivery", "2"},
                                                     {"FollowUp", "3"}, {"Closed", "4"},
                                                     {"Declined", "5"}, {"Suspended", "6"}};
  for (const auto& [state, code] : status) {
    BOOST_TEST(by_id.at("CA-QC-123456-" + x.ids[state]).at("status") == code, state);
  }
  const json& closed = by_id.at("CA-QC-123456-" + x.ids["Closed"]);
  BOOST_TEST(closed.at("budget") == json::parse(R"(["48500.50", "CAD"])"));
  BOOST_TEST(closed.at("dates").at("2") == "2011-04-11");  // the first day delivered
  BOOST_TEST(closed.at("dates").at("4") == "2011-04-11");  // the last
  BOOST_TEST(closed.at("orgs") == json::parse(R"([["2", "Élections Québec"],
      ["4", "Élections Québec"], ["1", "OIF"]])"));
  BOOST_TEST(by_id.at("CA-QC-123456-" + x.ids["Analysis"]).at("budget").is_null());
  BOOST_TEST(!by_id.at("CA-QC-123456-" + x.ids["Analysis"]).at("dates").contains("4"));

  const json& hostile = by_id.at("CA-QC-123456-" + x.hostile);
  // Every character comes back, the carriage return too (written as &#13;).
  BOOST_TEST(hostile.at("title") == kHostileSubject);
  BOOST_TEST(hostile.at("countries") == json::parse(R"(["CI", "ML", "SN"])"));
  BOOST_TEST(by_id.at("CA-QC-123456-" + x.control).at("title") == "bell\uFFFDhere");
}

BOOST_AUTO_TEST_CASE(an_export_that_cannot_be_made_says_why_and_leaves_no_file) {
  OfficeDb db;
  const std::string out = db.file("x.xml");
  Result r = db.as("audrey", {"export", "--format", "iati", "--out", out});
  BOOST_TEST(r.code == 4);
  BOOST_TEST(r.err.find("config set iati.org-ref") != std::string::npos, r.err);
  BOOST_TEST(!std::filesystem::exists(out));

  db.ok("ada", {"config", "set", "iati.org-ref", "CA-QC-123456"});
  r = db.as("audrey", {"export", "--format", "iati", "--out", out});
  BOOST_TEST(r.code == 7);
  BOOST_TEST(r.err.find("no cases") != std::string::npos, r.err);
  BOOST_TEST(!std::filesystem::exists(out));

  r = db.as("audrey", {"export", "--format", "csv", "--case", "EC-2010-0001"});
  BOOST_TEST(r.code == 2);
  BOOST_TEST(r.err.find("jsonl only") != std::string::npos, r.err);

  r = db.as("", {"export", "--format", "csv"});
  BOOST_TEST(r.code != 0);
  // An office with no cases exports a CSV of its header alone.
  BOOST_TEST(db.ok("audrey", {"export", "--format", "csv"}).rfind("id,workflow,", 0) == 0);
}
