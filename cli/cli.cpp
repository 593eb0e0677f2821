#include "cli.h"

#include <spdlog/spdlog.h>

#include <cstdlib>
#include <iostream>

#include "terminal_text.h"

namespace coopflow::cli {

std::string Cli::os_login() const { return engine::os_login(); }

engine::Actor Cli::actor() const {
  if (actor_) return *actor_;
  std::string user = as_user;
  if (user.empty()) {
    const char* env = std::getenv("COOPFLOW_USER");
    user = env != nullptr && *env != '\0' ? env : os_login();
  }
  actor_ = engine::Actor{user, os_login()};
  return *actor_;
}

engine::Office Cli::office() const {
  const engine::Actor who = actor();
  spdlog::info("database {} as user {} (OS login {})", terminal_safe(db), terminal_safe(who.user),
               terminal_safe(who.os_user));
  auto office = engine::Office::open(db, clock, registry);
  if (!seal_key.empty()) office.seal_every_write(seal_key);
  return office;
}

void Cli::print_json(const nlohmann::json& doc) const {
  // Text in an edited database may not be UTF-8: replaced, never a broken document.
  std::cout << doc.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  printed_json = true;
}

}  // namespace coopflow::cli
