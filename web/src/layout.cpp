// The frame every page shares: styles for screen and print, navigation,
// language switch, sign-out.
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "coopflow/engine/actor.h"
#include "coopflow/engine/values.h"
#include "pages.h"

namespace coopflow::web {
namespace {

constexpr const char kStyle[] =
    "body{font-family:system-ui,Arial,Helvetica,sans-serif;margin:0;color:#1a1a1a;"
    "background:#f6f7f9;line-height:1.45}"
    "a{color:#1d3f72}a:focus,button:focus,input:focus,select:focus,textarea:focus"
    "{outline:3px solid #f0a500;outline-offset:1px}"
    ".skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:."
    "5rem}"
    "header.top{background:#1d3f72;color:#fff;padding:.5rem 1rem;display:flex;flex-wrap:wrap;"
    "gap:1rem;align-items:center}"
    "header.top a{color:#fff}header.top nav ul{list-style:none;display:flex;gap:1rem;margin:0;"
    "padding:0;flex-wrap:wrap}"
    ".who{margin-left:auto;display:flex;gap:.75rem;align-items:center}"
    ".who button{background:none;border:1px solid #fff;color:#fff;padding:.2rem "
    ".6rem;cursor:pointer}"
    "main{max-width:60rem;margin:1rem auto;padding:0 1rem}"
    "h1{font-size:1.6rem}h2{font-size:1.2rem;border-bottom:1px solid #c8d3e3;margin-top:2rem}"
    "table{border-collapse:collapse;width:100%;background:#fff}"
    "th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #dde3ec;vertical-align:top}"
    ".card{background:#fff;border:1px solid #dde3ec;padding:1rem;margin:1rem 0}"
    ".error{background:#fdecea;border:1px solid #d93025;padding:.75rem;margin:1rem 0}"
    ".done{background:#e6f4ea;border:1px solid #188038;padding:.75rem;margin:1rem 0}"
    ".overdue{color:#b3261e;font-weight:bold}td.when{white-space:nowrap}"
    "label{display:block;font-weight:600;margin-top:.6rem}"
    "input,select,textarea{font:inherit;padding:.3rem;max-width:100%}"
    "textarea{width:100%;min-height:3.5rem}"
    "button.act{margin-top:.8rem;background:#1d3f72;color:#fff;border:0;padding:.45rem 1rem;"
    "cursor:pointer;font:inherit}"
    "dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}"
    "dd{margin:0;white-space:pre-wrap}"
    ".help{color:#555;font-size:.9rem}"
    "fieldset{border:1px solid #dde3ec;margin-top:.8rem}.pair{display:flex;flex-wrap:wrap;gap:0 "
    ".75rem;"
    "align-items:baseline}"
    "@media print{header.top,.forms,.no-print,form{display:none}body{background:#fff}"
    "main{max-width:none;margin:0}.card{border:0;padding:0}h2{break-after:avoid}"
    "tr,.card{break-inside:avoid}a{color:inherit;text-decoration:none}}";

// This page's address in language code: its query (a list's filters) kept.
std::string in_language(const Context& c, const char* code) {
  std::string query = "?";
  for (const auto& [key, value] : c.request.query) {
    if (key != "lang") query += url_encode(key) + "=" + url_encode(value) + "&";
  }
  return query + "lang=" + code;
}

Html nav(const Context& c) {
  Html h = Html::markup("<header class=\"top\"><a class=\"skip\" href=\"#main\">") +
           tr(c, "Skip to the content") + Html::markup("</a>");
  h += Html::markup("<strong>coopflow</strong>");
  if (c.session) {
    h += Html::markup("<nav aria-label=\"") + tr(c, "Main") + Html::markup("\"><ul>");
    h += Html::markup("<li><a href=\"/\">") + tr(c, "My tasks") + Html::markup("</a></li>");
    h += Html::markup("<li><a href=\"/cases\">") + tr(c, "Cases") + Html::markup("</a></li>");
    if (c.has_role("coordinator")) {
      h += Html::markup("<li><a href=\"/cases/new\">") + tr(c, "Open a case") +
           Html::markup("</a></li>");
    }
    h += Html::markup("<li><a href=\"/figures\">") + tr(c, "Figures") + Html::markup("</a></li>");
    if (c.has_role("auditor") || c.has_role("admin")) {
      h += Html::markup("<li><a href=\"/audit\">") + tr(c, "Audit") + Html::markup("</a></li>");
    }
    h += Html::markup("<li><a href=\"/workflows\">") + tr(c, "Workflows") +
         Html::markup("</a></li></ul></nav>");
  }
  h += Html::markup("<div class=\"who\">");
  const char* other = c.lang == Lang::kFr ? "en" : "fr";
  h += Html::markup("<a href=\"") + Html::text(in_language(c, other)) + Html::markup("\" lang=\"") +
       Html::text(other) + Html::markup("\" hreflang=\"") + Html::text(other) +
       Html::markup("\">") + Html::text(c.lang == Lang::kFr ? "English" : "Français") +
       Html::markup("</a>");
  if (c.session) {
    h += Html::markup("<span>") + Html::text(c.person(c.session->user)) + Html::markup("</span>");
    h += Html::markup("<form method=\"post\" action=\"/logout\">") + csrf_field(c) +
         Html::markup("<button type=\"submit\">") + tr(c, "Sign out") +
         Html::markup("</button></form>");
  }
  return h + Html::markup("</div></header>");
}

}  // namespace

Html tr(const Context& c, const char* msgid) { return Html::text(c.t(msgid)); }

std::string role_said(const Context& c, const std::string& role) {
  return engine::is_role(role) ? c.t(role) : role;
}

Html option(const std::string& value, const std::string& label, bool selected) {
  return Html::markup("<option value=\"") + Html::text(value) + Html::markup("\"") +
         (selected ? Html::markup(" selected") : Html()) + Html::markup(">") + Html::text(label) +
         Html::markup("</option>");
}

Html csrf_field(const Context& c) {
  return Html::markup("<input type=\"hidden\" name=\"csrf\" value=\"") + Html::text(c.csrf) +
         Html::markup("\">");
}

Html case_link(const std::string& id) {
  return Html::markup("<a href=\"/cases/") + Html::text(url_encode(id)) + Html::markup("\">") +
         Html::text(id) + Html::markup("</a>");
}

Response page(const Context& c, int status, const std::string& title, const Html& main) {
  Html h = Html::markup("<!DOCTYPE html>\n<html lang=\"") + Html::text(lang_code(c.lang)) +
           Html::markup(
               "\">\n<head>\n<meta charset=\"utf-8\">\n"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
               "<title>") +
           Html::text(title + " · coopflow") + Html::markup("</title>\n<style>") +
           Html::markup(kStyle) + Html::markup("</style>\n</head>\n<body>\n") + nav(c) +
           Html::markup("\n<main id=\"main\">\n") + main +
           Html::markup("\n</main>\n</body>\n</html>\n");
  Response r;
  r.status = status;
  r.content_type = "text/html; charset=utf-8";
  r.body = h.str();
  return r;
}

std::string capitalised(const std::string& text, Lang lang) {
  if (text.empty()) return text;
  // ASCII needs no locale (a page capitalises every label it shows).
  if (const auto first = static_cast<unsigned char>(text[0]); first < 0x80) {
    if (first < 'a' || first > 'z') return text;
    std::string out = text;
    out[0] = static_cast<char>(first - 'a' + 'A');
    return out;
  }
  std::size_t end = 0;
  if (engine::next_code_point(text, end) < 0) return text;
  const std::string head = text.substr(0, end);
  std::string upper;
  icu::UnicodeString::fromUTF8(head)
      .toUpper(lang == Lang::kFr ? icu::Locale::getCanadaFrench() : icu::Locale::getEnglish())
      .toUTF8String(upper);
  return upper + text.substr(head.size());
}

Html exports_list(const Context& c, bool with_log) {
  Html h = Html::markup("<ul><li><a href=\"/api/export/csv-excel\">") +
           tr(c, "Cases, for Excel (CSV)") +
           Html::markup("</a></li><li><a href=\"/api/export/csv\">") +
           tr(c, "Cases, for other tools (CSV, RFC 4180)") +
           Html::markup("</a></li><li><a href=\"/api/export/iati\">") +
           tr(c, "Activities, IATI 2.03 (XML)") + Html::markup("</a></li>");
  if (with_log) {
    h += Html::markup("<li><a href=\"/api/export/jsonl\">") +
         tr(c, "Every log entry with its hash (JSON lines)") + Html::markup("</a></li>");
  }
  return h + Html::markup("</ul>");
}

Html alert(const Context& c, const std::string& problem) {
  if (problem.empty()) return Html();
  return Html::markup("<p class=\"error\" role=\"alert\">") +
         Html::text(capitalised(problem, c.lang)) + Html::markup("</p>");
}

Response error_page(const Context& c, int status, const std::string& message) {
  const char* title = status == 401   ? N_("Please sign in")
                      : status == 403 ? N_("Not allowed")
                      : status == 404 ? N_("Not found")
                      : status == 409 ? N_("Not possible now")
                      : status == 422 ? N_("Something is not right in what was sent")
                      : status == 429 ? N_("Too many attempts")
                      : status == 503 ? N_("Busy: try again")
                                      : N_("Something went wrong");
  const Html main = Html::markup("<h1>") + tr(c, title) + Html::markup("</h1>") +
                    alert(c, message) + Html::markup("<p><a href=\"/\">") +
                    tr(c, "Back to my tasks") + Html::markup("</a></p>");
  return page(c, status, c.t(title), main);
}

Response redirect_to_sign_in(const Context& c) {
  return see_other("/login?next=" + url_encode(c.request.path));
}

Response see_other(const std::string& path) {
  Response r;
  r.status = 303;
  r.headers.emplace_back("Location", path);
  return r;
}

}  // namespace coopflow::web
