// coopflow-bench: every figure as a ratio against a floor measured in the same
// run (these machines are noisy), medians over rounds. See docs/performance.md.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <fstream>

#include "bench_support.h"
#include "benchmarks.h"

namespace {

int run(int argc, char** argv) {
  coopflow::bench::start_spawner();  // while this process is still small
  coopflow::bench::Options opt;
  CLI::App app{"coopflow benchmarks: P1-P6 of docs/performance.md"};
  app.add_flag("--quick", opt.quick, "small counts: a smoke run, not figures to quote");
  app.add_option("--rounds", opt.rounds, "rounds per figure (median)")->check(CLI::PositiveNumber);
  app.add_option(
      "--scale", opt.scale,
      "cases in the large P3/P4 database (1212122 = 10M journal entries for the full run)");
  app.add_option("--only", opt.only, "run only these, e.g. --only P1 --only P3");
  bool keep = false;
  app.add_flag("--keep", keep, "keep the databases the run made, and print their folder");
  CLI11_PARSE(app, argc, argv);
  if (keep) coopflow::bench::keep_bench_dir();

  const auto wanted = [&](const std::string& id) {
    return opt.only.empty() || std::find(opt.only.begin(), opt.only.end(), id) != opt.only.end();
  };
  std::vector<coopflow::bench::Figure> figures;
  const auto run = [&](const std::string& id, auto fn) {
    if (!wanted(id)) return;
    std::fprintf(stderr, "running %s...\n", id.c_str());
    for (auto& f : fn(opt)) figures.push_back(f);
  };
  run("P1", coopflow::bench::bench_p1);
  run("P2", coopflow::bench::bench_p2);
  run("P5", coopflow::bench::bench_p5);
  run("P6", coopflow::bench::bench_p6);
  if (wanted("P3") || wanted("P4")) run("P3", coopflow::bench::bench_p3_p4);
  coopflow::bench::print_figures(figures);
  const bool all_met = std::all_of(figures.begin(), figures.end(),
                                   [](const coopflow::bench::Figure& f) { return f.met; });
  return all_met ? 0 : 3;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "coopflow-bench: %s\n", e.what());
    return 1;
  }
}
