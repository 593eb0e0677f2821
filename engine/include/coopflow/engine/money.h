#pragma once

#include <cstdint>
#include <string>

// Amounts of money (policy rule 4): integer minor units of an ISO 4217
// currency, never floating point, never converted without a configured rate.
namespace coopflow::engine {

struct Money {
  std::int64_t minor = 0;  // e.g. cents
  std::string currency;    // ISO 4217
  bool operator==(const Money& o) const { return minor == o.minor && currency == o.currency; }
};

// Decimals in an exchange rate (rate.FROM.TO): 1.37 is 1370000 millionths.
inline constexpr int kRateDigits = 6;

// "150000 CAD" or "150000.00 CAD": an amount, one space, a currency.
Money parse_money(const std::string& field, const std::string& text);
// "150000.00 CAD": the amount with its currency's decimals.
std::string format_money(const Money& money);
// money in currency `to`, at rate_micro millionths of `to` per unit of
// money's currency, rounded half up to `to`'s minor unit. Integer arithmetic.
Money convert(const Money& money, const std::string& to, std::int64_t rate_micro);

}  // namespace coopflow::engine
