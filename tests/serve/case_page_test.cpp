// A case's page as its users work on it: forms that keep what was typed,
// a new version that starts from the last, who holds the case, and a
// timeline that shows what each step recorded.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <regex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "serve/server_fixture.h"

using coopflow::testing::ApiUser;
using coopflow::testing::http;
using coopflow::testing::HttpReply;
using coopflow::testing::ServedOffice;

namespace {

using Form = std::vector<std::pair<std::string, std::string>>;

std::string percent_encoded(const std::string& text) {
  std::string out;
  for (const char ch : text) {
    const auto byte = static_cast<unsigned char>(ch);
    if (std::isalnum(byte) != 0 || ch == '-' || ch == '.' || ch == '_') {
      out += ch;
    } else {
      char hex[4];
      std::snprintf(hex, sizeof hex, "%%%02X", static_cast<unsigned>(byte));
      out += hex;
    }
  }
  return out;
}

// A form posted from a French page, with the session's CSRF token.
HttpReply post(ServedOffice& s, const ApiUser& who, const std::string& target, Form form) {
  form.emplace_back("csrf", who.csrf);
  std::string body;
  for (const auto& [name, value] : form) {
    body += (body.empty() ? "" : "&") + percent_encoded(name) + "=" + percent_encoded(value);
  }
  return http(s.port(), "POST", target, body,
              {{"Cookie", who.cookie},
               {"Content-Type", "application/x-www-form-urlencoded"},
               {"Accept-Language", "fr"}});
}

std::string page(ServedOffice& s, const ApiUser& who, const std::string& target) {
  return http(s.port(), "GET", target, "", {{"Cookie", who.cookie}, {"Accept-Language", "fr"}})
      .body;
}

// What the record holds of a case: its journal, holders and documents.
std::string recorded(ServedOffice& s, const std::string& id) {
  return s.db().ok("audrey", {"--json", "show", id}) + s.db().ok("audrey", {"history", id});
}

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_refused_form_comes_back_with_what_was_typed_and_nothing_written) {
  ServedOffice s;
  const ApiUser alice = s.sign_in("alice");
  const std::string id = s.db().case_ready_for("electoral-cooperation", "record-analysis");
  const std::string before = recorded(s, id);
  // No choice is made for the user: the yes/no starts on "choose".
  const std::string blank = page(s, alice, "/cases/" + id);
  BOOST_TEST(has(blank, "<option value=\"\" selected>— choisir —</option>"), blank);
  const HttpReply refused = post(s, alice, "/cases/" + id + "/events",
                                 {{"event", "record-analysis"},
                                  {"f.context", "Crise <script>alert(1)</script> à Abidjan"},
                                  {"f.impact", "Élevé"},
                                  {"f.mandate-fit", "yes"},
                                  {"comment", "Première \"version\""}});
  BOOST_TEST(refused.status == 422);
  BOOST_TEST(has(refused.body, "objectifs"), refused.body);
  BOOST_TEST(has(refused.body, ">Crise &lt;script&gt;alert(1)&lt;/script&gt; à Abidjan</textarea>"),
             refused.body);
  BOOST_TEST(has(refused.body, ">Élevé</textarea>"));
  BOOST_TEST(has(refused.body, "<option value=\"yes\" selected>oui</option>"));
  BOOST_TEST(has(refused.body, ">Première &quot;version&quot;</textarea>"));
  BOOST_TEST(!has(refused.body, "<script>"));
  BOOST_TEST(recorded(s, id) == before);
}

BOOST_AUTO_TEST_CASE(a_new_version_of_a_plan_starts_from_the_one_returned) {
  ServedOffice s;
  const std::string id = s.db().case_in("electoral-cooperation", "PlanReview");
  const ApiUser bob = s.sign_in("bob");
  const HttpReply returned = post(s, bob, "/cases/" + id + "/events",
                                  {{"event", "return-plan"}, {"f.comment", "Réduire le budget"}});
  BOOST_TEST(returned.status == 303, returned.body);
  const std::string planning = page(s, s.sign_in("alice"), "/cases/" + id);
  BOOST_TEST(has(planning, "name=\"f.budget\" value=\"48500.50\""), planning);
  BOOST_TEST(has(planning, "name=\"f.currency\" value=\"CAD\""));
  // The timeline says what the return asked, and on which version.
  BOOST_TEST(has(planning, "sur Plan d&#39;action v1 · Commentaire : Réduire le budget"), planning);
}

BOOST_AUTO_TEST_CASE(a_manager_says_who_holds_a_case_from_its_page_and_no_one_else_can) {
  ServedOffice s;
  const std::string id = s.db().case_in("electoral-cooperation", "Analysis");
  const ApiUser bob = s.sign_in("bob");
  const ApiUser alice = s.sign_in("alice");
  const std::string target = "/cases/" + id + "/holders";
  // The form lists who may hold each role: carol coordinates too, dave manages.
  const std::string form = page(s, bob, "/cases/" + id);
  BOOST_TEST(has(form, "action=\"" + target + "\""), form);
  BOOST_TEST(has(form, "<option value=\"carol\">"));
  BOOST_TEST(has(form, "<option value=\"dave\">"));
  BOOST_TEST(!has(form, "<option value=\"audrey\">"));
  BOOST_TEST(!has(page(s, alice, "/cases/" + id), target));
  const std::string before = recorded(s, id);
  // Refused, each writing nothing: a coordinator; no CSRF token; a user
  // without the role; a change to nothing.
  BOOST_TEST(post(s, alice, target, {{"coordinator", "carol"}}).status == 403);
  // Refused as such whatever it names: no answer about who exists.
  BOOST_TEST(post(s, alice, target, {{"coordinator", "nobody-here"}}).status == 403);
  BOOST_TEST(post(s, s.sign_in("audrey"), target, {{"coordinator", "audrey"}}).status == 403);
  BOOST_TEST(http(s.port(), "POST", target, "coordinator=carol",
                  {{"Cookie", bob.cookie}, {"Content-Type", "application/x-www-form-urlencoded"}})
                 .status == 403);
  const HttpReply unfit = post(s, bob, target, {{"coordinator", "audrey"}, {"manager", ""}});
  BOOST_TEST(unfit.status == 422);
  BOOST_TEST(has(unfit.body, "il lui manque le rôle coordonnateur"), unfit.body);
  BOOST_TEST(post(s, bob, target, {{"coordinator", "alice"}, {"manager", ""}}).status == 409);
  BOOST_TEST(recorded(s, id) == before);
  // Done: the page says so and names the new holders; the CLI agrees.
  const HttpReply done = post(s, bob, target, {{"coordinator", "carol"}, {"manager", "dave"}});
  BOOST_TEST(done.status == 303, done.body);
  const std::string after = page(s, bob, done.headers.at("location"));
  BOOST_TEST(has(after, "Responsables du dossier : consignés au journal."), after);
  BOOST_TEST(has(after, " carol, dave</p>"), after);
  BOOST_TEST(has(s.db().ok("dave", {"list", "--mine"}), id));
}

BOOST_AUTO_TEST_CASE(the_timeline_shows_each_steps_reason_and_earlier_versions_stay_readable) {
  ServedOffice s;
  const std::string id = s.db().case_in("electoral-cooperation", "PlanReview");
  const ApiUser bob = s.sign_in("bob");
  BOOST_TEST(post(s, bob, "/cases/" + id + "/events",
                  {{"event", "suspend"}, {"f.reason", "Coup d'État <b>du 2 mars</b>"}})
                 .status == 303);
  const std::string suspended = page(s, bob, "/cases/" + id);
  BOOST_TEST(has(suspended, "Motif : Coup d&#39;État &lt;b&gt;du 2 mars&lt;/b&gt;"), suspended);
  // A plan drafted twice: the first version is still there to read.
  const std::string twice = s.db().case_in("electoral-cooperation", "PlanReview");
  s.db().ok("bob", {"do", twice, "return-plan", "comment=Revoir"});
  s.db().ok("alice", {"do", twice, "draft-plan", "schedule=Mai 2027", "budget=1200.00",
                      "currency=CAD", "team=Deux", "services=Formation"});
  const std::string plan = page(s, bob, "/cases/" + twice);
  BOOST_TEST(has(plan, "<summary>Versions antérieures</summary>"), plan);
  BOOST_TEST(has(plan, "1\u00a0200,00\u00a0CAD"));
  BOOST_TEST(has(plan, "48\u00a0500,50\u00a0CAD"));
}

BOOST_AUTO_TEST_CASE(a_manager_weighs_a_commitment_against_the_years_envelope_in_french) {
  ServedOffice s;
  const std::string year = std::to_string(1900 + [] {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    return utc.tm_year;
  }());
  s.db().ok("ada", {"budget", "set", year, "150000.00", "CAD"});
  const std::string id = s.db().case_ready_for("electoral-cooperation", "approve-plan");
  s.db().ok("bob", {"do", id, "approve-plan"});
  const ApiUser bob = s.sign_in("bob");
  const std::string figures = page(s, bob, "/figures");
  BOOST_TEST(has(figures, "L&#39;enveloppe " + year), figures);
  BOOST_TEST(has(figures, "150\u00a0000,00\u00a0CAD"));
  BOOST_TEST(has(figures, "101\u00a0499,50\u00a0CAD"), figures);  // 150000.00 - 48500.50
  BOOST_TEST(has(figures, "href=\"/cases/" + id + "\""));
  // The count agrees with its noun: "0 dossier", "1 dossier", "2 dossiers".
  BOOST_TEST(std::regex_search(figures, std::regex("<p>(0|1) dossier</p>|<p>[0-9]+ dossiers</p>")),
             figures);
  BOOST_TEST(has(figures, "href=\"/api/export/csv\""));
  // Another year has no envelope yet, and a year that is no year is refused.
  BOOST_TEST(has(page(s, bob, "/figures?year=2011"), "un administrateur la fixe"));
  const HttpReply bad = http(s.port(), "GET", "/figures?year=20x1", "",
                             {{"Cookie", bob.cookie}, {"Accept-Language", "fr"}});
  BOOST_TEST(bad.status == 422, bad.body);
  // A plan in a currency without a rate: the manager is told whom to ask, not a command.
  const std::string dollars = s.db().case_in("electoral-cooperation", "Planning");
  s.db().ok("alice", {"do", dollars, "draft-plan", "schedule=Mai", "budget=1000.00", "currency=USD",
                      "team=Deux", "services=Formation"});
  s.db().ok("alice", {"do", dollars, "submit-plan"});
  const HttpReply no_rate =
      post(s, bob, "/cases/" + dollars + "/events", {{"event", "approve-plan"}});
  BOOST_TEST(no_rate.status == 409);
  BOOST_TEST(has(no_rate.body, "demandez à un administrateur de fixer le taux de USD en CAD"),
             no_rate.body);
  BOOST_TEST(!has(no_rate.body, "config set"));
  // The export a manager takes away from there.
  BOOST_TEST(http(s.port(), "GET", "/api/export/csv", "", {{"Cookie", bob.cookie}}).status == 200);
}

namespace {

struct Part {
  std::string name, body;
  const char* filename = nullptr;  // set for a file
};

// A form with a file, as a browser sends it.
HttpReply upload(ServedOffice& s, const ApiUser& who, const std::string& target,
                 const std::vector<Part>& parts, bool with_csrf = true) {
  const std::string boundary = "----coopflowTestBoundary7MA4YWxk";
  std::string body;
  std::vector<Part> all = parts;
  if (with_csrf) all.insert(all.begin(), Part{"csrf", who.csrf});
  for (const Part& p : all) {
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + p.name + "\"" +
            (p.filename ? std::string("; filename=\"") + p.filename + "\"" : "") + "\r\n" +
            (p.filename ? "Content-Type: application/octet-stream\r\n" : "") + "\r\n" + p.body +
            "\r\n";
  }
  body += "--" + boundary + "--\r\n";
  return http(s.port(), "POST", target, body,
              {{"Cookie", who.cookie},
               {"Content-Type", "multipart/form-data; boundary=" + boundary},
               {"Accept-Language", "fr"}});
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_document_attached_from_the_page_is_kept_whole_and_refusals_keep_nothing) {
  ServedOffice s;
  const std::string id = s.db().open_electoral();
  const ApiUser alice = s.sign_in("alice");
  const std::string target = "/cases/" + id + "/documents";
  BOOST_TEST(has(page(s, alice, "/cases/" + id), "enctype=\"multipart/form-data\""));
  // Over the 256 KiB of an ordinary form, with every byte value, and a
  // folder in the name as some browsers send it.
  std::string letter(300 * 1024, '\0');
  for (std::size_t i = 0; i < letter.size(); ++i) letter[i] = static_cast<char>(i * 7 % 256);
  const std::string before = recorded(s, id);
  const ApiUser audrey = s.sign_in("audrey");
  BOOST_TEST(
      upload(s, audrey, target, {{"kind", "request-letter"}, {"file", letter, "l.bin"}}).status ==
      403);
  BOOST_TEST(upload(s, audrey, target, {{"kind", "letter?"}, {"file", "", "l.bin"}}).status == 403);
  BOOST_TEST(
      upload(s, alice, target, {{"kind", "request-letter"}, {"file", letter, "l.bin"}}, false)
          .status == 403);
  const HttpReply no_file =
      upload(s, alice, target, {{"kind", "request-letter"}, {"file", "", ""}});
  BOOST_TEST(no_file.status == 422);
  BOOST_TEST(has(no_file.body, "Choisissez le fichier à joindre"), no_file.body);
  BOOST_TEST(upload(s, alice, target, {{"kind", "letter?"}, {"file", "x", "x.txt"}}).status == 422);
  BOOST_TEST(http(s.port(), "POST", target, "--b\r\nnot a part\r\n",
                  {{"Cookie", alice.cookie}, {"Content-Type", "multipart/form-data; boundary=b"}})
                 .status == 400);  // not whole: no token can be read from it
  // A form that is not multipart has no file.
  BOOST_TEST(http(s.port(), "POST", target, "csrf=" + alice.csrf,
                  {{"Cookie", alice.cookie}, {"Content-Type", "application/x-www-form-urlencoded"}})
                 .status == 400);
  // An ordinary form may not send as much.
  BOOST_TEST(http(s.port(), "POST", "/cases/" + id + "/events", letter, {{"Cookie", alice.cookie}})
                 .status == 413);
  BOOST_TEST(recorded(s, id) == before);
  const HttpReply kept = upload(s, alice, target,
                                {{"kind", "request-letter"},
                                 {"title", "Lettre <b>officielle</b> de la CEI"},
                                 {"file", letter, "C:\\Courrier\\lettre CEI.bin"}});
  BOOST_TEST(kept.status == 303, kept.body);
  const std::string shown = page(s, alice, kept.headers.at("location"));
  BOOST_TEST(has(shown, "Le document est conservé avec le dossier"), shown);
  BOOST_TEST(has(shown, ">Lettre &lt;b&gt;officielle&lt;/b&gt; de la CEI</a>"), shown);
  const HttpReply file =
      http(s.port(), "GET", "/cases/" + id + "/documents/1", "", {{"Cookie", alice.cookie}});
  BOOST_TEST((file.body == letter));
  BOOST_TEST(has(file.headers.at("content-disposition"), "filename=\"lettre CEI.bin\""),
             file.headers.at("content-disposition"));
  BOOST_TEST(has(s.db().ok("audrey", {"--json", "attachments", id}), "\"lettre CEI.bin\""));
}

namespace {

// A raw connection to the server, for requests sent in part.
int connected(int port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in at{};
  at.sin_family = AF_INET;
  at.sin_port = htons(static_cast<std::uint16_t>(port));
  at.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  BOOST_REQUIRE(::connect(fd, reinterpret_cast<sockaddr*>(&at), sizeof at) == 0);
  return fd;
}

bool sent(int fd, const std::string& bytes) {
  return ::send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(bytes.size());
}

}  // namespace

BOOST_AUTO_TEST_CASE(strangers_can_neither_take_the_upload_slots_nor_fill_the_servers_memory) {
  ServedOffice s;
  const std::string id = s.db().open_electoral();
  const ApiUser alice = s.sign_in("alice");
  const std::string target = "/cases/" + id + "/documents";
  // Two uploads announced by nobody signed in, their bodies never sent.
  std::vector<int> waiting;
  for (int i = 0; i < 2; ++i) {
    waiting.push_back(connected(s.port()));
    BOOST_REQUIRE(sent(waiting.back(), "POST " + target +
                                           " HTTP/1.1\r\nHost: x\r\nContent-Type: "
                                           "multipart/form-data; boundary=B\r\nContent-Length: "
                                           "20000000\r\n\r\n"));
  }
  BOOST_TEST(upload(s, alice, target, {{"kind", "other"}, {"file", "note", "note.txt"}}).status ==
             303);
  for (const int fd : waiting) ::close(fd);
  // Nobody signed in may not send more than an ordinary form.
  BOOST_TEST(http(s.port(), "POST", target, std::string(300 * 1024, 'x'),
                  {{"Content-Type", "multipart/form-data; boundary=B"}})
                 .status == 413);
  // A chunk's extension that never ends: the connection is closed, not kept in memory.
  const int fd = connected(s.port());
  BOOST_REQUIRE(sent(fd,
                     "POST /login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: "
                     "chunked\r\n\r\n5;"));
  const std::string mebibyte(1024 * 1024, 'a');
  int accepted = 0;
  while (accepted < 64 && sent(fd, mebibyte)) ++accepted;
  BOOST_TEST(accepted < 64, accepted << " MiB of one chunk extension were taken");
  ::close(fd);
}

BOOST_AUTO_TEST_CASE(one_user_holds_one_upload_slot_at_a_time) {
  ServedOffice s;
  const std::string id = s.db().open_electoral();
  const ApiUser alice = s.sign_in("alice");
  const ApiUser bob = s.sign_in("bob");
  const std::string target = "/cases/" + id + "/documents";
  // Alice's first upload: announced, its body still on its way.
  const int slow = connected(s.port());
  BOOST_REQUIRE(sent(slow, "POST " + target + " HTTP/1.1\r\nHost: x\r\nCookie: " + alice.cookie +
                               "\r\nContent-Type: multipart/form-data; boundary=B\r\n"
                               "Content-Length: 20000000\r\n\r\n"));
  std::this_thread::sleep_for(std::chrono::milliseconds(500));  // its headers are read
  const HttpReply second = upload(s, alice, target, {{"kind", "other"}, {"file", "note", "a.txt"}});
  BOOST_TEST(second.status == 503);
  BOOST_TEST(has(second.body, "your other document is still being received"), second.body);
  // Bob still has the other slot.
  BOOST_TEST(upload(s, bob, target, {{"kind", "other"}, {"file", "note", "b.txt"}}).status == 303);
  ::close(slow);
  // Her slot is given back with the connection.
  bool kept = false;
  for (int i = 0; i < 50 && !kept; ++i) {
    kept = upload(s, alice, target, {{"kind", "other"}, {"file", "note", "a.txt"}}).status == 303;
    if (!kept) std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  BOOST_TEST(kept);
  BOOST_TEST(s.db().ok("audrey", {"attachments", id}).find("b.txt") != std::string::npos);
}

// The server keeps the parts of a page that follow from the journal alone
// (see FragmentCache): a step written since, by the server or by the CLI,
// and the other language are shown at once all the same.
BOOST_AUTO_TEST_CASE(a_case_page_read_again_shows_each_step_written_since_in_its_readers_language) {
  ServedOffice s;
  const std::string id = s.db().case_in("electoral-cooperation", "PlanReview");
  const std::string other = s.db().case_in("electoral-cooperation", "PlanReview");
  const ApiUser bob = s.sign_in("bob");
  const auto english = [&](const std::string& target) {
    return http(s.port(), "GET", target, "", {{"Cookie", bob.cookie}, {"Accept-Language", "en"}})
        .body;
  };
  const std::string before = page(s, bob, "/cases/" + id);
  BOOST_TEST(has(before, "Chronologie"));
  BOOST_TEST(!has(before, "Revoir le budget"));
  BOOST_TEST(page(s, bob, "/cases/" + id) == before);  // read again, unchanged

  // Written by another process, on the same database.
  s.db().ok("bob", {"do", id, "return-plan", "comment=Revoir le budget"});
  const std::string returned = page(s, bob, "/cases/" + id);
  BOOST_TEST(has(returned, "Revoir le budget"), returned);
  BOOST_TEST(has(returned, "Chronologie"));
  // Written through the server.
  BOOST_TEST(post(s, bob, "/cases/" + id + "/events",
                  {{"event", "suspend"}, {"f.reason", "Élections anticipées"}})
                 .status == 303);
  const std::string suspended = page(s, bob, "/cases/" + id);
  BOOST_TEST(has(suspended, "Élections anticipées"), suspended);
  BOOST_TEST(has(suspended, "Revoir le budget"));

  const std::string in_english = english("/cases/" + id);
  BOOST_TEST(has(in_english, "Timeline"), in_english);
  BOOST_TEST(has(in_english, "The request"));
  BOOST_TEST(!has(in_english, "Chronologie"));
  BOOST_TEST(has(in_english, "Élections anticipées"));
  BOOST_TEST(page(s, bob, "/cases/" + id) == suspended);

  // Another case's page shows its own journal, not the one read before.
  const std::string theirs = page(s, bob, "/cases/" + other);
  BOOST_TEST(!has(theirs, "Revoir le budget"));
  BOOST_TEST(!has(theirs, "Élections anticipées"));
  BOOST_TEST(has(theirs, other));
}
