#include <boost/test/unit_test.hpp>
#include <fstream>
#include <nlohmann/json.hpp>

#include "runner.h"

using coopflow::testing::OfficeDb;
using nlohmann::json;

namespace {

std::string state_of(const OfficeDb& db, const std::string& id) {
  return json::parse(db.ok("audrey", {"--json", "show", id}))["state"].get<std::string>();
}

}  // namespace

BOOST_AUTO_TEST_CASE(an_electoral_case_lives_from_request_to_closing) {
  OfficeDb db;
  const std::string id = db.open_electoral();
  BOOST_TEST(id == "EC-2010-0001");
  const std::vector<std::pair<std::string, std::string>> steps = {
      {"alice", "start-analysis"},    {"alice", "record-analysis"},  {"bob", "commit"},
      {"alice", "draft-plan"},        {"alice", "submit-plan"},      {"bob", "return-plan"},
      {"alice", "draft-plan"},        {"alice", "submit-plan"},      {"bob", "approve-plan"},
      {"alice", "partner-modifies"},  {"alice", "draft-plan"},       {"alice", "submit-plan"},
      {"dave", "approve-plan"},       {"alice", "partner-approves"}, {"alice", "log-activity"},
      {"alice", "complete-delivery"}, {"alice", "submit-report"},    {"bob", "return-report"},
      {"alice", "submit-report"},     {"dave", "accept-report"}};
  const std::vector<std::string> expected = {
      "Analysis", "Analysis",     "Planning",      "Planning",      "PlanReview",
      "Planning", "Planning",     "PlanReview",    "PartnerReview", "Planning",
      "Planning", "PlanReview",   "PartnerReview", "Delivery",      "Delivery",
      "FollowUp", "ReportReview", "FollowUp",      "ReportReview",  "Closed"};
  for (std::size_t i = 0; i < steps.size(); ++i) {
    db.fire(steps[i].first, id, steps[i].second);
    BOOST_TEST(state_of(db, id) == expected[i], "after " << steps[i].second);
  }
  const auto history = json::parse(db.ok("audrey", {"--json", "history", id}));
  BOOST_TEST(history.size() == steps.size() + 1);
  BOOST_TEST(history.back()["event"] == "accept-report");
  BOOST_TEST(history[3]["role"] == "manager");
  BOOST_TEST(db.ok("audrey", {"verify"}).rfind("ok:", 0) == 0);
}

BOOST_AUTO_TEST_CASE(a_parliamentary_case_goes_through_the_four_stages) {
  OfficeDb db;
  const std::string id = db.open_parliamentary();
  BOOST_TEST(id == "PC-2011-0001");
  db.fire("alice", id, "start-assessment");
  db.ok("alice", {"do", id, "record-needs", "needs=Rédaction législative",
                  "sectors=legislative-process,oversight", "on-site-mission=yes"});
  for (const auto& [who, event] :
       std::vector<std::pair<std::string, std::string>>{{"bob", "commit"},
                                                        {"alice", "draft-plan"},
                                                        {"alice", "submit-plan"},
                                                        {"bob", "approve-plan"},
                                                        {"alice", "partner-approves"},
                                                        {"alice", "log-activity"},
                                                        {"alice", "log-activity"},
                                                        {"alice", "complete-delivery"},
                                                        {"alice", "submit-report"},
                                                        {"bob", "accept-report"}}) {
    db.fire(who, id, event);
  }
  const auto show = json::parse(db.ok("audrey", {"--json", "show", id}));
  BOOST_TEST(show["state"] == "Closed");
  BOOST_TEST(show["documents"]["activity"].size() == 2u);
  BOOST_TEST(show["documents"]["needs"][0]["fields"]["sectors"][1] == "oversight");
}

BOOST_AUTO_TEST_CASE(the_other_endings_decline_partner_rejection_and_withdrawal) {
  OfficeDb db;
  const std::string declined = db.case_in("parliamentary-cooperation", "Assessment");
  db.fire("bob", declined, "decline");
  BOOST_TEST(state_of(db, declined) == "Declined");
  const std::string rejected = db.case_in("electoral-cooperation", "PartnerReview");
  db.ok("alice", {"do", rejected, "partner-rejects", "reason=Calendrier incompatible"});
  BOOST_TEST(state_of(db, rejected) == "RejectedByPartner");
  const std::string withdrawn = db.case_in("electoral-cooperation", "Delivery");
  db.fire("bob", withdrawn, "withdraw");
  BOOST_TEST(state_of(db, withdrawn) == "Withdrawn");
  const auto approvals = json::parse(db.ok("audrey", {"--json", "show", rejected}))["approvals"];
  BOOST_TEST(approvals.back()["decision"] == "partner-rejects");
  BOOST_TEST(approvals.back()["comment"] == "Calendrier incompatible");
}

BOOST_AUTO_TEST_CASE(suspend_and_resume_return_each_stage_to_where_it_was) {
  OfficeDb db;
  for (const auto& wf : coopflow::testing::workflow_names()) {
    for (const auto& state : coopflow::testing::map_of(wf).open_states()) {
      const std::string id = db.case_in(wf, state);
      db.fire("bob", id, "suspend");
      const auto shown = json::parse(db.ok("bob", {"--json", "show", id}));
      BOOST_TEST(shown["state"] == "Suspended");
      BOOST_TEST(shown["suspended_in"] == state);
      db.fire("bob", id, "resume");
      BOOST_TEST(state_of(db, id) == state, wf << " resumed elsewhere than " << state);
    }
  }
  BOOST_TEST(db.as("audrey", {"verify"}).code == 0);
}

BOOST_AUTO_TEST_CASE(french_text_round_trips_exactly) {
  OfficeDb db;
  const std::string id = db.open_electoral();
  const std::string text = "Côte d'Ivoire — Québec : « élection présidentielle » à l'œuvre ✓";
  db.ok("alice", {"do", id, "start-analysis", "--comment", text});
  const auto history = json::parse(db.ok("audrey", {"--json", "history", id}));
  BOOST_TEST(history[1]["payload"]["fields"]["comment"].get<std::string>() == text);
  const auto show = json::parse(db.ok("audrey", {"--json", "show", id}));
  BOOST_TEST(show["request"]["requester"] == "Commission électorale indépendante");
  BOOST_TEST(db.ok("audrey", {"show", id}).find("Révision de la liste électorale, Côte d'Ivoire") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_field_can_be_read_from_a_file) {
  OfficeDb db;
  const std::string id = db.case_in("electoral-cooperation", "Analysis");
  const std::string context = "Contexte long,\nsur plusieurs lignes — « Québec ».\n";
  std::ofstream(db.file("context.txt"), std::ios::binary) << context;
  db.ok("alice",
        {"do", id, "record-analysis", "context=@" + db.file("context.txt"), "objectives=@@handle",
         "impact=i", "sovereignty=s", "mandate-fit=yes", "resources=r"});
  const auto doc = json::parse(db.ok("audrey", {"--json", "show", id}))["documents"]["analysis"][0];
  BOOST_TEST(doc["fields"]["context"].get<std::string>() == context);
  BOOST_TEST(doc["fields"]["objectives"].get<std::string>() == "@handle");
}

BOOST_AUTO_TEST_CASE(list_filters_by_state_workflow_and_involvement) {
  OfficeDb db;
  const std::string a = db.case_in("electoral-cooperation", "Planning");
  const std::string b = db.open_parliamentary("carol");
  const auto planning = json::parse(db.ok("audrey", {"--json", "list", "--state", "Planning"}));
  BOOST_REQUIRE_EQUAL(planning.size(), 1u);
  BOOST_TEST(planning[0]["id"] == a);
  const auto parl =
      json::parse(db.ok("audrey", {"--json", "list", "--workflow", "parliamentary-cooperation"}));
  BOOST_REQUIRE_EQUAL(parl.size(), 1u);
  BOOST_TEST(parl[0]["id"] == b);
  const auto mine = json::parse(db.ok("carol", {"--json", "list", "--mine"}));
  BOOST_REQUIRE_EQUAL(mine.size(), 1u);
  BOOST_TEST(mine[0]["id"] == b);
  const auto page = json::parse(db.ok("audrey", {"--json", "list", "--limit", "1"}));
  BOOST_TEST(page.size() == 1u);
}

BOOST_AUTO_TEST_CASE(list_takes_a_state_as_the_user_reads_it_and_says_it_so) {
  OfficeDb db;
  const std::string a = db.case_in("electoral-cooperation", "PlanReview");
  db.case_in("electoral-cooperation", "Planning");
  const auto in_french = [&](const std::vector<std::string>& args) {
    std::vector<std::string> all = {"--db", db.path(), "--as", "audrey"};
    all.insert(all.end(), args.begin(), args.end());
    return coopflow::testing::run_binary(all, {{"LANG", "fr_CA.UTF-8"}});
  };
  for (const std::string typed : {"Revue du plan", "revue du plan", "PlanReview", "plan review"}) {
    const auto listed = in_french({"--json", "list", "--state", typed});
    BOOST_TEST(listed.code == 0, typed << ": " << listed.err);
    const auto rows = json::parse(listed.out);
    BOOST_REQUIRE_EQUAL(rows.size(), 1u);
    BOOST_TEST(rows[0]["id"] == a);
    BOOST_TEST(rows[0]["state"] == "PlanReview");  // --json keeps the code
  }
  const auto table = in_french({"list", "--state", "Revue du plan"});
  BOOST_TEST(table.out.find("Revue du plan") != std::string::npos, table.out);
  BOOST_TEST(table.out.find("PlanReview") == std::string::npos, table.out);
  // English keeps the codes it shows.
  BOOST_TEST(db.ok("audrey", {"list", "--state", "PlanReview"}).find("PlanReview") !=
             std::string::npos);
  const auto unknown = in_french({"list", "--state", "Revue"});
  BOOST_TEST(unknown.code != 0);
  BOOST_TEST(unknown.err.find("aucun état « Revue »") != std::string::npos, unknown.err);
}

BOOST_AUTO_TEST_CASE(show_tells_each_user_what_they_may_do_next) {
  OfficeDb db;
  const std::string id = db.case_in("electoral-cooperation", "PlanReview");
  const std::string for_bob = db.ok("bob", {"show", id});
  BOOST_TEST(for_bob.find("approve-plan (as manager)") != std::string::npos);
  BOOST_TEST(for_bob.find("budget: 48,500.50\u00a0CAD") != std::string::npos);
  const auto in_french = coopflow::testing::run_binary(
      {"--db", db.path(), "--as", "bob", "show", id}, {{"LANG", "fr_CA.UTF-8"}});
  BOOST_TEST(in_french.out.find("48\u00a0500,50\u00a0CAD") != std::string::npos, in_french.out);
  const auto for_alice = json::parse(db.ok("alice", {"--json", "show", id}))["allowed_events"];
  BOOST_REQUIRE_EQUAL(for_alice.size(), 1u);
  BOOST_TEST(for_alice[0]["event"] == "withdraw");
}

BOOST_AUTO_TEST_CASE(workflows_and_diagrams_come_from_the_tables) {
  OfficeDb db;
  const auto wfs = json::parse(db.ok("audrey", {"--json", "workflows"}));
  BOOST_REQUIRE_EQUAL(wfs.size(), coopflow::testing::workflow_names().size());
  BOOST_TEST(wfs[0]["name"] == coopflow::testing::workflow_names().front());
  const std::string mermaid =
      db.ok("audrey", {"diagram", "parliamentary-cooperation", "--format", "mermaid"});
  BOOST_TEST(mermaid.find("Received --> Assessment : start-assessment") != std::string::npos);
  const std::string dot = db.ok("audrey", {"diagram", "electoral-cooperation"});
  BOOST_TEST(dot.rfind("digraph", 0) == 0);
}

BOOST_AUTO_TEST_CASE(the_database_and_user_default_from_the_environment) {
  OfficeDb db;
  const auto r = coopflow::testing::run_binary(
      {"--json", "list"}, {{"COOPFLOW_DB", db.path()}, {"COOPFLOW_USER", "audrey"}});
  BOOST_TEST(r.code == 0);
  BOOST_TEST(json::parse(r.out).is_array());
}

BOOST_AUTO_TEST_CASE(the_diagrams_in_docs_are_the_ones_the_tables_generate) {
  for (const auto& wf : coopflow::testing::workflow_names()) {
    for (const std::string format : {"dot", "mermaid"}) {
      const auto r = coopflow::testing::run_binary({"diagram", wf, "--format", format});
      const std::string path = std::string(COOPFLOW_SOURCE_DIR) + "/docs/workflows/" + wf +
                               (format == "dot" ? ".dot" : ".mmd");
      std::ifstream in(path);
      const std::string committed((std::istreambuf_iterator<char>(in)),
                                  std::istreambuf_iterator<char>());
      BOOST_TEST(r.out == committed, path << " is stale: run bash .ci/diagrams");
    }
  }
}
