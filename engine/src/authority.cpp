#include "coopflow/engine/authority.h"

#include "coopflow/engine/actor.h"
#include "coopflow/engine/errors.h"
#include "coopflow/engine/values.h"

namespace coopflow::engine {
namespace {

EventSpec operation(std::string name, std::vector<std::string> roles, std::string summary) {
  EventSpec e;
  e.name = std::move(name);
  e.roles = std::move(roles);
  e.summary = std::move(summary);
  return e;
}

}  // namespace

void Ruling::enforce() const {
  if (allowed()) return;
  throw saying<ForbiddenError>(why, user, rule);
}

Ruling Authority::rule(const Standing& who, const EventSpec& event, const CaseFile* file) {
  Ruling r;
  r.user = who.user;
  if (!event.concerns.empty()) {
    r.concerns.kind = event.concerns;
    if (const Document* doc = file != nullptr ? file->latest(event.concerns) : nullptr) {
      r.concerns.version = doc->version;
      r.concerns.author = doc->author;
    }
  }
  if (who.disabled) {
    r.rule = "disabled";
    r.why = Message("user '{1}' is disabled; ask an admin if this is wrong", {who.user});
    return r;
  }
  for (const auto& role : event.roles) {
    if (has_role(who.roles, role)) {
      r.role = role;
      break;
    }
  }
  if (r.role.empty()) {
    r.rule = "role";
    const std::vector<Term> said = {word(event.name), Message::either(event.roles), who.user,
                                    who.roles.empty() ? word("none") : Message::words(who.roles)};
    r.why = Message(
                "{1} needs the {2} role; '{3}' holds {4}; ask an admin to grant it or act as "
                "another user",
                said)
                .in_browser(Message("{1} needs the {2} role; '{3}' holds {4}; ask an admin to "
                                    "grant it, or sign in as a user who holds it",
                                    said));
    return r;
  }
  if (event.four_eyes && r.concerns.version > 0 && r.concerns.author == who.user) {
    r.rule = "four-eyes";
    r.why =
        Message("four-eyes rule: {1} wrote {2} v{3} and may not {4} it; another {5} must decide",
                {who.user, word(event.concerns), std::to_string(r.concerns.version),
                 word(event.name), word(r.role)});
  }
  return r;
}

const EventSpec& Authority::read_record() {
  static const EventSpec op = operation("read", all_roles(), "read cases, histories, verification");
  return op;
}

const EventSpec& Authority::list_users() {
  static const EventSpec op = operation("list-users", {"admin", "auditor"}, "list users and roles");
  return op;
}

const EventSpec& Authority::manage_users() {
  static const EventSpec op =
      operation("manage-users", {"admin"}, "add users, grant and revoke roles, disable, enable");
  return op;
}

const EventSpec& Authority::manage_keys() {
  static const EventSpec op =
      operation("manage-keys", {"admin"}, "register and retire the keys that sign checkpoints");
  return op;
}

const EventSpec& Authority::manage_settings() {
  static const EventSpec op =
      operation("manage-settings", {"admin"}, "change the office's settings (config set)");
  return op;
}

const EventSpec& Authority::attach() {
  static const EventSpec op =
      operation("attach", {"coordinator", "manager"}, "attach a document to a case");
  return op;
}

const EventSpec& Authority::assign() {
  static const EventSpec op =
      operation("assign", {"manager", "admin"}, "say who holds a case (coordinator, manager)");
  return op;
}

const EventSpec& Authority::backup() {
  static const EventSpec op =
      operation("backup", {"admin", "auditor"}, "copy the whole database to a new file");
  return op;
}

const EventSpec& Authority::sign_in() {
  static const EventSpec op =
      operation("sign-in", {"coordinator", "manager", "auditor", "admin"},
                "sign in to the web server, sign out, change one's own password");
  return op;
}

const EventSpec& Authority::audit() {
  static const EventSpec op =
      operation("audit", {"auditor", "admin"}, "verify the record and read its checkpoints");
  return op;
}

const EventSpec& Authority::seal() {
  static const EventSpec op =
      operation("seal", {"admin", "auditor"}, "sign a checkpoint of the log's current head");
  return op;
}

}  // namespace coopflow::engine
