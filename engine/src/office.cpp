#include "coopflow/engine/office.h"

#include <algorithm>

#include "coopflow/engine/errors.h"
#include "coopflow/engine/values.h"

namespace coopflow::engine {
namespace {

void check_user_name(const std::string& name) {
  const bool ok =
      !name.empty() && name.size() <= 64 && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '.' || c == '_' || c == '-' || c == '@';
      });
  if (!ok) {
    throw ValidationError("user", "user name '" + check_text("user", name).substr(0, 64) +
                                      "' is not valid; use 1-64 letters, digits, . _ - @");
  }
}

void check_role(const std::string& role) {
  if (!is_role(role)) {
    throw ValidationError("role", "unknown role '" + check_text("role", role).substr(0, 40) +
                                      "'; roles are coordinator, manager, auditor, admin");
  }
}

}  // namespace

Office::Office(storage::Store store, const Clock& clock, const Registry& registry)
    : store_(std::move(store)), clock_(clock), registry_(registry) {}

Office Office::init(const std::string& path, const std::string& admin, const Actor& actor,
                    const Clock& clock, const Registry& registry) {
  check_user_name(admin);
  Office office(storage::Store::create(path), clock, registry);
  office.store_.write([&] {
    const std::string at = office.now();
    office.store_.insert_user({admin, "", false, {"admin"}, at});
    office.store_.append_user_change({0, at, actor.user, actor.os_user, "init", admin, "admin"});
  });
  return office;
}

Office Office::open(const std::string& path, const Clock& clock, const Registry& registry) {
  return Office(storage::Store::open(path), clock, registry);
}

std::string Office::now() { return format_utc(clock_.now()); }

storage::UserRow Office::require_user(const Actor& actor) {
  auto user = store_.find_user(actor.user);
  if (!user) {
    throw NotFoundError("user", actor.user,
                        "user '" + actor.user + "' is not registered in " + store_.path() +
                            "; pass --as NAME, or ask an admin to run `coopflow user add " +
                            actor.user + " --role ...`");
  }
  if (user->disabled) {
    throw ForbiddenError(actor.user, "disabled",
                         "user '" + actor.user + "' is disabled; ask an admin if this is wrong");
  }
  return *user;
}

void Office::require_admin(const Actor& actor) {
  const auto user = require_user(actor);
  if (std::find(user.roles.begin(), user.roles.end(), "admin") == user.roles.end()) {
    throw ForbiddenError(actor.user, "role",
                         "managing users needs the admin role, which '" + actor.user +
                             "' does not hold; ask an administrator");
  }
}

void Office::record_user_change(const Actor& actor, const std::string& action,
                                const std::string& target, const std::string& detail) {
  store_.append_user_change({0, now(), actor.user, actor.os_user, action, target, detail});
}

void Office::add_user(const Actor& actor, const std::string& name,
                      const std::vector<std::string>& roles, const std::string& full_name) {
  check_user_name(name);
  check_text("full-name", full_name);
  if (roles.empty()) throw ValidationError("role", "give the new user at least one --role");
  for (const auto& r : roles) check_role(r);
  store_.write([&] {
    require_admin(actor);
    if (store_.find_user(name)) {
      throw ConflictError("user '" + name +
                          "' already exists; use `coopflow user grant` to add a role");
    }
    std::vector<std::string> sorted = roles;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    store_.insert_user({name, full_name, false, sorted, now()});
    std::string detail;
    for (const auto& r : sorted) detail += (detail.empty() ? "" : ",") + r;
    record_user_change(actor, "add", name, detail);
  });
}

namespace {

storage::UserRow existing_user(storage::Store& store, const std::string& name) {
  auto user = store.find_user(name);
  if (!user) throw NotFoundError("user", name, "no user '" + name + "'; see `coopflow user list`");
  return *user;
}

// An office must always keep one enabled administrator, or nobody can manage users.
void ensure_not_last_admin(storage::Store& store, const storage::UserRow& user) {
  if (user.disabled || !has_role(user.roles, "admin")) return;
  const auto all = store.users();
  const auto admins = std::count_if(all.begin(), all.end(), [](const storage::UserRow& u) {
    return !u.disabled && has_role(u.roles, "admin");
  });
  if (admins <= 1) {
    throw ConflictError("'" + user.name +
                        "' is the last administrator; grant admin to someone else first");
  }
}

}  // namespace

void Office::grant(const Actor& actor, const std::string& name, const std::string& role) {
  check_role(role);
  store_.write([&] {
    require_admin(actor);
    const auto user = existing_user(store_, name);
    store_.set_user_role(name, role, true);
    record_user_change(actor, "grant", name, role);
  });
}

void Office::revoke(const Actor& actor, const std::string& name, const std::string& role) {
  check_role(role);
  store_.write([&] {
    require_admin(actor);
    const auto user = existing_user(store_, name);
    if (role == "admin") ensure_not_last_admin(store_, user);
    store_.set_user_role(name, role, false);
    record_user_change(actor, "revoke", name, role);
  });
}

void Office::disable(const Actor& actor, const std::string& name) {
  store_.write([&] {
    require_admin(actor);
    const auto user = existing_user(store_, name);
    ensure_not_last_admin(store_, user);
    store_.set_user_disabled(name, true);
    record_user_change(actor, "disable", name, "");
  });
}

std::vector<storage::UserRow> Office::users(const Actor& actor) {
  std::vector<storage::UserRow> out;
  store_.read([&] {
    const auto user = require_user(actor);
    if (!has_role(user.roles, "admin") && !has_role(user.roles, "auditor")) {
      throw ForbiddenError(actor.user, "role", "listing users needs the admin or auditor role");
    }
    out = store_.users();
  });
  return out;
}

}  // namespace coopflow::engine
