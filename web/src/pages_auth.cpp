// Signing in and out with a form.
#include "coopflow/engine/errors.h"
#include "pages.h"

namespace coopflow::web {
namespace {

// Where to go after signing in: a path of this site only (never "//host").
std::string safe_next(const std::string& next) {
  const bool local = next.size() > 1 && next[0] == '/' && next[1] != '/' && next[1] != '\\';
  return local ? next : "/";
}

Response form(const Context& c, int status, const std::string& next, const std::string& user,
              const std::string& problem) {
  Html main = Html::markup("<h1>") + tr(c, "Sign in") + Html::markup("</h1>");
  main += alert(c, problem);
  main += Html::markup(
              "<form class=\"card\" method=\"post\" action=\"/login\">"
              "<input type=\"hidden\" name=\"next\" value=\"") +
          Html::text(safe_next(next)) + Html::markup("\"><label for=\"user\">") +
          tr(c, "User name") +
          Html::markup(
              "</label><input id=\"user\" name=\"user\" autocomplete=\"username\" "
              "required value=\"") +
          Html::text(user) + Html::markup("\"><label for=\"password\">") + tr(c, "Password") +
          Html::markup(
              "</label><input id=\"password\" name=\"password\" type=\"password\" "
              "autocomplete=\"current-password\" required><br><button class=\"act\" "
              "type=\"submit\">") +
          tr(c, "Sign in") + Html::markup("</button></form>");
  return page(c, status, c.t("Sign in"), main);
}

}  // namespace

Response sign_in_page(Context& c) {
  const auto next = c.request.query.find("next");
  return form(c, 200, next == c.request.query.end() ? "/" : next->second, "", "");
}

Response sign_in_form(Context& c) {
  auto fields = parse_form(c.request.body);
  try {
    const engine::SignIn in =
        c.office.sign_in(fields["user"], fields["password"], c.request.client);
    Response r = see_other(safe_next(fields["next"]));
    for (auto& cookie : session_cookies(in, c.secure_cookies)) r.headers.push_back(cookie);
    return r;
  } catch (const engine::AuthenticationError&) {
    return form(c, 401, fields["next"], fields["user"],
                c.t("Wrong user name or password. Check both and try again."));
  } catch (const engine::TooManyAttemptsError&) {
    return form(c, 429, fields["next"], fields["user"],
                c.t("Too many failed attempts: wait 15 minutes, or ask an administrator to set a "
                    "new password."));
  }
}

Response sign_out_form(Context& c) {
  c.office.sign_out(c.request.cookie(kSessionCookie), "web " + c.request.client);
  Response r = see_other("/login");
  for (auto& cookie : ended_session_cookies(c.secure_cookies)) r.headers.push_back(cookie);
  return r;
}

}  // namespace coopflow::web
