#pragma once

#include <string>
#include <vector>

namespace coopflow::engine {

// Who runs a command: the coopflow user they act as (--as) and the OS login
// that ran the process. Both are journaled; only the first is checked against
// roles (see docs/security.md for what --as does not prove).
struct Actor {
  std::string user;
  std::string os_user;
};

// The login of the account running this process (journaled as os_user).
std::string os_login();

// coordinator, manager, auditor, admin.
const std::vector<std::string>& all_roles();
bool is_role(const std::string& role);
// Whether held (a user's roles) includes role.
bool has_role(const std::vector<std::string>& held, const std::string& role);

}  // namespace coopflow::engine
