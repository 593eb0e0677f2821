// Signing in to the web server: Argon2id passwords (libsodium), sessions kept
// as the SHA-256 of their tokens, and a lockout after repeated failures. The
// log records each password set, sign-in, sign-out and lockout; never a hash
// or a token.
#include "coopflow/engine/access.h"

#include <sodium.h>

#include "coopflow/engine/digest.h"
#include "coopflow/engine/errors.h"
#include "coopflow/engine/office.h"
#include "coopflow/engine/values.h"
#include "coopflow/storage/store.h"
#include "log_append.h"
#include "office_support.h"
#include "records.h"
#include "staff.h"

namespace coopflow::engine {
namespace {

void need_sodium() {
  static const bool ready = sodium_init() >= 0;
  if (!ready) throw InternalError("libsodium could not start; please report this");
}

std::string hash_password(const std::string& password) {
  need_sodium();
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
    throw InternalError("out of memory while hashing a password");
  }
  return out;
}

bool password_matches(const std::string& hash, const std::string& password) {
  need_sodium();
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

// A hash of nothing anyone knows: an unknown user's sign-in costs what a
// known one's does, so that timing does not tell which names exist.
const std::string& decoy_hash() {
  static const std::string hash = hash_password("coopflow decoy: no user signs in with this");
  return hash;
}

std::string random_token() {
  need_sodium();
  unsigned char bytes[32];
  randombytes_buf(bytes, sizeof bytes);
  char text[sodium_base64_ENCODED_LEN(sizeof bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING)];
  sodium_bin2base64(text, sizeof text, bytes, sizeof bytes,
                    sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  return text;
}

std::string token_hash(const std::string& token) { return to_hex(sha256(token)); }

AuthenticationError wrong_credentials() {
  const auto m = Message("wrong user name or password; check both and sign in again");
  return saying<AuthenticationError>(m);
}

}  // namespace

bool csrf_matches(const SessionUser& session, const std::string& csrf) {
  const std::string given = token_hash(csrf);
  return given.size() == session.csrf_hash.size() &&
         sodium_memcmp(given.data(), session.csrf_hash.data(), given.size()) == 0;
}

void Office::set_password(const Actor& actor, const std::string& name,
                          const std::string& password) {
  check_text("password", password);
  if (password.size() < kMinPasswordBytes || password.size() > kMaxPasswordBytes) {
    throw saying<ValidationError>(
        Message("a password has {1} to {2} characters; choose a longer one (a phrase will do)",
                {std::to_string(kMinPasswordBytes), std::to_string(kMaxPasswordBytes)}),
        "password");
  }
  const std::string hash = hash_password(password);  // slow: outside the transaction
  write([&] {
    const EventSpec& operation =
        actor.user == name ? Authority::sign_in() : Authority::manage_users();
    if (!store_->find_user(name)) {
      throw saying<NotFoundError>(Message("no user '{1}'; see `coopflow user list`",
                                          {check_text("name", name).substr(0, 64)}),
                                  "user", name);
    }
    JournalEntry e = office_entry(actor, operation, detail::office_event::kPasswordSet,
                                  detail::access_payload(name, actor.os_user));
    detail::log_office_entry(*store_, e);
    store_->put_credential(name, hash, e.position);
    store_->delete_sessions_of(name);
  });
}

SignIn Office::sign_in(const std::string& name, const std::string& password,
                       const std::string& address) {
  if (name.empty() || name.size() > 64 || password.size() > kMaxPasswordBytes) {
    password_matches(decoy_hash(), password);
    throw wrong_credentials();
  }
  const TimePoint t = clock_.now();
  const std::string since = format_utc(t - kLockoutWindow);
  std::optional<std::string> hash;
  bool usable = false;
  std::int64_t failures = 0;
  read([&] {
    const auto user = store_->find_user(name);
    usable = user && !user->disabled;
    if (usable) hash = store_->credential(name);
    if (usable) failures = store_->sign_in_failures(name, since);
  });
  if (usable && failures >= kMaxFailedSignIns) {
    throw saying<TooManyAttemptsError>(
        Message("too many failed sign-ins for {1}; wait {2} minutes, or ask an admin to set a "
                "new password",
                {name, std::to_string(kLockoutWindow.count())}));
  }
  if (!usable || !hash) {
    password_matches(decoy_hash(), password);
    throw wrong_credentials();
  }
  const Actor self{name, address};
  if (!password_matches(*hash, password)) {
    write([&] {
      store_->add_sign_in_failure(name, format_utc(t));
      if (store_->sign_in_failures(name, since) == kMaxFailedSignIns) {
        JournalEntry e = office_entry(self, Authority::sign_in(), detail::office_event::kLockout,
                                      detail::access_payload(name, address));
        detail::log_office_entry(*store_, e);
      }
    });
    throw wrong_credentials();
  }
  SignIn out{name, random_token(), random_token()};
  write([&] {
    JournalEntry e = office_entry(self, Authority::sign_in(), detail::office_event::kSignIn,
                                  detail::access_payload(name, address));
    detail::log_office_entry(*store_, e);
    store_->clear_sign_in_failures(name);
    store_->delete_expired_sessions(format_utc(t - kSessionIdle), format_utc(t - kSessionLifetime));
    store_->insert_session(
        {token_hash(out.token), name, token_hash(out.csrf), address, e.at, e.at});
  });
  return out;
}

namespace {

// What the sessions table and the user's row say of a session at t.
struct SessionLookup {
  std::optional<storage::SessionRow> row;
  bool ended = false;  // expired (idle or too old), or its user disabled
  bool expired = false;
  bool stale = false;  // live, but its idle clock is due to move
  std::vector<std::string> roles;
};

SessionLookup look_up_session(storage::Store& store, const std::string& hash, TimePoint t) {
  SessionLookup out;
  out.row = store.session(hash);
  if (!out.row) return out;
  auto user = store.find_user(out.row->user);
  const bool enabled = user && !user->disabled;
  if (enabled) out.roles = detail::to_user(std::move(*user)).roles;
  out.expired = out.row->last_seen < format_utc(t - kSessionIdle) ||
                out.row->created_at < format_utc(t - kSessionLifetime);
  out.ended = out.expired || !enabled;
  // The idle clock moves at most once a minute: a write per request would
  // cost every page a disk sync.
  out.stale = out.row->last_seen < format_utc(t - std::chrono::minutes(1));
  return out;
}

SessionUser session_user(SessionLookup&& found, const std::string& hash) {
  return {found.row->user, hash, found.row->csrf_hash, found.row->address, std::move(found.roles)};
}

}  // namespace

SessionUser Office::session(const std::string& token) {
  const TimePoint t = clock_.now();
  const std::string hash = token_hash(token);
  SessionLookup found;
  read([&] { found = look_up_session(*store_, hash, t); });
  if (!found.row) {
    throw saying<AuthenticationError>(
        Message("you are not signed in (or your session ended); sign in"));
  }
  if (found.ended) {
    write([&] { store_->delete_session(hash); });
    const Message m = found.expired ? Message("your session expired; sign in again")
                                    : Message("your account is disabled; ask an admin");
    throw saying<AuthenticationError>(m);
  }
  if (found.stale) write([&] { store_->touch_session(hash, format_utc(t)); });
  return session_user(std::move(found), hash);
}

std::optional<SessionUser> Office::fresh_session(const std::string& token) {
  const std::string hash = token_hash(token);
  SessionLookup found;
  read([&] { found = look_up_session(*store_, hash, clock_.now()); });
  if (!found.row || found.ended || found.stale) return std::nullopt;
  return session_user(std::move(found), hash);
}

void Office::sign_out(const std::string& token, const std::string& address) {
  const SessionUser s = session(token);
  write([&] {
    JournalEntry e =
        office_entry({s.user, address}, Authority::sign_in(), detail::office_event::kSignOut,
                     detail::access_payload(s.user, address));
    detail::log_office_entry(*store_, e);
    store_->delete_session(s.token_hash);
  });
}

}  // namespace coopflow::engine
