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

}  // namespace coopflow::cli
