#include "coopflow/engine/money.h"

#include <boost/multiprecision/cpp_int.hpp>
#include <cstdint>

#include "coopflow/engine/errors.h"
#include "coopflow/engine/values.h"

namespace coopflow::engine {

Money parse_money(const std::string& field, const std::string& text) {
  const auto space = text.rfind(' ');
  if (space == std::string::npos) {
    throw saying<ValidationError>(Message("'{1}' is not AMOUNT CURRENCY, e.g. 150000.00 CAD",
                                          {check_text(field, text).substr(0, 40)}),
                                  field);
  }
  Money m;
  m.currency = text.substr(space + 1);
  m.minor = parse_amount(field, text.substr(0, space), currency_minor_digits(field, m.currency));
  return m;
}

std::string format_money(const Money& money) {
  return format_amount(money.minor, currency_minor_digits("currency", money.currency)) + " " +
         money.currency;
}

Money convert(const Money& money, const std::string& to, std::int64_t rate_micro) {
  const int from_digits = currency_minor_digits("currency", money.currency);
  const int to_digits = currency_minor_digits("currency", to);
  using Wide = boost::multiprecision::int128_t;  // amount × rate × 10^digits overflows 64 bits
  Wide numerator = Wide(money.minor) * rate_micro;
  Wide denominator = 1000000;
  for (int i = 0; i < to_digits; ++i) numerator *= 10;
  for (int i = 0; i < from_digits; ++i) denominator *= 10;
  const Wide converted = (numerator + denominator / 2) / denominator;
  if (converted > Wide(INT64_MAX)) {
    throw saying<ValidationError>(Message("the converted amount is too large"), "amount");
  }
  return {converted.convert_to<std::int64_t>(), to};
}

}  // namespace coopflow::engine
