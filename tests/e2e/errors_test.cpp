// Every failure a user can cause: its exit code, a one-line message, and a
// database left byte-for-byte as it was.
#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>

#include "runner.h"

using coopflow::testing::OfficeDb;
using coopflow::testing::Result;

namespace {

struct BadInput {
  std::string name;
  std::string user;
  std::vector<std::string> args;
  int code;
};

// An office with cases in the states the table below needs.
struct ErrorsFixture {
  OfficeDb db;
  std::string analysis, planning, review, delivery, carols_review;
  ErrorsFixture() {
    analysis = db.case_in("electoral-cooperation", "Analysis");
    planning = db.case_in("electoral-cooperation", "Planning");
    review = db.case_in("electoral-cooperation", "PlanReview");
    delivery = db.case_in("parliamentary-cooperation", "Delivery");
    carols_review = db.case_in("electoral-cooperation", "Planning");
    db.fire("carol", carols_review, "draft-plan");
    db.fire("carol", carols_review, "submit-plan");
    db.ok("ada", {"user", "add", "eve", "--role", "coordinator"});
    db.ok("ada", {"user", "disable", "eve"});
  }

  std::vector<std::string> open_args(const std::string& field, const std::string& value) const {
    return coopflow::testing::open_args("electoral-cooperation", {{field, value}});
  }

  std::vector<std::string> plan(const std::string& budget, const std::string& currency) const {
    return {"do",          planning,           "draft-plan",
            "schedule=Q2", "budget=" + budget, "currency=" + currency,
            "team=t",      "services=s"};
  }

  std::vector<std::string> activity(const std::string& from, const std::string& to,
                                    const std::string& mode = "on-site") const {
    return {"do",           delivery,   "log-activity", "title=t",
            "from=" + from, "to=" + to, "mode=" + mode, "participants=3"};
  }

  std::vector<std::string> analysis_with(const std::string& field, const std::string& value) const {
    std::vector<std::string> args = {"do", analysis, "record-analysis"};
    for (const auto& f : coopflow::testing::valid_assignments("record-analysis")) {
      args.push_back(f.rfind(field + "=", 0) == 0 ? field + "=" + value : f);
    }
    return args;
  }
};

void expect_clean_failure(const OfficeDb& db, const BadInput& c, const std::string& db_path) {
  const std::string before = db.snapshot();
  std::vector<std::string> args = c.args;
  args.insert(args.begin(), {"--db", db_path, "--as", c.user});
  const Result r = coopflow::testing::run_binary(args);
  BOOST_TEST(r.code == c.code, c.name << ": exit " << r.code << ", stderr: " << r.err);
  BOOST_TEST(std::count(r.err.begin(), r.err.end(), '\n') == 1, c.name << ": " << r.err);
  BOOST_TEST(r.err.rfind("coopflow: ", 0) == 0, c.name);
  BOOST_TEST(db.snapshot() == before, c.name << " changed the database");
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(bad_input, ErrorsFixture)

BOOST_AUTO_TEST_CASE(each_bad_input_gets_its_exit_code_and_changes_nothing) {
  const std::string big(64 * 1024 + 1, 'x');
  const std::vector<BadInput> cases = {
      // 2: usage
      {"no command", "alice", {}, 2},
      {"unknown command", "alice", {"frobnicate"}, 2},
      {"unknown flag", "alice", {"list", "--colour"}, 2},
      {"open without requester", "alice", {"open", "electoral-cooperation", "--country", "CI"}, 2},
      {"field without =", "alice", {"do", analysis, "record-analysis", "context"}, 2},
      {"diagram format", "alice", {"diagram", "electoral-cooperation", "--format", "png"}, 2},
      // 3: invalid value
      {"unknown field", "alice", {"do", analysis, "record-analysis", "colour=blue"}, 3},
      {"missing field", "alice", {"do", analysis, "record-analysis", "context=c"}, 3},
      {"empty field", "alice", analysis_with("context", " "), 3},
      {"mandate-fit maybe", "alice", analysis_with("mandate-fit", "maybe"), 3},
      {"invalid UTF-8", "alice", analysis_with("context", "C\xF4te"), 3},
      {"value over 64 KiB", "alice", analysis_with("context", big), 3},
      {"missing @file", "alice", analysis_with("context", "@/nonexistent/file.txt"), 3},
      {"@directory", "alice", analysis_with("context", "@/tmp"), 3},
      {"field twice", "alice", {"do", analysis, "withdraw", "reason=a", "reason=b"}, 3},
      {"impossible date", "alice", open_args("--received", "2023-02-29"), 3},
      {"malformed date", "alice", open_args("--received", "15/03/2010"), 3},
      {"future date", "alice", open_args("--received", "2999-01-01"), 3},
      {"unknown country", "alice", open_args("--country", "XX"), 3},
      {"lower-case country", "alice", open_args("--country", "ci"), 3},
      {"requester not official", "alice", open_args("--requester-type", "ngo"), 3},
      {"empty reference", "alice", open_args("--reference", ""), 3},
      {"bad partner role", "alice",
       [&] {
         auto a = open_args("", "");
         a.insert(a.end(), {"--partner", "OIF=sponsor"});
         return a;
       }(),
       3},
      {"negative amount", "alice", plan("-100", "CAD"), 3},
      {"malformed amount", "alice", plan("1,250", "CAD"), 3},
      {"over-precise amount", "alice", plan("12.505", "CAD"), 3},
      {"decimals in XOF", "alice", plan("1500.5", "XOF"), 3},
      {"unknown currency", "alice", plan("100", "CAN"), 3},
      {"to before from", "alice", activity("2011-04-15", "2011-04-11"), 3},
      {"impossible activity date", "alice", activity("2011-02-30", "2011-03-01"), 3},
      {"unknown mode", "alice", activity("2011-04-11", "2011-04-15", "hybrid"), 3},
      {"unknown role", "ada", {"user", "add", "zoe", "--role", "director"}, 3},
      {"bad user name", "ada", {"user", "add", "zo e", "--role", "manager"}, 3},
      // 4: not found
      {"unknown case", "alice", {"do", "EC-2099-0001", "start-analysis"}, 4},
      {"unknown case shown", "audrey", {"show", "EC-2099-0001"}, 4},
      {"unknown user", "mallory", {"list"}, 4},
      {"unknown workflow",
       "alice",
       {"open", "trade-mission", "--requester", "x", "--requester-type", "partner-authority",
        "--country", "CI", "--reference", "r", "--received", "2010-01-01", "--subject", "s"},
       4},
      {"unknown event", "alice", {"do", analysis, "start-foo"}, 4},
      {"grant to unknown user", "ada", {"user", "grant", "nobody", "manager"}, 4},
      // 5: forbidden
      {"coordinator commits", "alice", {"do", analysis, "commit"}, 5},
      {"manager records analysis", "bob", analysis_with("context", "c"), 5},
      {"auditor writes", "audrey", {"do", analysis, "start-analysis"}, 5},
      {"auditor opens", "audrey", open_args("", ""), 5},
      {"admin fires", "ada", {"do", analysis, "withdraw", "reason=r"}, 5},
      {"own plan approved", "carol", {"do", carols_review, "approve-plan"}, 5},
      {"disabled user", "eve", {"do", analysis, "withdraw", "reason=r"}, 5},
      {"non-admin adds user", "bob", {"user", "add", "zoe", "--role", "manager"}, 5},
      // 6: not allowed in this state
      {"approve in Analysis", "bob", {"do", analysis, "approve-plan"}, 6},
      {"commit without analysis",
       "bob",
       {"do", db.case_in("electoral-cooperation", "Analysis"), "commit"},
       6},
      {"complete without activity", "alice", {"do", delivery, "complete-delivery"}, 6},
      {"resume when not suspended", "bob", {"do", review, "resume"}, 6},
      // 7: conflict
      {"init over a database", "ada", {"init"}, 7},
      {"user added twice", "ada", {"user", "add", "alice", "--role", "manager"}, 7},
      {"last admin disabled", "ada", {"user", "disable", "ada"}, 7},
  };
  for (const auto& c : cases) expect_clean_failure(db, c, db.path());
}

BOOST_AUTO_TEST_CASE(a_file_that_is_not_a_coopflow_database_is_refused_untouched) {
  const std::string other = db.file("other.sqlite");
  { std::ofstream(other, std::ios::binary) << "this is a spreadsheet, not a database"; }
  const auto r = coopflow::testing::run_binary({"--db", other, "--as", "alice", "list"});
  BOOST_TEST(r.code == 3);
  BOOST_TEST(r.err.find("not a coopflow database") != std::string::npos);
  std::ifstream in(other);
  std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  BOOST_TEST(content == "this is a spreadsheet, not a database");
}

BOOST_AUTO_TEST_CASE(a_database_newer_than_the_binary_is_refused) {
  BOOST_REQUIRE_EQUAL(std::system(("sqlite3 '" + db.path() + "' 'PRAGMA user_version=99'").c_str()),
                      0);
  const std::string before = db.snapshot();
  const auto refused = db.as("audrey", {"list"});
  BOOST_TEST(refused.code == 3);
  BOOST_TEST(refused.err.find("upgrade coopflow") != std::string::npos);
  BOOST_TEST(db.snapshot() == before);
}

BOOST_AUTO_TEST_CASE(a_missing_database_is_not_created_by_a_read) {
  const auto r =
      coopflow::testing::run_binary({"--db", db.file("nope.db"), "--as", "alice", "list"});
  BOOST_TEST(r.code == 4);
  BOOST_TEST(r.err.find("coopflow init") != std::string::npos);
  BOOST_TEST(!std::filesystem::exists(db.file("nope.db")));
}

BOOST_AUTO_TEST_CASE(json_mode_reports_errors_as_a_document_too) {
  const auto r = db.as("alice", {"--json", "do", analysis, "commit"});
  BOOST_TEST(r.code == 5);
  const auto doc = nlohmann::json::parse(r.out);
  BOOST_TEST(doc["error"]["kind"] == "forbidden");
  BOOST_TEST(doc["error"]["exit_code"] == 5);
}

BOOST_AUTO_TEST_CASE(refusals_follow_lang_in_french_with_the_same_exit_code_and_kind) {
  const auto in = [&](const std::map<std::string, std::string>& env,
                      std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", db.path(), "--as", "alice"});
    return coopflow::testing::run_binary(args, env);
  };
  const std::string before = db.snapshot();
  const auto fr = in({{"LANG", "fr_CA.UTF-8"}}, {"do", analysis, "commit"});
  BOOST_TEST(fr.code == 5);
  BOOST_TEST(fr.err.find("exige le rôle") != std::string::npos, fr.err);
  BOOST_TEST(fr.err.find("« s'engager »") != std::string::npos, fr.err);
  const auto date = in({{"LC_MESSAGES", "fr_FR.UTF-8"}}, open_args("--received", "2023-02-30"));
  BOOST_TEST(date.code == 3);
  BOOST_TEST(date.err.find("n'est pas une date valide (ce jour n'existe pas dans ce mois)") !=
                 std::string::npos,
             date.err);
  const auto json = in({{"LANG", "fr_CA.UTF-8"}}, {"--json", "do", analysis, "commit"});
  const auto doc = nlohmann::json::parse(json.out);
  BOOST_TEST(doc["error"]["kind"] == "forbidden");  // kinds and keys stay English codes
  BOOST_TEST(doc["error"]["message"].get<std::string>().find("exige le rôle") != std::string::npos);
  // LC_ALL outranks LANG, as in every gettext program.
  const auto en = in({{"LANG", "fr_CA.UTF-8"}, {"LC_ALL", "C.UTF-8"}}, {"do", analysis, "commit"});
  BOOST_TEST(en.err.find("needs the manager role") != std::string::npos, en.err);
  BOOST_TEST(db.snapshot() == before);
}

BOOST_AUTO_TEST_CASE(a_command_line_that_does_not_parse_is_named_in_the_users_language) {
  const auto in = [&](const char* lang, std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", db.path(), "--as", "alice"});
    const auto r = coopflow::testing::run_binary(args, {{"LANG", lang}});
    BOOST_TEST(r.code == 2, r.err);  // usage, whatever the language
    return r.err;
  };
  const std::string before = db.snapshot();
  const std::vector<std::pair<std::vector<std::string>, std::pair<std::string, std::string>>>
      cases = {
          {{"history"}, {"case is required; see", "dossier est obligatoire ; voyez"}},
          {{"list", "--as"}, {"--as needs a value (USER)", "--as exige une valeur (UTILISATEUR)"}},
          {{"export", "--format", "csv", "--format", "iati"},
           {"--format is given 2 times; give it once",
            "--format est donné 2 fois ; donnez-le une seule fois"}},
          {{"user"},
           {"this command needs a subcommand: see its --help",
            "cette commande exige une sous-commande : voyez son --help"}},
          {{}, {"a command is required: init, ", "une commande est requise : init, "}},
          {{"list", "--limit", "abc"},
           {"--limit: 'abc' is not a whole number from 0 to ",
            "--limit : « abc » n'est pas un nombre entier de 0 à "}},
          {{"verify", "--bogus"}, {"not expected here: --bogus", "argument inattendu : --bogus"}},
          {{"export", "--format"},
           {"--format needs a value (TEXT:{jsonl,csv,csv-excel,iati})",
            "--format exige une valeur ("}},
          {{"export", "--format", "pdf"},
           {"--format: 'pdf' is not one of jsonl,csv,csv-excel,iati",
            "--format : « pdf » n'est pas l'une des valeurs jsonl,csv,csv-excel,iati"}},
          {{"--as", "", "list"},
           {"--as: needs a value; it may not be empty",
            "--as : exige une valeur ; elle ne peut pas être vide"}},
      };
  for (const auto& [args, said] : cases) {
    const std::string english = in("C.UTF-8", args);
    BOOST_TEST(english.find(said.first) != std::string::npos, english);
    const std::string french = in("fr_CA.UTF-8", args);
    BOOST_TEST(french.find(said.second) != std::string::npos, french);
    BOOST_TEST(french.find(" is required") == std::string::npos, french);
  }
  BOOST_TEST(db.snapshot() == before);
}

BOOST_AUTO_TEST_CASE(the_cli_speaks_french_under_a_french_lang_its_json_stays_english) {
  const std::map<std::string, std::string> fr = {{"LANG", "fr_CA.UTF-8"}};
  const auto run = [&](std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", db.path(), "--as", "alice"});
    return coopflow::testing::run_binary(args, fr);
  };
  const std::string before = db.snapshot();
  const auto help = run({"--help"});
  BOOST_TEST(help.code == 0);
  BOOST_TEST(help.out.find("Utilisation") != std::string::npos, help.out);
  BOOST_TEST(help.out.find("lister les dossiers") != std::string::npos, help.out);
  // A command's help names its arguments and their types in French too.
  const auto usage = run({"do", "--help"});
  BOOST_TEST(usage.out.find("do [OPTIONS] dossier événement [champs...]") != std::string::npos,
             usage.out);
  for (const char* command : {"list", "export", "do", "serve"}) {
    const auto said = run({command, "--help"});
    BOOST_TEST(said.out.find("TEXT ") == std::string::npos, said.out);
    BOOST_TEST(said.out.find("TEXT:") == std::string::npos, said.out);
    BOOST_TEST(said.out.find("INT:") == std::string::npos, said.out);
  }
  const auto list = run({"list"});
  BOOST_TEST(list.code == 0);
  BOOST_TEST(list.out.find("ÉTAT") != std::string::npos, list.out);
  BOOST_TEST(list.out.find("STATE") == std::string::npos, list.out);
  const auto unknown = run({"lister"});
  BOOST_TEST(unknown.code == 2);
  BOOST_TEST(unknown.err.find("commande inconnue « lister »") != std::string::npos, unknown.err);
  const auto file = run({"do", analysis, "comment", "comment=@/nonexistent/note.txt"});
  BOOST_TEST(file.code == 3);
  BOOST_TEST(file.err.find("ce fichier n'existe pas") != std::string::npos, file.err);
  const auto event = run({"do", analysis, "comment"});  // the engine's refusal
  BOOST_TEST(event.code == 4);
  BOOST_TEST(event.err.find("événement inconnu « comment »") != std::string::npos, event.err);
  const auto nowhere = coopflow::testing::run_binary(
      {"--db", db.path() + ".missing", "--as", "alice", "list"}, fr);  // the storage's refusal
  BOOST_TEST(nowhere.code == 4);
  BOOST_TEST(nowhere.err.find("aucune base de données à") != std::string::npos, nowhere.err);
  const auto json = run({"--json", "list"});
  BOOST_TEST(json.code == 0);
  BOOST_TEST(json.out.find("\"state\"") != std::string::npos, json.out);  // keys stay English
  BOOST_TEST(db.snapshot() == before);
}

// Together with the table above: well over a hundred malformed inputs, across
// every parser and every command that takes user values.
BOOST_AUTO_TEST_CASE(generated_bad_values_across_every_parser_change_nothing) {
  std::vector<BadInput> cases;
  for (const std::string d :
       {"2023-02-29", "2010-13-01", "2010-00-10", "2010-04-31", "2010-4-01", "10-04-2010",
        "2010/04/01", "", "2010-04-01T00:00", "1899-12-31", "2010-04-1x", "２０１０-04-01"}) {
    cases.push_back({"received " + d, "alice", open_args("--received", d), 3});
    cases.push_back({"from " + d, "alice", activity(d, "2011-04-15"), 3});
  }
  for (const std::string a : {"-1", "-0.01", "1.234", "1,250", "1e3", "", ".", "1.", "abc", "+5",
                              " 5", "0x10", "1000000000000000", "NaN", "１２"}) {
    cases.push_back({"budget '" + a + "'", "alice", plan(a, "CAD"), 3});
  }
  for (const std::string c : {"cad", "CA", "CADD", "XXX", "XAU", "ABC", "", "€", "C@D"}) {
    cases.push_back({"currency '" + c + "'", "alice", plan("100", c), 3});
  }
  for (const std::string c :
       {"ci", "XX", "CIV", "", "CI,", ",CI", "CI,CI", "CI, HT", "UK", "CI'; DROP TABLE cases;--"}) {
    cases.push_back({"country '" + c + "'", "alice", open_args("--country", c), 3});
  }
  for (const std::string& bad :
       {std::string("C\xF4te"), std::string("\xC0\xAF"), std::string("\xED\xA0\x80"),
        std::string("\xF4\x90\x80\x80"), std::string("abc\xE2\x82"), std::string("\xFF\xFE")}) {
    cases.push_back({"UTF-8 requester", "alice", open_args("--requester", bad), 3});
    cases.push_back({"UTF-8 comment", "bob", {"do", review, "return-plan", "comment=" + bad}, 3});
    cases.push_back({"UTF-8 title",
                     "alice",
                     {"do", delivery, "log-activity", "title=" + bad, "from=2011-04-11",
                      "to=2011-04-12", "mode=remote", "participants=2"},
                     3});
  }
  const std::string big_file = db.file("big.txt"), latin1 = db.file("latin1.txt");
  std::ofstream(big_file) << std::string(std::size_t{70} * 1024, 'a');
  std::ofstream(latin1, std::ios::binary) << "Qu\xE9"
                                             "bec";
  cases.push_back({"@file over 64 KiB", "alice", analysis_with("context", "@" + big_file), 3});
  cases.push_back({"@file not UTF-8", "alice", analysis_with("context", "@" + latin1), 3});
  cases.push_back({"@file empty path", "alice", analysis_with("context", "@"), 3});
  for (const std::string id : {"EC-2010-9999", "ec-2010-0001", "EC' OR '1'='1", "", "PC-2011"}) {
    cases.push_back({"case id '" + id + "'", "alice", {"do", id, "start-analysis"}, 4});
  }
  for (const std::string e : {"Start-Analysis", "approve", "x; rm -rf /", "", "open"}) {
    cases.push_back({"event '" + e + "'", "alice", {"do", analysis, e}, 4});
  }
  for (const auto& args :
       std::vector<std::vector<std::string>>{{"show"},
                                             {"history"},
                                             {"do", analysis},
                                             {"user", "add"},
                                             {"diagram"},
                                             {"verify", "--deeper"},
                                             {"open", "electoral-cooperation", "--bogus", "x"},
                                             {"list", "--limit", "-3"},
                                             {"list", "--limit", "many"},
                                             {"--db"}}) {
    cases.push_back({"usage " + args[0], "alice", args, 2});
  }
  for (const std::string role : {"auditor", "admin"}) {
    for (const std::string ev :
         {"start-analysis", "record-analysis", "commit", "decline", "suspend", "withdraw"}) {
      cases.push_back(
          {role + " fires " + ev, role == "admin" ? "ada" : "audrey", {"do", analysis, ev}, 5});
    }
  }
  BOOST_TEST(cases.size() >= 100u);
  for (const auto& c : cases) expect_clean_failure(db, c, db.path());
}

BOOST_AUTO_TEST_CASE(injection_looking_text_is_stored_verbatim_and_harms_nothing) {
  const std::string nasty = "Robert'); DROP TABLE journal;-- \" OR 1=1 --";
  db.ok("bob", {"do", review, "return-plan", "comment=" + nasty});
  const auto shown = nlohmann::json::parse(db.ok("audrey", {"--json", "show", review}));
  BOOST_TEST(shown["approvals"].back()["comment"].get<std::string>() == nasty);
  // An unknown state is refused by name, whatever it looks like.
  expect_clean_failure(db, {"state filter", "audrey", {"list", "--state", "' OR 1=1 --"}, 4},
                       db.path());
  BOOST_TEST(db.as("audrey", {"verify"}).code == 0);
}

BOOST_AUTO_TEST_SUITE_END()
