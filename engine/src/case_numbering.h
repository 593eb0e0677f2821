#pragma once

// Internal to the engine: how cases are numbered, PREFIX-YYYY-NNNN, where
// YYYY is the year the request was received and NNNN counts per prefix and
// year from 1, without gaps.
#include <cstdint>
#include <optional>
#include <string>

namespace coopflow::engine::detail {

struct CaseNumber {
  std::string prefix;
  int year = 0;
  std::int64_t number = 0;
};

std::string case_id_for(const std::string& prefix, int year, std::int64_t number);
// The parts of a well-formed case id, or nothing.
std::optional<CaseNumber> parse_case_id(const std::string& id);

}  // namespace coopflow::engine::detail
