#include "app.h"

#include <algorithm>

#include "coopflow/engine/errors.h"
#include "coopflow/engine/journal_entry.h"
#include "coopflow/web/multipart.h"
#include "pages.h"

namespace coopflow::web {
namespace {

// What the server keeps of pages already rendered: a few thousand cases'
// sealed sections, at a few kilobytes each.
constexpr std::size_t kFragmentBytes = std::size_t{16} * 1024 * 1024;

// Matches path against a pattern of literal and {name} segments.
bool match(const std::string& pattern, const std::string& path,
           std::map<std::string, std::string>& params) {
  std::size_t p = 0, q = 0;
  while (p < pattern.size() && q < path.size()) {
    if (pattern[p] == '{') {
      const auto close = pattern.find('}', p);
      const auto slash = path.find('/', q);
      const std::string value =
          path.substr(q, slash == std::string::npos ? std::string::npos : slash - q);
      if (value.empty()) return false;
      params[pattern.substr(p + 1, close - p - 1)] = value;
      p = close + 1;
      q = slash == std::string::npos ? path.size() : slash;
    } else if (pattern[p] == path[q]) {
      ++p;
      ++q;
    } else {
      return false;
    }
  }
  return p == pattern.size() && q == path.size();
}

// Headers every answer carries: no sniffing, no framing, nothing fetched from
// elsewhere, nothing cached of a signed-in page.
void harden(Response& r) {
  r.headers.emplace_back("X-Content-Type-Options", "nosniff");
  r.headers.emplace_back("Referrer-Policy", "no-referrer");
  r.headers.emplace_back("Cache-Control", "no-store");
  r.headers.emplace_back("Content-Security-Policy",
                         "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; "
                         "form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
}

std::string cookie_attributes(bool secure) {
  return std::string("; Path=/; HttpOnly; SameSite=Strict") + (secure ? "; Secure" : "");
}

}  // namespace

void Context::write(const Writer::Job& job) {
  if (writer != nullptr) return writer->run(job);
  job(office);
}

bool state_changing(const std::string& method) { return method != "GET" && method != "HEAD"; }

Lang lang_of(const Request& request) {
  const auto query = request.query.find("lang");
  return page_lang(query == request.query.end() ? "" : query->second, request.cookie(kLangCookie),
                   request.header("accept-language"));
}

std::string Context::person(const std::string& login) const {
  if (!people) people = office.people(actor());
  const auto it = people->find(login);
  return it == people->end() ? login : it->second;
}

const std::string& Context::people_key() const {
  if (!people_digest) {
    if (!people) people = office.people(actor());
    std::string all;
    for (const auto& [login, name] : *people) all += login + '\0' + name + '\0';
    people_digest = engine::sha256_hex(all);
  }
  return *people_digest;
}

bool App::takes_upload(const std::string& method, const std::string& path) {
  for (const Route& route : routes()) {
    std::map<std::string, std::string> ignored;
    if (route.upload && route.method == method && match(route.pattern, path, ignored)) return true;
  }
  return false;
}

std::optional<std::string> App::uploader(const std::string& cookie_header) {
  Request r;
  r.headers["cookie"] = cookie_header;
  const std::string token = r.cookie(kSessionCookie);
  if (token.empty()) return std::nullopt;
  try {
    return office().session(token).user;  // throws if it is not live
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

bool Context::has_role(const std::string& role) const {
  return std::find(roles.begin(), roles.end(), role) != roles.end();
}

Status status_of(const std::exception& e) {
  using namespace engine;
  if (dynamic_cast<const AuthenticationError*>(&e)) return {401, "unauthenticated"};
  if (dynamic_cast<const TooManyAttemptsError*>(&e)) return {429, "too-many"};
  if (dynamic_cast<const ValidationError*>(&e)) return {422, "invalid-value"};
  if (dynamic_cast<const NotFoundError*>(&e)) return {404, "not-found"};
  if (dynamic_cast<const ForbiddenError*>(&e)) return {403, "forbidden"};
  if (dynamic_cast<const IllegalTransitionError*>(&e)) return {409, "illegal-transition"};
  if (dynamic_cast<const BusyError*>(&e)) return {503, "busy"};
  if (dynamic_cast<const ConflictError*>(&e)) return {409, "conflict"};
  if (dynamic_cast<const IntegrityError*>(&e)) return {500, "verification-failed"};
  if (dynamic_cast<const DatabaseError*>(&e)) return {500, "database"};
  return {500, "internal"};
}

Response json_response(int status, const nlohmann::json& body) {
  Response r;
  r.status = status;
  r.content_type = "application/json";
  r.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  return r;
}

Response json_error(int status, const std::string& kind, const std::string& message) {
  return json_response(status, {{"error", {{"kind", kind}, {"message", message}}}});
}

std::vector<std::pair<std::string, std::string>> session_cookies(const engine::SignIn& in,
                                                                 bool secure) {
  const std::string lifetime =
      "; Max-Age=" +
      std::to_string(
          std::chrono::duration_cast<std::chrono::seconds>(engine::kSessionLifetime).count());
  return {{"Set-Cookie",
           std::string(kSessionCookie) + "=" + in.token + lifetime + cookie_attributes(secure)},
          {"Set-Cookie",
           std::string(kCsrfCookie) + "=" + in.csrf + lifetime + cookie_attributes(secure)}};
}

std::vector<std::pair<std::string, std::string>> ended_session_cookies(bool secure) {
  return {{"Set-Cookie", std::string(kSessionCookie) + "=; Max-Age=0" + cookie_attributes(secure)},
          {"Set-Cookie", std::string(kCsrfCookie) + "=; Max-Age=0" + cookie_attributes(secure)}};
}

App::App(const ServeOptions& options, const engine::Registry& registry, const engine::Clock& clock)
    : options_(options), registry_(registry), clock_(clock), fragments_(kFragmentBytes) {
  office();  // a database that cannot serve stops `serve` before it listens
  writer_ = std::make_unique<Writer>(open_office());
}

std::unique_ptr<engine::Office> App::open_office() const {
  auto office =
      std::make_unique<engine::Office>(engine::Office::open(options_.db, clock_, registry_));
  if (!options_.seal_key.empty()) office->seal_every_write(options_.seal_key);
  return office;
}

// Cases whose folds each server thread keeps: an office's open cases, at a few
// kilobytes each.
constexpr std::size_t kFoldsKept = 256;

engine::Office& App::office() {
  // One Office per server thread: an Office is not thread-safe, SQLite
  // serialises the writes of all of them.
  thread_local std::unique_ptr<engine::Office> mine;
  if (!mine) {
    mine = open_office();
    mine->keep_folds(kFoldsKept);
  }
  return *mine;
}

namespace {

// The session's CSRF token from its cookie, for the page's forms, if it is
// the session's.
void keep_csrf_cookie(Context& c) {
  const std::string given = c.request.cookie(kCsrfCookie);
  if (engine::csrf_matches(*c.session, given)) c.csrf = given;
}

// The signed-in user's session, roles and CSRF token, if the request carries a
// live session: for a page that is not one of the routes, so that it keeps
// the menu.
void known_reader(Context& c) {
  const std::string token = c.request.cookie(kSessionCookie);
  if (token.empty()) return;
  try {
    c.office.snapshot([&] { c.session = c.office.fresh_session(token); });
    if (!c.session) c.session = c.office.session(token);
  } catch (const std::exception&) {
    return;  // no live session (or no database): the page without the menu
  }
  if (!c.session) return;
  c.roles = c.session->roles;
  keep_csrf_cookie(c);
}

}  // namespace

Response App::handle(const Request& request) {
  const Route* found = nullptr;
  bool path_known = false;
  std::map<std::string, std::string> params;
  for (const Route& route : routes()) {
    std::map<std::string, std::string> p;
    if (!match(route.pattern, request.path, p)) continue;
    path_known = true;
    if (route.method == request.method) {
      found = &route;
      params = std::move(p);
      break;
    }
  }
  const bool api = request.path.rfind("/api/", 0) == 0;
  const auto query = request.query.find("lang");
  Context context{
      request, std::move(params),     office(),      registry_,  lang_of(request), std::nullopt, "",
      {},      options_.behind_proxy, writer_.get(), &fragments_};
  Response r;
  if (found == nullptr) {
    const int status = path_known ? 405 : 404;
    if (!api) known_reader(context);
    r = api ? json_error(status, path_known ? "method-not-allowed" : "not-found",
                         path_known ? context.said(engine::Message("this address does not take {1}",
                                                                   {request.method}))
                                    : context.t("no such address: see docs/api.md"))
            : error_page(context, status,
                         context.t(path_known ? "This address does not take that request."
                                              : "There is no such page."));
  } else {
    r = dispatch(context, *found);
  }
  if (query != request.query.end() && (query->second == "fr" || query->second == "en")) {
    r.headers.emplace_back("Set-Cookie", std::string(kLangCookie) + "=" + query->second +
                                             "; Max-Age=31536000" +
                                             cookie_attributes(options_.behind_proxy));
  }
  harden(r);
  return r;
}

namespace {

// The token a page's form sent in its csrf field: url-encoded, or a part of
// an upload's multipart body; nothing if that body is not whole.
std::optional<std::string> form_csrf(const Request& request) {
  const std::string boundary = form_boundary(request.header("content-type"));
  if (boundary.empty()) return parse_form(request.body)["csrf"];
  const auto parts = parse_multipart(request.body, boundary);
  if (!parts) return std::nullopt;
  for (const FormPart& part : *parts) {
    if (part.name == "csrf" && !part.filename) return std::string(part.body);
  }
  return "";
}

// The signed-in request's CSRF check and its handler.
Response signed_in(Context& c, const Route& route) {
  keep_csrf_cookie(c);
  if (state_changing(c.request.method)) {
    const std::optional<std::string> sent =
        route.api ? std::optional<std::string>(c.request.header("x-csrf-token"))
                  : form_csrf(c.request);
    if (!sent) {
      return error_page(
          c, 400, c.t("The document did not arrive whole; nothing was kept. Attach it again."));
    }
    if (!engine::csrf_matches(*c.session, *sent)) {
      const std::string why =
          c.t("this request lacks the session's CSRF token (X-CSRF-Token); nothing was done");
      return route.api ? json_error(403, "forbidden", why)
                       : error_page(c, 403,
                                    c.t("This form is out of date or was not sent from "
                                        "coopflow; nothing was done. Open the page again."));
    }
  }
  c.roles = c.session->roles;
  return route.handler(c);
}

}  // namespace

Response App::dispatch(Context& c, const Route& route) {
  try {
    if (!route.signed_in) return route.handler(c);
    const std::string token = c.request.cookie(kSessionCookie);
    if (!state_changing(c.request.method)) {
      // A reading request whose session needs no write reads it and the page
      // in one snapshot: one read transaction instead of two (P6).
      std::optional<Response> answered;
      c.office.snapshot([&] {
        c.session = c.office.fresh_session(token);
        if (c.session) answered = signed_in(c, route);
      });
      if (answered) return std::move(*answered);
    }
    try {
      c.session = c.office.session(token);
    } catch (const engine::AuthenticationError& e) {
      if (route.api) return json_error(401, "unauthenticated", c.said(e));
      return redirect_to_sign_in(c);
    }
    return signed_in(c, route);
  } catch (const std::exception& e) {
    const Status s = status_of(e);
    if (route.api) return json_error(s.code, s.kind, c.said(e));
    return error_page(c, s.code, c.said(e));
  }
}

}  // namespace coopflow::web
