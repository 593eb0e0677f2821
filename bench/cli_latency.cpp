// P2: one process per command, as users and scripts run coopflow, against the
// sqlite3 shell answering a SELECT the same way.
#include <cstdio>

#include "bench_support.h"
#include "benchmarks.h"

namespace coopflow::bench {
namespace {

double run_ms(const std::vector<std::string>& argv) {
  const ChildRun r = run_child(argv);
  if (r.exit_code != 0) {
    std::fprintf(stderr, "benchmark command failed (exit %d): %s\n", r.exit_code, argv[0].c_str());
  }
  return r.seconds * 1000;
}

std::string ms_text(double ms) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f ms", ms);
  return buf;
}

}  // namespace

std::vector<Figure> bench_p2(const Options& opt) {
  const std::string db = bench_dir() + "/p2.db";
  std::vector<std::string> ids;
  {
    BenchOffice b(db);
    b.office->batch([&] {
      for (int c = 0; c < 200; ++c) ids.push_back(run_case(*b.office, c, 7));  // in Delivery
    });
  }
  const int n = opt.quick ? 20 : 100;
  const std::string bin = COOPFLOW_BINARY;
  // Each round runs the floor and every coopflow command once, so that a change
  // in the host's load between rounds moves floor and commands alike.
  std::vector<double> floor_ms, startup_ms, show_ms, write_ms;
  for (int i = 0; i < n; ++i) {
    floor_ms.push_back(run_ms({"sqlite3", db, "SELECT * FROM cases WHERE id = '" + ids[0] + "'"}));
    startup_ms.push_back(run_ms({bin, "--help"}));
    show_ms.push_back(run_ms({bin, "--db", db, "--as", "audrey", "show", ids[0]}));
    const auto& s = whole_case()[7];
    std::vector<std::string> argv = {
        bin,    "--db", db, "--as", "alice", "do", ids[static_cast<std::size_t>(i) % ids.size()],
        s.event};
    for (const auto& [k, v] : s.fields) argv.push_back(k + "=" + v);
    write_ms.push_back(run_ms(argv));
  }
  const double floor = median(floor_ms), startup = median(startup_ms), show = median(show_ms),
               write = median(write_ms);
  return {
      {"P2", "process start-up: coopflow --help (info)", ms_text(startup), ms_text(floor),
       startup / floor, "-", true},
      {"P2", "coopflow show, one process", ms_text(show), ms_text(floor), show / floor, "<= 1.50",
       show / floor <= 1.5},
      {"P2", "coopflow do log-activity, one process (FULL)", ms_text(write), ms_text(floor),
       write / floor, "<= 2.50", write / floor <= 2.5},
  };
}

}  // namespace coopflow::bench
