#pragma once

#include <exception>
#include <string>
#include <vector>

#include "coopflow/engine/message.h"

// French and English: every text a user reads goes through translate(), its
// English text the gettext msgid of web/po/fr.po (compiled by msgfmt at build
// time and carried in the binary, read through Boost.Locale). The pages and
// the CLI both say things through here.
namespace coopflow::web {

enum class Lang { kEn, kFr };

// msgid in lang; the msgid itself in English or when the catalog lacks it
// (a test fails when it does).
std::string translate(Lang lang, const char* msgid);
inline std::string translate(Lang lang, const std::string& msgid) {
  return translate(lang, msgid.c_str());
}

// msgid as the pages and the API's messages say it: in French, translate();
// in English, a code the workflows declare (an event, a state, a choice) in
// words ("approve-plan": "approve the plan", web/po/en.po), and any other
// text as it is. The command line keeps the codes, which its users type.
std::string translate_on_web(Lang lang, const char* msgid);
inline std::string translate_on_web(Lang lang, const std::string& msgid) {
  return translate_on_web(lang, msgid.c_str());
}

// The code among codes that typed names, as a user may type a code they read
// in lang: the code itself, its words in lang ("Reçu" for Received) or in
// English ("plan review"), each whatever its letters' case; typed itself if
// it names none.
std::string code_named(Lang lang, const std::vector<std::string>& codes, const std::string& typed);

// The catalogs' msgctxt for what an entry of an event did, as a case's
// timeline says it.
constexpr const char* kRecorded = "recorded";
// What a journal entry of event did, as a case's timeline says it ("Plan
// approuvé", "Plan approved"): the catalogs' entry for event in context
// kRecorded, else the event as translate_on_web() says it.
std::string recorded_on_web(Lang lang, const std::string& event);

// What error says, in lang, on the command line: the engine's message where
// the error carries one (its words translated too), else its English what().
std::string said_in(Lang lang, const std::exception& error);
// m in lang, on the command line.
std::string said_in(Lang lang, const engine::Message& m);
// The same for a reader in the browser (the pages, the API): where a message
// has its browser wording, that one (no command to type there).
std::string said_on_web(Lang lang, const std::exception& error);
std::string said_on_web(Lang lang, const engine::Message& m);

// An amount as lang writes it, from its decimal text and currency code:
// digits grouped by ICU's rules for Canada, French's decimal comma, the code
// after a no-break space ("48 500,50 CAD", "48,500.50 CAD").
std::string amount_in(Lang lang, const std::string& decimal, const std::string& currency);
// A count as lang writes it ("1 000 000", "1,000,000").
std::string count_in(Lang lang, long long n);
// A measure with this many decimals, as lang writes it ("12,5", "12.5").
std::string decimal_in(Lang lang, double value, int decimals);

// "en" or "fr".
const char* lang_code(Lang lang);
// label as it stands before a colon: in French with the space French
// typography puts there ("Utilisation :").
std::string before_colon(Lang lang, std::string label);
// What starts coopflow's lines on stderr: "coopflow: ", in French "coopflow : ".
std::string program_prefix(Lang lang);
// The language a page is in: a choice made with ?lang= (then kept in a
// cookie), else that cookie, else the browser's Accept-Language (the first of
// fr or en it prefers), else English.
Lang page_lang(const std::string& query_choice, const std::string& cookie,
               const std::string& accept_language);
// The CLI's: LC_ALL, else LC_MESSAGES, else LANG starting with "fr".
Lang environment_lang();

}  // namespace coopflow::web
