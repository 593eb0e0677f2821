#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "coopflow/engine/office.h"

// Shared by the benchmarks: timing, statistics, and an office to measure.
namespace coopflow::bench {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start);
double median(std::vector<double> v);
double percentile(std::vector<double> v, double p);

// One printed result line.
struct Figure {
  std::string id;  // "P1"
  std::string what;
  std::string value;  // ours, with unit
  std::string floor;  // the floor measured in the same run, with unit
  double ratio = 0;   // ours / floor, oriented as the goal states it
  std::string goal;   // e.g. ">= 0.70"
  bool met = false;
};
void print_figures(const std::vector<Figure>& figures);

// A fresh office database at path with users alice (coordinator), bob and dave
// (managers), audrey (auditor).
struct BenchOffice {
  engine::Registry registry;
  engine::SystemClock clock;
  std::optional<engine::Office> office;
  explicit BenchOffice(const std::string& path);
  BenchOffice(const std::string& path, bool existing);
};

extern const engine::Actor kAlice, kBob, kDave, kAudrey;

// The events of one whole electoral case from open to Closed, with fields, in
// order, and who fires each: eleven journal entries.
struct Step {
  const engine::Actor* who;
  std::string event;
  engine::RawFields fields;
};
const std::vector<Step>& whole_case();
engine::CaseRequest sample_request(int n);

// Opens a case and fires the first `steps` steps of whole_case(); returns its id.
std::string run_case(engine::Office& office, int n, std::size_t steps);

// Runs argv[0] with argv, stdout and stderr to /dev/null; waits for it.
// Children are started by a small spawner process that start_spawner() forks
// first thing in main(): a child forked from the bench itself, grown to
// hundreds of MiB by then, would report the bench's peak RSS as its own
// (the kernel records the old image's peak at exec).
struct ChildRun {
  double seconds = 0;
  long max_rss_kib = 0;
  int exit_code = -1;
};
void start_spawner();
ChildRun run_child(const std::vector<std::string>& argv);

// Read with a connection of their own, outside the engine: every journal row
// of the database at path in (case_id, seq) order, and how many there are.
std::vector<engine::JournalEntry> read_journal(const std::string& path);
long long count_journal(const std::string& path);

// The whole text of the file at path.
std::string read_text(const std::string& path);

// A temporary directory for benchmark databases (removed at exit).
std::string bench_dir();
// Leave bench_dir() in place at exit (and say where), e.g. to profile verify
// on the large database afterwards.
void keep_bench_dir();

}  // namespace coopflow::bench
