#pragma once

#include "app.h"

// The JSON API's handlers (docs/api.md).
namespace coopflow::web {

Response api_sign_in(Context& c);    // POST /api/session
Response api_sign_out(Context& c);   // DELETE /api/session
Response api_cases(Context& c);      // GET /api/cases
Response api_open_case(Context& c);  // POST /api/cases
Response api_case(Context& c);       // GET /api/cases/{id}
Response api_history(Context& c);    // GET /api/cases/{id}/history
Response api_fire(Context& c);       // POST /api/cases/{id}/events
Response api_tasks(Context& c);      // GET /api/tasks
Response api_workflows(Context& c);  // GET /api/workflows
Response api_verify(Context& c);     // GET /api/verify
Response api_export(Context& c);     // GET /api/export/{format}

// Whether the signed-in user may do operation (roles; no case to decide on).
bool may_do(const Context& c, const engine::EventSpec& operation);
// Throws ForbiddenError unless the signed-in user may do operation.
void require_operation(const Context& c, const engine::EventSpec& operation);

}  // namespace coopflow::web
