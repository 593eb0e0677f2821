#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include "coopflow/storage/store.h"

namespace coopflow::storage {

void Store::put_user(const UserRow& r) {
  auto& s = statement(
      "INSERT INTO users (name, full_name, disabled, created_at) VALUES (?, ?, ?, ?) "
      "ON CONFLICT (name) DO UPDATE SET full_name = excluded.full_name, "
      "disabled = excluded.disabled, created_at = excluded.created_at");
  s.bind(1, r.name);
  s.bind(2, r.full_name);
  s.bind(3, r.disabled ? 1 : 0);
  s.bind(4, r.created_at);
  s.exec();
  auto& clear = statement("DELETE FROM user_roles WHERE name = ?");
  clear.bind(1, r.name);
  clear.exec();
  for (const auto& role : r.roles) {
    auto& add = statement("INSERT OR IGNORE INTO user_roles (name, role) VALUES (?, ?)");
    add.bind(1, r.name);
    add.bind(2, role);
    add.exec();
  }
}

std::optional<UserRow> Store::find_user(const std::string& name) {
  // Inside a read snapshot no user changes: a page that asks for its reader
  // twice (the session, then the authority) reads the rows once (P6).
  // (read() inside a write joins the write without counting as a snapshot.)
  const bool snapshot = read_depth_ > 0;
  if (snapshot) {
    const auto known = users_read_.find(name);
    if (known != users_read_.end()) return known->second;
  }
  auto& s = statement("SELECT name, full_name, disabled, created_at FROM users WHERE name = ?");
  s.bind(1, name);
  std::optional<UserRow> out;
  if (s.executeStep()) {
    out = UserRow{s.getColumn(0).getString(),
                  s.getColumn(1).getString(),
                  s.getColumn(2).getInt() != 0,
                  {},
                  s.getColumn(3).getString()};
  }
  s.reset();
  if (out) {
    auto& roles = statement("SELECT role FROM user_roles WHERE name = ? ORDER BY role");
    roles.bind(1, name);
    while (roles.executeStep()) out->roles.push_back(roles.getColumn(0).getString());
    roles.reset();
  }
  if (snapshot) users_read_.emplace(name, out);
  return out;
}

std::vector<UserRow> Store::users() {
  std::vector<std::string> names;
  auto& s = statement("SELECT name FROM users ORDER BY name");
  while (s.executeStep()) names.push_back(s.getColumn(0).getString());
  s.reset();
  std::vector<UserRow> out;
  for (const auto& n : names) out.push_back(*find_user(n));
  return out;
}

std::vector<std::pair<std::string, std::string>> Store::full_names() {
  auto& s = statement("SELECT name, full_name FROM users ORDER BY name");
  std::vector<std::pair<std::string, std::string>> out;
  while (s.executeStep()) out.emplace_back(s.getColumn(0).getString(), s.getColumn(1).getString());
  s.reset();
  return out;
}

std::vector<UserChangeRow> Store::user_changes() {
  auto& s = statement(
      "SELECT position, at, actor, os_user, action, target, detail FROM user_changes "
      "ORDER BY position");
  std::vector<UserChangeRow> out;
  while (s.executeStep()) {
    out.push_back({s.getColumn(0).getInt64(), s.getColumn(1).getString(),
                   s.getColumn(2).getString(), s.getColumn(3).getString(),
                   s.getColumn(4).getString(), s.getColumn(5).getString(),
                   s.getColumn(6).getString()});
  }
  s.reset();
  return out;
}

}  // namespace coopflow::storage
