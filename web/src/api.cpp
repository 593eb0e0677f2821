// The JSON API (docs/api.md): the same engine calls and the same JSON
// documents as the CLI's --json, over HTTP.
#include "api.h"

#include <sstream>

#include "coopflow/engine/case_file.h"
#include "coopflow/engine/errors.h"
#include "coopflow/engine/exports.h"
#include "coopflow/engine/json_forms.h"
#include "coopflow/engine/proof.h"
#include "coopflow/engine/values.h"

namespace coopflow::web {
namespace {

// The request's body as a JSON object, or a 400 the caller returns.
std::optional<nlohmann::json> body_object(const Context& c, Response& refusal) {
  nlohmann::json body = engine::read_payload(c.request.body);
  if (!body.is_object()) {
    refusal = json_error(400, "usage", c.t("the body must be a JSON object; see docs/api.md"));
    return std::nullopt;
  }
  return body;
}

// A member as text: a string as is, a number as written; "" if absent.
std::string text(const nlohmann::json& object, const char* key) {
  const auto it = object.find(key);
  if (it == object.end() || it->is_null()) return "";
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number()) return it->dump();
  throw engine::saying<engine::ValidationError>(engine::Message("{1} must be text", {key}), key);
}

}  // namespace

Response api_sign_in(Context& c) {
  Response refusal;
  const auto body = body_object(c, refusal);
  if (!body) return refusal;
  // A new session every time, whatever cookie came with the request
  // (no session fixation).
  const engine::SignIn in =
      c.office.sign_in(text(*body, "user"), text(*body, "password"), c.request.client);
  Response r = json_response(200, {{"user", in.user}, {"csrf", in.csrf}});
  r.headers = session_cookies(in, c.secure_cookies);
  return r;
}

Response api_sign_out(Context& c) {
  c.office.sign_out(c.request.cookie(kSessionCookie), "web " + c.request.client);
  Response r = json_response(200, {{"signed_out", c.session->user}});
  r.headers = ended_session_cookies(c.secure_cookies);
  return r;
}

Response api_cases(Context& c) {
  engine::CaseQuery q;
  q.state = c.request.parameter("state");
  q.workflow = c.request.parameter("workflow");
  q.mine = c.request.parameter("mine") == "1";
  q.after = c.request.parameter("after");
  const std::string limit = c.request.parameter("limit");
  if (!limit.empty()) q.limit = engine::parse_count("limit", limit, 100000);
  nlohmann::json out = nlohmann::json::array();
  for (const auto& s : c.office.list(c.actor(), q)) out.push_back(engine::json_form(s));
  return json_response(200, out);
}

Response api_open_case(Context& c) {
  Response refusal;
  const auto body = body_object(c, refusal);
  if (!body) return refusal;
  engine::CaseRequest request;
  request.requester = text(*body, "requester");
  request.requester_type = text(*body, "requester_type");
  const auto countries = body->find("countries");
  if (countries != body->end() && countries->is_array()) {
    std::vector<std::string> codes;
    for (const auto& code : *countries) {
      codes.push_back(code.is_string() ? code.get<std::string>() : "");
    }
    request.countries = engine::join(codes, ",");
  } else {
    request.countries = text(*body, "countries");
  }
  request.reference = text(*body, "reference");
  request.received = text(*body, "received");
  request.subject = text(*body, "subject");
  const auto partners = body->find("partners");
  if (partners != body->end() && partners->is_array()) {
    for (const auto& p : *partners) {
      request.partners.push_back(p.is_object()   ? text(p, "organisation") + "=" + text(p, "role")
                                 : p.is_string() ? p.get<std::string>()
                                                 : "");
    }
  }
  const engine::Receipt receipt = c.office.open_case(c.actor(), text(*body, "workflow"), request);
  return json_response(201, {{"id", receipt.entry.case_id},
                             {"state", receipt.entry.to_state},
                             {"entry", engine::json_form(receipt.entry)}});
}

Response api_case(Context& c) {
  return json_response(200, engine::json_form(c.office.show(c.actor(), c.params.at("id"))));
}

Response api_history(Context& c) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& e : c.office.history(c.actor(), c.params.at("id"))) {
    out.push_back(engine::json_form(e));
  }
  return json_response(200, out);
}

Response api_fire(Context& c) {
  Response refusal;
  const auto body = body_object(c, refusal);
  if (!body) return refusal;
  engine::RawFields fields;
  const auto given = body->find("fields");
  if (given != body->end() && !given->is_null()) {
    if (!given->is_object()) {
      return json_error(400, "usage", c.t("fields must be an object: {\"name\": \"value\"}"));
    }
    for (const auto& [name, value] : given->items()) fields[name] = text(*given, name.c_str());
  }
  const std::string comment = text(*body, "comment");
  if (!comment.empty()) fields["comment"] = comment;
  const std::string event = text(*body, "event");
  if (event.empty()) {
    return json_error(400, "usage",
                      c.t("event is missing: {\"event\": NAME, \"fields\": {...}}, where NAME "
                          "is one of the case's allowed events (GET /api/cases/ID)"));
  }
  engine::Receipt receipt;
  c.write([&](engine::Office& office) {
    receipt = office.fire(c.actor(), c.params.at("id"), event, fields);
  });
  return json_response(200, {{"id", receipt.entry.case_id},
                             {"state", receipt.entry.to_state},
                             {"entry", engine::json_form(receipt.entry)}});
}

Response api_tasks(Context& c) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& t : c.office.tasks(c.actor())) out.push_back(engine::json_form(t));
  return json_response(200, out);
}

Response api_workflows(Context& c) {
  nlohmann::json out = nlohmann::json::array();
  for (const engine::Workflow* wf : c.registry.all()) out.push_back(engine::json_form(*wf));
  return json_response(200, out);
}

Response api_verify(Context& c) {
  require_operation(c, engine::Authority::audit());
  return json_response(200, engine::json_form(c.office.verify(c.actor(), std::nullopt), c.sayer()));
}

Response api_export(Context& c) {
  const std::string& format = c.params.at("format");
  std::ostringstream out;
  Response r;
  if (format == "csv" || format == "csv-excel") {
    engine::CsvExport csv(out, format == "csv"
                                   ? engine::CsvShape{}
                                   : engine::CsvShape::spreadsheet(c.lang == Lang::kFr));
    c.office.export_cases(c.actor(), [&](const engine::CaseRecord& rec) { csv.add(rec); });
    r.content_type = "text/csv; charset=utf-8";
  } else if (format == "iati") {
    engine::IatiExport iati(out, c.office.iati_reporter(c.actor()),
                            engine::format_utc(std::chrono::system_clock::now()));
    c.office.export_cases(c.actor(), [&](const engine::CaseRecord& rec) { iati.add(rec); });
    iati.finish();
    r.content_type = "application/xml";
  } else if (format == "jsonl") {
    c.office.export_log(c.actor(), std::nullopt, std::nullopt, [&](const engine::JournalEntry& e) {
      out << engine::entry_json(e).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
          << "\n";
    });
    r.content_type = "application/x-ndjson";
  } else {
    return json_error(
        404, "not-found",
        c.said(engine::Message("no export format '{1}'; csv, csv-excel, iati or jsonl", {format})));
  }
  r.body = out.str();
  const std::string extension = format == "iati" ? "xml" : format == "csv-excel" ? "csv" : format;
  r.headers.emplace_back("Content-Disposition",
                         "attachment; filename=\"coopflow." + extension + "\"");
  return r;
}

namespace {

engine::Ruling ruling_on(const Context& c, const engine::EventSpec& operation) {
  const engine::Standing who{c.session ? c.session->user : "", c.roles, false};
  return engine::Authority::rule(who, operation, nullptr);
}

}  // namespace

bool may_do(const Context& c, const engine::EventSpec& operation) {
  return ruling_on(c, operation).allowed();
}

void require_operation(const Context& c, const engine::EventSpec& operation) {
  ruling_on(c, operation).enforce();
}

}  // namespace coopflow::web
