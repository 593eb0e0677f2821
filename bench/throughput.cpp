// P1 (durable events per second) and P5 (bulk whole cases), each against raw
// SQLiteCpp writing rows of the same shape in the same run.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <cstdio>

#include "bench_support.h"
#include "benchmarks.h"
#include "coopflow/engine/signing.h"

namespace coopflow::bench {
namespace {

const char* kRawSchema =
    "CREATE TABLE journal (case_id TEXT NOT NULL, seq INTEGER NOT NULL, position INTEGER NOT NULL "
    "UNIQUE, at TEXT, actor TEXT, role TEXT, os_user TEXT, event TEXT, from_state TEXT, to_state "
    "TEXT, payload TEXT, prev_hash TEXT, hash TEXT, PRIMARY KEY (case_id, seq)) WITHOUT ROWID;"
    "CREATE TABLE cases (id TEXT PRIMARY KEY, state TEXT, last_seq INTEGER, head_hash TEXT) "
    "WITHOUT ROWID";

std::unique_ptr<SQLite::Database> raw_db(const std::string& path, bool full) {
  auto db = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  db->execAndGet("PRAGMA journal_mode=WAL");
  db->exec(full ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=NORMAL");
  db->exec(kRawSchema);
  return db;
}

void insert_row(SQLite::Statement& ins, const engine::JournalEntry& e, std::int64_t position) {
  ins.reset();
  ins.bind(1, e.case_id);
  ins.bind(2, e.seq);
  ins.bind(3, position);
  ins.bind(4, e.at);
  ins.bind(5, e.actor);
  ins.bind(6, e.role);
  ins.bind(7, e.os_user);
  ins.bind(8, e.event);
  ins.bind(9, e.from_state);
  ins.bind(10, e.to_state);
  ins.bind(11, e.payload);
  ins.bind(12, e.prev_hash);
  ins.bind(13, e.hash);
  ins.exec();
}

const char* kInsert = "INSERT INTO journal VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)";

// Raw floor: one journal-shaped row per IMMEDIATE transaction, plus the case
// row update a state change implies.
double raw_commits_per_second(const engine::JournalEntry& sample, bool full, int n, int round) {
  static int runs = 0;  // each measurement writes a fresh file
  auto db = raw_db(bench_dir() + "/raw-p1-" + std::to_string(full) + "-" + std::to_string(round) +
                       "-" + std::to_string(++runs) + ".db",
                   full);
  SQLite::Statement ins(*db, kInsert);
  const auto start = Clock::now();
  for (int i = 0; i < n; ++i) {
    SQLite::Transaction tx(*db, SQLite::TransactionBehavior::IMMEDIATE);
    engine::JournalEntry e = sample;
    e.case_id = "EC-2010-" + std::to_string(i % 500);
    e.seq = i;
    insert_row(ins, e, i + 1);
    tx.commit();
  }
  return n / seconds_since(start);
}

}  // namespace

std::vector<Figure> bench_p1(const Options& opt) {
  struct Variant {
    bool full;
    bool seal;  // every write seals its head (--seal-key)
    double goal;
    const char* name;
  };
  const Variant variants[] = {
      {true, false, 0.7, "events/s via engine, one txn each, synchronous=FULL"},
      {false, false, 0.3, "events/s via engine, one txn each, synchronous=NORMAL"},
      {true, true, 0.6, "events/s, FULL, every write sealing its head (--seal-key)"}};
  std::vector<Figure> out;
  const int cases = 500;
  for (const Variant& variant : variants) {
    const bool full = variant.full;
    const std::string name =
        std::string(full ? "/p1-full" : "/p1-normal") + (variant.seal ? "-sealed" : "");
    BenchOffice b(bench_dir() + name + ".db");
    auto& office = *b.office;
    office.set_durability(full ? engine::Durability::kFull : engine::Durability::kNormal);
    std::vector<std::string> ids;
    office.batch([&] {
      for (int c = 0; c < cases; ++c) ids.push_back(run_case(office, c, 7));  // in Delivery
    });
    if (variant.seal) {
      const std::string key = bench_dir() + name;
      engine::generate_key_files(key);
      office.add_key({"ada", "bench"}, "bench", read_text(key + ".pub"), key + ".pub");
      office.seal_every_write(key + ".key");
    }
    const Step& log = whole_case()[7];
    const int n = opt.quick ? 300 : (full ? 1000 : 3000);
    std::vector<double> ours, floor;
    engine::JournalEntry sample;
    for (int round = 0; round < opt.rounds; ++round) {
      const auto start = Clock::now();
      for (int i = 0; i < n; ++i) {
        sample =
            office.fire(*log.who, ids[static_cast<std::size_t>(i % cases)], log.event, log.fields)
                .entry;
      }
      ours.push_back(n / seconds_since(start));
      floor.push_back(raw_commits_per_second(sample, full, n, round));
    }
    const double o = median(ours), f = median(floor);
    char v[32], fl[32], goal[16];
    std::snprintf(v, sizeof v, "%.0f ev/s", o);
    std::snprintf(fl, sizeof fl, "%.0f commits/s", f);
    std::snprintf(goal, sizeof goal, ">= %.2f", variant.goal);
    out.push_back({"P1", variant.name, v, fl, o / f, goal, o / f >= variant.goal});
  }
  return out;
}

std::vector<Figure> bench_p5(const Options& opt) {
  const int per_batch = 100, batches = opt.quick ? 3 : 10;
  std::vector<double> ours, floor;
  for (int round = 0; round < opt.rounds; ++round) {
    const std::string path = bench_dir() + "/p5-" + std::to_string(round) + ".db";
    BenchOffice b(path);
    auto& office = *b.office;
    long long entries = 0;
    const auto start = Clock::now();
    for (int batch = 0; batch < batches; ++batch) {
      office.batch([&] {
        for (int c = 0; c < per_batch; ++c) {
          run_case(office, batch * per_batch + c, whole_case().size());
        }
      });
    }
    const double seconds = seconds_since(start);
    // The floor: the very same rows, inserted raw in the same batches.
    const std::vector<engine::JournalEntry> rows = read_journal(path);
    entries = static_cast<long long>(rows.size());
    ours.push_back(static_cast<double>(entries) / seconds);
    auto db = raw_db(bench_dir() + "/raw-p5-" + std::to_string(round) + ".db", true);
    SQLite::Statement ins(*db, kInsert);
    SQLite::Statement head(*db, "INSERT OR REPLACE INTO cases VALUES (?,?,?,?)");
    const auto raw_start = Clock::now();
    const std::size_t per_txn = rows.size() / static_cast<std::size_t>(batches);
    for (std::size_t i = 0; i < rows.size();) {
      SQLite::Transaction tx(*db, SQLite::TransactionBehavior::IMMEDIATE);
      for (std::size_t k = 0; k < per_txn && i < rows.size(); ++k, ++i) {
        insert_row(ins, rows[i], static_cast<std::int64_t>(i + 1));
        head.reset();
        head.bind(1, rows[i].case_id);
        head.bind(2, rows[i].to_state);
        head.bind(3, rows[i].seq);
        head.bind(4, rows[i].hash);
        head.exec();
      }
      tx.commit();
    }
    floor.push_back(static_cast<double>(rows.size()) / seconds_since(raw_start));
  }
  const double o = median(ours), f = median(floor);
  char v[32], fl[32];
  std::snprintf(v, sizeof v, "%.0f entries/s", o);
  std::snprintf(fl, sizeof fl, "%.0f rows/s", f);
  return {
      {"P5", "bulk: whole cases via engine, 100 per txn", v, fl, o / f, ">= 0.20", o / f >= 0.2}};
}

}  // namespace coopflow::bench
