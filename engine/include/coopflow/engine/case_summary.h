#pragma once

#include <cstdint>
#include <string>

namespace coopflow::engine {

// A case as a list shows it: its request's columns and where it stands now.
// Everything in it is stated by the case's journal.
struct CaseSummary {
  std::string id;
  std::string workflow;
  int workflow_version = 0;
  std::string state;
  std::string subject;
  std::string requester;
  std::string countries;  // comma-separated ISO 3166-1 alpha-2
  std::string received;   // YYYY-MM-DD
  std::string opened_at;
  std::string opened_by;
  std::string updated_at;
  std::int64_t last_seq = 0;
  std::string head_hash;
};

}  // namespace coopflow::engine
