#pragma once

#include <map>
#include <string>
#include <vector>

#include "e2e/runner.h"

// A real `coopflow serve` on a free loopback port over a fresh office
// (ada admin; alice coordinator; bob and dave managers; carol coordinator and
// manager; audrey auditor), each with the password NAME-password, and an HTTP
// client for it.
namespace coopflow::testing {

struct HttpReply {
  int status = 0;
  std::map<std::string, std::string> headers;  // lower-case names; Set-Cookie joined by \n
  std::string body;
};

// The server's time zone (TZ): Eastern time, EST or EDT.
inline constexpr const char* kServerZone = "EST5EDT,M3.2.0,M11.1.0";

// One request over a new connection to 127.0.0.1:port.
HttpReply http(int port, const std::string& method, const std::string& target,
               const std::string& body = "",
               const std::map<std::string, std::string>& headers = {});

// A signed-in API client: its cookies and CSRF token.
struct ApiUser {
  std::string cookie;  // the Cookie header value
  std::string csrf;
};

class ServedOffice {
 public:
  ServedOffice();
  ~ServedOffice();
  ServedOffice(const ServedOffice&) = delete;
  ServedOffice& operator=(const ServedOffice&) = delete;

  int port() const { return port_; }
  OfficeDb& db() { return db_; }
  ApiUser sign_in(const std::string& user);
  // A request as user (cookie and, for writes, the CSRF token).
  HttpReply as(const ApiUser& user, const std::string& method, const std::string& target,
               const std::string& body = "");
  // Starts the server (again, after kill()); waits until it answers.
  void start();
  // SIGKILL; SIGTERM (waits for it, returns its exit code, or 128 + the
  // signal that ended it, having said what its stderr held).
  void kill_hard();
  int stop();

 private:
  OfficeDb db_;
  int port_ = 0;
  int pid_ = -1;
  int starts_ = 0;
};

}  // namespace coopflow::testing
