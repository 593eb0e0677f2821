#include "coopflow/web/i18n.h"

#include <unicode/numberformatter.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <boost/locale/gnu_gettext.hpp>
#include <boost/locale/message.hpp>
#include <cstdlib>
#include <cstring>
#include <locale>
#include <mutex>
#include <unordered_map>
#include <vector>

#include "catalogs.h"
#include "coopflow/engine/errors.h"

namespace coopflow::web {
namespace {

// A catalog as a std::locale whose messages facet reads the .mo the build
// compiled into the binary.
std::locale catalog(const char* language, const unsigned char* mo, std::size_t size) {
  boost::locale::gnu_gettext::messages_info info;
  info.language = language;
  info.encoding = "UTF-8";
  info.domains.emplace_back("coopflow");
  info.paths.emplace_back("/");
  info.callback = [mo, size](const std::string&, const std::string&) {
    const auto* bytes = reinterpret_cast<const char*>(mo);
    return std::vector<char>(bytes, bytes + size);
  };
  return std::locale(std::locale::classic(),
                     boost::locale::gnu_gettext::create_messages_facet<char>(info));
}

const std::locale& french() {
  static const std::locale loc = catalog("fr", kCatalogFr, kCatalogFrSize);
  return loc;
}

// The codes the pages show, as English words.
const std::locale& english_words() {
  static const std::locale loc = catalog("en", kCatalogEn, kCatalogEnSize);
  return loc;
}

bool starts_with_fr(const char* value) {
  return value != nullptr && value[0] == 'f' && value[1] == 'r' &&
         (value[2] == '\0' || value[2] == '_' || value[2] == '.' || value[2] == '-');
}

std::string said(Lang lang, const engine::Message& m, engine::Reader reader) {
  if (lang == Lang::kEn && reader == engine::Reader::kBrowser) {
    // The msgids are the English; the codes in the message become words.
    return m.render([](const std::string& msgid) { return translate_on_web(Lang::kEn, msgid); },
                    [](const char* one, const char* many, long long n) -> std::string {
                      return n == 1 ? one : many;
                    },
                    reader);
  }
  if (lang == Lang::kEn) return m.english(reader);
  return m.render([](const std::string& msgid) { return translate(Lang::kFr, msgid); },
                  [](const char* one, const char* many, long long n) -> std::string {
                    // The plural rules only tell small counts apart.
                    const int count = static_cast<int>(std::min<long long>(n, 1000000));
                    return boost::locale::translate(one, many, count).str(french());
                  },
                  reader);
}

std::string utf8(const icu::number::FormattedNumber& number, UErrorCode& status) {
  std::string out;
  number.toString(status).toUTF8String(out);
  return out;
}

// French as Québec writes it, English as Canada does (the offices this is
// for), with decimals digits after the separator.
icu::number::LocalizedNumberFormatter number_format(Lang lang, int decimals) {
  return icu::number::NumberFormatter::withLocale(lang == Lang::kFr ? icu::Locale("fr", "CA")
                                                                    : icu::Locale("en", "CA"))
      .precision(icu::number::Precision::fixedFraction(decimals));
}

// number_format's, made once per language for the decimals currencies have
// (0 to 3): a formatter loads its locale's data, and formatting with one is
// thread-safe.
constexpr int kKeptDecimals = 4;

const icu::number::LocalizedNumberFormatter& kept_format(Lang lang, int decimals) {
  static const auto made = [] {
    std::vector<icu::number::LocalizedNumberFormatter> out;
    for (const Lang l : {Lang::kEn, Lang::kFr}) {
      for (int d = 0; d < kKeptDecimals; ++d) out.push_back(number_format(l, d));
    }
    return out;
  }();
  const int index = (lang == Lang::kFr ? kKeptDecimals : 0) + decimals;
  return made[static_cast<std::size_t>(index)];
}

// Formats with the kept formatter where there is one, else a new one.
template <typename Format>
std::string formatted(Lang lang, int decimals, Format format, UErrorCode& status) {
  if (decimals >= 0 && decimals < kKeptDecimals) {
    return utf8(format(kept_format(lang, decimals)), status);
  }
  return utf8(format(number_format(lang, decimals)), status);
}

}  // namespace

std::string amount_in(Lang lang, const std::string& decimal, const std::string& currency) {
  const std::size_t point = decimal.find('.');
  const int decimals =
      point == std::string::npos ? 0 : static_cast<int>(decimal.size() - point - 1);
  UErrorCode status = U_ZERO_ERROR;
  const icu::StringPiece digits(decimal.data(), static_cast<int32_t>(decimal.size()));
  const std::string number = formatted(
      lang, decimals,
      [&](const icu::number::LocalizedNumberFormatter& f) {
        return f.formatDecimal(digits, status);
      },
      status);
  // Not a decimal ICU reads (never one format_amount writes): as given.
  return (U_FAILURE(status) ? decimal : number) + "\u00a0" + currency;
}

std::string count_in(Lang lang, long long n) {
  UErrorCode status = U_ZERO_ERROR;
  const std::string out = formatted(
      lang, 0,
      [&](const icu::number::LocalizedNumberFormatter& f) { return f.formatInt(n, status); },
      status);
  return U_FAILURE(status) ? std::to_string(n) : out;
}

std::string decimal_in(Lang lang, double value, int decimals) {
  UErrorCode status = U_ZERO_ERROR;
  const std::string out = formatted(
      lang, decimals,
      [&](const icu::number::LocalizedNumberFormatter& f) { return f.formatDouble(value, status); },
      status);
  return U_FAILURE(status) ? std::to_string(value) : out;
}

namespace {

// A catalog's answer, remembered by each thread (a page asks for the same
// few hundred texts again and again; a look-up through the locale costs more
// than a hash). Bounded: texts that are not msgids (values read from an
// edited database) stop being remembered past kRemembered.
// context: gettext's msgctxt, or null.
const std::string& looked_up(const std::locale& catalog, const char* msgid,
                             const char* context = nullptr) {
  constexpr std::size_t kRemembered = 4096;
  thread_local std::unordered_map<const std::locale*, std::unordered_map<std::string, std::string>>
      answers;
  auto& mine = answers[&catalog];
  // gettext's own key for a msgid in a context: the two joined by EOT.
  const std::string key = context == nullptr ? msgid : std::string(context) + '\004' + msgid;
  const auto it = mine.find(key);
  if (it != mine.end()) return it->second;
  std::string answer = context == nullptr ? boost::locale::translate(msgid).str(catalog)
                                          : boost::locale::translate(context, msgid).str(catalog);
  if (mine.size() >= kRemembered) {
    thread_local std::string last;
    last = std::move(answer);
    return last;
  }
  return mine.emplace(key, std::move(answer)).first->second;
}

}  // namespace

std::string translate(Lang lang, const char* msgid) {
  if (lang == Lang::kEn || *msgid == '\0') return msgid;  // "" is the catalog's header
  return looked_up(french(), msgid);
}

std::string translate_on_web(Lang lang, const char* msgid) {
  if (lang == Lang::kFr || *msgid == '\0') return translate(lang, msgid);
  // en.po holds codes, which have no space: a sentence is its own English,
  // found without a look-up (a page says dozens).
  if (std::strchr(msgid, ' ') != nullptr) return msgid;
  return looked_up(english_words(), msgid);
}

std::string code_named(Lang lang, const std::vector<std::string>& codes, const std::string& typed) {
  const icu::UnicodeString wanted = icu::UnicodeString::fromUTF8(typed);
  const auto same = [&wanted](const std::string& name) {
    return wanted.caseCompare(icu::UnicodeString::fromUTF8(name), U_FOLD_CASE_DEFAULT) == 0;
  };
  for (const auto& code : codes) {
    if (typed == code) return code;
  }
  for (const auto& code : codes) {
    if (same(code) || same(translate_on_web(lang, code)) ||
        same(translate_on_web(Lang::kEn, code))) {
      return code;
    }
  }
  return typed;
}

std::string recorded_on_web(Lang lang, const std::string& event) {
  const std::string& said =
      looked_up(lang == Lang::kFr ? french() : english_words(), event.c_str(), kRecorded);
  return said == event ? translate_on_web(lang, event) : said;
}

std::string said_in(Lang lang, const engine::Message& m) {
  return said(lang, m, engine::Reader::kCommandLine);
}

std::string said_in(Lang lang, const std::exception& error) {
  return said_in(lang, engine::message_of(error));
}

std::string said_on_web(Lang lang, const engine::Message& m) {
  return said(lang, m, engine::Reader::kBrowser);
}

std::string said_on_web(Lang lang, const std::exception& error) {
  return said_on_web(lang, engine::message_of(error));
}

const char* lang_code(Lang lang) { return lang == Lang::kFr ? "fr" : "en"; }

std::string before_colon(Lang lang, std::string label) {
  if (lang == Lang::kFr) label += ' ';
  return label;
}

std::string program_prefix(Lang lang) { return before_colon(lang, "coopflow") + ": "; }

Lang page_lang(const std::string& query_choice, const std::string& cookie,
               const std::string& accept_language) {
  for (const std::string* chosen : {&query_choice, &cookie}) {
    if (*chosen == "fr") return Lang::kFr;
    if (*chosen == "en") return Lang::kEn;
  }
  // The first of fr or en the browser lists; q-values aside, browsers list by preference.
  const auto fr = accept_language.find("fr");
  const auto en = accept_language.find("en");
  return fr != std::string::npos && (en == std::string::npos || fr < en) ? Lang::kFr : Lang::kEn;
}

Lang environment_lang() {
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(name);
    if (value != nullptr && *value != '\0') return starts_with_fr(value) ? Lang::kFr : Lang::kEn;
  }
  return Lang::kEn;
}

}  // namespace coopflow::web
