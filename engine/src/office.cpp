#include "coopflow/engine/office.h"

#include <algorithm>

#include "coopflow/engine/errors.h"
#include "coopflow/engine/values.h"
#include "coopflow/storage/errors.h"
#include "coopflow/storage/store.h"
#include "fold_cache.h"
#include "log_append.h"
#include "office_support.h"
#include "records.h"
#include "sealing.h"
#include "staff.h"
#include "upgrade.h"

namespace coopflow::engine {
namespace {

void check_user_name(const std::string& name) {
  if (!detail::is_user_name(name)) {
    throw saying<ValidationError>(
        Message("user name '{1}' is not valid; use 1-64 letters, digits, . _ - @",
                {check_text("user", name).substr(0, 64)}),
        "user");
  }
}

void check_role(const std::string& role) {
  if (!is_role(role)) {
    throw saying<ValidationError>(
        Message("unknown role '{1}'; roles are {2}",
                {check_text("role", role).substr(0, 40), join(all_roles(), ", ")}),
        "role");
  }
}

// Whether the authority lets this user manage users.
bool administers(const std::string& name, const std::vector<std::string>& roles, bool disabled) {
  const Standing who{name, roles, disabled};
  return Authority::rule(who, Authority::manage_users(), nullptr).allowed();
}

// An office must always keep someone who may manage users, or nobody can.
// `after`: the user's roles once the change is made.
void ensure_an_administrator_remains(storage::Store& store, const User& user,
                                     const std::vector<std::string>& after, bool disabled_after) {
  if (!administers(user.name, user.roles, user.disabled) ||
      administers(user.name, after, disabled_after)) {
    return;
  }
  const auto all = store.users();
  const auto admins = std::count_if(all.begin(), all.end(), [](const storage::UserRow& u) {
    return administers(u.name, u.roles, u.disabled);
  });
  if (admins <= 1) {
    throw saying<ConflictError>(
        Message("'{1}' is the last administrator; grant admin to someone else first", {user.name}));
  }
}

}  // namespace

namespace detail {

void rethrow_storage_error(const storage::StorageError& e) {
  using Kind = storage::StorageError::Kind;
  const Message m(e.pattern(), std::vector<Term>(e.args().begin(), e.args().end()));
  switch (e.kind()) {
    case Kind::kBusy:
      throw saying<BusyError>(m);
    case Kind::kMissing:
      throw saying<NotFoundError>(m, "database", e.path());
    case Kind::kAlreadyExists:
      throw saying<ConflictError>(m);
    case Kind::kNotCoopflow:
    case Kind::kTooNew:
    case Kind::kTooOld:
    case Kind::kUnwritable:
    case Kind::kUnsafe:
      throw saying<DatabaseError>(m);
    case Kind::kCorrupt:
      throw saying<IntegrityError>(m, "", 0);
    case Kind::kFailed:
      break;
  }
  throw saying<InternalError>(m);
}

Standing standing_of(User user) {
  return {std::move(user.name), std::move(user.roles), user.disabled};
}

}  // namespace detail

Office::Office(std::unique_ptr<storage::Store> store, const Clock& clock, const Registry& registry)
    : store_(std::move(store)), clock_(clock), registry_(registry) {
  store_->set_upgrade_hook([store = store_.get(), &clock](int from) {
    if (from < 2) detail::start_the_office_log(*store, format_utc(clock.now()));
  });
}
Office::Office(Office&&) noexcept = default;
Office::~Office() = default;

Office Office::init(const std::string& path, const std::string& admin, const Actor& actor,
                    const Clock& clock, const Registry& registry) {
  check_user_name(admin);
  const std::string at = format_utc(clock.now());
  try {
    auto store =
        std::make_unique<storage::Store>(storage::Store::create(path, [&](storage::Store& s) {
          // The first user may manage users: the role the authority asks for.
          const std::string& role = Authority::manage_users().roles.front();
          const std::string origin = detail::new_origin();
          JournalEntry e;
          e.at = at;
          e.actor = admin;
          e.role = role;
          e.os_user = actor.os_user;
          e.event = detail::office_event::kInit;
          e.payload = detail::init_payload(origin, {admin, "", false, {role}, at});
          detail::log_office_entry(s, e);
          s.put_user(detail::to_row(detail::apply_user_entry(std::nullopt, e)));
          s.put_setting("origin", origin, e.position);
        }));
    return Office(std::move(store), clock, registry);
  } catch (const storage::StorageError& e) {
    detail::rethrow_storage_error(e);
  }
}

Office Office::open(const std::string& path, const Clock& clock, const Registry& registry) {
  try {
    return Office(std::make_unique<storage::Store>(storage::Store::open(path)), clock, registry);
  } catch (const storage::StorageError& e) {
    detail::rethrow_storage_error(e);
  }
}

void Office::set_durability(Durability durability) {
  store_->set_durability(durability == Durability::kFull ? storage::Store::Durability::kFull
                                                         : storage::Store::Durability::kNormal);
}

void Office::write(const std::function<void()>& body) {
  struct Depth {
    int& d;
    explicit Depth(int& depth) : d(depth) { ++d; }
    ~Depth() { --d; }
  } depth(write_depth_);
  if (!seal_key_path_.empty() && !seal_key_) seal_key_ = SigningKey::load(seal_key_path_);
  try {
    store_->write([&] {
      const bool seals = seal_key_ && write_depth_ == 1;
      const std::int64_t head = seals ? store_->max_position() : 0;
      body();
      // The outermost write seals what all of it appended, in its transaction;
      // a write that appended nothing (a session's clock) has nothing to seal.
      if (seals && store_->max_position() != head) {
        detail::seal_head(*store_, *seal_key_, now());
      }
    });
  } catch (const storage::StorageError& e) {
    detail::rethrow_storage_error(e);
  }
}

void Office::read(const std::function<void()>& body) {
  try {
    store_->read(body);
  } catch (const storage::StorageError& e) {
    detail::rethrow_storage_error(e);
  }
}

void Office::batch(const std::function<void()>& body) { write(body); }

std::vector<std::exception_ptr> Office::write_together(
    const std::vector<std::function<void()>>& jobs) {
  std::vector<std::exception_ptr> failed(jobs.size());
  try {
    write([&] {
      for (std::size_t i = 0; i < jobs.size(); ++i) {
        try {
          try {
            store_->savepoint(jobs[i]);
          } catch (const storage::StorageError& e) {
            detail::rethrow_storage_error(e);
          }
        } catch (...) {
          failed[i] = std::current_exception();
          // The jobs before would commit with nothing of theirs in it.
          if (!store_->in_transaction()) throw;
        }
      }
    });
  } catch (...) {
    for (auto& f : failed) {
      if (!f) f = std::current_exception();  // a job refused on its own keeps its refusal
    }
  }
  return failed;
}

void Office::snapshot(const std::function<void()>& body) { read(body); }

std::string Office::now() { return format_utc(clock_.now()); }

User Office::require_user(const Actor& actor) {
  auto user = store_->find_user(actor.user);
  if (!user) {
    throw saying<NotFoundError>(
        Message(
            "user '{1}' is not registered in {2}; pass --as NAME, or ask an admin to run `coopflow "
            "user add NAME --role ...`",
            {check_text("user", actor.user).substr(0, 64), store_->path()}),
        "user", actor.user);
  }
  return detail::to_user(std::move(*user));
}

User Office::me(const Actor& actor) {
  User out;
  read([&] { out = require_user(actor); });
  return out;
}

void Office::require(const Actor& actor, const EventSpec& operation) {
  const Standing who = detail::standing_of(require_user(actor));
  Authority::rule(who, operation, nullptr).enforce();
}

JournalEntry Office::office_entry(const Actor& actor, const EventSpec& operation, const char* event,
                                  std::string payload) {
  const Standing who = detail::standing_of(require_user(actor));
  const Ruling ruling = Authority::rule(who, operation, nullptr);
  ruling.enforce();
  JournalEntry e;
  e.at = now();
  e.actor = actor.user;
  e.role = std::string(ruling.role);
  e.os_user = actor.os_user;
  e.event = event;
  e.payload = std::move(payload);
  return e;
}

void Office::change_user(const Actor& actor, const std::string& event, const std::string& name,
                         const std::string& payload,
                         const std::function<void(const User& before, const User& after)>& check) {
  write([&] {
    JournalEntry e = office_entry(actor, Authority::manage_users(), event.c_str(), payload);
    auto row = store_->find_user(name);
    const std::optional<User> before =
        row ? std::optional<User>(detail::to_user(std::move(*row))) : std::nullopt;
    const User after = detail::apply_user_entry(before, e);
    if (before) check(*before, after);
    detail::log_office_entry(*store_, e);
    store_->put_user(detail::to_row(after));
  });
}

void Office::add_user(const Actor& actor, const std::string& name,
                      const std::vector<std::string>& roles, const std::string& full_name) {
  check_user_name(name);
  check_text("full-name", full_name);
  if (roles.empty()) {
    throw saying<ValidationError>(Message("give the new user at least one --role"), "role");
  }
  for (const auto& r : roles) check_role(r);
  std::vector<std::string> sorted = roles;
  std::sort(sorted.begin(), sorted.end());
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  change_user(actor, detail::office_event::kUserAdd, name,
              detail::user_add_payload({name, full_name, false, sorted, ""}),
              [](const User&, const User&) {});
}

void Office::grant(const Actor& actor, const std::string& name, const std::string& role) {
  check_role(role);
  change_user(actor, detail::office_event::kGrant, name, detail::user_role_payload(name, role),
              [](const User&, const User&) {});
}

void Office::revoke(const Actor& actor, const std::string& name, const std::string& role) {
  check_role(role);
  change_user(actor, detail::office_event::kRevoke, name, detail::user_role_payload(name, role),
              [&](const User& before, const User& after) {
                ensure_an_administrator_remains(*store_, before, after.roles, after.disabled);
              });
}

void Office::disable(const Actor& actor, const std::string& name) {
  change_user(actor, detail::office_event::kDisable, name, detail::user_payload(name),
              [&](const User& before, const User& after) {
                ensure_an_administrator_remains(*store_, before, after.roles, after.disabled);
              });
}

void Office::enable(const Actor& actor, const std::string& name) {
  change_user(actor, detail::office_event::kEnable, name, detail::user_payload(name),
              [](const User&, const User&) {});
}

std::vector<User> Office::users(const Actor& actor) {
  std::vector<User> out;
  read([&] {
    require(actor, Authority::list_users());
    out = detail::convert_all<User>(store_->users(), detail::to_user);
  });
  return out;
}

std::map<std::string, std::string> Office::people(const Actor& /*actor*/) {
  std::map<std::string, std::string> out;
  read([&] {
    for (auto& [name, full_name] : store_->full_names()) {
      out[name] = full_name.empty() ? name : std::move(full_name);
    }
  });
  return out;
}

}  // namespace coopflow::engine
