// Sign-in for the web server: credentials, sessions and failed attempts.
// None of it is part of the log (the log records that a password was set and
// who signed in or out, never a hash or a token).
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "coopflow/storage/store.h"
#include "row_readers.h"

namespace coopflow::storage {

void Store::put_credential(const std::string& user, const std::string& hash, std::int64_t set_at) {
  auto& s = statement(
      "INSERT INTO credentials (user, hash, set_at) VALUES (?, ?, ?) ON CONFLICT (user) DO "
      "UPDATE SET hash = excluded.hash, set_at = excluded.set_at");
  s.bind(1, user);
  s.bind(2, hash);
  s.bind(3, set_at);
  s.exec();
}

std::optional<std::string> Store::credential(const std::string& user) {
  auto& s = statement("SELECT hash FROM credentials WHERE user = ?");
  s.bind(1, user);
  std::optional<std::string> out;
  if (s.executeStep()) out = s.getColumn(0).getString();
  s.reset();
  return out;
}

void Store::insert_session(const SessionRow& r) {
  auto& s = statement(
      "INSERT INTO sessions (token_hash, user, csrf_hash, address, created_at, last_seen) "
      "VALUES (?, ?, ?, ?, ?, ?)");
  s.bind(1, r.token_hash);
  s.bind(2, r.user);
  s.bind(3, r.csrf_hash);
  s.bind(4, r.address);
  s.bind(5, r.created_at);
  s.bind(6, r.last_seen);
  s.exec();
}

std::optional<SessionRow> Store::session(const std::string& token_hash) {
  auto& s = statement(
      "SELECT token_hash, user, csrf_hash, address, created_at, last_seen FROM sessions WHERE "
      "token_hash = ?");
  s.bind(1, token_hash);
  auto rows = read_all<SessionRow>(s);
  if (rows.empty()) return std::nullopt;
  return std::move(rows.front());
}

void Store::touch_session(const std::string& token_hash, const std::string& last_seen) {
  auto& s = statement("UPDATE sessions SET last_seen = ? WHERE token_hash = ?");
  s.bind(1, last_seen);
  s.bind(2, token_hash);
  s.exec();
}

void Store::delete_session(const std::string& token_hash) {
  auto& s = statement("DELETE FROM sessions WHERE token_hash = ?");
  s.bind(1, token_hash);
  s.exec();
}

void Store::delete_sessions_of(const std::string& user) {
  auto& s = statement("DELETE FROM sessions WHERE user = ?");
  s.bind(1, user);
  s.exec();
}

void Store::delete_expired_sessions(const std::string& idle_before,
                                    const std::string& created_before) {
  auto& s = statement("DELETE FROM sessions WHERE last_seen < ? OR created_at < ?");
  s.bind(1, idle_before);
  s.bind(2, created_before);
  s.exec();
}

void Store::add_sign_in_failure(const std::string& user, const std::string& at) {
  auto& s = statement("INSERT INTO sign_in_failures (user, at) VALUES (?, ?)");
  s.bind(1, user);
  s.bind(2, at);
  s.exec();
}

void Store::clear_sign_in_failures(const std::string& user) {
  auto& s = statement("DELETE FROM sign_in_failures WHERE user = ?");
  s.bind(1, user);
  s.exec();
}

std::int64_t Store::sign_in_failures(const std::string& user, const std::string& since) {
  auto& s = statement("SELECT count(*) FROM sign_in_failures WHERE user = ? AND at >= ?");
  s.bind(1, user);
  s.bind(2, since);
  s.executeStep();
  const std::int64_t n = s.getColumn(0).getInt64();
  s.reset();
  return n;
}

}  // namespace coopflow::storage
