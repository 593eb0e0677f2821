#pragma once

#include <string>
#include <vector>

#include "bench_support.h"

namespace coopflow::bench {

struct Options {
  bool quick = false;             // small counts, for a smoke run
  int rounds = 5;                 // medians over this many rounds
  long long scale = 100000;       // P3/P4: cases in the large database
  std::vector<std::string> only;  // e.g. {"P1", "P3"}; empty: all
};

std::vector<Figure> bench_p1(const Options& opt);
std::vector<Figure> bench_p2(const Options& opt);
std::vector<Figure> bench_p3_p4(const Options& opt);
std::vector<Figure> bench_p5(const Options& opt);
std::vector<Figure> bench_p6(const Options& opt);  // coopflow serve

}  // namespace coopflow::bench
