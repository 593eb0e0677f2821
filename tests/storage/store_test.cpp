#include "coopflow/storage/store.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <sys/stat.h>

#include <boost/test/unit_test.hpp>
#include <fstream>

#include "coopflow/storage/errors.h"
#include "support/temp_dir.h"

using coopflow::storage::CaseFilter;
using coopflow::storage::CaseRow;
using coopflow::storage::JournalRow;
using coopflow::storage::StorageError;
using coopflow::storage::Store;
using coopflow::testing::TempDir;

namespace {

CaseRow case_row(const std::string& id, const std::string& state) {
  CaseRow r;
  r.id = id;
  r.workflow = "electoral-cooperation";
  r.workflow_version = 1;
  r.state = state;
  r.subject = "Appui électoral";
  r.requester = "CEI";
  r.countries = "CI";
  r.received = "2010-01-01";
  r.opened_at = r.updated_at = "2026-01-01T00:00:00.000000Z";
  r.opened_by = "alice";
  r.last_seq = 1;
  r.head_hash = "h";
  return r;
}

JournalRow entry(const std::string& case_id, std::int64_t seq, std::int64_t position) {
  JournalRow e;
  e.case_id = case_id;
  e.seq = seq;
  e.position = position;
  e.at = "2026-01-01T00:00:00.000000Z";
  e.actor = "alice";
  e.role = "coordinator";
  e.os_user = "alice";
  e.event = "open";
  e.to_state = "Received";
  e.payload = "{}";
  e.prev_hash = "p";
  e.hash = "h";
  return e;
}

StorageError::Kind kind_of_open_failure(const std::string& path) {
  try {
    Store::open(path);
  } catch (const StorageError& e) {
    return e.kind();
  }
  BOOST_FAIL("open did not fail");
  return StorageError::Kind::kBusy;
}

// A new database with nothing in it but the schema.
Store create(const std::string& path) {
  return Store::create(path, [](Store&) {});
}

}  // namespace

BOOST_AUTO_TEST_CASE(create_makes_a_file_only_its_owner_can_read) {
  TempDir dir;
  create(dir.file("c.db"));
  struct stat st {};
  BOOST_REQUIRE_EQUAL(::stat(dir.file("c.db").c_str(), &st), 0);
  BOOST_TEST((st.st_mode & 0777) == 0600);
}

BOOST_AUTO_TEST_CASE(create_never_overwrites_an_existing_file) {
  TempDir dir;
  std::ofstream(dir.file("c.db")) << "precious";
  try {
    create(dir.file("c.db"));
    BOOST_FAIL("create overwrote a file");
  } catch (const StorageError& e) {
    BOOST_TEST(static_cast<int>(e.kind()) == static_cast<int>(StorageError::Kind::kAlreadyExists));
  }
  std::ifstream in(dir.file("c.db"));
  std::string content;
  in >> content;
  BOOST_TEST(content == "precious");
}

BOOST_AUTO_TEST_CASE(open_refuses_a_missing_file_without_creating_it) {
  TempDir dir;
  BOOST_TEST(static_cast<int>(kind_of_open_failure(dir.file("none.db"))) ==
             static_cast<int>(StorageError::Kind::kMissing));
  BOOST_TEST(!std::filesystem::exists(dir.file("none.db")));
}

BOOST_AUTO_TEST_CASE(open_refuses_a_file_that_is_not_sqlite) {
  TempDir dir;
  std::ofstream(dir.file("notes.txt")) << std::string(4096, 'x');
  BOOST_TEST(static_cast<int>(kind_of_open_failure(dir.file("notes.txt"))) ==
             static_cast<int>(StorageError::Kind::kNotCoopflow));
}

BOOST_AUTO_TEST_CASE(open_refuses_another_applications_sqlite_database) {
  TempDir dir;
  {
    SQLite::Database other(dir.file("other.db"), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    other.exec("CREATE TABLE t (x)");
  }
  BOOST_TEST(static_cast<int>(kind_of_open_failure(dir.file("other.db"))) ==
             static_cast<int>(StorageError::Kind::kNotCoopflow));
}

BOOST_AUTO_TEST_CASE(open_refuses_a_schema_newer_than_this_binary) {
  TempDir dir;
  create(dir.file("c.db"));
  {
    SQLite::Database raw(dir.file("c.db"), SQLite::OPEN_READWRITE);
    raw.exec("PRAGMA user_version=" + std::to_string(Store::kSchemaVersion + 1));
  }
  BOOST_TEST(static_cast<int>(kind_of_open_failure(dir.file("c.db"))) ==
             static_cast<int>(StorageError::Kind::kTooNew));
}

BOOST_AUTO_TEST_CASE(the_journal_refuses_update_and_delete) {
  TempDir dir;
  auto store = create(dir.file("c.db"));
  store.write([&] {
    store.insert_case(case_row("EC-2010-0001", "Received"));
    store.append_journal(entry("EC-2010-0001", 1, 1));
  });
  SQLite::Database raw(dir.file("c.db"), SQLite::OPEN_READWRITE);
  BOOST_CHECK_THROW(raw.exec("UPDATE journal SET actor = 'mallory'"), SQLite::Exception);
  BOOST_CHECK_THROW(raw.exec("DELETE FROM journal"), SQLite::Exception);
  BOOST_TEST(store.journal("EC-2010-0001").at(0).actor == "alice");
}

BOOST_AUTO_TEST_CASE(a_write_whose_body_throws_leaves_nothing_behind) {
  TempDir dir;
  auto store = create(dir.file("c.db"));
  BOOST_CHECK_THROW(store.write([&] {
    store.insert_case(case_row("EC-2010-0001", "Received"));
    store.append_journal(entry("EC-2010-0001", 1, 1));
    throw std::runtime_error("validation failed late");
  }),
                    std::runtime_error);
  BOOST_TEST(!store.find_case("EC-2010-0001").has_value());
  BOOST_TEST(store.journal_count() == 0);
}

BOOST_AUTO_TEST_CASE(case_numbers_count_per_prefix_and_year) {
  TempDir dir;
  auto store = create(dir.file("c.db"));
  store.write([&] {
    BOOST_TEST(store.next_case_number("EC", 2010) == 1);
    BOOST_TEST(store.next_case_number("EC", 2010) == 2);
    BOOST_TEST(store.next_case_number("EC", 2011) == 1);
    BOOST_TEST(store.next_case_number("PC", 2010) == 1);
  });
}

BOOST_AUTO_TEST_CASE(list_filters_by_state_and_pages_by_id) {
  TempDir dir;
  auto store = create(dir.file("c.db"));
  store.write([&] {
    store.insert_case(case_row("EC-2010-0001", "Planning"));
    store.insert_case(case_row("EC-2010-0002", "Closed"));
    store.insert_case(case_row("EC-2010-0003", "Planning"));
    store.insert_case(case_row("EC-2010-0004", "Planning"));
  });
  CaseFilter f;
  f.state = "Planning";
  f.limit = 2;
  const auto page1 = store.list_cases(f);
  BOOST_REQUIRE_EQUAL(page1.size(), 2u);
  BOOST_TEST(page1[0].id == "EC-2010-0001");
  BOOST_TEST(page1[1].id == "EC-2010-0003");
  f.after_id = page1.back().id;
  const auto page2 = store.list_cases(f);
  BOOST_REQUIRE_EQUAL(page2.size(), 1u);
  BOOST_TEST(page2[0].id == "EC-2010-0004");
}

BOOST_AUTO_TEST_CASE(french_text_round_trips_byte_for_byte) {
  TempDir dir;
  const std::string subject = "Révision de la liste électorale, Côte d'Ivoire — Québec «test»";
  {
    auto store = create(dir.file("c.db"));
    auto row = case_row("EC-2010-0001", "Received");
    row.subject = subject;
    store.write([&] { store.insert_case(row); });
  }
  auto store = Store::open(dir.file("c.db"));
  BOOST_TEST(store.find_case("EC-2010-0001")->subject == subject);
}
