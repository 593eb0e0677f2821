#include "coopflow/engine/actor.h"

#include <pwd.h>
#include <unistd.h>

#include "coopflow/engine/message.h"

namespace coopflow::engine {

std::string os_login() {
  if (const passwd* pw = getpwuid(geteuid()); pw != nullptr && pw->pw_name != nullptr) {
    return pw->pw_name;
  }
  return "uid" + std::to_string(geteuid());
}

const std::vector<std::string>& all_roles() {
  static const std::vector<std::string> roles = {N_("coordinator"), N_("manager"), N_("auditor"),
                                                 N_("admin")};
  return roles;
}

bool is_role(const std::string& role) {
  for (const auto& r : all_roles()) {
    if (r == role) return true;
  }
  return false;
}

bool has_role(const std::vector<std::string>& held, const std::string& role) {
  for (const auto& r : held) {
    if (r == role) return true;
  }
  return false;
}

}  // namespace coopflow::engine
