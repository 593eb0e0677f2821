#pragma once

#include <string>

// French and English: every text a user reads goes through translate(), its
// English text the gettext msgid of web/po/fr.po (compiled by msgfmt at build
// time and carried in the binary, read through Boost.Locale).
namespace coopflow::web {

enum class Lang { kEn, kFr };

// Marks a message for the catalog where it is not translated at once (a
// table of texts chosen later); the string itself.
#define N_(msgid) msgid

// msgid in lang; the msgid itself in English or when the catalog lacks it
// (a test fails when it does).
std::string translate(Lang lang, const char* msgid);
inline std::string translate(Lang lang, const std::string& msgid) {
  return translate(lang, msgid.c_str());
}

// "en" or "fr".
const char* lang_code(Lang lang);
// The language a page is in: a choice made with ?lang= (then kept in a
// cookie), else that cookie, else the browser's Accept-Language (the first of
// fr or en it prefers), else English.
Lang page_lang(const std::string& query_choice, const std::string& cookie,
               const std::string& accept_language);
// The CLI's: LC_ALL, else LC_MESSAGES, else LANG starting with "fr".
Lang environment_lang();

}  // namespace coopflow::web
