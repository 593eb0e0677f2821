#pragma once

#include <array>

namespace coopflow::engine::detail {

struct CurrencyCode {
  const char* code;
  int minor_digits;
};

// Sorted, so that lookups can binary-search.
extern const std::array<const char*, 249> kCountryCodes;
extern const std::array<CurrencyCode, 162> kCurrencyCodes;

}  // namespace coopflow::engine::detail
