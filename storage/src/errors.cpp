#include "coopflow/storage/errors.h"

namespace coopflow::storage {

std::string fill_places(const std::string& pattern, const std::vector<std::string>& args) {
  std::string out;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const bool place = pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 1] >= '1' &&
                       pattern[i + 1] <= '9' && pattern[i + 2] == '}';
    if (!place) {
      out += pattern[i];
      continue;
    }
    const auto n = static_cast<std::size_t>(pattern[i + 1] - '1');
    if (n < args.size()) out += args[n];
    i += 2;
  }
  return out;
}

}  // namespace coopflow::storage
