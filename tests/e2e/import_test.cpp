// The historical import: the office's list of past missions becomes closed
// imported-mission cases, all or nothing, once; and the public archive page
// made from them and from closed workflow cases, rendered by Chromium.
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "coopflow/engine/digest.h"
#include "e2e/runner.h"

using coopflow::testing::OfficeDb;
using coopflow::testing::Result;
using coopflow::testing::shell;
using nlohmann::json;

namespace {

const std::string kMissions =
    std::string(COOPFLOW_SOURCE_DIR) + "/docs/examples/missions-2005-2011.csv";
const std::string kHeader =
    "title,kind,organizer,country,city,start_date,end_date,participants,funding,summary";

std::string write_file(const OfficeDb& db, const std::string& name, const std::string& text) {
  const std::string path = db.file(name);
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

json history(const OfficeDb& db, const std::string& id) {
  return json::parse(db.ok("audrey", {"--json", "history", id}));
}

std::size_t log_lines(const OfficeDb& db) {
  const std::string log = db.ok("audrey", {"export", "--format", "jsonl"});
  return static_cast<std::size_t>(std::count(log.begin(), log.end(), '\n'));
}

// What Chromium makes of an HTML file: its DOM after parsing, serialised.
std::string rendered_dom(const std::string& html_file, const std::string& profile) {
  const Result r = shell(
      "chromium --headless --no-sandbox --disable-gpu --disable-background-networking "
      "--disable-component-update --disable-sync --no-first-run --user-data-dir=" +
      profile + " --dump-dom file://" + html_file + " 2>/dev/null");
  BOOST_REQUIRE_MESSAGE(r.code == 0,
                        "chromium (Debian's package, .ci/deps installs it) failed: " << r.out);
  return r.out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(the_list_of_2005_to_2011_becomes_32_closed_imported_cases) {
  OfficeDb db;
  const auto report = json::parse(db.ok("ada", {"--json", "import", "missions", kMissions}));
  BOOST_TEST(report.at("rows") == 32);
  BOOST_TEST(report.at("imported").size() == 32U);
  BOOST_TEST(report.at("already") == 0);
  const std::string sha256 =
      coopflow::engine::to_hex(coopflow::engine::sha256(coopflow::testing::file_text(kMissions)));
  BOOST_TEST(report.at("sha256") == sha256);

  const auto cases = json::parse(db.ok("audrey", {"--json", "list", "--state", "Closed"}));
  BOOST_TEST(cases.size() == 32U);
  for (const auto& c : cases) BOOST_TEST(c.at("workflow") == "imported-mission");

  // The Paris round table of May 2010, row 17 of the list (line 18 of the file).
  const json entries = history(db, "IM-2010-0005");
  BOOST_REQUIRE_EQUAL(entries.size(), 1U);  // one entry: no step invented
  const json& e = entries[0];
  BOOST_TEST(e.at("event") == "import");
  BOOST_TEST(e.at("actor") == "ada");
  BOOST_TEST(e.at("to_state") == "Closed");
  const json& f = e.at("payload").at("fields");
  BOOST_TEST(f.at("subject") == "Journées des réseaux institutionnels de la Francophonie, Paris");
  BOOST_TEST(f.at("requester") == "OIF");
  BOOST_TEST(f.at("countries") == json::array({"FR"}));
  BOOST_TEST(f.at("city") == "Paris");
  BOOST_TEST(f.at("received") == "2010-05-18");
  BOOST_TEST(f.at("end") == "2010-05-19");
  BOOST_TEST(f.at("participants") == 1);
  BOOST_TEST(f.at("funding") == "MRI");
  BOOST_TEST(f.at("source-file") == "missions-2005-2011.csv");
  BOOST_TEST(f.at("source-sha256") == sha256);
  BOOST_TEST(f.at("source-line") == 18);
  // A row with two countries and none for participants.
  const json drc = history(db, "IM-2006-0001")[0].at("payload").at("fields");
  BOOST_TEST(!drc.contains("participants"));

  const Result verified = db.as("audrey", {"verify", "--deep"});
  BOOST_TEST(verified.code == 0, verified.out << verified.err);
  // The dashboard counts them as delivered: 11 missions in 2010, 12 people.
  const json stats = json::parse(db.ok("audrey", {"--json", "stats", "--year", "2010"}));
  BOOST_TEST(stats.at("activities_by_year").at("2010") == 11);
  BOOST_TEST(stats.at("participants_by_year").at("2010") == 12);
  // Nobody has a task on a mission of the past.
  BOOST_TEST(json::parse(db.ok("ada", {"--json", "tasks"})).at("tasks").empty());
}

BOOST_AUTO_TEST_CASE(importing_the_same_file_again_imports_nothing_and_says_so) {
  OfficeDb db;
  db.ok("ada", {"import", "missions", kMissions});
  const std::size_t before = log_lines(db);
  const Result again = db.as("ada", {"import", "missions", kMissions});
  BOOST_TEST(again.code == 0, again.err);
  BOOST_TEST(again.out.find("nothing new") != std::string::npos, again.out);
  BOOST_TEST(log_lines(db) == before);

  // A longer list, two of whose missions are new, imports those two only.
  std::string longer = coopflow::testing::file_text(kMissions);
  longer +=
      "Mission in Senegal,observation,OIF,SN,Dakar,2012-02-20,2012-02-28,2,,New.\n"
      "Mission in Haiti,observation,OAS,HT,,2015-08-05,2015-08-11,1,,Also new.\n";
  const auto report = json::parse(
      db.ok("ada", {"--json", "import", "missions", write_file(db, "longer.csv", longer)}));
  BOOST_TEST(report.at("imported") == json::array({"IM-2012-0001", "IM-2015-0001"}));
  BOOST_TEST(report.at("already") == 32);
  BOOST_TEST(log_lines(db) == before + 2);
}

BOOST_AUTO_TEST_CASE(one_bad_row_and_nothing_is_imported_every_bad_row_named_by_its_line) {
  OfficeDb db;
  // CRLF line ends, a byte-order mark, and a quoted summary over two lines:
  // each bad row is named by the line it starts on.
  const std::string csv =
      "\xEF\xBB\xBF" + kHeader + "\r\n" +
      "Good one,observation,OIF,ML,Bamako,2010-01-04,2010-01-09,1,,\"Two\r\nlines, "
      "quoted\"\r\n"                                                      // 2-3
      "Bad kind,picnic,OIF,ML,,2010-01-04,2010-01-09,1,,\r\n"             // 4
      "Bad country,observation,OIF,ML;XX,,2010-01-04,2010-01-09,1,,\r\n"  // 5
      "Ends first,observation,OIF,ML,,2010-02-10,2010-01-09,1,,\r\n"      // 6
      "Not yet,observation,OIF,ML,,2099-01-04,2099-01-09,1,,\r\n"         // 7
      "Good one,observation,OIF,ML,,2010-01-04,2010-01-10,1,,again\r\n"   // 8
      ",observation,OIF,ML,,2010-01-04,2010-01-09,1,,\r\n"                // 9
      "Count,observation,OIF,ML,,2010-01-04,2010-01-09,many,,\r\n"        // 10
      "short,row\r\n";                                                    // 11
  const std::string file = write_file(db, "bad.csv", csv);
  const std::string before = db.snapshot();
  const Result r = db.as("ada", {"import", "missions", file});
  BOOST_TEST(r.code == 3);
  for (const char* expected :
       {"line 4: kind must be one of", "line 5: country='XX'",
        "line 6: end_date=2010-01-09 is before", "line 7: start_date 2099-01-04 is in the future",
        "line 8: the row repeats the mission of line 2", "line 9: title is empty",
        "line 10: participants", "line 11: the row has 2 columns",
        "bad.csv: 8 bad rows; nothing was imported"}) {
    BOOST_TEST(r.err.find(expected) != std::string::npos, expected << " in:\n" << r.err);
  }
  BOOST_TEST(r.err.find("line 2:") == std::string::npos, r.err);
  BOOST_TEST((db.snapshot() == before));

  const Result as_json = db.as("ada", {"--json", "import", "missions", file});
  const json error = json::parse(as_json.out).at("error");
  BOOST_TEST(error.at("kind") == "invalid-value");
  BOOST_TEST(error.at("rows").size() == 8U);
  BOOST_TEST(error.at("rows")[0].at("line") == 4);
  BOOST_TEST((db.snapshot() == before));
}

BOOST_AUTO_TEST_CASE(old_mac_line_ends_and_countries_in_another_order_are_read_as_meant) {
  OfficeDb db;
  // CR alone ends lines: the bad row is on line 3.
  const Result cr =
      db.as("ada", {"import", "missions",
                    write_file(db, "mac.csv",
                               kHeader + "\rA,other,X,FR,,2010-01-01,2010-01-02,1,,s\r"
                                         "B,bogus,X,FR,,2010-01-01,2010-01-02,1,,s\r")});
  BOOST_TEST(cr.code == 3);
  BOOST_TEST(cr.err.find("line 3: kind must be one of") != std::string::npos, cr.err);
  // The same mission with its countries in another order is the same mission.
  const Result twice =
      db.as("ada", {"import", "missions",
                    write_file(db, "twice.csv",
                               kHeader + "\nA,other,X,FR;CD,,2010-01-01,2010-01-02,1,,\n"
                                         "A,other,X,CD;FR,,2010-01-01,2010-01-02,1,,\n")});
  BOOST_TEST(twice.code == 3);
  BOOST_TEST(twice.err.find("line 3: the row repeats the mission of line 2") != std::string::npos,
             twice.err);
  db.ok("ada",
        {"import", "missions",
         write_file(db, "one.csv", kHeader + "\nA,other,X,FR;CD,,2010-01-01,2010-01-02,1,,\n")});
  const Result again =
      db.as("ada", {"import", "missions",
                    write_file(db, "other-order.csv",
                               kHeader + "\nA,other,X,CD;FR,,2010-01-01,2010-01-02,1,,\n")});
  BOOST_TEST(again.code == 0);
  BOOST_TEST(again.out.find("nothing new") != std::string::npos, again.out);
}

BOOST_AUTO_TEST_CASE(what_cannot_be_imported_is_refused_with_nothing_written) {
  OfficeDb db;
  const std::string before = db.snapshot();
  const std::string good = kHeader + "\nM,observation,OIF,ML,,2010-01-04,2010-01-09,1,,\n";
  const struct {
    std::string user, file;
    int code;
    const char* says;
  } cases[] = {
      {"alice", write_file(db, "good.csv", good), 5, "import needs the admin role"},
      {"audrey", db.file("good.csv"), 5, "admin"},
      {"ada", write_file(db, "empty.csv", ""), 3, "is empty"},
      {"ada", write_file(db, "header.csv", kHeader + "\n"), 3, "no mission"},
      {"ada", write_file(db, "other.csv", "name,date\nx,2010-01-01\n"), 3,
       "the header must be exactly"},
      {"ada", write_file(db, "open.csv", kHeader + "\n\"never closed,observation\n"), 3,
       "line 2: a quoted field is never closed"},
      {"ada",
       write_file(db, "stray.csv",
                  kHeader + "\nab\"c,observation,OIF,ML,,2010-01-04,2010-01-09,1,,\n"),
       3, "line 2: this is not well-formed CSV"},
      {"ada",
       write_file(db, "latin1.csv",
                  kHeader + "\nMission \xE9t\xE9,observation,OIF,ML,,2010-01-04,2010-01-09,1,,\n"),
       3, "UTF-8"},
      {"ada", db.file("missing.csv"), 4, "cannot read"},
      {"ada", db.file(""), 3, "not a regular file"},
  };
  for (const auto& c : cases) {
    const Result r = db.as(c.user, {"import", "missions", c.file});
    BOOST_TEST(r.code == c.code, c.file << ": " << r.err);
    BOOST_TEST(r.err.find(c.says) != std::string::npos, c.file << ": " << r.err);
    BOOST_TEST(std::count(r.err.begin(), r.err.end(), '\n') <= 2, r.err);
  }
  BOOST_TEST((db.snapshot() == before));
}

BOOST_AUTO_TEST_CASE(a_large_list_shows_its_progress_on_stderr) {
  OfficeDb db;
  std::string csv = kHeader + "\n";
  for (int i = 0; i < 3000; ++i) {
    csv += "Mission " + std::to_string(i) + ",conference,OIF,FR,Paris,2008-01-" +
           (i % 28 < 9 ? "0" : "") + std::to_string(i % 28 + 1) + ",2008-02-01,1,,\n";
  }
  const Result r = db.as("ada", {"import", "missions", write_file(db, "big.csv", csv)});
  BOOST_TEST(r.code == 0, r.err);
  BOOST_TEST(r.err.find("checked 3001 of 3001 lines") != std::string::npos, r.err);
  BOOST_TEST(r.err.find("written 3000 of 3000 missions") != std::string::npos, r.err);
  BOOST_TEST(r.out.find("imported 3000 missions") != std::string::npos, r.out);
}

BOOST_AUTO_TEST_CASE(the_archive_of_2005_to_2011_in_chromium_newest_year_first) {
  OfficeDb db;
  db.ok("ada", {"import", "missions", kMissions});
  db.ok("ada", {"config", "set", "iati.org-name", "Directeur général des élections du Québec"});
  // A hostile title: text on the page, never markup.
  db.ok("ada", {"import", "missions",
                write_file(db, "hostile.csv",
                           kHeader + "\n\"<script>document.title='owned'</script> & co\","
                                     "conference,OIF,FR,,2007-03-01,2007-03-02,,,<b>bold?</b>\n")});
  // A workflow case closed in 2010, beside the imported missions.
  const std::string closed = db.case_in("electoral-cooperation", "Closed");
  const std::string page = db.file("archives.html");
  db.ok("audrey", {"archive", "--format", "html", "--from", "2005", "--to", "2011", "--out", page});
  const std::string dom = rendered_dom(page, db.file("chromium-profile"));

  BOOST_TEST(dom.find("<html lang=\"en\">") != std::string::npos);
  BOOST_TEST(dom.find("<title>Archives of missions</title>") != std::string::npos);
  BOOST_TEST(dom.find("<script") == std::string::npos);
  BOOST_TEST(dom.find("&lt;script&gt;document.title='owned'&lt;/script&gt; &amp; co") !=
             std::string::npos);
  BOOST_TEST(dom.find("&lt;b&gt;bold?&lt;/b&gt;") != std::string::npos);
  // Years as headings, newest first.
  std::size_t at = 0;
  for (const char* year : {"2011", "2010", "2009", "2008", "2007", "2006", "2005"}) {
    const auto h2 = dom.find(std::string(">") + year + "</h2>", at);
    BOOST_TEST(h2 != std::string::npos, year);
    if (h2 != std::string::npos) at = h2;
  }
  BOOST_TEST(
      dom.find("<h3>Technical assistance mission, Democratic Republic of Congo</h3>\n<p "
               "class=\"facts\">From July 4 to 28, 2005, in the Democratic Republic of the Congo. "
               "Organised by DGEQ. 2 participants.</p>") != std::string::npos);
  BOOST_TEST(
      dom.find("From May 18 to 19, 2010, in Paris, France. Organised by OIF. 1 participant.") !=
      std::string::npos);
  BOOST_TEST(dom.find("From November 24 to December 1, 2011") != std::string::npos);
  // The closed workflow case: its request's subject, its requester, its report's results.
  const json closed_case = json::parse(db.ok("audrey", {"--json", "show", closed}));
  BOOST_TEST(dom.find(closed_case.at("subject").get<std::string>()) != std::string::npos);
  BOOST_TEST(dom.find("At the request of ") != std::string::npos);
  BOOST_TEST(dom.find("@media print") != std::string::npos);

  const std::string markdown =
      db.ok("audrey", {"archive", "--format", "markdown", "--from", "2010", "--to", "2010"});
  BOOST_TEST(markdown.find("# Archives of missions") == 0U);
  BOOST_TEST(markdown.find("\n## 2010\n") != std::string::npos);
  BOOST_TEST(markdown.find("\n## 2011\n") == std::string::npos);
  BOOST_TEST(markdown.find("\n## 2009\n") == std::string::npos);
  BOOST_TEST(markdown.find("### Journées des réseaux institutionnels de la Francophonie, Paris") !=
             std::string::npos);

  // In French under a French LANG, or when asked for with --lang fr.
  const Result fr =
      coopflow::testing::run_binary({"--db", db.path(), "--as", "audrey", "archive", "--format",
                                     "markdown", "--from", "2005", "--to", "2011"},
                                    {{"LANG", "fr_CA.UTF-8"}});
  BOOST_TEST(fr.code == 0, fr.err);
  BOOST_TEST(fr.out.find("# Archives des missions") == 0U, fr.out);
  BOOST_TEST(fr.out.find("Du 4 au 28 juillet 2005, ") != std::string::npos, fr.out);
  BOOST_TEST(fr.out.find("Organisateur : DGEQ. 2 participants.") != std::string::npos);
  BOOST_TEST(fr.out.find("Du 24 novembre au 1er décembre 2011") != std::string::npos);
  BOOST_TEST(
      fr.out.find("Du 18 au 19 mai 2010, Paris, France. Organisateur : OIF. 1 participant.") !=
      std::string::npos);
  BOOST_TEST(db.ok("audrey", {"archive", "--format", "markdown", "--lang", "fr", "--from", "2005",
                              "--to", "2011"}) +
                 "\n" ==
             fr.out);
  const Result html_fr = coopflow::testing::run_binary(
      {"--db", db.path(), "--as", "audrey", "archive", "--format", "html", "--lang", "fr"}, {});
  BOOST_TEST(html_fr.out.find("<html lang=\"fr\">") != std::string::npos);
  BOOST_TEST(html_fr.out.find("<nav aria-label=\"Années\">") != std::string::npos);

  const Result backwards =
      db.as("audrey", {"archive", "--format", "html", "--from", "2011", "--to", "2005"});
  BOOST_TEST(backwards.code == 3);
  BOOST_TEST(backwards.err.find("--from 2011 is after --to 2005") != std::string::npos,
             backwards.err);
}
