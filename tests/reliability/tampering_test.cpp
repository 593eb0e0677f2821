// R3: at least 1,000 random tamperings of copies of a realistic database, each
// done as someone with write access to the file would (triggers dropped). Every
// one must be caught by verify, naming the case it touched.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <random>

#include "coopflow/engine/office.h"
#include "coopflow/workflows/builtin.h"
#include "support/tamper.h"
#include "support/temp_dir.h"

using namespace coopflow::engine;

namespace {

const Actor kAda{"ada", "t"}, kAlice{"alice", "t"}, kBob{"bob", "t"}, kAudrey{"audrey", "t"};

struct Entry {
  std::string case_id;
  long long seq;
  long long last_seq;  // of its case
};

// A realistic office: `cases` cases spread over every stage, some suspended or
// withdrawn, written in one transaction.
void build_office(const std::string& path, const Registry& registry, const Clock& clock,
                  int cases) {
  auto office = Office::init(path, "ada", kAda, clock, registry);
  office.add_user(kAda, "alice", {"coordinator"}, "");
  office.add_user(kAda, "bob", {"manager"}, "");
  office.add_user(kAda, "audrey", {"auditor"}, "");
  const std::vector<std::pair<const Actor*, std::pair<std::string, RawFields>>> steps = {
      {&kAlice, {"start-analysis", {}}},
      {&kAlice,
       {"record-analysis",
        {{"context", "c"},
         {"objectives", "o"},
         {"impact", "i"},
         {"sovereignty", "s"},
         {"mandate-fit", "yes"},
         {"resources", "r"}}}},
      {&kBob, {"commit", {{"comment", "Conforme à la politique"}}}},
      {&kAlice,
       {"draft-plan",
        {{"schedule", "Q2"},
         {"budget", "48500.50"},
         {"currency", "CAD"},
         {"team", "t"},
         {"services", "s"}}}},
      {&kAlice, {"submit-plan", {}}},
      {&kBob, {"approve-plan", {}}},
      {&kAlice, {"partner-approves", {{"partner-reference", "OIF/2010"}}}},
      {&kAlice,
       {"log-activity",
        {{"title", "Atelier"},
         {"from", "2010-05-01"},
         {"to", "2010-05-03"},
         {"mode", "on-site"},
         {"participants", "12"}}}},
      {&kAlice, {"complete-delivery", {}}},
      {&kAlice,
       {"submit-report", {{"observations", "o"}, {"recommendations", "r"}, {"results", "r"}}}},
      {&kBob, {"accept-report", {}}},
  };
  office.batch([&] {
    for (int c = 0; c < cases; ++c) {
      CaseRequest r{"Commission électorale",
                    "partner-authority",
                    "CI",
                    "R-" + std::to_string(c),
                    "2010-03-15",
                    "Appui électoral",
                    {}};
      const std::string id = office.open_case(kAlice, "electoral-cooperation", r).entry.case_id;
      for (std::size_t s = 0; s < static_cast<std::size_t>(c % 12) && s < steps.size(); ++s) {
        office.fire(*steps[s].first, id, steps[s].second.first, steps[s].second.second);
      }
      if (c % 12 == 11) continue;  // closed: nothing more happens to it
      if (c % 5 == 0) {
        office.fire(kBob, id, "suspend", {{"reason", "r"}});
      } else if (c % 7 == 3) {
        office.fire(kBob, id, "withdraw", {{"reason", "r"}});
      }
    }
  });
}

const char* const kColumns[] = {"case_id", "seq",       "position", "at",         "actor",
                                "role",    "os_user",   "event",    "from_state", "to_state",
                                "payload", "prev_hash", "hash"};

// Tampers with `rounds` fresh copies of an office of `cases` cases, one random
// edit each, and checks that verify names the case every time.
void tamper_and_verify(int cases, int rounds, unsigned seed, int threads) {
  coopflow::testing::TempDir dir;
  Registry registry;
  coopflow::workflows::register_builtin_workflows(registry);
  SteppingClock clock(std::chrono::system_clock::from_time_t(1700000000));
  const std::string original = dir.file("office.db");
  build_office(original, registry, clock, cases);
  const auto clean = Office::open(original, clock, registry).verify(kAudrey, std::nullopt);
  BOOST_REQUIRE(clean.ok());
  BOOST_REQUIRE_EQUAL(clean.threads, threads);

  std::vector<Entry> entries;
  {
    SQLite::Database db(original, SQLite::OPEN_READONLY);
    SQLite::Statement q(
        db, "SELECT j.case_id, j.seq, c.last_seq FROM journal j JOIN cases c ON c.id = j.case_id");
    while (q.executeStep()) {
      entries.push_back(
          {q.getColumn(0).getString(), q.getColumn(1).getInt64(), q.getColumn(2).getInt64()});
    }
  }
  std::mt19937 rng(seed);
  const auto pick = [&](std::size_t n) {
    return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng);
  };
  const std::string copy = dir.file("copy.db");
  int detected = 0;
  for (int round = 0; round < rounds; ++round) {
    std::filesystem::copy_file(original, copy, std::filesystem::copy_options::overwrite_existing);
    Entry target = entries[pick(entries.size())];
    const int kind = static_cast<int>(pick(5));
    std::string what;
    {
      std::string sql;  // the edit, made below as an insider would
      const auto exec = [&](const std::string& statement) { sql += statement + ";"; };
      const std::string where =
          " WHERE case_id = '" + target.case_id + "' AND seq = " + std::to_string(target.seq);
      if (kind == 0) {  // edit one column of one entry
        const std::string col = kColumns[pick(13)];
        what = "edit " + col;
        const bool numeric = col == "seq" || col == "position";
        exec("UPDATE journal SET " + col + " = " + (numeric ? col + " + 1000" : col + " || 'x'") +
             where);
      } else if (kind == 1) {  // delete an entry in the middle of its case
        while (target.seq == target.last_seq) target = entries[pick(entries.size())];
        what = "delete middle";
        exec("DELETE FROM journal WHERE case_id = '" + target.case_id +
             "' AND seq = " + std::to_string(target.seq));
      } else if (kind == 2) {  // insert a forged entry after the last one of its case
        what = "insert";
        exec(
            "INSERT INTO journal SELECT case_id, seq + 1, (SELECT MAX(position) + 1 FROM journal), "
            "at, actor, "
            "role, os_user, event, from_state, to_state, payload, hash, hash FROM journal WHERE "
            "case_id = '" +
            target.case_id + "' AND seq = " + std::to_string(target.last_seq));
      } else if (kind == 3) {  // swap two entries' content within a case
        while (target.last_seq < 2) target = entries[pick(entries.size())];
        what = "swap";
        const std::string c = "'" + target.case_id + "'";
        exec("UPDATE journal SET seq = -1 WHERE case_id = " + c + " AND seq = 1");
        exec("UPDATE journal SET seq = 1 WHERE case_id = " + c + " AND seq = 2");
        exec("UPDATE journal SET seq = 2 WHERE case_id = " + c + " AND seq = -1");
      } else {  // the case row disagrees with its journal
        const char* const edits[] = {"state = 'Delivery' || state",
                                     "last_seq = last_seq - 1",
                                     "head_hash = 'x' || head_hash",
                                     "workflow = 'parliamentary-cooperation'",
                                     "subject = subject || ' (bis)'",
                                     "requester = 'Autre'",
                                     "countries = 'ML'",
                                     "received = '2010-03-16'",
                                     "opened_by = 'bob'",
                                     "updated_at = opened_at"};
        what = std::string("case row ") + edits[pick(std::size(edits))];
        exec(std::string("UPDATE cases SET ") + what.substr(9) + " WHERE id = '" + target.case_id +
             "'");
      }
      coopflow::testing::tamper(copy, sql);
    }
    const auto report = Office::open(copy, clock, registry).verify(kAudrey, std::nullopt);
    bool named = false;
    for (const auto& p : report.problems) named = named || p.case_id == target.case_id;
    BOOST_TEST(named, "round " << round << ": " << what << " of " << target.case_id << " entry "
                               << target.seq << " not detected");
    detected += named ? 1 : 0;
  }
  BOOST_TEST(detected == rounds);
}

}  // namespace

BOOST_AUTO_TEST_CASE(every_random_tampering_is_detected_and_named) {
  tamper_and_verify(24, 1000, 4, 1);
}

// Above 20,000 entries verify splits the journal between two threads: a
// tampering on either side of the split, or across it, is caught the same way.
BOOST_AUTO_TEST_CASE(tampering_is_detected_when_verify_runs_on_two_threads) {
  tamper_and_verify(3200, 60, 5, 2);
}
