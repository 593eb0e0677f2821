// Every address the server answers: the JSON API (docs/api.md, and
// docs/openapi.json, which a test holds to this table) and the pages.
#include "api.h"
#include "pages.h"

namespace coopflow::web {

const std::vector<Route>& routes() {
  static const std::vector<Route> table = {
      // method    pattern                            handler           api    signed_in  upload
      {"POST", "/api/session", api_sign_in, true, false},
      {"DELETE", "/api/session", api_sign_out, true, true},
      {"GET", "/api/cases", api_cases, true, true},
      {"POST", "/api/cases", api_open_case, true, true},
      {"GET", "/api/cases/{id}", api_case, true, true},
      {"GET", "/api/cases/{id}/history", api_history, true, true},
      {"POST", "/api/cases/{id}/events", api_fire, true, true},
      {"GET", "/api/tasks", api_tasks, true, true},
      {"GET", "/api/workflows", api_workflows, true, true},
      {"GET", "/api/verify", api_verify, true, true},
      {"GET", "/api/export/{format}", api_export, true, true},
      {"GET", "/login", sign_in_page, false, false},
      {"POST", "/login", sign_in_form, false, false},
      {"POST", "/logout", sign_out_form, false, true},
      {"GET", "/", tasks_page, false, true},
      {"GET", "/cases", cases_page, false, true},
      {"GET", "/cases/new", new_case_page, false, true},
      {"POST", "/cases", open_case_form, false, true},
      {"GET", "/cases/{id}", case_page, false, true},
      {"POST", "/cases/{id}/events", case_event_form, false, true},
      {"POST", "/cases/{id}/holders", case_holders_form, false, true},
      {"POST", "/cases/{id}/documents", case_document_form, false, true, true},
      {"GET", "/cases/{id}/documents/{number}", attachment_file, false, true},
      {"GET", "/figures", figures_page, false, true},
      {"GET", "/audit", audit_page, false, true},
      {"GET", "/workflows", workflows_page, false, true},
      {"GET", "/workflows/{name}/diagram.svg", diagram_svg, false, true},
  };
  return table;
}

std::vector<std::string> route_list() {
  std::vector<std::string> out;
  for (const Route& r : routes()) out.push_back(std::string(r.method) + " " + r.pattern);
  return out;
}

}  // namespace coopflow::web
