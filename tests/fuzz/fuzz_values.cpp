// libFuzzer: the value parsers (amounts, dates, currency and country codes,
// UTF-8 text). Each must accept or throw ValidationError, never crash, and
// what it accepts must be what it says.
#include <cstdint>
#include <string>

#include "coopflow/engine/errors.h"
#include "coopflow/engine/values.h"

using namespace coopflow::engine;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const int selector = data[0] % 5;
  const std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
  try {
    switch (selector) {
      case 0: {
        const int digits = text.empty() ? 2 : static_cast<unsigned char>(text[0]) % 5;
        const std::int64_t minor = parse_amount("budget", text, digits);
        if (minor < 0) __builtin_trap();
        if (parse_amount("budget", format_amount(minor, digits), digits) != minor) __builtin_trap();
        break;
      }
      case 1:
        if (parse_date("from", text).size() != 10) __builtin_trap();
        break;
      case 2: {
        const int digits = currency_minor_digits("currency", text);
        if (digits < 0 || digits > 4 || text.size() != 3) __builtin_trap();
        break;
      }
      case 3:
        for (const auto& c : parse_country_list("country", text)) {
          if (c.size() != 2) __builtin_trap();
        }
        break;
      default:
        if (check_text("context", text) != text || !is_valid_utf8(text)) __builtin_trap();
        break;
    }
  } catch (const ValidationError& e) {
    // A refusal must be one printable line.
    const std::string m = e.what();
    if (m.empty() || m.find('\n') != std::string::npos) __builtin_trap();
  }
  return 0;
}
