// The holes a test run from outside found, as a new user with an ordinary
// account and as an attacker would: each case below failed before its fix.
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <thread>

#include "runner.h"
#include "support/tamper.h"

using coopflow::testing::OfficeDb;
using coopflow::testing::Result;
using nlohmann::json;

namespace {

// Whether text holds anything a terminal would act on: C0 controls other than
// the newlines ending lines, DEL, C1 controls, bidi overrides and isolates.
bool terminal_unsafe(const std::string& text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c < 0x20 && c != '\n') || c == 0x7F) return true;
    if (c == 0xC2 && i + 1 < text.size()) {
      const auto d = static_cast<unsigned char>(text[i + 1]);
      if (d >= 0x80 && d <= 0x9F) return true;
    }
    if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
      const auto d = static_cast<unsigned char>(text[i + 2]);
      if (d >= 0xAA && d <= 0xAE) return true;
    }
  }
  return false;
}

std::size_t lines(const std::string& text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

// The database file's bytes (and its WAL's), to prove a command wrote nothing.
std::string bytes_of(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// Memory a run may take: the normal bound, or what AddressSanitizer's shadow
// memory adds to it (the point is "not gigabytes").
long memory_bound_kib() {
  return std::getenv("COOPFLOW_SANITIZED") != nullptr ? 512L * 1024 : 64L * 1024;
}

void expect_refused(const OfficeDb& db, const std::string& user,
                    const std::vector<std::string>& args, int code, const std::string& says) {
  const std::string what = args.empty() ? "(no command)" : args.front();
  const std::string before = db.snapshot();
  const Result r = db.as(user, args);
  BOOST_TEST(r.code == code, what << ": exit " << r.code << ", " << r.err);
  BOOST_TEST(lines(r.err) == 1u, r.err);
  BOOST_TEST(r.err.find(says) != std::string::npos, r.err);
  BOOST_TEST(db.snapshot() == before, what << " changed the database");
}

const char* const kForgedLine = "EC-2099-0001  Closed  2099-01-01  CI  Forged";

}  // namespace

// Defect 1.
BOOST_AUTO_TEST_CASE(human_output_shows_control_characters_and_bidi_overrides_escaped) {
  OfficeDb db;
  const std::string subject = std::string("Appui\n") + kForgedLine + "\x1b[2J\xe2\x80\xae\xc2\x85";
  const std::string id =
      db.ok("alice", {"open", "electoral-cooperation", "--requester", "CEI\r", "--requester-type",
                      "partner-authority", "--country", "CI", "--reference", "R\x7f", "--received",
                      "2010-03-15", "--subject", subject});
  db.walk("electoral-cooperation", id,
          coopflow::testing::map_of("electoral-cooperation").path_to("PlanReview"));
  db.ok("bob",
        {"do", id, "return-plan", "comment=ok\n  #9 approve-plan by dave (manager) on plan v1"});
  db.ok("ada", {"user", "add", "zoe", "--role", "auditor", "--full-name", "Zoé\x1b[31m\\n"});
  // A journal edited to hold an escape where coopflow never writes one.
  coopflow::testing::tamper(
      db.path(), "UPDATE journal SET os_user = 'x', actor = 'al\x1b[2Jice' WHERE seq = 2");
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"list"}, {"show", id}, {"history", id}, {"user", "list"}, {"verify"}}) {
    const Result r = db.as("audrey", args);
    BOOST_TEST(!terminal_unsafe(r.out), args.front() << " printed: " << r.out);
    BOOST_TEST(!terminal_unsafe(r.err), args.front() << " printed: " << r.err);
  }
  const std::string list = db.ok("audrey", {"list"});
  BOOST_TEST(lines(list) == 1u, list);  // the header and one case: no forged line
  BOOST_TEST(list.find("Appui\\nEC-2099-0001") != std::string::npos, list);
  BOOST_TEST(list.find("\\x1b[2J\\u202e\\u0085") != std::string::npos, list);
  const std::string show = db.ok("audrey", {"show", id});
  BOOST_TEST(show.find("ok\\n  #9 approve-plan") != std::string::npos, show);
  BOOST_TEST(show.find("ref R\\x7f") != std::string::npos, show);
  BOOST_TEST(db.ok("audrey", {"history", id}).find("al\\x1b[2Jice") != std::string::npos);
  BOOST_TEST(db.ok("ada", {"user", "list"}).find("Zoé\\x1b[31m\\\\n") != std::string::npos);
  // Error messages too.
  const Result err = db.as("audrey", {"show", "EC\x1b[2J"});
  BOOST_TEST(err.code == 4);
  BOOST_TEST(!terminal_unsafe(err.err), err.err);
  // --json stays exact.
  BOOST_TEST(json::parse(db.ok("audrey", {"--json", "show", id}))["subject"] == subject);
}

// Defect 2.
BOOST_AUTO_TEST_CASE(json_output_is_exactly_one_document_on_success_and_failure) {
  OfficeDb db;
  const std::string id = db.case_in("electoral-cooperation", "Planning");
  coopflow::testing::tamper(
      db.path(),
      "UPDATE journal SET payload = 'not json {' WHERE seq = 2 AND case_id = '" + id + "'");
  const Result history = db.as("audrey", {"--json", "history", id});
  BOOST_TEST(history.code == 0);
  BOOST_TEST(history.out.find("<discarded>") == std::string::npos);
  const auto entries = json::parse(history.out);
  BOOST_TEST(entries[1]["payload"].is_null());
  BOOST_TEST(entries[1]["payload_text"] == "not json {");
  const Result verify = db.as("audrey", {"--json", "verify"});
  BOOST_TEST(verify.code == 8);
  const auto report = json::parse(verify.out);  // throws on a second document
  BOOST_TEST(report["ok"] == false);
  BOOST_TEST(report["error"]["kind"] == "verification-failed");
  BOOST_TEST(!report["problems"].empty());
  for (const auto& args :
       std::vector<std::vector<std::string>>{{"--version"},
                                             {"--help"},
                                             {"show", "--help"},
                                             {"frobnicate"},
                                             {},
                                             {"list", "--bogus"},
                                             {"--as", "", "list"},
                                             {"show", "EC-2099-0001"},
                                             {"--db", "/nonexistent/x.db", "list"},
                                             {"verify", id},
                                             {"do", id, "commit"}}) {
    std::vector<std::string> with_json = {"--json"};
    with_json.insert(with_json.end(), args.begin(), args.end());
    const Result r = db.as("alice", with_json);
    BOOST_TEST(json::accept(r.out),
               "not one JSON document for " << (args.empty() ? "" : args[0]) << ": " << r.out);
  }
}

// Defect 3.
BOOST_AUTO_TEST_CASE(show_on_a_damaged_payload_shows_what_it_can_and_marks_the_damage) {
  OfficeDb db;
  const std::string id = db.case_in("electoral-cooperation", "Delivery");
  db.fire("alice", id, "log-activity");
  coopflow::testing::tamper(
      db.path(),
      "UPDATE journal SET payload = replace(payload, '\"budget\":4850050', "
      "'\"budget\":\"beaucoup\"') WHERE event = 'draft-plan';"
      "UPDATE journal SET payload = replace(payload, '\"title\":\"', '\"title\":[1],\"x\":\"') "
      "WHERE event = 'log-activity';"
      "UPDATE journal SET payload = replace(payload, '\"requester-type\":\"partner-authority\"', "
      "'\"requester-type\":7') WHERE seq = 1");
  const Result r = db.as("audrey", {"show", id});
  BOOST_TEST(r.code == 0, r.err);
  BOOST_TEST(r.out.find("subject:") != std::string::npos);
  BOOST_TEST(r.out.find("budget: (damaged") != std::string::npos, r.out);
  BOOST_TEST(r.out.find("(damaged: a JSON array") != std::string::npos, r.out);
  BOOST_TEST(r.out.find("next for audrey") != std::string::npos, r.out);
  // Said in the reader's language, like the rest of show.
  const Result french = coopflow::testing::run_binary(
      {"--db", db.path(), "--as", "audrey", "show", id}, {{"LANG", "fr_CA.UTF-8"}});
  BOOST_TEST(french.out.find("(endommagé : du JSON de type array") != std::string::npos,
             french.out);
  BOOST_TEST(french.out.find("damaged: a JSON") == std::string::npos, french.out);
  const auto shown = json::parse(db.ok("audrey", {"--json", "show", id}));
  BOOST_TEST(shown["damage"].size() == 3u, shown["damage"].dump());
  BOOST_TEST(db.as("audrey", {"verify"}).code == 8);
}

// Defect 4.
BOOST_AUTO_TEST_CASE(a_wal_or_folder_another_account_could_write_is_never_read) {
  OfficeDb db;
  const std::string id = db.open_electoral();
  const std::filesystem::path folder = std::filesystem::path(db.path()).parent_path();
  // A folder other accounts can write (shared, or sticky like /tmp).
  for (const auto mode : {0777, 01777, 0770}) {
    ::chmod(folder.c_str(), static_cast<mode_t>(mode));
    expect_refused(db, "audrey", {"show", id}, 3, "writable by other accounts");
  }
  ::chmod(folder.c_str(), 0700);
  BOOST_TEST(db.as("audrey", {"show", id}).code == 0);
  if (::geteuid() != 0) {
    BOOST_TEST_MESSAGE("not root: the foreign-owner cases need chown, skipped");
    return;
  }
  // A crafted WAL dropped beside the database by another account: here, one
  // that replaces the users, as the attack did.
  OfficeDb other;
  other.ok("ada", {"user", "add", "mallory", "--role", "admin"});
  const std::string crafted = bytes_of(other.path() + "-wal");
  for (const char* side : {"-wal", "-shm", "-journal"}) {
    const std::string planted = db.path() + side;
    const std::string kept = bytes_of(planted);
    const bool existed = std::filesystem::exists(planted);
    { std::ofstream(planted, std::ios::binary) << (std::string(side) == "-wal" ? crafted : kept); }
    BOOST_REQUIRE_EQUAL(::chown(planted.c_str(), 4242, 4242), 0);
    const Result r = db.as("mallory", {"user", "list"});
    BOOST_TEST(r.code == 3, side << ": " << r.err);
    BOOST_TEST(r.err.find("belongs to uid 4242") != std::string::npos, r.err);
    BOOST_TEST(db.as("ada", {"verify"}).code == 3);
    if (existed) {
      std::ofstream(planted, std::ios::binary) << kept;
      BOOST_REQUIRE_EQUAL(::chown(planted.c_str(), ::geteuid(), ::getegid()), 0);
    } else {
      std::filesystem::remove(planted);
    }
  }
  BOOST_TEST(db.as("audrey", {"verify"}).code == 0);
}

// Defect 5.
BOOST_AUTO_TEST_CASE(verify_of_an_absurd_position_stays_small_and_names_the_entry) {
  for (const std::string position : {"20000000000", "100000000000000"}) {
    OfficeDb db;
    const std::string id = db.case_in("electoral-cooperation", "Planning");
    coopflow::testing::tamper(db.path(), "UPDATE journal SET position = " + position +
                                             " WHERE case_id = '" + id + "' AND seq = 3");
    const Result r = db.as("audrey", {"verify"});
    BOOST_TEST(r.code == 8, r.err);
    BOOST_TEST(r.out.find(id + " entry 3") != std::string::npos, r.out);
    BOOST_TEST(r.out.find(position) != std::string::npos, r.out);
    BOOST_TEST(r.max_rss_kib < memory_bound_kib(), "verify used " << r.max_rss_kib << " KiB");
  }
}

// Defect 6: a command that fails writes nothing, and init is all or nothing.
BOOST_AUTO_TEST_CASE(a_read_of_an_empty_file_leaves_it_empty_and_its_mode_alone) {
  coopflow::testing::TempDir dir;
  const std::string path = dir.file("empty.db");
  { std::ofstream created(path); }
  ::chmod(path.c_str(), 0644);
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"list"}, {"verify"}, {"user", "list"}, {"do", "EC-2010-0001", "start-analysis"}}) {
    std::vector<std::string> full = {"--db", path, "--as", "ada"};
    full.insert(full.end(), args.begin(), args.end());
    const Result r = coopflow::testing::run_binary(full);
    BOOST_TEST(r.code == 3, r.err);
    BOOST_TEST(r.err.find("empty") != std::string::npos, r.err);
  }
  struct stat st {};
  BOOST_REQUIRE_EQUAL(::stat(path.c_str(), &st), 0);
  BOOST_TEST(st.st_size == 0);
  BOOST_TEST((st.st_mode & 0777) == 0644u);
  BOOST_TEST(!std::filesystem::exists(path + "-wal"));
}

BOOST_AUTO_TEST_CASE(init_killed_at_any_moment_leaves_nothing_or_a_whole_database) {
  std::mt19937 rng(9);
  int whole = 0, none = 0;
  for (int round = 0; round < coopflow::testing::iterations(40, 400); ++round) {
    coopflow::testing::TempDir dir;
    const std::string path = dir.file("office.db");
    const int pid = coopflow::testing::spawn_binary({"--db", path, "--as", "ada", "init"},
                                                    dir.file("out"), dir.file("err"));
    std::this_thread::sleep_for(
        std::chrono::microseconds(std::uniform_int_distribution<int>(0, 15000)(rng)));
    ::kill(pid, SIGKILL);
    ::waitpid(pid, nullptr, 0);
    if (std::filesystem::exists(path)) {
      const Result r = coopflow::testing::run_binary({"--db", path, "--as", "ada", "user", "list"});
      BOOST_TEST(r.code == 0, "round " << round << ": a half-made database: " << r.err);
      ++whole;
    } else {
      const Result r = coopflow::testing::run_binary({"--db", path, "--as", "ada", "init"});
      BOOST_TEST(r.code == 0, "round " << round << ": init after a killed one: " << r.err);
      ++none;
    }
  }
  BOOST_TEST_MESSAGE(whole << " whole databases, " << none << " none");
}

// Defect 7.
BOOST_AUTO_TEST_CASE(verify_catches_edits_to_the_numbering_the_guards_and_the_users) {
  const auto caught = [](const OfficeDb& db, const std::string& says) {
    const Result r = db.as("audrey", {"verify"});
    BOOST_TEST(r.code == 8, says << ": " << r.out);
    BOOST_TEST(r.out.find(says) != std::string::npos, r.out);
  };
  {  // The newest case deleted whole: positions stay gapless, the numbering does not.
    OfficeDb db;
    db.open_electoral();
    const std::string newest = db.open_electoral();
    coopflow::testing::tamper(db.path(), "DELETE FROM journal WHERE case_id = '" + newest +
                                             "'; DELETE FROM cases WHERE id = '" + newest + "'");
    caught(db, "case numbering: EC-2010 says the last case is number 2");
  }
  {  // The numbering set back: every open would collide.
    OfficeDb db;
    db.open_electoral();
    coopflow::testing::tamper(db.path(), "UPDATE case_numbers SET last = 0");
    caught(db, "the numbering was set back");
    const Result open =
        db.as("alice", {"open", "electoral-cooperation", "--requester", "CEI", "--requester-type",
                        "partner-authority", "--country", "CI", "--reference", "R", "--received",
                        "2010-01-02", "--subject", "S"});
    BOOST_TEST(open.code == 8, open.err);
    BOOST_TEST(open.err.find("numbering") != std::string::npos, open.err);
  }
  {  // The append-only guards dropped.
    OfficeDb db;
    db.open_electoral();
    coopflow::testing::tamper(db.path(), "SELECT 1");
    BOOST_REQUIRE_EQUAL(std::system(("sqlite3 '" + db.path() +
                                     "' 'DROP TRIGGER journal_no_update; DROP TRIGGER "
                                     "approvals_no_delete'")
                                        .c_str()),
                        0);
    caught(db, "trigger journal_no_update is missing");
  }
  {  // A user who acted, deleted from the users table.
    OfficeDb db;
    db.open_electoral();
    coopflow::testing::tamper(db.path(),
                              "DELETE FROM user_roles WHERE name = 'alice'; "
                              "DELETE FROM users WHERE name = 'alice'");
    caught(db, "users table: 'alice' is in the office log but missing");
  }
}

// Defect 8.
BOOST_AUTO_TEST_CASE(user_administration_can_undo_refuses_no_ops_and_roleless_readers) {
  OfficeDb db;
  const std::string id = db.open_electoral();
  db.ok("ada", {"user", "disable", "alice"});
  BOOST_TEST(db.as("alice", {"do", id, "start-analysis"}).code == 5);
  db.ok("ada", {"user", "enable", "alice"});
  db.ok("alice", {"do", id, "start-analysis"});
  expect_refused(db, "ada", {"user", "grant", "alice", "coordinator"}, 7, "already holds");
  expect_refused(db, "ada", {"user", "revoke", "alice", "manager"}, 7, "does not hold");
  expect_refused(db, "ada", {"user", "enable", "alice"}, 7, "is not disabled");
  db.ok("ada", {"user", "disable", "dave"});
  expect_refused(db, "ada", {"user", "disable", "dave"}, 7, "already disabled");
  db.ok("ada", {"user", "revoke", "audrey", "auditor"});
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"list"}, {"show", id}, {"history", id}, {"verify"}, {"verify", id}, {"user", "list"}}) {
    expect_refused(db, "audrey", args, 5, "holds none");
  }
}

// Defect 9.
BOOST_AUTO_TEST_CASE(unusable_database_paths_and_odd_options_get_clear_errors) {
  OfficeDb db;
  const std::string folder = std::filesystem::path(db.path()).parent_path().string();
  const std::string fifo = db.file("fifo");
  BOOST_REQUIRE_EQUAL(::mkfifo(fifo.c_str(), 0600), 0);
  for (const auto& [path, says] :
       std::vector<std::pair<std::string, std::string>>{{folder, "is a folder"},
                                                        {fifo, "not a regular file"},
                                                        {"/dev/null", "not a regular file"}}) {
    const Result r = coopflow::testing::run_binary({"--db", path, "--as", "ada", "list"});
    BOOST_TEST(r.code == 3, path << ": " << r.err);
    BOOST_TEST(r.err.find(says) != std::string::npos, r.err);
  }
  ::chmod(db.path().c_str(), 0400);
  const Result readonly = db.as("audrey", {"list"});
  // Root may write a 0400 file anyway; anyone else is told why not.
  BOOST_TEST((readonly.code == 0 || readonly.code == 3), readonly.err);
  if (readonly.code == 3) BOOST_TEST(readonly.err.find("read and write") != std::string::npos);
  ::chmod(db.path().c_str(), 0600);

  const Result empty_as = coopflow::testing::run_binary({"--db", db.path(), "--as", "", "list"},
                                                        {{"COOPFLOW_USER", "alice"}});
  BOOST_TEST(empty_as.code == 2, empty_as.err);
  expect_refused(db, "audrey", {"list", "--state", "Bogus"}, 4, "PlanReview");
  expect_refused(db, "audrey",
                 {"list", "--workflow", "parliamentary-cooperation", "--state", "Analysis"}, 4,
                 "Assessment");
  const Result version = db.as("audrey", {"--version"});
  BOOST_TEST(version.code == 0);
  BOOST_TEST(version.out.rfind("coopflow ", 0) == 0, version.out);
  expect_refused(db, "audrey", {"frobnicate"}, 2, "unknown command 'frobnicate'");
  expect_refused(db, "audrey", {}, 2, "a command is required");
  auto open = coopflow::testing::open_args();
  open.resize(open.size() - 2);  // without --subject
  auto twice = open;
  twice.insert(twice.end(),
               {"--subject", "S", "--partner", "OIF=funder", "--partner", "OIF=funder"});
  expect_refused(db, "alice", twice, 3, "given twice");
  for (const std::string blank :
       {"\xc2\xa0\xc2\xa0", "\xe2\x80\x8b", "\xe2\x80\x83\xef\xbb\xbf", " \xe3\x80\x80 "}) {
    auto args = open;
    args.insert(args.end(), {"--subject", blank});
    expect_refused(db, "alice", args, 3, "subject is empty");
  }
}

// Defect 10.
BOOST_AUTO_TEST_CASE(participants_is_a_count_of_people) {
  OfficeDb db;
  const std::string id = db.case_in("parliamentary-cooperation", "Delivery");
  const auto log = [&](const std::string& participants) {
    return std::vector<std::string>{"do",
                                    id,
                                    "log-activity",
                                    "title=Atelier",
                                    "from=2011-04-11",
                                    "to=2011-04-12",
                                    "mode=remote",
                                    "participants=" + participants};
  };
  for (const std::string bad :
       {"-2", "two", "99999999999999999999", "1.5", " 3", "", "+4", "1e3", "2000000"}) {
    expect_refused(db, "alice", log(bad), 3, "participants");
  }
  db.ok("alice", log("0"));
  db.ok("alice", log("24"));
  const auto shown = json::parse(db.ok("audrey", {"--json", "show", id}));
  BOOST_TEST(shown["documents"]["activity"][1]["fields"]["participants"] == 24);
}

// Found by a hostile review of the fixes above; each failed before its fix.

namespace {

// Runs coopflow with stdout on `target` (nullptr: closed); returns its exit code.
int run_with_stdout(const std::vector<std::string>& args, const char* target) {
  std::vector<std::string> copy = args;
  std::string binary = COOPFLOW_BINARY;
  if (const char* other = std::getenv("COOPFLOW_TEST_BINARY")) binary = other;
  std::vector<char*> argv = {binary.data()};
  for (auto& a : copy) argv.push_back(a.data());
  argv.push_back(nullptr);
  const pid_t pid = fork();
  if (pid == 0) {
    const int devnull = ::open("/dev/null", O_WRONLY);
    ::dup2(devnull, 2);
    if (target == nullptr) {
      ::close(1);
    } else {
      ::dup2(::open(target, O_WRONLY), 1);
    }
    execv(binary.c_str(), argv.data());
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_link_in_a_folder_others_can_write_is_refused) {
  OfficeDb db;
  const std::filesystem::path base = std::filesystem::path(db.path()).parent_path();
  const auto shared = base / "shared";
  std::filesystem::create_directory(shared);
  ::chmod(shared.c_str(), 0777);
  // Another account could re-point a link it can rename: to its own database.
  std::filesystem::create_symlink(db.path(), shared / "coop.db");
  // A linked folder on the way, inside a folder others can write.
  std::filesystem::create_directory_symlink(base, shared / "sub");
  for (const auto& via : {shared / "coop.db", shared / "sub" / "office.db"}) {
    const std::string before = db.snapshot();
    const Result r =
        coopflow::testing::run_binary({"--db", via.string(), "--as", "audrey", "list"});
    BOOST_TEST(r.code == 3, via << ": " << r.err);
    BOOST_TEST(r.err.find("writable by other accounts") != std::string::npos, r.err);
    BOOST_TEST(db.snapshot() == before);
  }
}

BOOST_AUTO_TEST_CASE(verify_lists_a_hundred_problems_and_counts_the_rest_in_little_memory) {
  OfficeDb db;
  db.open_electoral();
  coopflow::testing::tamper(
      db.path(),
      "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60000) "
      "INSERT INTO journal SELECT 'E' || i, 1, 100 + i, '', '', '', '', '', '', '', '', '', '' "
      "FROM n");
  const Result r = db.as("audrey", {"--json", "verify"});
  BOOST_TEST(r.code == 8);
  const auto report = json::parse(r.out);
  BOOST_TEST(report["problems"].size() == 100u);
  BOOST_TEST(report["problem_count"].get<long long>() >= 60000);
  BOOST_TEST(r.max_rss_kib < memory_bound_kib(), "verify used " << r.max_rss_kib << " KiB");
  const Result human = db.as("audrey", {"verify"});
  BOOST_TEST(lines(human.out) == 101u);
  BOOST_TEST(human.out.find("more problems") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_damaged_page_fails_verification_not_the_program) {
  for (const std::string object : {"journal", "cases_by_state"}) {
    OfficeDb db;
    db.case_in("electoral-cooperation", "PlanReview");
    std::string root;  // the object's first page, from the sqlite3 tool
    {
      const std::string cmd = "sqlite3 '" + db.path() +
                              "' \"SELECT rootpage FROM sqlite_master WHERE name = '" + object +
                              "'\"";
      FILE* p = ::popen(cmd.c_str(), "r");
      char buf[32] = {};
      BOOST_REQUIRE(std::fgets(buf, sizeof buf, p) != nullptr);
      ::pclose(p);
      root = buf;
    }
    {
      std::fstream f(db.path(), std::ios::in | std::ios::out | std::ios::binary);
      f.seekp((std::stol(root) - 1) * 4096 + 8);
      const std::string garbage(64, '\xff');
      f.write(garbage.data(), static_cast<std::streamsize>(garbage.size()));
    }
    const Result deep = db.as("audrey", {"verify", "--deep"});
    BOOST_TEST(deep.code == 8, object << ": " << deep.err);
    const Result plain = db.as("audrey", {"--json", "verify"});
    BOOST_TEST(plain.code != 1, object << ": " << plain.err);
    BOOST_TEST(json::accept(plain.out), plain.out);
  }
}

BOOST_AUTO_TEST_CASE(verbose_log_lines_escape_what_users_typed) {
  OfficeDb db;
  const Result r = coopflow::testing::run_binary(
      {"--db", db.path(), "-v", "--as", "x\x1b[31mRED\nFORGED LINE", "list"});
  BOOST_TEST(r.code == 4);
  BOOST_TEST(!terminal_unsafe(r.err), r.err);
}

BOOST_AUTO_TEST_CASE(output_that_cannot_be_written_is_an_error_and_a_closed_stdout_does_nothing) {
  OfficeDb db;
  db.open_electoral();
  BOOST_TEST(
      run_with_stdout({"--db", db.path(), "--as", "audrey", "--json", "list"}, "/dev/full") == 9);
  const std::string before = db.snapshot();
  auto open = coopflow::testing::open_args();
  open.insert(open.begin(), {"--db", db.path(), "--as", "alice"});
  BOOST_TEST(run_with_stdout(open, nullptr) == 2);
  BOOST_TEST(db.snapshot() == before);
}

BOOST_AUTO_TEST_CASE(the_next_init_clears_what_a_killed_one_left) {
  coopflow::testing::TempDir dir;
  const std::string path = dir.file("office.db");
  for (int round = 0; round < 20; ++round) {
    const int pid = coopflow::testing::spawn_binary({"--db", path, "--as", "ada", "init"},
                                                    dir.file("out"), dir.file("err"));
    std::this_thread::sleep_for(std::chrono::microseconds(500 * round));
    ::kill(pid, SIGKILL);
    ::waitpid(pid, nullptr, 0);
    std::filesystem::remove(path);
  }
  BOOST_TEST(coopflow::testing::run_binary({"--db", path, "--as", "ada", "init"}).code == 0);
  for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
    const std::string name = entry.path().filename().string();
    BOOST_TEST(name.rfind(".office.db.init-", 0) != 0, name << " was left behind");
  }
}

BOOST_AUTO_TEST_CASE(a_read_never_rewrites_a_database_in_another_journal_mode) {
  OfficeDb db;
  db.open_electoral();
  BOOST_REQUIRE_EQUAL(
      std::system(("sqlite3 '" + db.path() + "' 'PRAGMA journal_mode=delete' >/dev/null").c_str()),
      0);
  const std::string before = bytes_of(db.path());
  for (const auto& args : std::vector<std::vector<std::string>>{{"list"}, {"verify"}}) {
    BOOST_TEST(db.as("audrey", args).code == 0);
  }
  BOOST_TEST(bytes_of(db.path()) == before);
}

BOOST_AUTO_TEST_CASE(messages_say_what_was_wrong) {
  OfficeDb db;
  const std::string id = db.case_in("electoral-cooperation", "Analysis");
  expect_refused(db, "alice", {"init", "--admin", ""}, 2, "--admin: needs a user name");
  auto analysis = std::vector<std::string>{"do", id, "record-analysis"};
  for (const auto& f : coopflow::testing::valid_assignments("record-analysis")) {
    analysis.push_back(f.rfind("context=", 0) == 0 ? "context=@/dev/null" : f);
  }
  expect_refused(db, "alice", analysis, 3, "not a regular file");
  const Result unknown = db.as("alice", {"do", id, "start-analysis", "bogus=1"});
  BOOST_TEST(unknown.err.find("fieldscomment") == std::string::npos, unknown.err);
  coopflow::testing::tamper(db.path(), "UPDATE cases SET workflow_version = 99");
  const Result verify = db.as("audrey", {"verify"});
  BOOST_TEST(verify.out.find("v99") != std::string::npos, verify.out);
}

BOOST_AUTO_TEST_CASE(a_damaged_version_keeps_the_numbers_of_those_after_it) {
  OfficeDb db;
  const std::string id = db.case_in("electoral-cooperation", "Analysis");
  db.fire("alice", id, "record-analysis");
  db.fire("carol", id, "record-analysis");
  coopflow::testing::tamper(db.path(), "UPDATE journal SET payload = '" + std::string(400000, '[') +
                                           "' WHERE case_id = '" + id + "' AND seq = 3");
  const Result r = db.as("audrey", {"show", id});
  BOOST_TEST(r.code == 0, r.err);
  BOOST_TEST(r.out.find("analysis v2 by carol") != std::string::npos, r.out);
  BOOST_TEST(r.out.find("(earlier versions: 1)") != std::string::npos, r.out);
  BOOST_TEST(r.max_rss_kib < memory_bound_kib(), "show used " << r.max_rss_kib << " KiB");
}
