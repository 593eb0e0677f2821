#pragma once

#include <string>

#include "app.h"
#include "coopflow/engine/html.h"

// The pages: server-rendered HTML, no script, no external asset, every text
// through engine::Html (escaped) and translate().
namespace coopflow::web {

using engine::Html;

// A whole page: head with styles (screen and print), the navigation for the
// signed-in user, the language switch, then main.
Response page(const Context& c, int status, const std::string& title, const Html& main);
// A page that says what went wrong, with the status it goes with.
Response error_page(const Context& c, int status, const std::string& message);
// 303 to the sign-in page, coming back here after.
Response redirect_to_sign_in(const Context& c);
// 303 to path (after a form was handled).
Response see_other(const std::string& path);

// Text, translated, as Html.
Html tr(const Context& c, const char* msgid);
// text with its first letter in upper case, by ICU's rules for lang (é →
// É): a heading or a sentence made of a word or a message.
std::string capitalised(const std::string& text, Lang lang);
// The exports' download links: cases for Excel (shaped for the page's
// language) and for other tools, activities in IATI; with_log: the log too.
Html exports_list(const Context& c, bool with_log);
// What went wrong, as the page's alert: a sentence, its first letter upper
// case (the engine's messages start lower case, as lines on stderr do); none
// if problem is empty.
Html alert(const Context& c, const std::string& problem);
// A role in the page's language: one of coopflow's roles translated, any
// other recorded text shown as it is.
std::string role_said(const Context& c, const std::string& role);
// A hidden input holding the session's CSRF token, for every form that posts.
Html csrf_field(const Context& c);
// One choice of a <select>.
Html option(const std::string& value, const std::string& label, bool selected);
// A link to a case's page.
Html case_link(const std::string& id);

Response sign_in_page(Context& c);        // GET /login
Response sign_in_form(Context& c);        // POST /login
Response sign_out_form(Context& c);       // POST /logout
Response tasks_page(Context& c);          // GET /
Response cases_page(Context& c);          // GET /cases
Response new_case_page(Context& c);       // GET /cases/new
Response open_case_form(Context& c);      // POST /cases
Response case_page(Context& c);           // GET /cases/{id}
Response case_event_form(Context& c);     // POST /cases/{id}/events
Response case_holders_form(Context& c);   // POST /cases/{id}/holders
Response case_document_form(Context& c);  // POST /cases/{id}/documents
Response attachment_file(Context& c);     // GET /cases/{id}/documents/{number}
Response figures_page(Context& c);        // GET /figures
Response audit_page(Context& c);          // GET /audit
Response workflows_page(Context& c);      // GET /workflows
Response diagram_svg(Context& c);         // GET /workflows/{name}/diagram.svg

}  // namespace coopflow::web
