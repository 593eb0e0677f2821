#include "case_numbering.h"

#include <charconv>
#include <cstdio>

namespace coopflow::engine::detail {

std::string case_id_for(const std::string& prefix, int year, std::int64_t number) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%s-%04d-%04lld", prefix.c_str(), year,
                static_cast<long long>(number));
  return buf;
}

std::optional<CaseNumber> parse_case_id(const std::string& id) {
  // verify asks this of every case: no temporary strings.
  const auto first = id.find('-');
  const auto second = first == std::string::npos ? first : id.find('-', first + 1);
  if (second == std::string::npos || second != first + 5) return std::nullopt;
  const std::size_t digits = id.size() - second - 1;
  if (digits < 4 || digits > 12) return std::nullopt;
  const char* begin = id.data();
  int year = 0;
  std::int64_t number = 0;
  const auto y = std::from_chars(begin + first + 1, begin + second, year);
  const auto n = std::from_chars(begin + second + 1, begin + id.size(), number);
  if (y.ec != std::errc() || y.ptr != begin + second || n.ec != std::errc() ||
      n.ptr != begin + id.size() || id[first + 1] == '-' || id[second + 1] == '-' ||
      id[first + 1] == '+' || id[second + 1] == '+') {
    return std::nullopt;
  }
  // Only the form case_id_for writes: four digits of number at least, no
  // leading zero beyond them.
  if (digits > 4 && id[second + 1] == '0') return std::nullopt;
  return CaseNumber{id.substr(0, first), year, number};
}

}  // namespace coopflow::engine::detail
