#include "case_numbering.h"

#include <cstdio>

namespace coopflow::engine::detail {

std::string case_id_for(const std::string& prefix, int year, std::int64_t number) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%s-%04d-%04lld", prefix.c_str(), year,
                static_cast<long long>(number));
  return buf;
}

std::optional<CaseNumber> parse_case_id(const std::string& id) {
  const auto first = id.find('-');
  const auto second = first == std::string::npos ? first : id.find('-', first + 1);
  if (second == std::string::npos || second != first + 5 || id.size() - second - 1 < 4 ||
      id.size() - second - 1 > 12) {
    return std::nullopt;
  }
  const std::string year = id.substr(first + 1, 4), number = id.substr(second + 1);
  if (year.find_first_not_of("0123456789") != std::string::npos ||
      number.find_first_not_of("0123456789") != std::string::npos) {
    return std::nullopt;
  }
  CaseNumber out{id.substr(0, first), std::stoi(year), std::stoll(number)};
  if (case_id_for(out.prefix, out.year, out.number) != id) return std::nullopt;  // e.g. 00012
  return out;
}

}  // namespace coopflow::engine::detail
