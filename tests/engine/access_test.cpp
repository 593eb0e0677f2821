// Signing in to the web server: passwords, sessions, lockout, and what the
// log records of them (never a hash or a token).
#include <boost/test/unit_test.hpp>

#include "coopflow/engine/errors.h"
#include "coopflow/engine/office.h"
#include "coopflow/workflows/builtin.h"
#include "support/temp_dir.h"

using namespace coopflow::engine;

namespace {

struct AccessOffice {
  coopflow::testing::TempDir dir;
  Registry registry;
  SteppingClock clock{std::chrono::system_clock::from_time_t(1700000000)};
  std::optional<Office> office;
  const Actor ada{"ada", "ada"}, alice{"alice", "alice"}, bob{"bob", "bob"};

  AccessOffice() {
    coopflow::workflows::register_builtin_workflows(registry);
    office.emplace(Office::init(dir.file("office.db"), "ada", ada, clock, registry));
    office->set_durability(Durability::kNormal);
    office->add_user(ada, "alice", {"coordinator"}, "Alice");
    office->add_user(ada, "bob", {"manager"}, "Bob");
    office->set_password(ada, "alice", "correct horse battery");
  }

  // The office log's events, in order.
  std::vector<std::string> office_events() {
    std::vector<std::string> out;
    office->export_log(ada, std::nullopt, std::nullopt, [&](const JournalEntry& e) {
      if (e.case_id.empty()) out.push_back(e.event + " " + e.payload);
    });
    return out;
  }
};

}  // namespace

BOOST_AUTO_TEST_CASE(a_right_password_opens_a_session_and_the_log_says_who_and_from_where) {
  AccessOffice o;
  const SignIn in = o.office->sign_in("alice", "correct horse battery", "192.0.2.7");
  BOOST_TEST(in.user == "alice");
  BOOST_TEST(in.token.size() >= 40U);
  BOOST_TEST(in.csrf != in.token);
  const SessionUser s = o.office->session(in.token);
  BOOST_TEST(s.user == "alice");
  BOOST_TEST(csrf_matches(s, in.csrf));
  BOOST_TEST(!csrf_matches(s, in.token));
  BOOST_TEST(!csrf_matches(s, ""));
  const auto events = o.office_events();
  BOOST_TEST(events.back() == R"(sign-in {"address":"192.0.2.7","user":"alice"})");
  for (const auto& e : events) {
    BOOST_TEST(e.find("argon2") == std::string::npos, e);
    BOOST_TEST(e.find(in.token) == std::string::npos, e);
  }
  o.office->sign_out(in.token, "192.0.2.7");
  BOOST_CHECK_THROW(o.office->session(in.token), AuthenticationError);
  BOOST_TEST(o.office_events().back() == R"(sign-out {"address":"192.0.2.7","user":"alice"})");
  BOOST_TEST(o.office->verify(o.ada, std::nullopt).ok());
}

BOOST_AUTO_TEST_CASE(a_wrong_password_an_unknown_user_or_no_password_is_refused_alike) {
  AccessOffice o;
  BOOST_CHECK_THROW(o.office->sign_in("alice", "wrong horse battery", "a"), AuthenticationError);
  BOOST_CHECK_THROW(o.office->sign_in("mallory", "correct horse battery", "a"),
                    AuthenticationError);
  BOOST_CHECK_THROW(o.office->sign_in("bob", "anything at all", "a"), AuthenticationError);
  BOOST_CHECK_THROW(o.office->sign_in("", "", "a"), AuthenticationError);
  BOOST_CHECK_THROW(o.office->session("not-a-token"), AuthenticationError);
}

BOOST_AUTO_TEST_CASE(five_failures_lock_the_user_out_for_the_window_and_the_log_records_it) {
  AccessOffice o;
  for (int i = 0; i < kMaxFailedSignIns; ++i) {
    BOOST_CHECK_THROW(o.office->sign_in("alice", "guess " + std::to_string(i), "a"),
                      AuthenticationError);
  }
  // Locked: even the right password is refused, without being checked.
  BOOST_CHECK_THROW(o.office->sign_in("alice", "correct horse battery", "a"), TooManyAttemptsError);
  const auto events = o.office_events();
  BOOST_TEST(events.back() == R"(sign-in-lockout {"address":"a","user":"alice"})");
  o.clock.skip(std::chrono::hours(1));
  BOOST_TEST(o.office->sign_in("alice", "correct horse battery", "a").user == "alice");
  BOOST_TEST(o.office->verify(o.ada, std::nullopt).ok());
}

BOOST_AUTO_TEST_CASE(a_session_ends_when_idle_when_its_user_is_disabled_or_the_password_changes) {
  AccessOffice o;
  const SignIn idle = o.office->sign_in("alice", "correct horse battery", "a");
  o.clock.skip(std::chrono::hours(1));
  BOOST_CHECK_THROW(o.office->session(idle.token), AuthenticationError);

  const SignIn before = o.office->sign_in("alice", "correct horse battery", "a");
  o.office->set_password(o.alice, "alice", "a new passphrase here");  // her own
  BOOST_CHECK_THROW(o.office->session(before.token), AuthenticationError);
  BOOST_CHECK_THROW(o.office->sign_in("alice", "correct horse battery", "a"), AuthenticationError);

  const SignIn live = o.office->sign_in("alice", "a new passphrase here", "a");
  o.office->disable(o.ada, "alice");
  BOOST_CHECK_THROW(o.office->session(live.token), AuthenticationError);
  BOOST_CHECK_THROW(o.office->sign_in("alice", "a new passphrase here", "a"), AuthenticationError);
  BOOST_TEST(o.office->verify(o.ada, std::nullopt).ok());
}

BOOST_AUTO_TEST_CASE(only_an_admin_sets_another_users_password_and_short_ones_are_refused) {
  AccessOffice o;
  BOOST_CHECK_THROW(o.office->set_password(o.bob, "alice", "bob chose this one"), ForbiddenError);
  BOOST_CHECK_THROW(o.office->set_password(o.ada, "alice", "short"), ValidationError);
  BOOST_CHECK_THROW(o.office->set_password(o.ada, "nobody", "long enough, surely"), NotFoundError);
  BOOST_TEST(o.office->sign_in("alice", "correct horse battery", "a").user == "alice");
}

BOOST_AUTO_TEST_CASE(
    a_reading_request_gets_its_session_without_a_write_until_its_idle_clock_is_due) {
  AccessOffice o;
  const SignIn in = o.office->sign_in("alice", "correct horse battery", "a");
  BOOST_TEST(o.office->fresh_session(in.token)->user == "alice");
  BOOST_TEST(!o.office->fresh_session("not-a-token"));
  // Past a minute the idle clock is due to move, which takes a write: the
  // fresh path declines, session() moves it, and the fresh path serves again.
  o.clock.skip(std::chrono::minutes(2));
  BOOST_TEST(!o.office->fresh_session(in.token));
  BOOST_TEST(o.office->session(in.token).user == "alice");
  BOOST_TEST(o.office->fresh_session(in.token)->roles == std::vector<std::string>{"coordinator"});
  // Moved by session(), the clock kept the session alive past the idle limit
  // counted from sign-in.
  o.clock.skip(kSessionIdle - std::chrono::minutes(1));
  BOOST_TEST(o.office->session(in.token).user == "alice");
  o.clock.skip(kSessionIdle + std::chrono::minutes(1));
  BOOST_TEST(!o.office->fresh_session(in.token));
  BOOST_CHECK_THROW(o.office->session(in.token), AuthenticationError);

  const SignIn live = o.office->sign_in("alice", "correct horse battery", "a");
  o.office->disable(o.ada, "alice");
  BOOST_TEST(!o.office->fresh_session(live.token));
}

BOOST_AUTO_TEST_CASE(reads_in_one_snapshot_join_it_and_a_write_inside_is_refused_unwritten) {
  AccessOffice o;
  const SignIn in = o.office->sign_in("alice", "correct horse battery", "a");
  const auto users_before = o.office->users(o.ada).size();
  o.office->snapshot([&] {
    BOOST_TEST(o.office->fresh_session(in.token)->user == "alice");
    BOOST_TEST(o.office->users(o.ada).size() == users_before);
    BOOST_CHECK_THROW(o.office->add_user(o.ada, "carol", {"auditor"}, "Carol"), std::logic_error);
  });
  BOOST_TEST(o.office->users(o.ada).size() == users_before);
  BOOST_TEST(o.office->verify(o.ada, std::nullopt).ok());
}

BOOST_AUTO_TEST_CASE(a_role_granted_from_another_connection_counts_at_the_next_snapshot) {
  AccessOffice o;
  const SignIn in = o.office->sign_in("alice", "correct horse battery", "a");
  // The server's Office keeps its connection; the admin's CLI is another.
  Office admin = Office::open(o.dir.file("office.db"), o.clock, o.registry);
  o.office->snapshot([&] {
    BOOST_TEST(o.office->fresh_session(in.token)->roles == std::vector<std::string>{"coordinator"});
    BOOST_TEST(o.office->fresh_session(in.token)->roles == std::vector<std::string>{"coordinator"});
  });
  admin.grant(o.ada, "alice", "manager");
  o.office->snapshot([&] {
    const std::vector<std::string> both{"coordinator", "manager"};
    BOOST_TEST(o.office->fresh_session(in.token)->roles == both);
  });
  o.office->revoke(o.ada, "alice", "coordinator");  // the server's own connection writes too
  BOOST_TEST(o.office->fresh_session(in.token)->roles == std::vector<std::string>{"manager"});
  admin.disable(o.ada, "alice");
  BOOST_TEST(!o.office->fresh_session(in.token));
}
