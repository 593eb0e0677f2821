#pragma once

#include <array>

namespace coopflow::engine::detail {

struct CurrencyCode {
  const char* code;
  int minor_digits;
};

// A country's short name as a sentence says it, in English and French.
struct CountryName {
  const char* code;
  const char* en;
  const char* fr;
};

// Sorted, so that lookups can binary-search.
extern const std::array<const char*, 249> kCountryCodes;
extern const std::array<CurrencyCode, 162> kCurrencyCodes;
extern const std::array<CountryName, 249> kCountryNames;

}  // namespace coopflow::engine::detail
