#include "coopflow/engine/actor.h"

namespace coopflow::engine {

const std::vector<std::string>& all_roles() {
  static const std::vector<std::string> roles = {"coordinator", "manager", "auditor", "admin"};
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
