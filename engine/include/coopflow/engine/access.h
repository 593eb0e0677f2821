#pragma once

#include <chrono>
#include <string>
#include <vector>

// Signing in to the web server: passwords, sessions and lockout, as the
// office keeps them (docs/security.md).
namespace coopflow::engine {

// A session ends after this long without a request, or this long after it
// began, whichever comes first.
constexpr std::chrono::minutes kSessionIdle{30};
constexpr std::chrono::hours kSessionLifetime{12};
// This many failed sign-ins within kLockoutWindow lock the user out for the
// rest of that window.
constexpr int kMaxFailedSignIns = 5;
constexpr std::chrono::minutes kLockoutWindow{15};
// A password's length in bytes.
constexpr std::size_t kMinPasswordBytes = 10;
constexpr std::size_t kMaxPasswordBytes = 1024;

// What a successful sign-in hands the browser; the database keeps only the
// SHA-256 of each token.
struct SignIn {
  std::string user;
  std::string token;  // the session cookie's value
  std::string csrf;   // to send back with every state-changing request
};

// A live session.
struct SessionUser {
  std::string user;
  std::string token_hash;
  std::string csrf_hash;           // SHA-256 of its CSRF token, hex
  std::string address;             // where it signed in from
  std::vector<std::string> roles;  // the user's roles now (read with the session: one transaction)
};

// Whether csrf is the session's CSRF token (compared in constant time).
bool csrf_matches(const SessionUser& session, const std::string& csrf);

}  // namespace coopflow::engine
