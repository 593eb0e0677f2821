#include "staff.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "coopflow/engine/actor.h"
#include "coopflow/engine/authority.h"
#include "coopflow/engine/case_file.h"
#include "coopflow/engine/checkpoint.h"
#include "coopflow/engine/digest.h"
#include "coopflow/engine/errors.h"
#include "office_support.h"

namespace coopflow::engine::detail {
namespace {

using nlohmann::json;

json parse(const JournalEntry& e) {
  json out = read_payload(e.payload);
  if (!out.is_object()) {
    throw saying<IntegrityError>(
        Message("office log entry {1} has a malformed payload", {std::to_string(e.seq)}), "", 0);
  }
  return out;
}

template <class T>
T member(const json& payload, const char* key, const JournalEntry& e) {
  const auto it = payload.find(key);
  try {
    if (it != payload.end()) return it->get<T>();
  } catch (const json::exception&) {
  }
  throw saying<IntegrityError>(Message("office log entry {1} ({2}) lacks a valid '{3}'",
                                       {std::to_string(e.seq), e.event, key}),
                               "", 0);
}

User require_before(const std::optional<User>& before, const std::string& name) {
  if (!before) {
    throw saying<NotFoundError>(Message("no user '{1}'; see `coopflow user list`", {name}), "user",
                                name);
  }
  return *before;
}

}  // namespace

bool is_key_entry(const JournalEntry& e) {
  return e.event == office_event::kKeyAdd || e.event == office_event::kKeyRetire;
}

RegisteredKey apply_key_entry(const std::map<std::string, RegisteredKey>& before,
                              const JournalEntry& e) {
  const json payload = parse(e);
  const auto name = member<std::string>(payload, "name", e);
  const auto it = before.find(name);
  if (e.event == office_event::kKeyAdd) {
    if (it != before.end()) {
      throw saying<ConflictError>(
          Message("a key named '{1}' is registered already; choose another --name", {name}));
    }
    const auto public_key = from_base64(member<std::string>(payload, "public_key", e));
    if (!public_key || public_key->size() != 32 || !is_key_name(name) ||
        member<std::string>(payload, "key_id", e) != to_hex(note_key_id(name, *public_key))) {
      throw saying<IntegrityError>(
          Message("office log entry {1} registers a malformed key", {std::to_string(e.seq)}), "",
          0);
    }
    for (const auto& [other, key] : before) {
      if (key.public_key == *public_key) {
        throw saying<ConflictError>(
            Message("this public key is registered already, as '{1}'", {other}));
      }
    }
    return {name, *public_key, e.position, 0};
  }
  if (it == before.end()) {
    throw saying<NotFoundError>(Message("no key named '{1}'; see `coopflow key list`", {name}),
                                "key", name);
  }
  if (it->second.retired_at != 0) {
    throw saying<ConflictError>(
        Message("the key '{1}' is retired already; nothing to change", {name}));
  }
  RegisteredKey key = it->second;
  key.retired_at = e.position;
  return key;
}

bool is_setting_entry(const JournalEntry& e) {
  return e.event == office_event::kConfigSet || e.event == office_event::kConfigUnset;
}

std::optional<Setting> apply_setting_entry(const Registry& registry,
                                           const std::map<std::string, Setting>& before,
                                           const JournalEntry& e) {
  const json payload = parse(e);
  const auto name = member<std::string>(payload, "name", e);
  const auto it = before.find(name);
  if (e.event == office_event::kConfigUnset) {
    check_setting_name(registry, name);
    if (it == before.end()) {
      throw saying<ConflictError>(Message("{1} is not set; nothing to unset", {name}));
    }
    return std::nullopt;
  }
  const std::string value = check_setting(registry, name, member<std::string>(payload, "value", e));
  if (it != before.end() && it->second.value == value) {
    throw saying<ConflictError>(Message("{1} is {2} already; nothing to change", {name, value}));
  }
  return Setting{name, value, e.position};
}

bool is_assign_entry(const JournalEntry& e) { return e.event == office_event::kCaseAssign; }

bool is_access_entry(const JournalEntry& e) {
  return e.event == office_event::kPasswordSet || e.event == office_event::kSignIn ||
         e.event == office_event::kSignOut || e.event == office_event::kLockout;
}

Assignment assignment_of(const JournalEntry& e) {
  const json payload = parse(e);
  return {member<std::string>(payload, "case", e), member<std::string>(payload, "coordinator", e),
          member<std::string>(payload, "manager", e), e.position};
}

bool is_attach_entry(const JournalEntry& e) { return e.event == office_event::kCaseAttach; }

Attachment apply_attach_entry(std::int64_t attached_before, const JournalEntry& e) {
  const json payload = parse(e);
  Attachment a;
  a.case_id = member<std::string>(payload, "case", e);
  a.number = member<std::int64_t>(payload, "number", e);
  a.kind = member<std::string>(payload, "kind", e);
  a.title = member<std::string>(payload, "title", e);
  a.name = member<std::string>(payload, "name", e);
  a.media_type = member<std::string>(payload, "media_type", e);
  a.size = member<std::int64_t>(payload, "size", e);
  a.sha256 = member<std::string>(payload, "sha256", e);
  a.position = e.position;
  const auto& kinds = attachment_kinds();
  if (a.number != attached_before + 1 ||
      std::find(kinds.begin(), kinds.end(), a.kind) == kinds.end() || a.size < 1 ||
      a.size > kMaxAttachmentBytes || !digest_from_hex(a.sha256)) {
    throw saying<IntegrityError>(Message("office log entry {1} attaches a document the write path "
                                         "would refuse (number, kind, size or hash)",
                                         {std::to_string(e.seq)}),
                                 "", 0);
  }
  return a;
}

bool is_user_name(const std::string& name) {
  return !name.empty() && name.size() <= 64 && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
           c == '_' || c == '-' || c == '@';
  });
}

std::string entry_user(const JournalEntry& e) {
  const json payload = read_payload(e.payload);
  const auto it = payload.is_object() ? payload.find("user") : payload.end();
  return it != payload.end() && it->is_string() ? it->get<std::string>() : "";
}

User apply_user_entry(const std::optional<User>& before, const JournalEntry& e) {
  namespace ev = office_event;
  const json payload = parse(e);
  const auto name = member<std::string>(payload, "user", e);
  if (e.event == ev::kInit || e.event == ev::kUserAdd) {
    if (before) {
      throw saying<ConflictError>(
          Message("user '{1}' already exists; use `coopflow user grant` to add a role", {name}));
    }
    User u;
    u.name = name;
    u.full_name = e.event == ev::kInit ? "" : member<std::string>(payload, "full_name", e);
    u.roles = member<std::vector<std::string>>(payload, "roles", e);
    if (!is_user_name(name) || u.roles.empty() ||
        !std::all_of(u.roles.begin(), u.roles.end(), is_role) ||
        !std::is_sorted(u.roles.begin(), u.roles.end())) {
      throw saying<IntegrityError>(Message("office log entry {1} adds a user with a name or roles "
                                           "the write path refuses",
                                           {std::to_string(e.seq)}),
                                   "", 0);
    }
    u.created_at = e.at;
    return u;
  }
  User u = require_before(before, name);
  if (e.event == ev::kGrant || e.event == ev::kRevoke) {
    const auto role = member<std::string>(payload, "role", e);
    if (!is_role(role)) {
      throw saying<IntegrityError>(
          Message("office log entry {1} names an unknown role", {std::to_string(e.seq)}), "", 0);
    }
    const bool held = has_role(u.roles, role);
    if (e.event == ev::kGrant) {
      if (held) {
        throw saying<ConflictError>(
            Message("'{1}' already holds the {2} role; nothing to change", {name, role}));
      }
      u.roles.push_back(role);
      std::sort(u.roles.begin(), u.roles.end());
    } else {
      if (!held) {
        throw saying<ConflictError>(
            Message("'{1}' does not hold the {2} role; nothing to change", {name, role}));
      }
      u.roles.erase(std::remove(u.roles.begin(), u.roles.end(), role), u.roles.end());
    }
    return u;
  }
  if (e.event == ev::kDisable || e.event == ev::kEnable) {
    const bool disable = e.event == ev::kDisable;
    if (u.disabled == disable) {
      const auto m = disable ? Message("'{1}' is already disabled; nothing to change", {name})
                             : Message("'{1}' is not disabled; nothing to change", {name});
      throw saying<ConflictError>(m);
    }
    u.disabled = disable;
    return u;
  }
  throw saying<IntegrityError>(
      Message("office log entry {1} has an unknown event '{2}'", {std::to_string(e.seq), e.event}),
      "", 0);
}

Message Staff::apply(const JournalEntry& e) {
  ++entries_;
  try {
    if (e.event == office_event::kUpgrade) return apply_upgrade(e);
    const std::string name = entry_user(e);
    if (e.event == office_event::kInit) {
      if (e.position != 1 || entries_ != 1) {
        return Message("an init entry can only be the log's first (position 1)");
      }
      if (e.actor != name) {
        return Message("the init entry's actor is not the administrator it creates");
      }
      origin_ = member<std::string>(parse(e), "origin", e);
    } else {
      const User* actor = at(e.actor, e.position);
      // One's own access (sign-in, a password of one's own) needs a role; another's
      // password, the right to manage users.
      const bool own_access = is_access_entry(e) && name == e.actor;
      const EventSpec& operation = is_key_entry(e)       ? Authority::manage_keys()
                                   : is_setting_entry(e) ? Authority::manage_settings()
                                   : is_attach_entry(e)  ? Authority::attach()
                                   : is_assign_entry(e)  ? Authority::assign()
                                   : own_access          ? Authority::sign_in()
                                                         : Authority::manage_users();
      const Ruling ruling = Authority::rule(
          actor ? standing_of(*actor) : Standing{e.actor, {}, false}, operation, nullptr);
      if (actor == nullptr) return Message("user '{1}' did not exist yet", {e.actor});
      if (!ruling.allowed()) {
        return Message("{1} could not {2}: {3}", {e.actor, e.event, ruling.why});
      }
      if (ruling.role != e.role) {
        return Message("the entry says {1} acted as {2}, but held {3}",
                       {e.actor, e.role, ruling.role});
      }
    }
    if (is_access_entry(e)) {
      if (e.event != office_event::kPasswordSet && name != e.actor) {
        return Message("{1} names {2} but was recorded by {3}", {e.event, name, e.actor});
      }
      if (at(name, e.position) == nullptr) return Message("user '{1}' did not exist yet", {name});
      return {};
    }
    if (is_key_entry(e)) {
      RegisteredKey key = apply_key_entry(keys_, e);
      keys_[key.name] = std::move(key);
      return {};
    }
    if (is_assign_entry(e)) {
      Assignment a = assignment_of(e);
      // Those it names held the roles they are given, at that position.
      for (const auto& [who, role] :
           {std::pair<std::string, const char*>{a.coordinator, "coordinator"},
            {a.manager, "manager"}}) {
        if (who.empty() && std::string(role) == "manager") continue;
        if (auto problem = check(who, role, e.position); !problem.empty()) {
          return Message("it assigns {1} to someone who could not hold it: {2}",
                         {a.case_id, problem});
        }
      }
      assignments_[a.case_id] = std::move(a);
      return {};
    }
    if (is_attach_entry(e)) {
      const std::string case_id = member<std::string>(parse(e), "case", e);
      Attachment a = apply_attach_entry(attached_[case_id], e);
      ++attached_[case_id];
      attachments_[{a.case_id, a.number}] = std::move(a);
      return {};
    }
    if (is_setting_entry(e)) {
      if (auto setting = apply_setting_entry(*registry_, settings_, e)) {
        settings_[setting->name] = std::move(*setting);
      } else {
        settings_.erase(member<std::string>(parse(e), "name", e));
      }
      return {};
    }
    const User* before = at(name, e.position + 1);
    User after = apply_user_entry(before ? std::optional<User>(*before) : std::nullopt, e);
    history_[name].emplace_back(e.position, std::move(after));
    return {};
  } catch (const Error& error) {
    return message_of(error);
  }
}

Message Staff::apply_upgrade(const JournalEntry& e) {
  if (entries_ != 1) return Message("an upgrade entry can only be the office log's first");
  const json payload = parse(e);
  origin_ = member<std::string>(payload, "origin", e);
  baseline_ = e.position;
  for (const auto& u : member<json>(payload, "users", e)) {
    User user;
    try {
      user.name = u.at("user").get<std::string>();
      user.full_name = u.at("full_name").get<std::string>();
      user.disabled = u.at("disabled").get<bool>();
      user.roles = u.at("roles").get<std::vector<std::string>>();
      user.created_at = u.at("created_at").get<std::string>();
    } catch (const json::exception&) {
      return Message("the upgrade entry lists a malformed user");
    }
    baseline_users_.insert(user.name);
    history_[user.name].emplace_back(e.position, std::move(user));
  }
  return {};
}

const User* Staff::at(const std::string& name, std::int64_t position) const {
  const auto it = history_.find(name);
  if (it == history_.end()) return nullptr;
  const User* found = nullptr;
  for (const auto& [p, user] : it->second) {
    if (p >= position) break;
    found = &user;
  }
  return found;
}

Message Staff::check(const std::string& actor, const std::string& role,
                     std::int64_t position) const {
  if (position < baseline_) {
    // Administration before the upgrade was not in the log: only that the
    // actor was still a user at the upgrade can be proved (docs/audit.md).
    return baseline_users_.count(actor) != 0
               ? Message()
               : Message("user '{1}' acted but is not among the users the upgrade recorded",
                         {actor});
  }
  const User* user = at(actor, position);
  if (user == nullptr) {
    return Message("user '{1}' was not registered at position {2}",
                   {actor, std::to_string(position)});
  }
  if (user->disabled) {
    return Message("user '{1}' was disabled at position {2}", {actor, std::to_string(position)});
  }
  if (!has_role(user->roles, role)) {
    return Message(
        "user '{1}' did not hold the {2} role at position {3} (a role granted "
        "afterwards, or edited?)",
        {actor, role, std::to_string(position)});
  }
  return {};
}

std::vector<User> Staff::users() const {
  std::vector<User> out;
  for (const auto& [name, history] : history_) out.push_back(history.back().second);
  return out;
}

}  // namespace coopflow::engine::detail
