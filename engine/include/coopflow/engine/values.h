#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

// Parsers for the values users type. Each returns the canonical form or throws
// ValidationError naming the field and saying what a valid value looks like.
// All are pure functions, safe from any thread.
namespace coopflow::engine {

// The largest value accepted for any field, in bytes.
constexpr std::size_t kMaxValueBytes = std::size_t{64} * 1024;

// A calendar date, YYYY-MM-DD, that exists (no 2023-02-29). Returns it unchanged.
std::string parse_date(const std::string& field, const std::string& text);
// A year a date can have (YYYY, 1900-2200), as a number.
int parse_year(const std::string& field, const std::string& text);

// date + days (may be negative), both YYYY-MM-DD, in the proleptic Gregorian
// calendar. date must be a valid date (parse_date's).
std::string add_days(const std::string& date, int days);
// Whole days from `from` to `to` (both YYYY-MM-DD): negative if to is earlier.
long days_between(const std::string& from, const std::string& to);

// ISO 4217 code in upper case ("CAD"); returns its number of minor digits.
int currency_minor_digits(const std::string& field, const std::string& code);

// A non-negative decimal amount with at most minor_digits decimals, returned in
// integer minor units ("1250.5" with 2 digits gives 125050; "1250,5" too, the
// decimal comma of French, before one or two digits). Never floating point.
std::int64_t parse_amount(const std::string& field, const std::string& text, int minor_digits);
std::string format_amount(std::int64_t minor_units, int minor_digits);

// One ISO 3166-1 alpha-2 code, upper case ("CI").
std::string parse_country(const std::string& field, const std::string& code);
// The country's short name as a sentence says it ("the Democratic Republic
// of the Congo"), in English or, with french, in French; the code itself if
// it is not one.
std::string country_name(const std::string& code, bool french = false);
// A comma-separated list of them ("CD,CI"); at least one, no duplicates.
std::vector<std::string> parse_country_list(const std::string& field, const std::string& text);

// Valid UTF-8 without NUL, at most kMaxValueBytes. Returns it unchanged.
std::string check_text(const std::string& field, const std::string& text);
bool is_valid_utf8(const std::string& text);
// The code point of the UTF-8 sequence at text[i], advancing i past it; for a
// byte that starts no valid sequence, -1, advancing i by one byte.
long next_code_point(const std::string& text, std::size_t& i);

// Whether text shows nothing: only spaces of any kind (including no-break
// spaces), zero-width and other invisible format characters, and controls.
bool is_blank(const std::string& text);

// A count of things (people): digits only, 0 to max.
std::int64_t parse_count(const std::string& field, const std::string& text, std::int64_t max);

// items joined by sep, for messages and tables: join({"a", "b"}, ", ") is "a, b".
std::string join(const std::vector<std::string>& items, const std::string& sep);

}  // namespace coopflow::engine
