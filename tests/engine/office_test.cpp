#include "coopflow/engine/office.h"

#include <SQLiteCpp/Database.h>

#include <boost/test/unit_test.hpp>
#include <set>

#include "coopflow/engine/errors.h"
#include "coopflow/workflows/builtin.h"
#include "support/temp_dir.h"

using namespace coopflow::engine;

namespace {

struct OfficeFixture {
  coopflow::testing::TempDir dir;
  Registry registry;
  SteppingClock clock{std::chrono::system_clock::from_time_t(1700000000)};
  std::optional<Office> office;
  const Actor admin{"ada", "ada"}, alice{"alice", "alice"}, bob{"bob", "bob"},
      carol{"carol", "carol"}, audrey{"audrey", "audrey"};

  OfficeFixture() {
    coopflow::workflows::register_builtin_workflows(registry);
    office.emplace(Office::init(dir.file("office.db"), "ada", admin, clock, registry));
    office->add_user(admin, "alice", {"coordinator"}, "Alice");
    office->add_user(admin, "bob", {"manager"}, "Bob");
    office->add_user(admin, "carol", {"coordinator", "manager"}, "Carol");
    office->add_user(admin, "audrey", {"auditor"}, "Audrey");
  }

  std::string open_case(const Actor& who = {"alice", "alice"}) {
    CaseRequest r{"Commission électorale indépendante",
                  "partner-authority",
                  "CI,ML",
                  "CEI/2010/042",
                  "2010-03-15",
                  "Révision de la liste électorale",
                  {"OIF=funder"}};
    return office->open_case(who, "electoral-cooperation", r).entry.case_id;
  }

  void fire(const Actor& who, const std::string& id, const std::string& event,
            const RawFields& f = {}) {
    office->fire(who, id, event, f);
  }

  // A case in PlanReview with a plan drafted by `author`.
  std::string case_in_plan_review(const Actor& author) {
    std::string id = open_case();
    fire(alice, id, "start-analysis");
    fire(alice, id, "record-analysis",
         {{"context", "c"},
          {"objectives", "o"},
          {"impact", "i"},
          {"sovereignty", "s"},
          {"mandate-fit", "yes"},
          {"resources", "r"}});
    fire(bob, id, "commit");
    fire(author, id, "draft-plan",
         {{"schedule", "Q2"},
          {"budget", "1000"},
          {"currency", "CAD"},
          {"team", "t"},
          {"services", "s"}});
    fire(author, id, "submit-plan");
    return id;
  }

  std::string state(const std::string& id) { return office->show(alice, id).summary.state; }
  long long entries() { return office->verify(audrey, std::nullopt).entries; }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(office, OfficeFixture)

BOOST_AUTO_TEST_CASE(case_ids_follow_the_workflow_prefix_and_received_year) {
  BOOST_TEST(open_case() == "EC-2010-0001");
  BOOST_TEST(open_case() == "EC-2010-0002");
}

BOOST_AUTO_TEST_CASE(manager_cannot_approve_own_plan) {
  const std::string id = case_in_plan_review(carol);
  const long long before = entries();
  try {
    fire(carol, id, "approve-plan");
    BOOST_FAIL("carol approved her own plan");
  } catch (const ForbiddenError& e) {
    BOOST_TEST(e.rule() == "four-eyes");
  }
  BOOST_TEST(entries() == before);
  fire(bob, id, "approve-plan");
  BOOST_TEST(state(id) == "PartnerReview");
}

BOOST_AUTO_TEST_CASE(four_eyes_binds_administrators_too) {
  office->grant(admin, "ada", "coordinator");
  office->grant(admin, "ada", "manager");
  const std::string id = case_in_plan_review(admin);
  BOOST_CHECK_THROW(fire(admin, id, "approve-plan"), ForbiddenError);
}

BOOST_AUTO_TEST_CASE(an_admin_without_a_case_role_cannot_fire_events) {
  const std::string id = open_case();
  BOOST_CHECK_THROW(fire(admin, id, "start-analysis"), ForbiddenError);
  BOOST_CHECK_THROW(fire(admin, id, "withdraw", {{"reason", "r"}}), ForbiddenError);
}

BOOST_AUTO_TEST_CASE(an_auditor_can_read_everything_and_write_nothing) {
  const std::string id = open_case();
  BOOST_CHECK_THROW(open_case(audrey), ForbiddenError);
  BOOST_CHECK_THROW(fire(audrey, id, "start-analysis"), ForbiddenError);
  BOOST_TEST(office->history(audrey, id).size() == 1u);
  BOOST_TEST(office->verify(audrey, std::nullopt).ok());
}

BOOST_AUTO_TEST_CASE(a_disabled_user_is_refused) {
  const std::string id = open_case();
  office->disable(admin, "alice");
  BOOST_CHECK_THROW(fire(alice, id, "start-analysis"), ForbiddenError);
}

BOOST_AUTO_TEST_CASE(an_unknown_user_is_not_found) {
  BOOST_CHECK_THROW(open_case({"mallory", "mallory"}), NotFoundError);
}

BOOST_AUTO_TEST_CASE(the_last_administrator_cannot_be_removed) {
  BOOST_CHECK_THROW(office->disable(admin, "ada"), ConflictError);
  BOOST_CHECK_THROW(office->revoke(admin, "ada", "admin"), ConflictError);
  office->grant(admin, "carol", "admin");
  office->revoke(admin, "ada", "admin");
}

BOOST_AUTO_TEST_CASE(a_refused_event_names_what_is_allowed_and_writes_nothing) {
  const std::string id = open_case();
  const long long before = entries();
  try {
    fire(bob, id, "commit");
    BOOST_FAIL("commit accepted in Received");
  } catch (const IllegalTransitionError& e) {
    BOOST_TEST(e.state() == "Received");
    BOOST_TEST(std::string(e.what()).find("start-analysis") != std::string::npos);
  }
  BOOST_TEST(entries() == before);
}

BOOST_AUTO_TEST_CASE(commitment_needs_an_analysis_within_the_mandate) {
  const std::string id = open_case();
  fire(alice, id, "start-analysis");
  BOOST_CHECK_THROW(fire(bob, id, "commit"), IllegalTransitionError);
  fire(alice, id, "record-analysis",
       {{"context", "c"},
        {"objectives", "o"},
        {"impact", "i"},
        {"sovereignty", "s"},
        {"mandate-fit", "no"},
        {"resources", "r"}});
  try {
    fire(bob, id, "commit");
    BOOST_FAIL("committed outside the mandate");
  } catch (const IllegalTransitionError& e) {
    BOOST_TEST(std::string(e.what()).find("policy rule 2") != std::string::npos);
  }
  fire(bob, id, "decline", {{"reason", "hors mandat"}});
  BOOST_TEST(state(id) == "Declined");
}

BOOST_AUTO_TEST_CASE(resume_returns_to_the_exact_state_it_was_suspended_in) {
  const std::string id = case_in_plan_review(alice);
  fire(bob, id, "suspend", {{"reason", "coup d'État"}});
  BOOST_TEST(state(id) == "Suspended");
  BOOST_TEST(office->show(bob, id).file.suspended_in() == "PlanReview");
  BOOST_CHECK_THROW(fire(bob, id, "approve-plan"), IllegalTransitionError);
  fire(bob, id, "resume");
  BOOST_TEST(state(id) == "PlanReview");
  BOOST_TEST(office->show(bob, id).state_path == "Active.Execution.PlanReview");
}

BOOST_AUTO_TEST_CASE(decisions_are_recorded_in_the_approvals_table) {
  const std::string id = case_in_plan_review(alice);
  fire(bob, id, "return-plan", {{"comment", "préciser l'équipe"}});
  const auto approvals = office->show(bob, id).approvals;
  BOOST_REQUIRE_EQUAL(approvals.size(), 2u);
  BOOST_TEST(approvals[0].decision == "commit");
  BOOST_TEST(approvals[0].subject_kind == "analysis");
  BOOST_TEST(approvals[1].decision == "return-plan");
  BOOST_TEST(approvals[1].subject_version == 1);
  BOOST_TEST(approvals[1].comment == "préciser l'équipe");
  // show folds them from the journal; the table written beside it says the same.
  SQLite::Database db(dir.file("office.db"));
  SQLite::Statement q(
      db,
      "SELECT decision, subject_version, comment FROM approval_records WHERE case_id = ? "
      "ORDER BY seq");
  q.bind(1, id);
  for (const auto& a : approvals) {
    BOOST_REQUIRE(q.executeStep());
    BOOST_TEST(q.getColumn(0).getString() == a.decision);
    BOOST_TEST(q.getColumn(1).getInt() == a.subject_version);
    BOOST_TEST(q.getColumn(2).getString() == a.comment);
  }
  BOOST_TEST(!q.executeStep());
}

BOOST_AUTO_TEST_CASE(show_states_the_case_from_its_journal_as_its_row_caches_it) {
  const std::string id = case_in_plan_review(alice);
  const auto shown = office->show(bob, id).summary;
  BOOST_TEST(shown.state == "PlanReview");
  SQLite::Database db(dir.file("office.db"));
  SQLite::Statement q(
      db,
      "SELECT id, workflow, workflow_version, state, subject, requester, countries, "
      "received, opened_at, opened_by, updated_at, last_seq, head_hash FROM cases "
      "WHERE id = ?");
  q.bind(1, id);
  BOOST_REQUIRE(q.executeStep());
  BOOST_TEST(shown.id == q.getColumn(0).getString());
  BOOST_TEST(shown.workflow == q.getColumn(1).getString());
  BOOST_TEST(shown.workflow_version == q.getColumn(2).getInt());
  BOOST_TEST(shown.state == q.getColumn(3).getString());
  BOOST_TEST(shown.subject == q.getColumn(4).getString());
  BOOST_TEST(shown.requester == q.getColumn(5).getString());
  BOOST_TEST(shown.countries == q.getColumn(6).getString());
  BOOST_TEST(shown.received == q.getColumn(7).getString());
  BOOST_TEST(shown.opened_at == q.getColumn(8).getString());
  BOOST_TEST(shown.opened_by == q.getColumn(9).getString());
  BOOST_TEST(shown.updated_at == q.getColumn(10).getString());
  BOOST_TEST(shown.last_seq == q.getColumn(11).getInt64());
  BOOST_TEST(shown.head_hash == q.getColumn(12).getString());
}

BOOST_AUTO_TEST_CASE(show_lists_what_the_acting_user_may_do_next) {
  const std::string id = case_in_plan_review(carol);
  const auto for_carol = office->show(carol, id).allowed;
  const auto approve = std::find_if(for_carol.begin(), for_carol.end(), [](const AllowedEvent& a) {
    return a.event == "approve-plan";
  });
  BOOST_REQUIRE(approve != for_carol.end());
  BOOST_TEST(approve->blocked.find("four-eyes") != std::string::npos);
  const auto for_alice = office->show(alice, id).allowed;
  BOOST_TEST(for_alice.size() == 1u);  // withdraw only
  BOOST_TEST(for_alice.at(0).event == "withdraw");
}

BOOST_AUTO_TEST_CASE(verify_catches_a_case_row_that_disagrees_with_its_journal) {
  const std::string id = case_in_plan_review(alice);
  BOOST_TEST(office->verify(audrey, std::nullopt).ok());
  {
    SQLite::Database raw(dir.file("office.db"), SQLite::OPEN_READWRITE);
    raw.exec("UPDATE cases SET state = 'Closed'");
  }
  const auto report = office->verify(audrey, std::nullopt);
  BOOST_REQUIRE(!report.ok());
  BOOST_TEST(report.problems[0].case_id == id);
}

// The open_cases view names the states no workflow ends in as SQL text (a view
// cannot ask the registry): every declared stage of every workflow must fall on
// the side its declaration says.
BOOST_AUTO_TEST_CASE(the_open_cases_view_agrees_with_every_workflows_final_stages) {
  SQLite::Database raw(dir.file("office.db"), SQLite::OPEN_READWRITE);
  int n = 0;
  std::set<std::string> open;
  for (const Workflow* w : registry.all()) {
    for (const StageSpec& stage : w->stages) {
      const std::string id = "T-" + std::to_string(++n);
      SQLite::Statement insert(raw,
                               "INSERT INTO cases VALUES (?, ?, 1, ?, '', '', '', '', '', '', '', "
                               "0, '')");
      insert.bind(1, id);
      insert.bind(2, w->name);
      insert.bind(3, stage.state);
      insert.exec();
      if (!stage.terminal) open.insert(id);
    }
  }
  std::set<std::string> listed;
  SQLite::Statement q(raw, "SELECT id FROM open_cases");
  while (q.executeStep()) listed.insert(q.getColumn(0).getString());
  BOOST_TEST(n > 20);
  BOOST_TEST((listed == open));
}

BOOST_AUTO_TEST_CASE(writes_together_keep_each_good_command_and_nothing_of_a_refused_one) {
  const std::string a = open_case(), b = open_case();
  const std::string b_before = state(b);
  const long long before = entries();
  // The second job's first step is legal and its second is refused: the
  // whole job is undone, so the third job, the same first step, is legal.
  const auto failed = office->write_together({
      [&] { fire(alice, a, "start-analysis"); },
      [&] {
        fire(alice, b, "start-analysis");
        fire(alice, b, "commit");  // a coordinator does not commit
      },
      [&] { fire(alice, b, "start-analysis"); },
  });
  BOOST_REQUIRE(failed.size() == 3U);
  BOOST_TEST(!failed[0]);
  BOOST_REQUIRE(failed[1] != nullptr);
  BOOST_CHECK_THROW(std::rethrow_exception(failed[1]), ForbiddenError);
  BOOST_TEST(!failed[2]);
  BOOST_TEST(entries() == before + 2);
  BOOST_TEST(state(a) != b_before);
  BOOST_TEST(state(b) == state(a));
  BOOST_TEST(office->verify(audrey, std::nullopt).ok());
}

BOOST_AUTO_TEST_CASE(a_suspension_stops_the_stage_clock_and_resuming_does_not_count_it) {
  const std::string id = open_case();
  // The first stage counts from the request's arrival (2010-03-15), 5 days.
  BOOST_TEST(office->show(alice, id).stage_due == "2010-03-20");
  BOOST_TEST(office->show(alice, id).overdue);
  fire(alice, id, "start-analysis");  // 2023-11-14: Analysis, 30 days
  BOOST_TEST(office->show(alice, id).stage_due == "2023-12-14");
  clock.skip(std::chrono::hours(24 * 3));
  fire(bob, id, "suspend", {{"reason", "élection reportée"}});
  BOOST_TEST(office->show(alice, id).stage_due.empty());  // on hold: no deadline runs
  clock.skip(std::chrono::hours(24 * 10));
  fire(bob, id, "resume");
  BOOST_TEST(office->show(alice, id).stage_due == "2023-12-24");  // 10 days on hold added
  office->set_setting(admin, "deadline.electoral-cooperation.Analysis", "40");
  BOOST_TEST(office->show(alice, id).stage_due == "2024-01-03");
  office->set_setting(admin, "deadline.electoral-cooperation.Analysis", "0");
  BOOST_TEST(office->show(alice, id).stage_due.empty());
}

BOOST_AUTO_TEST_SUITE_END()
