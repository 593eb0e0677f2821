#include "coopflow/engine/values.h"

#include <boost/test/unit_test.hpp>

#include "coopflow/engine/errors.h"

using namespace coopflow::engine;

BOOST_AUTO_TEST_CASE(real_dates_are_accepted_as_typed) {
  BOOST_TEST(parse_date("from", "2010-11-28") == "2010-11-28");
  BOOST_TEST(parse_date("from", "2012-02-29") == "2012-02-29");
  BOOST_TEST(parse_date("from", "2000-02-29") == "2000-02-29");
}

BOOST_AUTO_TEST_CASE(impossible_or_malformed_dates_are_refused) {
  for (const char* bad :
       {"2023-02-29", "1900-02-29", "2010-13-01", "2010-00-10", "2010-04-31", "2010-4-01",
        "10-04-2010", "2010/04/01", "", "2010-04-01T00:00", "２０１０-04-01", "1899-12-31"}) {
    BOOST_CHECK_THROW(parse_date("from", bad), ValidationError);
  }
}

BOOST_AUTO_TEST_CASE(amounts_become_integer_minor_units_of_their_currency) {
  BOOST_TEST(parse_amount("budget", "48500.50", currency_minor_digits("currency", "CAD")) ==
             4850050);
  BOOST_TEST(parse_amount("budget", "48500", 2) == 4850000);
  BOOST_TEST(parse_amount("budget", "0.5", 2) == 50);
  BOOST_TEST(parse_amount("budget", "1500000", currency_minor_digits("currency", "XOF")) ==
             1500000);
  BOOST_TEST(parse_amount("budget", "12.345", currency_minor_digits("currency", "TND")) == 12345);
  BOOST_TEST(parse_amount("budget", "0", 2) == 0);
  // French writes a decimal comma: before one or two digits, it is one.
  BOOST_TEST(parse_amount("budget", "48500,50", 2) == 4850050);
  BOOST_TEST(parse_amount("budget", "12,5", 2) == 1250);
  // And groups its digits with spaces, as the pages write amounts back.
  BOOST_TEST(parse_amount("budget", "48 500,50", 2) == 4850050);
  BOOST_TEST(parse_amount("budget", "1\u00a0000\u202f000.00", 2) == 100000000);
}

BOOST_AUTO_TEST_CASE(negative_malformed_and_over_precise_amounts_are_refused) {
  // "1,500" would be fifteen hundred in English: a comma before three digits is refused.
  for (const char* bad : {"-1",        "-0.01",
                          "1.234",     "1,500",
                          "1,234.50",  "1.234,50",
                          "12,",       ",5,0",
                          "1e3",       "",
                          ".",         "1.",
                          "abc",       "+5",
                          " 5",        "5 ",
                          "0x10",      "1000000000000000",
                          "NaN",       "1 50",
                          "1  500",    "1234 567",
                          "12 345 67", "1 500 ,00",
                          "1 ,50",     "1\u00a0\u00a0500"}) {
    BOOST_CHECK_THROW(parse_amount("budget", bad, 2), ValidationError);
  }
  BOOST_CHECK_THROW(parse_amount("budget", "10.5", currency_minor_digits("currency", "XOF")),
                    ValidationError);
}

BOOST_AUTO_TEST_CASE(amounts_format_back_with_their_decimals) {
  BOOST_TEST(format_amount(4850050, 2) == "48500.50");
  BOOST_TEST(format_amount(5, 2) == "0.05");
  BOOST_TEST(format_amount(1500000, 0) == "1500000");
  BOOST_TEST(format_amount(12345, 3) == "12.345");
}

BOOST_AUTO_TEST_CASE(only_iso_4217_currencies_are_known) {
  BOOST_TEST(currency_minor_digits("currency", "EUR") == 2);
  BOOST_TEST(currency_minor_digits("currency", "JPY") == 0);
  for (const char* bad : {"cad", "CA", "CADD", "XXX", "XAU", "ABC", ""}) {
    BOOST_CHECK_THROW(currency_minor_digits("currency", bad), ValidationError);
  }
}

BOOST_AUTO_TEST_CASE(country_lists_take_iso_3166_codes_once_each) {
  BOOST_TEST(parse_country_list("country", "CI").size() == 1u);
  BOOST_TEST(parse_country_list("country", "CD,CG,HT").size() == 3u);
  for (const char* bad : {"ci", "XX", "CIV", "", "CI,", ",CI", "CI,CI", "CI, HT", "UK"}) {
    BOOST_CHECK_THROW(parse_country_list("country", bad), ValidationError);
  }
}

// Found by fuzz_values: the lookup compared C strings, so "CD" followed by NUL
// bytes passed as "CD".
BOOST_AUTO_TEST_CASE(a_country_code_with_embedded_nul_bytes_is_refused) {
  BOOST_CHECK_THROW(parse_country("country", std::string("CD\0\0", 4)), ValidationError);
  BOOST_CHECK_THROW(currency_minor_digits("currency", std::string("XOF\0", 4)), ValidationError);
}

BOOST_AUTO_TEST_CASE(text_must_be_utf8_without_nul_and_at_most_64_kib) {
  BOOST_TEST(check_text("context", "Côte d'Ivoire, Québec") == "Côte d'Ivoire, Québec");
  BOOST_TEST(check_text("context", std::string(kMaxValueBytes, 'a')).size() == kMaxValueBytes);
  BOOST_CHECK_THROW(check_text("context", std::string(kMaxValueBytes + 1, 'a')), ValidationError);
  BOOST_CHECK_THROW(check_text("context", "C\xF4te"), ValidationError);           // Latin-1
  BOOST_CHECK_THROW(check_text("context", "\xC0\xAF"), ValidationError);          // overlong
  BOOST_CHECK_THROW(check_text("context", "\xED\xA0\x80"), ValidationError);      // surrogate
  BOOST_CHECK_THROW(check_text("context", "\xF4\x90\x80\x80"), ValidationError);  // > U+10FFFF
  BOOST_CHECK_THROW(check_text("context", std::string("a\0b", 3)), ValidationError);
}
