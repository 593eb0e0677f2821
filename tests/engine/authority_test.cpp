// One authority: for every workflow x event x role x four-eyes situation, the
// command path, show's "next for" and verify give the same answer. Where the
// command path refuses, verify judges the entry an insider forged instead:
// the same event fired by someone allowed, then rewritten (and rehashed) to
// name the refused user and role.
#include "coopflow/engine/authority.h"

#include <boost/test/unit_test.hpp>

#include "coopflow/engine/errors.h"
#include "coopflow/engine/office.h"
#include "support/tamper.h"
#include "support/temp_dir.h"
#include "support/workflow_walk.h"

using namespace coopflow::engine;
using coopflow::testing::builtin_registry;
using coopflow::testing::map_of;
using coopflow::testing::valid_fields;

namespace {

// An answer: "" allowed, else the rule that refuses.
struct Answers {
  std::string command, show, verify;
};

struct AgreementOffice {
  coopflow::testing::TempDir dir;
  SteppingClock clock{std::chrono::system_clock::from_time_t(1700000000)};
  std::string path = dir.file("office.db");
  Office office = Office::init(path, "ada", {"ada", "t"}, clock, builtin_registry());
  const Actor ada{"ada", "t"}, audrey{"audrey", "t"};

  AgreementOffice() {
    office.set_durability(Durability::kNormal);
    office.add_user(ada, "alice", {"coordinator"}, "");
    office.add_user(ada, "bob", {"manager"}, "");
    office.add_user(ada, "dave", {"manager"}, "");
    office.add_user(ada, "audrey", {"auditor"}, "");
    for (const auto& role : all_roles()) office.add_user(ada, "tess-" + role, {role}, "");
  }

  static Actor by_role(const std::string& role) {
    return {role == "coordinator" ? "alice" : "bob", "t"};
  }

  std::string open_case(const Workflow& wf, const Actor& who) {
    return office
        .open_case(
            who, wf.name,
            {"Commission électorale", "partner-authority", "CI", "R-1", "2010-03-15", "Appui", {}})
        .entry.case_id;
  }

  // Opens a case and takes it to where `event` fires. If `author` is given,
  // they write the version of the document the event concerns.
  std::string prepare(const Workflow& wf, const EventSpec& event, const std::string& author) {
    std::string id = open_case(wf, by_role("coordinator"));
    const auto& steps = map_of(wf.name).path_to_fire(event.name);
    std::size_t producer = steps.size();
    for (std::size_t i = 0; i < steps.size(); ++i) {
      if (!event.concerns.empty() && wf.find_event(steps[i])->produces == event.concerns) {
        producer = i;
      }
    }
    for (std::size_t i = 0; i < steps.size(); ++i) {
      const EventSpec& step = *wf.find_event(steps[i]);
      if (!author.empty() && i == producer) {
        // The author wrote it in the role it needs, held for that moment only.
        const std::string role = step.roles.front();
        const bool lent = !has_role(user_roles(author), role);
        if (lent) office.grant(ada, author, role);
        office.fire({author, "t"}, id, step.name, valid_fields(step));
        if (lent) office.revoke(ada, author, role);
      } else {
        office.fire(by_role(step.roles.front()), id, step.name, valid_fields(step));
      }
    }
    return id;
  }

  std::vector<std::string> user_roles(const std::string& name) {
    for (const auto& u : office.users(ada)) {
      if (u.name == name) return u.roles;
    }
    return {};
  }

  // Rewrites the case's newest entry (and what caches it) to name actor and
  // role, rehashed, as someone with write access to the file could.
  void forge_last(const std::string& id, const std::string& actor, const std::string& role) {
    JournalEntry e = office.history(audrey, id).back();
    e.actor = actor;
    e.role = role;
    e.hash = compute_hash(e);
    const std::string where = " WHERE case_id = '" + id + "' AND seq = " + std::to_string(e.seq);
    coopflow::testing::tamper(
        path, "UPDATE journal SET actor = '" + actor + "', role = '" + role + "', hash = '" +
                  e.hash + "'" + where + "; UPDATE approval_records SET actor = '" + actor +
                  "', role = '" + role + "'" + where + "; UPDATE cases SET head_hash = '" + e.hash +
                  "' WHERE id = '" + id + "'");
  }

  // The answer verify gives on the case: "" if it verifies, else whether its
  // problem is the authority's at the newest entry.
  std::string verify_answer(const std::string& id, long long seq) {
    const VerifyReport report = office.verify(audrey, id);
    if (report.ok()) return "";
    BOOST_TEST(report.problems.size() == 1u);
    const std::string why = report.problems.front().message.english();
    BOOST_TEST(report.problems.front().seq == seq, why);
    if (why.find("four-eyes") != std::string::npos) return "four-eyes";
    if (why.find("recorded in role") != std::string::npos) return "role";
    return "other: " + why;
  }

  Answers ask(const Workflow& wf, const EventSpec& event, const std::string& role, bool authored) {
    const std::string tess = "tess-" + role;
    const std::string id = prepare(wf, event, authored ? tess : "");
    Answers a;
    const CaseView view = office.show({tess, "t"}, id);
    const auto shown = std::find_if(view.allowed.begin(), view.allowed.end(),
                                    [&](const AllowedEvent& x) { return x.event == event.name; });
    a.show = shown == view.allowed.end()                             ? "role"
             : shown->blocked.empty()                                ? ""
             : shown->blocked.find("four-eyes") != std::string::npos ? "four-eyes"
                                                                     : "other: " + shown->blocked;
    try {
      office.fire({tess, "t"}, id, event.name, valid_fields(event));
      a.command = "";
      a.verify = verify_answer(id, view.summary.last_seq + 1);
    } catch (const ForbiddenError& e) {
      a.command = e.rule();
      // Someone allowed fires it (never the document's author), then it is forged.
      office.fire(authored ? Actor{"dave", "t"} : by_role(event.roles.front()), id, event.name,
                  valid_fields(event));
      forge_last(id, tess, role);
      a.verify = verify_answer(id, view.summary.last_seq + 1);
    }
    return a;
  }
};

}  // namespace

BOOST_AUTO_TEST_CASE(command_show_and_verify_agree_on_every_event_role_and_four_eyes_case) {
  AgreementOffice o;
  int allowed = 0, refused = 0, four_eyes = 0;
  for (const Workflow* wf : builtin_registry().all()) {
    for (const EventSpec& event : wf->events) {
      if (event.opens) continue;
      for (const auto& role : all_roles()) {
        for (const bool authored : {false, true}) {
          if (authored && !event.four_eyes) continue;
          const Answers a = o.ask(*wf, event, role, authored);
          const std::string what =
              wf->name + " " + event.name + " as " + role + (authored ? " (its author)" : "");
          BOOST_TEST(a.command == a.show,
                     what << ": command '" << a.command << "', show '" << a.show << "'");
          BOOST_TEST(a.command == a.verify,
                     what << ": command '" << a.command << "', verify '" << a.verify << "'");
          // And the rule itself, from the declarations.
          const std::string expected = !has_role(event.roles, role) ? "role"
                                       : authored                   ? "four-eyes"
                                                                    : "";
          BOOST_TEST(a.command == expected, what);
          (a.command.empty() ? allowed : refused)++;
          four_eyes += a.command == "four-eyes" ? 1 : 0;
        }
      }
    }
  }
  BOOST_TEST(allowed > 30);
  BOOST_TEST(refused > allowed);
  BOOST_TEST(four_eyes >= 6);
}

BOOST_AUTO_TEST_CASE(opening_a_case_is_judged_the_same_by_the_command_path_and_verify) {
  AgreementOffice o;
  for (const Workflow* wf : coopflow::testing::request_workflows()) {
    for (const auto& role : all_roles()) {
      const std::string tess = "tess-" + role;
      std::string command, verify;
      try {
        const std::string id = o.open_case(*wf, {tess, "t"});
        verify = o.verify_answer(id, 1);
      } catch (const ForbiddenError& e) {
        command = e.rule();
        const std::string id = o.open_case(*wf, AgreementOffice::by_role("coordinator"));
        o.forge_last(id, tess, role);
        verify = o.verify_answer(id, 1);
      }
      BOOST_TEST(command == verify, wf->name << " open as " << role);
      BOOST_TEST(command == (has_role(wf->opening_event().roles, role) ? "" : "role"));
    }
  }
}

BOOST_AUTO_TEST_CASE(importing_a_mission_is_judged_the_same_by_the_command_path_and_verify) {
  AgreementOffice o;
  const Workflow& wf = builtin_registry().latest("imported-mission");
  int row = 0;
  for (const auto& role : all_roles()) {
    // A new mission each time: an import records each mission once.
    const std::string csv =
        "title,kind,organizer,country,city,start_date,end_date,participants,funding,summary\n"
        "Mission " +
        std::to_string(++row) + ",observation,OIF,ML,,2010-01-04,2010-01-09,1,,\n";
    const std::string tess = "tess-" + role;
    std::string command, verify;
    try {
      const auto report = o.office.import_missions({tess, "t"}, "m.csv", csv, nullptr);
      BOOST_REQUIRE(report.imported.size() == 1U);
      verify = o.verify_answer(report.imported.front(), 1);
    } catch (const ForbiddenError& e) {
      command = e.rule();
      const auto report = o.office.import_missions(o.ada, "m.csv", csv, nullptr);
      BOOST_REQUIRE(report.imported.size() == 1U);
      o.forge_last(report.imported.front(), tess, role);
      verify = o.verify_answer(report.imported.front(), 1);
    }
    BOOST_TEST(command == verify, "import as " << role);
    BOOST_TEST(command == (has_role(wf.opening_event().roles, role) ? "" : "role"), role);
  }
}

BOOST_AUTO_TEST_CASE(the_office_operations_are_ruled_by_role) {
  const Standing auditor{"audrey", {"auditor"}, false};
  const Standing admin{"ada", {"admin"}, false};
  const Standing nobody{"zoe", {}, false};
  const Standing gone{"eve", {"coordinator"}, true};
  BOOST_TEST(Authority::rule(auditor, Authority::read_record(), nullptr).allowed());
  BOOST_TEST(Authority::rule(auditor, Authority::list_users(), nullptr).allowed());
  BOOST_TEST(Authority::rule(auditor, Authority::manage_users(), nullptr).rule == "role");
  BOOST_TEST(Authority::rule(admin, Authority::manage_users(), nullptr).allowed());
  BOOST_TEST(Authority::rule(nobody, Authority::read_record(), nullptr).rule == "role");
  BOOST_TEST(Authority::rule(gone, Authority::read_record(), nullptr).rule == "disabled");
}
