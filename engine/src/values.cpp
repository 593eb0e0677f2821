#include "coopflow/engine/values.h"

#include <algorithm>
#include <cstring>
#include <ctime>
#include <set>
#include <vector>

#include "coopflow/engine/errors.h"
#include "iso_tables.h"

namespace coopflow::engine {
namespace {

bool all_digits(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int days_in_month(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

// A user's value as an error message shows it, cut short so that the message
// stays one line; quoted by the message in the browser (« » in French), by
// shown() on the command line.
std::string clipped(const std::string& text) {
  std::string out;
  for (char c : text.substr(0, 40)) out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  if (!is_valid_utf8(out)) out = "(not valid UTF-8)";
  return out + (text.size() > 40 ? "..." : "");
}

std::string shown(const std::string& text) { return "'" + clipped(text) + "'"; }

// text, the value of field, refused: on the command line as it was typed
// (cli: "{1}={2} ..."), in the browser under the field's name (web: "{1}:
// '{2}' ...", or that it is required where the form's input was left empty);
// more fills {3} on.
ValidationError refused(const std::string& field, const std::string& text, const char* cli,
                        const char* web, const std::vector<Term>& more = {}) {
  std::vector<Term> typed = {field, shown(text)};
  std::vector<Term> named = {word(field), clipped(text)};
  typed.insert(typed.end(), more.begin(), more.end());
  named.insert(named.end(), more.begin(), more.end());
  Message in_browser =
      text.empty() ? Message("{1}: a value is required", {word(field)}) : Message(web, named);
  return saying<ValidationError>(Message(cli, typed).in_browser(std::move(in_browser)), field);
}

}  // namespace

std::string parse_date(const std::string& field, const std::string& text) {
  const auto fail = [&](const char* why) {
    return refused(
        field, text, N_("{1}={2} is not a valid date ({3}); use YYYY-MM-DD, e.g. 2010-11-28"),
        N_("{1}: '{2}' is not a valid date ({3}); use YYYY-MM-DD, e.g. 2010-11-28"), {word(why)});
  };
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') throw fail(N_("wrong format"));
  const std::string y = text.substr(0, 4), m = text.substr(5, 2), d = text.substr(8, 2);
  if (!all_digits(y) || !all_digits(m) || !all_digits(d)) throw fail(N_("wrong format"));
  const int year = std::stoi(y), month = std::stoi(m), day = std::stoi(d);
  if (year < 1900 || year > 2200) throw fail(N_("year out of range 1900-2200"));
  if (month < 1 || month > 12) throw fail(N_("no such month"));
  if (day < 1 || day > days_in_month(year, month)) throw fail(N_("no such day in that month"));
  return text;
}

int parse_year(const std::string& field, const std::string& text) {
  if (text.size() != 4 || !all_digits(text) || text < "1900" || text > "2200") {
    throw saying<ValidationError>(
        Message("{1} {2} is not a year; give YYYY from 1900 to 2200, e.g. 2010",
                {word(field), shown(text)}),
        field);
  }
  return std::stoi(text);
}

int currency_minor_digits(const std::string& field, const std::string& code) {
  const auto& table = detail::kCurrencyCodes;
  const auto it = std::lower_bound(table.begin(), table.end(), code,
                                   [](const detail::CurrencyCode& c, const std::string& key) {
                                     return key.compare(c.code) > 0;
                                   });
  if (it == table.end() || code != it->code) {
    throw refused(field, code,
                  N_("{1}={2} is not an ISO 4217 currency code; use e.g. CAD, EUR, XOF"),
                  N_("{1}: '{2}' is not an ISO 4217 currency code; use e.g. CAD, EUR, XOF"));
  }
  return it->minor_digits;
}

// The whole part of an amount without the spaces that group its digits by
// three, as French writes "48 500" (a space, a no-break or a narrow no-break
// space between groups); as given if it has none; "?" (no number) if its
// groups are not a first of one to three digits and then groups of three.
std::string ungrouped(const std::string& whole) {
  std::vector<std::string> groups(1);
  for (std::size_t i = 0; i < whole.size();) {
    std::size_t width = 0;
    if (whole[i] == ' ') {
      width = 1;
    } else if (whole.compare(i, 2, "\u00a0") == 0) {
      width = 2;
    } else if (whole.compare(i, 3, "\u202f") == 0) {
      width = 3;
    }
    if (width == 0) {
      groups.back() += whole[i++];
    } else {
      groups.emplace_back();
      i += width;
    }
  }
  if (groups.size() == 1) return whole;
  std::string out;
  for (std::size_t g = 0; g < groups.size(); ++g) {
    const std::size_t size = groups[g].size();
    if (g == 0 ? size < 1 || size > 3 : size != 3) return "?";
    out += groups[g];
  }
  return out;
}

std::int64_t parse_amount(const std::string& field, const std::string& text, int minor_digits) {
  const auto fail = [&](const Term& why) {
    return refused(
        field, text,
        N_("{1}={2} is not a valid amount ({3}); use a non-negative decimal like 12500.00"),
        N_("{1}: '{2}' is not a valid amount ({3}); use a non-negative decimal like 12500.00"),
        {why});
  };
  if (!text.empty() && text[0] == '-') throw fail(word(N_("negative")));
  // A decimal comma, as French writes it ("48 500,50"), when there is no
  // point; never before three digits: "1,500" is fifteen hundred in English.
  // Spaces may group the digits before it (ungrouped).
  const auto comma = text.find(',');
  const bool decimal_comma = text.find('.') == std::string::npos && comma != std::string::npos &&
                             text.size() - comma - 1 >= 1 && text.size() - comma - 1 <= 2;
  const auto dot = decimal_comma ? comma : text.find('.');
  const std::string whole = ungrouped(text.substr(0, dot));
  const std::string frac = dot == std::string::npos ? "" : text.substr(dot + 1);
  if (!all_digits(whole) || (dot != std::string::npos && !all_digits(frac))) {
    throw fail(word(N_("not a number")));
  }
  if (frac.size() > static_cast<std::size_t>(minor_digits)) {
    throw refused(field, text,
                  N_("{1}={2} is not a valid amount (more than {3} decimals for this currency); "
                     "use a non-negative decimal like 12500.00"),
                  N_("{1}: '{2}' is not a valid amount (more than {3} decimals for this "
                     "currency); use a non-negative decimal like 12500.00"),
                  {std::to_string(minor_digits)});
  }
  const std::string digits =
      whole + frac + std::string(static_cast<std::size_t>(minor_digits) - frac.size(), '0');
  const auto first = digits.find_first_not_of('0');
  if (first != std::string::npos && digits.size() - first > 15) throw fail(word(N_("too large")));
  return first == std::string::npos ? 0 : std::stoll(digits.substr(first));
}

std::string format_amount(std::int64_t minor_units, int minor_digits) {
  std::string digits = std::to_string(minor_units < 0 ? -minor_units : minor_units);
  const auto width = static_cast<std::size_t>(minor_digits) + 1;
  if (digits.size() < width) digits.insert(0, width - digits.size(), '0');
  if (minor_digits > 0) digits.insert(digits.size() - static_cast<std::size_t>(minor_digits), ".");
  return (minor_units < 0 ? "-" : "") + digits;
}

std::string parse_country(const std::string& field, const std::string& code) {
  const auto& table = detail::kCountryCodes;
  // Length first: strcmp would stop at an embedded NUL and accept "CD\0\0".
  const bool found =
      code.size() == 2 &&
      std::binary_search(table.begin(), table.end(), code.c_str(),
                         [](const char* a, const char* b) { return std::strcmp(a, b) < 0; });
  if (!found) {
    throw refused(field, code,
                  N_("{1}={2} is not an ISO 3166-1 alpha-2 country code; use e.g. CI, HT, ML"),
                  N_("{1}: '{2}' is not an ISO 3166-1 alpha-2 country code; use e.g. CI, HT, ML"));
  }
  return code;
}

std::string country_name(const std::string& code, bool french) {
  const auto& table = detail::kCountryNames;
  const auto it = std::lower_bound(
      table.begin(), table.end(), code,
      [](const detail::CountryName& c, const std::string& key) { return key.compare(c.code) > 0; });
  if (it == table.end() || code != it->code) return code;
  return french ? it->fr : it->en;
}

std::vector<std::string> parse_country_list(const std::string& field, const std::string& text) {
  std::vector<std::string> out;
  std::set<std::string> seen;
  std::size_t start = 0;
  while (true) {
    const auto comma = text.find(',', start);
    const std::string code =
        text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    parse_country(field, code);
    if (!seen.insert(code).second) {
      throw saying<ValidationError>(
          Message("{1} lists {2} twice; name each country once", {word(field), code}), field);
    }
    out.push_back(code);
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return out;
}

long next_code_point(const std::string& text, std::size_t& i) {
  const std::size_t n = text.size();
  const auto c = static_cast<unsigned char>(text[i]);
  std::size_t len = 0;
  std::uint32_t cp = 0;
  if (c < 0x80) {
    ++i;
    return c;
  }
  if ((c & 0xE0) == 0xC0) {
    len = 2;
    cp = c & 0x1Fu;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3;
    cp = c & 0x0Fu;
  } else if ((c & 0xF8) == 0xF0) {
    len = 4;
    cp = c & 0x07u;
  } else {
    ++i;
    return -1;
  }
  if (i + len > n) {
    ++i;
    return -1;
  }
  for (std::size_t k = 1; k < len; ++k) {
    const auto cc = static_cast<unsigned char>(text[i + k]);
    if ((cc & 0xC0) != 0x80) {
      ++i;
      return -1;
    }
    cp = (cp << 6) | (cc & 0x3Fu);
  }
  // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
  if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
      (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
    ++i;
    return -1;
  }
  i += len;
  return static_cast<long>(cp);
}

bool is_valid_utf8(const std::string& text) {
  for (std::size_t i = 0; i < text.size();) {
    if (next_code_point(text, i) < 0) return false;
  }
  return true;
}

namespace {

// Code points that show nothing: white space of every kind, zero-width and
// other invisible format characters, variation selectors, fillers, tags.
bool is_invisible(long cp) {
  static const std::pair<long, long> kRanges[] = {
      {0x0000, 0x0020}, {0x007F, 0x00A0},   {0x00AD, 0x00AD},  {0x034F, 0x034F}, {0x061C, 0x061C},
      {0x115F, 0x1160}, {0x1680, 0x1680},   {0x180B, 0x180E},  {0x2000, 0x200F}, {0x2028, 0x202F},
      {0x205F, 0x206F}, {0x3000, 0x3000},   {0x3164, 0x3164},  {0xFE00, 0xFE0F}, {0xFEFF, 0xFEFF},
      {0xFFA0, 0xFFA0}, {0x1D173, 0x1D17A}, {0xE0000, 0xE0FFF}};
  for (const auto& [low, high] : kRanges) {
    if (cp >= low && cp <= high) return true;
  }
  return false;
}

}  // namespace

bool is_blank(const std::string& text) {
  for (std::size_t i = 0; i < text.size();) {
    const long cp = next_code_point(text, i);
    if (cp < 0 || !is_invisible(cp)) return false;
  }
  return true;
}

std::int64_t parse_count(const std::string& field, const std::string& text, std::int64_t max) {
  if (!all_digits(text) || text.size() > 18 || std::stoll(text) > max) {
    throw refused(field, text, N_("{1}={2} is not a count; give a whole number from 0 to {3}"),
                  N_("{1}: '{2}' is not a count; give a whole number from 0 to {3}"),
                  {std::to_string(max)});
  }
  return std::stoll(text);
}

std::string join(const std::vector<std::string>& items, const std::string& sep) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : sep) + i;
  return out;
}

std::string check_text(const std::string& field, const std::string& text) {
  if (text.size() > kMaxValueBytes) {
    throw saying<ValidationError>(
        Message("{1} is {2} bytes, over the 64 KiB limit; shorten it or attach a summary",
                {word(field), std::to_string(text.size())}),
        field);
  }
  if (!is_valid_utf8(text)) {
    throw saying<ValidationError>(
        Message("{1} is not valid UTF-8; save the text as UTF-8 and retry", {word(field)}), field);
  }
  if (text.find('\0') != std::string::npos) {
    throw saying<ValidationError>(Message("{1} contains a NUL byte; remove it", {word(field)}),
                                  field);
  }
  return text;
}

namespace {

std::time_t utc_midnight(const std::string& date, int plus_days) {
  std::tm tm{};
  tm.tm_year = std::stoi(date.substr(0, 4)) - 1900;
  tm.tm_mon = std::stoi(date.substr(5, 2)) - 1;
  tm.tm_mday = std::stoi(date.substr(8, 2)) + plus_days;
  return ::timegm(&tm);
}

}  // namespace

std::string add_days(const std::string& date, int days) {
  const std::time_t t = utc_midnight(date, days);
  std::tm out{};
  ::gmtime_r(&t, &out);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &out);
  return buf;
}

long days_between(const std::string& from, const std::string& to) {
  return static_cast<long>((utc_midnight(to, 0) - utc_midnight(from, 0)) / 86400);
}

}  // namespace coopflow::engine
