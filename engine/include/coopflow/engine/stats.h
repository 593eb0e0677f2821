#pragma once

#include <map>
#include <string>
#include <vector>

namespace coopflow::engine {

// How long something took, in days, over n occurrences.
struct Durations {
  long n = 0;
  double median_days = 0;
  double p90_days = 0;
};

// The office dashboard: every figure computed from the cases' journals.
struct OfficeStats {
  std::string year;      // "" for all years (of the request's arrival)
  std::string workflow;  // "" for all
  long cases = 0;
  std::map<std::string, long> by_state;
  std::map<std::string, long> by_country;
  std::map<std::string, long> by_requester_type;
  std::map<std::string, long> by_partner;
  std::map<std::string, long> decisions;           // by decision event, plus withdraw
  std::map<std::string, Durations> stage_days;     // time spent in each stage (stays that ended)
  std::map<std::string, Durations> turnaround;     // by decision: from the version it decides on
  std::map<std::string, long> activities_by_year;  // delivered activities, by the year they began
  std::map<std::string, long> participants_by_year;
};

}  // namespace coopflow::engine
