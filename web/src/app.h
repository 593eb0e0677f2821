#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "coopflow/engine/office.h"
#include "coopflow/web/http.h"
#include "coopflow/web/i18n.h"
#include "coopflow/web/server.h"
#include "fragment_cache.h"
#include "writer.h"

// What `coopflow serve` answers: the routes, the session and CSRF checks
// every route gets, and the mapping of the engine's errors to statuses.
namespace coopflow::web {

constexpr const char* kSessionCookie = "coopflow_session";
constexpr const char* kCsrfCookie = "coopflow_csrf";
constexpr const char* kLangCookie = "coopflow_lang";

// One request being answered.
struct Context {
  const Request& request;
  std::map<std::string, std::string> params;  // from the route's {name} segments
  engine::Office& office;
  const engine::Registry& registry;
  Lang lang = Lang::kEn;
  std::optional<engine::SessionUser> session;  // none on public routes
  std::string csrf;                            // the session's CSRF token (forms)
  std::vector<std::string> roles;              // the signed-in user's roles
  bool secure_cookies = false;
  Writer* writer = nullptr;            // the server's group commit, if it has one
  FragmentCache* fragments = nullptr;  // parts of pages already rendered, if kept

  // Runs job (a command) through the writer, else on office: returns once it
  // is written, or throws what it threw, having written nothing.
  void write(const Writer::Job& job);

  // The signed-in user, and where they are: the journal records both.
  engine::Actor actor() const { return {session ? session->user : "", "web " + request.client}; }
  bool has_role(const std::string& role) const;
  // A user as people name them: their full name, else their login.
  std::string person(const std::string& login) const;
  // What person() says of everyone, as one key: a part of a page that names
  // people is shown again only while their names are the same.
  const std::string& people_key() const;
  std::string t(const char* msgid) const { return translate_on_web(lang, msgid); }
  std::string t(const std::string& msgid) const { return translate_on_web(lang, msgid); }
  // A message, or what an error says, worded for the browser in lang.
  std::string said(const engine::Message& m) const { return said_on_web(lang, m); }
  std::string said(const std::exception& error) const { return said_on_web(lang, error); }
  // said as a function, for the engine's functions that take one.
  std::function<std::string(const engine::Message&)> sayer() const {
    return [this](const engine::Message& m) { return said(m); };
  }

  // person()'s names, read once per request if a page asks.
  mutable std::optional<std::map<std::string, std::string>> people{};
  mutable std::optional<std::string> people_digest{};  // people_key(), made once
};

using Handler = Response (*)(Context&);

struct Route {
  const char* method;
  const char* pattern;  // "/api/cases/{id}"
  Handler handler;
  bool api;             // JSON errors (else HTML pages)
  bool signed_in;       // needs a session (a page without one redirects to /login)
  bool upload = false;  // takes a file: a body up to ServeOptions::max_upload_bytes
};

// The language a request's page or message is in: its ?lang=, else the
// language cookie, else its Accept-Language.
Lang lang_of(const Request& request);

// Whether a request of this method may change something (needs a CSRF token,
// is answered on the writing threads): anything but GET and HEAD.
bool state_changing(const std::string& method);

// Every route, API and pages.
const std::vector<Route>& routes();

class App {
 public:
  // Opens the database once to check it can serve.
  App(const ServeOptions& options, const engine::Registry& registry, const engine::Clock& clock);
  // Thread-safe: each server thread answers with its own Office.
  Response handle(const Request& request);
  // Whether a request to method and (decoded) path is an upload, read before
  // its body so that only uploads may send a large one.
  static bool takes_upload(const std::string& method, const std::string& path);
  // The user whose live session the Cookie header carries, if any: only a
  // signed-in user may hold one of the server's upload slots.
  std::optional<std::string> uploader(const std::string& cookie_header);

 private:
  engine::Office& office();
  // An Office on the served database, sealing every write if --seal-key was given.
  std::unique_ptr<engine::Office> open_office() const;
  Response dispatch(Context& context, const Route& route);

  const ServeOptions& options_;
  const engine::Registry& registry_;
  const engine::Clock& clock_;
  std::unique_ptr<Writer> writer_;
  FragmentCache fragments_;
};

// The HTTP status and the stable kind of an error the engine threw.
struct Status {
  int code;
  const char* kind;
};
Status status_of(const std::exception& error);

// A JSON response (API), and the API's error body {"error": {kind, message}}.
Response json_response(int status, const nlohmann::json& body);
Response json_error(int status, const std::string& kind, const std::string& message);

// Set-Cookie values for a new session, and for ending one.
std::vector<std::pair<std::string, std::string>> session_cookies(const engine::SignIn& in,
                                                                 bool secure);
std::vector<std::pair<std::string, std::string>> ended_session_cookies(bool secure);

}  // namespace coopflow::web
