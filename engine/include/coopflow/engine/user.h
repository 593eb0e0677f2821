#pragma once

#include <string>
#include <vector>

namespace coopflow::engine {

// A registered coopflow user.
struct User {
  std::string name;
  std::string full_name;
  bool disabled = false;
  std::vector<std::string> roles;  // sorted
  std::string created_at;
};

}  // namespace coopflow::engine
