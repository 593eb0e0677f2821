// The JSON API and what the server refuses: sessions, CSRF, roles, limits,
// hostile paths and bytes. Each refusal writes nothing.
#include <SQLiteCpp/Database.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <thread>

#include "coopflow/engine/access.h"
#include "coopflow/engine/clock.h"
#include "serve/server_fixture.h"
#include "support/tamper.h"

using coopflow::testing::ApiUser;
using coopflow::testing::http;
using coopflow::testing::HttpReply;
using coopflow::testing::ServedOffice;
using nlohmann::json;

namespace {

const json kRequest = {{"workflow", "electoral-cooperation"},
                       {"requester", "Commission électorale indépendante"},
                       {"requester_type", "partner-authority"},
                       {"countries", json::array({"CI"})},
                       {"reference", "CEI/2010/042"},
                       {"received", "2010-03-15"},
                       {"subject", "Révision <b>de la</b> liste"}};

std::string open_case(ServedOffice& s, const ApiUser& alice) {
  const HttpReply r = s.as(alice, "POST", "/api/cases", kRequest.dump());
  BOOST_REQUIRE_MESSAGE(r.status == 201, r.body);
  return json::parse(r.body).at("id");
}

std::size_t history_size(ServedOffice& s, const ApiUser& who, const std::string& id) {
  return json::parse(s.as(who, "GET", "/api/cases/" + id + "/history").body).size();
}

std::string error_kind(const HttpReply& r) {
  return json::parse(r.body).at("error").at("kind").get<std::string>();
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_session_cookie_is_httponly_samesite_strict_and_new_at_every_sign_in) {
  ServedOffice s;
  const HttpReply r = http(s.port(), "POST", "/api/session",
                           json{{"user", "alice"}, {"password", "alice-password"}}.dump(),
                           {{"Cookie", "coopflow_session=chosen-by-an-attacker"}});
  BOOST_REQUIRE_EQUAL(r.status, 200);
  const std::string cookies = r.headers.at("set-cookie");
  BOOST_TEST(cookies.find("HttpOnly") != std::string::npos);
  BOOST_TEST(cookies.find("SameSite=Strict") != std::string::npos);
  BOOST_TEST(cookies.find("chosen-by-an-attacker") == std::string::npos);
  // The planted value is no session (no fixation).
  const HttpReply planted = http(s.port(), "GET", "/api/tasks", "",
                                 {{"Cookie", "coopflow_session=chosen-by-an-attacker"}});
  BOOST_TEST(planted.status == 401);
  BOOST_TEST(error_kind(planted) == "unauthenticated");
  BOOST_TEST(json::parse(r.body).at("csrf").get<std::string>().size() >= 40U);
}

BOOST_AUTO_TEST_CASE(wrong_passwords_are_401_then_429_and_the_lockout_is_in_the_log) {
  ServedOffice s;
  for (int i = 0; i < 5; ++i) {
    const HttpReply r =
        http(s.port(), "POST", "/api/session", json{{"user", "bob"}, {"password", "guess"}}.dump());
    BOOST_TEST(r.status == 401);
  }
  const HttpReply locked = http(s.port(), "POST", "/api/session",
                                json{{"user", "bob"}, {"password", "bob-password"}}.dump());
  BOOST_TEST(locked.status == 429);
  BOOST_TEST(error_kind(locked) == "too-many");
  const std::string log = s.db().ok("audrey", {"export", "--format", "jsonl"});
  BOOST_TEST(log.find("\"event\":\"sign-in-lockout\"") != std::string::npos);
  BOOST_TEST(http(s.port(), "POST", "/api/session", "{not json").status == 400);
}

BOOST_AUTO_TEST_CASE(the_whole_case_through_the_api_and_each_refusal_writes_nothing) {
  ServedOffice s;
  const ApiUser alice = s.sign_in("alice"), bob = s.sign_in("bob"), audrey = s.sign_in("audrey");
  const std::string id = open_case(s, alice);
  const auto fire = [&](const ApiUser& who, const json& body) {
    return s.as(who, "POST", "/api/cases/" + id + "/events", body.dump());
  };
  BOOST_TEST(fire(alice, {{"event", "start-analysis"}}).status == 200);
  const std::size_t before = history_size(s, audrey, id);
  // No CSRF token, or a wrong one: 403, nothing written.
  BOOST_TEST(http(s.port(), "POST", "/api/cases/" + id + "/events",
                  json{{"event", "record-analysis"}}.dump(), {{"Cookie", alice.cookie}})
                 .status == 403);
  BOOST_TEST(http(s.port(), "POST", "/api/cases/" + id + "/events",
                  json{{"event", "record-analysis"}}.dump(),
                  {{"Cookie", alice.cookie}, {"X-CSRF-Token", bob.csrf}})
                 .status == 403);
  // The wrong role, the wrong state, a bad value, an unknown case.
  const HttpReply role = fire(bob, {{"event", "record-analysis"}});
  BOOST_TEST(role.status == 403);
  BOOST_TEST(error_kind(role) == "forbidden");
  const HttpReply state = fire(alice, {{"event", "submit-plan"}});
  BOOST_TEST(state.status == 409);
  BOOST_TEST(error_kind(state) == "illegal-transition");
  // The message follows Accept-Language; the kind stays an English code.
  const HttpReply french =
      http(s.port(), "POST", "/api/cases/" + id + "/events", json{{"event", "submit-plan"}}.dump(),
           {{"Cookie", alice.cookie}, {"X-CSRF-Token", alice.csrf}, {"Accept-Language", "fr-CA"}});
  BOOST_TEST(french.status == 409);
  BOOST_TEST(error_kind(french) == "illegal-transition");
  BOOST_TEST(json::parse(french.body)["error"]["message"].get<std::string>().find(
                 ": « soumettre le plan » n'est pas possible à l'étape") != std::string::npos,
             french.body);
  const HttpReply value =
      fire(alice, {{"event", "record-analysis"}, {"fields", {{"mandate-fit", "perhaps"}}}});
  BOOST_TEST(value.status == 422);
  BOOST_TEST(s.as(alice, "GET", "/api/cases/EC-1999-0042").status == 404);
  BOOST_TEST(s.as(audrey, "POST", "/api/cases", kRequest.dump()).status == 403);
  // No event named: a usage error that says what to send, not an unknown event ''.
  const HttpReply nameless = fire(alice, {{"fields", {{"context", "c"}}}});
  BOOST_TEST(nameless.status == 400);
  BOOST_TEST(error_kind(nameless) == "usage");
  BOOST_TEST(nameless.body.find("event is missing") != std::string::npos, nameless.body);
  BOOST_TEST(history_size(s, audrey, id) == before);

  BOOST_TEST(fire(alice, {{"event", "record-analysis"},
                          {"fields",
                           {{"context", "c"},
                            {"objectives", "o"},
                            {"impact", "i"},
                            {"sovereignty", "s"},
                            {"mandate-fit", "yes"},
                            {"resources", "r"}}}})
                 .status == 200);
  const HttpReply committed = fire(bob, {{"event", "commit"}, {"comment", "Conforme"}});
  BOOST_TEST(committed.status == 200);
  BOOST_TEST(json::parse(committed.body).at("state") == "Planning");
  const json view = json::parse(s.as(alice, "GET", "/api/cases/" + id).body);
  BOOST_TEST(view.at("state") == "Planning");
  BOOST_TEST(view.at("allowed_events").size() >= 1U);
  // The journal names the signed-in user and where they were.
  const json history = json::parse(s.as(audrey, "GET", "/api/cases/" + id + "/history").body);
  BOOST_TEST(history.back().at("actor") == "bob");
  BOOST_TEST(history.back().at("os_user") == "web 127.0.0.1");
  BOOST_TEST(json::parse(s.as(bob, "GET", "/api/tasks").body).is_array());
  BOOST_TEST(json::parse(s.as(bob, "GET", "/api/workflows").body).size() == 3U);
  BOOST_TEST(s.as(bob, "GET", "/api/verify").status == 403);  // auditors and admins
  BOOST_TEST(json::parse(s.as(audrey, "GET", "/api/verify").body).at("ok") == true);
  const HttpReply csv = s.as(audrey, "GET", "/api/export/csv");
  BOOST_TEST(csv.status == 200);
  BOOST_TEST(csv.body.find(id) != std::string::npos);
  // For Excel, in the language the browser asks for.
  const HttpReply excel = http(s.port(), "GET", "/api/export/csv-excel", "",
                               {{"Cookie", audrey.cookie}, {"Accept-Language", "fr-CA"}});
  BOOST_TEST(excel.status == 200);
  BOOST_TEST(excel.body.rfind("\xEF\xBB\xBFid;workflow;", 0) == 0U, excel.body.substr(0, 40));
  BOOST_TEST(excel.body.find(id) != std::string::npos);

  // Signed out on the server: the cookie is dead.
  BOOST_TEST(s.as(alice, "DELETE", "/api/session").status == 200);
  BOOST_TEST(s.as(alice, "GET", "/api/tasks").status == 401);
}

BOOST_AUTO_TEST_CASE(a_read_moves_an_idle_sessions_clock_and_a_session_idle_too_long_ends) {
  ServedOffice s;
  const ApiUser alice = s.sign_in("alice");
  SQLite::Database file(s.db().path(), SQLite::OPEN_READWRITE);
  const auto set_last_seen = [&](std::chrono::seconds ago) {
    const std::string at = coopflow::engine::format_utc(std::chrono::system_clock::now() - ago);
    file.exec("UPDATE sessions SET last_seen = '" + at + "'");
    return at;
  };
  const auto last_seen = [&] {
    return file.execAndGet("SELECT coalesce(max(last_seen), '') FROM sessions").getString();
  };
  // Ten minutes idle: pages and the API still answer, and the clock moves.
  const std::string ten_minutes_ago = set_last_seen(std::chrono::minutes(10));
  BOOST_TEST(http(s.port(), "GET", "/cases", "", {{"Cookie", alice.cookie}}).status == 200);
  BOOST_TEST(last_seen() > ten_minutes_ago);
  BOOST_TEST(s.as(alice, "GET", "/api/tasks").status == 200);
  // Past the idle limit: signed out, and the session is gone from the file.
  set_last_seen(coopflow::engine::kSessionIdle + std::chrono::minutes(1));
  const HttpReply ended = s.as(alice, "GET", "/api/tasks");
  BOOST_TEST(ended.status == 401);
  BOOST_TEST(error_kind(ended) == "unauthenticated");
  BOOST_TEST(last_seen().empty());
  BOOST_TEST(s.as(alice, "GET", "/api/workflows").status == 401);
}

BOOST_AUTO_TEST_CASE(a_write_made_beside_the_server_shows_at_once_on_every_page) {
  ServedOffice s;
  const ApiUser alice = s.sign_in("alice");
  const std::string id = open_case(s, alice);
  // Read on every server thread, so that each has the case folded.
  for (int i = 0; i < 8; ++i) {
    BOOST_TEST(json::parse(s.as(alice, "GET", "/api/cases/" + id).body).at("state") == "Received");
    BOOST_TEST(http(s.port(), "GET", "/cases/" + id, "", {{"Cookie", alice.cookie}}).status == 200);
  }
  // The CLI, another process, moves the case on.
  s.db().ok("alice", {"do", id, "start-analysis"});
  for (int i = 0; i < 8; ++i) {
    BOOST_TEST(json::parse(s.as(alice, "GET", "/api/cases/" + id).body).at("state") == "Analysis");
    const json history = json::parse(s.as(alice, "GET", "/api/cases/" + id + "/history").body);
    BOOST_TEST(history.back().at("event") == "start-analysis");
    const HttpReply page = http(s.port(), "GET", "/cases/" + id, "", {{"Cookie", alice.cookie}});
    BOOST_TEST(page.body.find("<td>Analysis started</td>") != std::string::npos, page.body);
  }
}

BOOST_AUTO_TEST_CASE(an_auditor_reads_what_verify_found_in_french_on_the_page_and_the_api) {
  ServedOffice s;
  const ApiUser alice = s.sign_in("alice");
  const std::string id = open_case(s, alice);
  coopflow::testing::tamper(s.db().path(),
                            "UPDATE cases SET state = 'Closed' WHERE id = '" + id + "'");
  const ApiUser audrey = s.sign_in("audrey");
  const std::string found = "la ligne du dossier indique l";  // then "'état Closed", escaped
  const HttpReply page = http(s.port(), "GET", "/audit", "",
                              {{"Cookie", audrey.cookie}, {"Accept-Language", "fr-CA"}});
  BOOST_TEST(page.status == 200);
  BOOST_TEST(page.body.find(id + " entrée 1 : " + found) != std::string::npos, page.body);
  BOOST_TEST(page.body.find("case row says") == std::string::npos);
  const HttpReply api = http(s.port(), "GET", "/api/verify", "",
                             {{"Cookie", audrey.cookie}, {"Accept-Language", "fr-CA"}});
  const json report = json::parse(api.body);
  BOOST_TEST(report.at("ok") == false);
  BOOST_TEST(report.at("problems").at(0).at("message") ==
                 id + " entrée 1 : la ligne du dossier indique l'état Closed à l'entrée 1, mais le "
                      "journal indique l'état Received à l'entrée 1",
             api.body);
  // Asked in English, the same finding in English.
  const json english = json::parse(s.as(audrey, "GET", "/api/verify").body);
  BOOST_TEST(english.at("problems").at(0).at("message") ==
             id + " entry 1: case row says state Closed at entry 1 but the journal says Received "
                  "at entry 1");
}

BOOST_AUTO_TEST_CASE(the_browsers_refusals_name_no_command_where_the_clis_do) {
  ServedOffice s;
  const ApiUser alice = s.sign_in("alice");
  const std::string id = open_case(s, alice);
  BOOST_TEST(
      s.as(alice, "POST", "/api/cases/" + id + "/events", json{{"event", "start-analysis"}}.dump())
          .status == 200);
  // A refusal's message through the API.
  const auto said = [&](const std::string& method, const std::string& target, const json& body,
                        const std::string& lang) {
    const HttpReply r =
        http(s.port(), method, target, body.is_null() ? "" : body.dump(),
             {{"Cookie", alice.cookie}, {"X-CSRF-Token", alice.csrf}, {"Accept-Language", lang}});
    BOOST_TEST(r.status >= 400, r.body);
    return json::parse(r.body).at("error").at("message").get<std::string>();
  };
  const std::string events = "/api/cases/" + id + "/events";
  json bad_request = kRequest;
  bad_request["received"] = "2999-01-01";
  json no_role = kRequest;
  no_role["partners"] = json::array({"OIF"});
  const std::vector<std::pair<std::string, json>> refused = {
      {"/api/cases/EC-1999-0042", nullptr},
      {"/cases/" + id + "/documents/9", nullptr},
      {events, {{"event", "commit"}}},
      {events, {{"event", "record-analysis"}, {"fields", {{"context", "c"}}}}},
      {"/api/cases", bad_request},
      {"/api/cases", no_role},
  };
  for (const char* lang : {"en", "fr-CA"}) {
    for (const auto& [target, body] : refused) {
      const std::string message =  // a page's whole text, or the API's message
          target.rfind("/cases/", 0) == 0
              ? http(s.port(), "GET", target, "",
                     {{"Cookie", alice.cookie}, {"Accept-Language", lang}})
                    .body
              : said(body.is_null() ? "GET" : "POST", target, body, lang);
      BOOST_TEST(message.find('`') == std::string::npos, target << ": " << message);
      BOOST_TEST(message.find("--") == std::string::npos, target << ": " << message);
      BOOST_TEST(message.find("=...") == std::string::npos, target << ": " << message);
    }
  }
  // What each says instead, in French: the roles as words, a way through the pages.
  BOOST_TEST(said("GET", "/api/cases/EC-1999-0042", nullptr, "fr") ==
             "aucun dossier « EC-1999-0042 » ; consultez la liste des dossiers");
  // A page says it as a sentence, and names the workflow in words.
  const auto french_page = [&](const std::string& target) {
    return http(s.port(), "GET", target, "", {{"Cookie", alice.cookie}, {"Accept-Language", "fr"}})
        .body;
  };
  const std::string missing_page = french_page("/cases/EC-1999-0042");
  BOOST_TEST(
      missing_page.find(">Aucun dossier « EC-1999-0042 » ; consultez la liste des dossiers<") !=
          std::string::npos,
      missing_page);
  BOOST_TEST(french_page("/cases/" + id).find(" · coopération électorale · ") != std::string::npos);
  const std::string role = said("POST", events, {{"event", "commit"}}, "fr");
  BOOST_TEST(role.find("exige le rôle gestionnaire") != std::string::npos, role);
  BOOST_TEST(role.find("détient : coordonnateur") != std::string::npos, role);
  BOOST_TEST(role.find("connectez-vous avec un compte qui le détient") != std::string::npos, role);
  const std::string missing =
      said("POST", events, {{"event", "record-analysis"}, {"fields", {{"context", "c"}}}}, "fr");
  BOOST_TEST(
      missing.find("« consigner l'analyse » exige une valeur pour le champ « objectifs »") == 0U,
      missing);
  // Choices as the form's words; countries by name in the list of cases.
  const std::string choice = said("POST", events,
                                  {{"event", "record-analysis"},
                                   {"fields",
                                    {{"context", "c"},
                                     {"objectives", "o"},
                                     {"impact", "i"},
                                     {"sovereignty", "s"},
                                     {"mandate-fit", "peut-être"},
                                     {"resources", "r"}}}},
                                  "fr");
  BOOST_TEST(choice == "conforme au mandat doit être oui ou non, pas « peut-être »", choice);
  BOOST_TEST(french_page("/cases").find("<td>Côte d&#39;Ivoire</td>") != std::string::npos);
  // The diagram's states and events, in words.
  const std::string svg = french_page("/workflows/electoral-cooperation/diagram.svg");
  BOOST_TEST(svg.find(">Revue du plan<") != std::string::npos, svg.substr(0, 300));
  BOOST_TEST(svg.find(">approuver le plan<") != std::string::npos);
  // The events allowed now, as words; the kind and the list of codes stay the API's.
  const std::string state = said("POST", events, {{"event", "submit-plan"}}, "fr");
  BOOST_TEST(state.find("actions possibles : consigner l'analyse") != std::string::npos, state);
  BOOST_TEST(state.find("record-analysis") == std::string::npos, state);
  // A damaged document: where to see what is damaged, in the browser.
  const std::string letter = s.db().path() + ".letter.txt";
  std::ofstream(letter) << "Lettre officielle";
  s.db().ok("alice", {"attach", id, letter, "--kind", "request-letter"});
  const HttpReply download =
      http(s.port(), "GET", "/cases/" + id + "/documents/1", "", {{"Cookie", alice.cookie}});
  BOOST_TEST(download.body == "Lettre officielle");
  BOOST_TEST(download.headers.at("content-disposition").find(".letter.txt\"; filename*=UTF-8''") !=
                 std::string::npos,
             download.headers.at("content-disposition"));
  coopflow::testing::tamper(s.db().path(), "UPDATE attachments SET content = X'00'");
  const std::string damaged = french_page("/cases/" + id + "/documents/1");
  BOOST_TEST(damaged.find("la page Audit d&#39;un auditeur nomme ce qui est endommagé") !=
                 std::string::npos,
             damaged);
  // The command line, where the fix is a command, still names it.
  const auto cli = s.db().as("bob", {"show", "EC-1999-0042"});
  BOOST_TEST(cli.err.find("see `coopflow list` for case ids") != std::string::npos, cli.err);
  const auto cli_role = s.db().as("alice", {"do", id, "commit"});
  BOOST_TEST(cli_role.err.find("or act as another user") != std::string::npos, cli_role.err);
}

BOOST_AUTO_TEST_CASE(pages_write_amounts_counts_and_times_as_their_reader_does) {
  ServedOffice s;
  const std::string id = s.db().case_in("electoral-cooperation", "PlanReview");
  const ApiUser bob = s.sign_in("bob");
  const auto page = [&](const std::string& target, const char* lang) {
    return http(s.port(), "GET", target, "", {{"Cookie", bob.cookie}, {"Accept-Language", lang}})
        .body;
  };
  // The plan's budget, 48500.50 CAD as stored; a no-break space before the code.
  BOOST_TEST(page("/cases/" + id, "fr").find("48\u00a0500,50\u00a0CAD") != std::string::npos);
  BOOST_TEST(page("/cases/" + id, "en").find("48,500.50\u00a0CAD") != std::string::npos);
  // The API keeps the data's form.
  const json shown = json::parse(s.as(bob, "GET", "/api/cases/" + id).body);
  BOOST_TEST(shown.dump().find("\"48500.50 CAD\"") != std::string::npos);
  // Times in the server's zone (EST or EDT), named, to the minute; the API keeps UTC.
  const std::string english = page("/cases/" + id, "en");
  const std::regex local(R"(<td class="when">\d{4}-\d{2}-\d{2} \d{2}:\d{2} E[SD]T</td>)");
  BOOST_TEST(std::regex_search(english, local), english.substr(english.find("<table")));
  BOOST_TEST(english.find("(UTC)") == std::string::npos);
  // A step not possible yet says why, in a well-formed line.
  const std::string planning = s.db().case_in("electoral-cooperation", "Planning");
  const std::string waiting =
      http(s.port(), "GET", "/cases/" + planning, "",
           {{"Cookie", s.sign_in("alice").cookie}, {"Accept-Language", "fr"}})
          .body;
  BOOST_TEST(waiting.find("<strong>soumettre le plan</strong> : ") != std::string::npos, waiting);
  const json history = json::parse(s.as(bob, "GET", "/api/cases/" + id + "/history").body);
  BOOST_TEST(history.at(0).at("at").get<std::string>().back() == 'Z');
}

BOOST_AUTO_TEST_CASE(every_page_keeps_its_menu_and_its_filters_across_languages) {
  ServedOffice s;
  const ApiUser bob = s.sign_in("bob");
  const ApiUser audrey = s.sign_in("audrey");
  const auto get = [&](const ApiUser& who, const std::string& target) {
    return http(s.port(), "GET", target, "", {{"Cookie", who.cookie}, {"Accept-Language", "fr"}});
  };
  // An address that is no page: a 404 with the menu and the sign-out button.
  const HttpReply lost = get(bob, "/no/such/page");
  BOOST_TEST(lost.status == 404);
  BOOST_TEST(lost.body.find("href=\"/cases\"") != std::string::npos, lost.body);
  BOOST_TEST(lost.body.find("action=\"/logout\"") != std::string::npos);
  BOOST_TEST(http(s.port(), "GET", "/no/such/page").body.find("href=\"/cases\"") ==
             std::string::npos);  // nobody signed in: no menu
  // The language switch keeps the list's filters (escaped in the attribute).
  const std::string list = get(bob, "/cases?state=Received&workflow=electoral-cooperation").body;
  BOOST_TEST(list.find("href=\"?state=Received&amp;workflow=electoral-cooperation&amp;lang=en\"") !=
                 std::string::npos,
             list.substr(0, 2000));
  // Who may open no case is told so, not shown a form refused on submit.
  const HttpReply form = get(audrey, "/cases/new");
  BOOST_TEST(form.status == 403);
  BOOST_TEST(form.body.find("exige le rôle coordonnateur") != std::string::npos, form.body);
  BOOST_TEST(form.body.find("<form class=\"card\"") == std::string::npos);
  BOOST_TEST(get(s.sign_in("alice"), "/cases/new").status == 200);
}

BOOST_AUTO_TEST_CASE(hostile_paths_headers_and_bodies_are_refused) {
  ServedOffice s;
  const ApiUser alice = s.sign_in("alice");
  for (const char* path : {"/cases/..%2F..%2F..%2Fetc%2Fpasswd", "/../../etc/passwd",
                           "/workflows/..%2F..%2Fetc/diagram.svg", "/api/export/..%2Fpasswd",
                           "/api/cases/..%2Fcases"}) {
    const HttpReply r = s.as(alice, "GET", path);
    BOOST_TEST((r.status == 404 || r.status == 422), path << " " << r.status);
    BOOST_TEST(r.body.find("root:") == std::string::npos, path);
  }
  const HttpReply big_header = http(s.port(), "GET", "/api/tasks", "",
                                    {{"Cookie", alice.cookie}, {"X-Big", std::string(20000, 'x')}});
  BOOST_TEST(big_header.status == 431);
  // Refused before its language is known: said in both.
  BOOST_TEST(big_header.body ==
             "request headers too large; nothing was done / en-têtes de requête trop volumineux ; "
             "rien n'a été fait\n");
  const HttpReply big_body = s.as(alice, "POST", "/api/cases", std::string(400 * 1024, ' '));
  BOOST_TEST(big_body.status == 413);
  BOOST_TEST(big_body.body.find("corps de requête trop volumineux") != std::string::npos,
             big_body.body);
  // Markup in French text comes back escaped in the page.
  const std::string id = open_case(s, alice);
  const HttpReply page = s.as(alice, "GET", "/cases/" + id);
  BOOST_TEST(page.body.find("Révision &lt;b&gt;de la&lt;/b&gt; liste") != std::string::npos);
  BOOST_TEST(page.body.find("<b>de la</b>") == std::string::npos);
  BOOST_TEST(page.headers.at("content-security-policy").find("default-src 'none'") !=
             std::string::npos);
  // A page without a session goes to the sign-in page.
  const HttpReply anonymous = http(s.port(), "GET", "/cases/" + id);
  BOOST_TEST(anonymous.status == 303);
  BOOST_TEST(anonymous.headers.at("location").find("/login?next=") == 0U);
}

BOOST_AUTO_TEST_CASE(slow_clients_do_not_hold_up_the_others) {
  ServedOffice s;
  const ApiUser bob = s.sign_in("bob");
  // More clients than the server has threads, each sending half a request
  // and waiting: a server that gave each a thread would answer no one else.
  std::vector<int> slow;
  for (int i = 0; i < 8; ++i) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in at{};
    at.sin_family = AF_INET;
    at.sin_port = htons(static_cast<std::uint16_t>(s.port()));
    at.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    BOOST_REQUIRE(::connect(fd, reinterpret_cast<sockaddr*>(&at), sizeof at) == 0);
    const std::string half = "POST /api/cases HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{";
    BOOST_REQUIRE(::write(fd, half.data(), half.size()) == static_cast<ssize_t>(half.size()));
    slow.push_back(fd);
  }
  for (int i = 0; i < 20; ++i) BOOST_TEST(s.as(bob, "GET", "/api/tasks").status == 200);
  for (const int fd : slow) ::close(fd);
}

BOOST_AUTO_TEST_CASE(the_openapi_file_names_every_api_route_the_server_has_and_no_other) {
  ServedOffice s;
  std::set<std::string> served, documented;
  std::istringstream routes(s.db().ok("ada", {"serve", "--routes"}));
  std::string line;
  while (std::getline(routes, line)) {
    if (line.find(" /api/") != std::string::npos) served.insert(line);
  }
  std::ifstream in(std::string(COOPFLOW_SOURCE_DIR) + "/docs/openapi.json");
  const json spec = json::parse(in);
  BOOST_TEST(spec.at("openapi").get<std::string>().rfind("3.", 0) == 0U);
  for (const auto& [path, methods] : spec.at("paths").items()) {
    for (const auto& [method, unused] : methods.items()) {
      std::string upper = method;
      for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      documented.insert(upper + " " + path);
    }
  }
  BOOST_TEST(served.size() >= 10U);
  BOOST_TEST((served == documented));
  for (const auto& r : served) {
    BOOST_TEST(documented.count(r) == 1U, r << " is served but not in docs/openapi.json");
  }
  for (const auto& r : documented) {
    BOOST_TEST(served.count(r) == 1U, r << " is in docs/openapi.json but not served");
  }
}
