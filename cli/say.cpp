#include "say.h"

#include "coopflow/web/i18n.h"

namespace coopflow::cli {
namespace {

web::Lang language() {
  static const web::Lang lang = web::environment_lang();
  return lang;
}

}  // namespace

std::string say(const char* msgid) { return web::translate(language(), msgid); }

std::string say(const engine::Message& m) { return web::said_in(language(), m); }

std::string say_amount(const std::string& decimal, const std::string& currency) {
  return web::amount_in(language(), decimal, currency);
}

std::string program_prefix() { return web::program_prefix(language()); }

const char* users_language() { return web::lang_code(language()); }

std::string say_in(const std::string& language, const engine::Message& m) {
  return web::said_in(language == "fr" ? web::Lang::kFr : web::Lang::kEn, m);
}

std::string label_before_colon(const char* msgid) {
  return web::before_colon(language(), say(msgid));
}

}  // namespace coopflow::cli
