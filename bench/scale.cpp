// P3: the same lookups at 1k cases and at opt.scale cases; P4: verify over the
// large database, in a child process so that its peak RSS is its own.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdio>
#include <random>

#include "bench_support.h"
#include "benchmarks.h"
#include "coopflow/engine/signing.h"

namespace coopflow::bench {
namespace {

// Half the cases end in ReportReview (11 entries); the other half spread over
// every earlier state, so that even 1k cases give `list --state` a full page.
std::size_t steps_for(long long n) {
  return n % 2 == 0 ? static_cast<std::size_t>((n / 2) % 10) : whole_case().size();
}

std::vector<std::string> seed(engine::Office& office, long long cases) {
  office.set_durability(engine::Durability::kNormal);
  std::vector<std::string> ids;
  const long long per_txn = 1000;
  for (long long start = 0; start < cases; start += per_txn) {
    office.batch([&] {
      for (long long n = start; n < std::min(cases, start + per_txn); ++n) {
        ids.push_back(run_case(office, static_cast<int>(n), steps_for(n)));
      }
    });
  }
  office.set_durability(engine::Durability::kFull);
  return ids;
}

struct Lookups {
  std::vector<double> show, history, list;  // microseconds
};

Lookups measure(engine::Office& office, const std::vector<std::string>& ids, int n) {
  Lookups l;
  // show and history each draw their own cases: neither finds the pages of its
  // case already cached by the other.
  std::mt19937 show_rng(42), history_rng(43);
  std::uniform_int_distribution<std::size_t> pick(0, ids.size() - 1);
  engine::CaseQuery page;
  page.state = "PlanReview";
  page.limit = 50;
  for (int i = 0; i < n; ++i) {
    auto t = Clock::now();
    office.show(kAudrey, ids[pick(show_rng)]);
    l.show.push_back(seconds_since(t) * 1e6);
    t = Clock::now();
    office.history(kAudrey, ids[pick(history_rng)]);
    l.history.push_back(seconds_since(t) * 1e6);
    t = Clock::now();
    office.list(kAudrey, page);
    l.list.push_back(seconds_since(t) * 1e6);
  }
  return l;
}

// The physical floor of `history`: raw SQLiteCpp reading one case's journal
// rows, every column, on a connection set up as coopflow's (16 MiB cache, 2 GiB
// map), for cases drawn as measure() draws them. At 1k cases every page is
// hot; at 1M each lookup meets pages no earlier lookup touched.
std::vector<double> raw_reads(const std::string& path, const std::vector<std::string>& ids, int n) {
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  db.exec("PRAGMA cache_size=-16384");
  db.exec("PRAGMA mmap_size=2147418112");
  SQLite::Statement q(
      db,
      "SELECT case_id, seq, position, at, actor, role, os_user, event, from_state, "
      "to_state, payload, prev_hash, hash FROM journal WHERE case_id = ? ORDER BY seq");
  std::mt19937 rng(44);
  std::uniform_int_distribution<std::size_t> pick(0, ids.size() - 1);
  std::vector<double> out;
  std::size_t bytes = 0;
  for (int i = 0; i < n + 200; ++i) {  // the first 200 warm up, as measure()'s do
    const auto t = Clock::now();
    q.bind(1, ids[pick(rng)]);
    while (q.executeStep()) {
      for (int c = 0; c < q.getColumnCount(); ++c) bytes += q.getColumn(c).getString().size();
    }
    q.reset();
    if (i >= 200) out.push_back(seconds_since(t) * 1e6);
  }
  if (bytes == 0) std::fprintf(stderr, "raw_reads: read nothing\n");
  return out;
}

std::string us(double v) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.0f us", v);
  return buf;
}

}  // namespace

// P4's floor: every row of the log (journal and office log) read on a
// connection of its own and its canonical encoding hashed, once; entries/s.
double read_and_hash_every_row(const std::string& path) {
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  const auto start = Clock::now();
  long long rows = 0, intact = 0;
  for (const char* sql :
       {"SELECT case_id, seq, position, at, actor, role, os_user, event, from_state, to_state, "
        "payload, prev_hash, hash FROM journal",
        "SELECT '', seq, position, at, actor, role, os_user, event, '', '', payload, prev_hash, "
        "hash FROM office_log"}) {
    SQLite::Statement q(db, sql);
    engine::JournalEntry e;
    while (q.executeStep()) {
      e.case_id = q.getColumn(0).getString();
      e.seq = q.getColumn(1).getInt64();
      e.position = q.getColumn(2).getInt64();
      e.at = q.getColumn(3).getString();
      e.actor = q.getColumn(4).getString();
      e.role = q.getColumn(5).getString();
      e.os_user = q.getColumn(6).getString();
      e.event = q.getColumn(7).getString();
      e.from_state = q.getColumn(8).getString();
      e.to_state = q.getColumn(9).getString();
      e.payload = q.getColumn(10).getString();
      e.prev_hash = q.getColumn(11).getString();
      e.hash = q.getColumn(12).getString();
      ++rows;
      intact += engine::hash_matches(e) ? 1 : 0;
    }
  }
  const double rate = static_cast<double>(rows) / seconds_since(start);
  if (intact != rows) std::fprintf(stderr, "P4 floor: %lld rows do not hash\n", rows - intact);
  return rate;
}

std::vector<Figure> bench_p3_p4(const Options& opt) {
  const long long large = opt.quick ? 20000 : opt.scale;
  const int n = opt.quick ? 500 : 3000;
  BenchOffice small_office(bench_dir() + "/p3-small.db");
  const auto small_ids = seed(*small_office.office, 1000);
  const std::string large_path = bench_dir() + "/p3-large.db";
  BenchOffice large_office(large_path);
  const auto seed_start = Clock::now();
  const auto large_ids = seed(*large_office.office, large);
  const double seed_s = seconds_since(seed_start);
  const long long entries = count_journal(large_path);
  std::fprintf(stderr, "seeded %lld cases, %lld entries in %.1f s\n", large, entries, seed_s);

  measure(*small_office.office, small_ids, 200);  // warm both caches the same way
  measure(*large_office.office, large_ids, 200);
  const Lookups s = measure(*small_office.office, small_ids, n);
  const Lookups l = measure(*large_office.office, large_ids, n);

  std::vector<Figure> out;
  const std::string scale = std::to_string(large / 1000) + "k";
  const auto add = [&](const char* what, const std::vector<double>& at_small,
                       const std::vector<double>& at_large) {
    const double ps = median(at_small), pl = median(at_large), p99 = percentile(at_large, 0.99);
    out.push_back({"P3", std::string(what) + ": p50 at " + scale + " vs 1k cases", us(pl), us(ps),
                   pl / ps, "<= 1.20", pl / ps <= 1.2});
    out.push_back({"P3", std::string(what) + ": p99 at " + scale + " (< 1000 us)", us(p99),
                   "1000 us", p99 / 1000, "< 1.00", p99 < 1000});
  };
  add("show", s.show, l.show);
  add("history", s.history, l.history);
  add("list --state PlanReview, first page", s.list, l.list);
  // Not a goal: how much the same reads cost SQLite itself at the larger scale.
  const auto raw_small = raw_reads(bench_dir() + "/p3-small.db", small_ids, n);
  const auto raw_large = raw_reads(large_path, large_ids, n);
  out.push_back({"P3", "(context) raw SQLite read of a case's journal: p50 at " + scale + " vs 1k",
                 us(median(raw_large)), us(median(raw_small)),
                 median(raw_large) / median(raw_small), "(floor)", true});

  // prove: one case's bundle against a checkpoint of the whole log, in process.
  {
    auto& office = *large_office.office;
    const std::string key = bench_dir() + "/p3-key";
    engine::generate_key_files(key);
    office.add_key({"ada", "bench"}, "bench", read_text(key + ".pub"), key + ".pub");
    office.seal(kAudrey, engine::SigningKey::load(key + ".key"));
    std::vector<double> proving;
    for (int i = 0; i < n; ++i) {
      const auto& id = large_ids[static_cast<std::size_t>(i * 7919) % large_ids.size()];
      const auto start = Clock::now();
      office.prove(kAudrey, id, std::nullopt);
      proving.push_back(seconds_since(start) * 1e6);
    }
    const double p99 = percentile(proving, 0.99);
    out.push_back({"P4", "prove: p99 in process at " + scale + " cases (< 5 ms)", us(p99),
                   "5000 us", p99 / 5000, "< 1.00", p99 < 5000});
  }

  large_office.office.reset();
  // The median of three runs: one run of ~10 s is at the host's mercy. The
  // floor, alternated with them: every log row read and its canonical bytes
  // hashed once, the least any full check does.
  std::vector<double> seconds, floors;
  ChildRun v;
  for (int round = 0; round < 3; ++round) {
    floors.push_back(read_and_hash_every_row(large_path));
    const ChildRun r = run_child({COOPFLOW_BINARY, "--db", large_path, "--as", "audrey", "verify"});
    seconds.push_back(r.seconds);
    v.max_rss_kib = std::max(v.max_rss_kib, r.max_rss_kib);
    if (round == 0 || r.exit_code != 0) v.exit_code = r.exit_code;
  }
  const double rate = static_cast<double>(entries) / median(seconds);
  const double floor_rate = median(floors);
  char value[48], rss[48], floor[48];
  std::snprintf(value, sizeof value, "%.0f entries/s", rate);
  std::snprintf(floor, sizeof floor, "%.0f entries/s", floor_rate);
  std::snprintf(rss, sizeof rss, "%.1f MiB", static_cast<double>(v.max_rss_kib) / 1024);
  out.push_back(
      {"P4",
       "verify " + std::to_string(entries) + " entries" + (v.exit_code == 0 ? "" : " (FAILED)"),
       value, floor, rate / floor_rate, ">= 0.40", rate >= 0.4 * floor_rate && v.exit_code == 0});
  out.push_back({"P4", "verify peak RSS", rss, "64 MiB",
                 static_cast<double>(v.max_rss_kib) / 1024 / 64, "<= 1.00",
                 v.max_rss_kib <= 64L * 1024});
  return out;
}

}  // namespace coopflow::bench
