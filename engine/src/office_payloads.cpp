// What each office log entry records: its payload, keys sorted, as the log
// hashes it. Reading them back (and judging them) is staff.cpp's.
#include <nlohmann/json.hpp>

#include "coopflow/engine/checkpoint.h"
#include "coopflow/engine/digest.h"
#include "staff.h"

namespace coopflow::engine::detail {
namespace {

using nlohmann::json;

json user_json(const User& u) {
  return {{"created_at", u.created_at},
          {"disabled", u.disabled},
          {"full_name", u.full_name},
          {"roles", u.roles},
          {"user", u.name}};
}

}  // namespace

std::string init_payload(const std::string& origin, const User& admin) {
  return json{{"origin", origin}, {"roles", admin.roles}, {"user", admin.name}}.dump();
}

std::string upgrade_payload(const std::string& origin, const std::vector<User>& users,
                            std::int64_t legacy_changes, const std::string& legacy_sha256) {
  json list = json::array();
  for (const auto& u : users) list.push_back(user_json(u));
  return json{{"legacy_user_changes", {{"count", legacy_changes}, {"sha256", legacy_sha256}}},
              {"origin", origin},
              {"users", list}}
      .dump();
}

std::string user_add_payload(const User& user) {
  return json{{"full_name", user.full_name}, {"roles", user.roles}, {"user", user.name}}.dump();
}

std::string user_role_payload(const std::string& name, const std::string& role) {
  return json{{"role", role}, {"user", name}}.dump();
}

std::string user_payload(const std::string& name) { return json{{"user", name}}.dump(); }

std::string key_add_payload(const std::string& name, const std::string& public_key) {
  return json{{"key_id", to_hex(note_key_id(name, public_key))},
              {"name", name},
              {"public_key", to_base64(public_key)}}
      .dump();
}

std::string key_retire_payload(const std::string& name) { return json{{"name", name}}.dump(); }

std::string config_set_payload(const std::string& name, const std::string& value) {
  return json{{"name", name}, {"value", value}}.dump();
}

std::string config_unset_payload(const std::string& name) { return json{{"name", name}}.dump(); }

std::string attach_payload(const Attachment& a) {
  return json{{"case", a.case_id}, {"kind", a.kind},     {"media_type", a.media_type},
              {"name", a.name},    {"number", a.number}, {"sha256", a.sha256},
              {"size", a.size},    {"title", a.title}}
      .dump();
}

std::string assign_payload(const Assignment& a) {
  return json{{"case", a.case_id}, {"coordinator", a.coordinator}, {"manager", a.manager}}.dump();
}

std::string access_payload(const std::string& user, const std::string& address) {
  return json{{"address", address}, {"user", user}}.dump();
}

}  // namespace coopflow::engine::detail
