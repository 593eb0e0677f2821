// A case's page: where it stands, its request, its current documents,
// decisions, attached documents and timeline, and one form for each event
// the signed-in user may fire now, built from the workflow's declarations.
// Printed, it is the case's dossier.
#include <algorithm>
#include <iterator>
#include <map>

#include "api.h"
#include "case_forms.h"
#include "case_page.h"
#include "coopflow/engine/attachment.h"
#include "coopflow/engine/case_file.h"
#include "coopflow/engine/clock.h"
#include "coopflow/engine/errors.h"
#include "coopflow/engine/json_forms.h"
#include "coopflow/engine/values.h"
#include "coopflow/web/multipart.h"

namespace coopflow::web {
namespace {

// The done of an address after the holders were saved, or a document
// attached: no event is named so.
constexpr const char* kHoldersDone = "holders";
constexpr const char* kDocumentDone = "document";

Html definition(const std::string& term, const std::string& value) {
  return Html::markup("<dt>") + Html::text(term) + Html::markup("</dt><dd>") + Html::text(value) +
         Html::markup("</dd>");
}

Html request_section(const Context& c, const engine::CaseView& v) {
  const engine::Workflow& wf = v.file.workflow();
  const nlohmann::json& req = v.file.request();
  Html h = Html::markup("<section class=\"card\" aria-labelledby=\"request\"><h2 id=\"request\">") +
           tr(c, "The request") + Html::markup("</h2><dl>");
  const engine::EventSpec& opening = wf.opening_event();
  if (!opening.fields.empty()) {
    for (const auto& f : opening.fields) {
      if (req.contains(f.name)) {
        h += definition(capitalised(c.t(f.name), c.lang),
                        shown(c, f, value_of(c, req, f.name, &opening)));
      }
    }
    return h + Html::markup("</dl></section>");
  }
  h += definition(c.t("Requester"), v.summary.requester + " (" +
                                        c.t(member_of(c, req, "requester-type").c_str()) + ")");
  h += definition(c.t("Official reference"), member_of(c, req, "reference"));
  h += definition(c.t("Received on"), v.summary.received);
  std::vector<std::string> countries;
  const auto codes = req.is_object() ? req.find("countries") : req.end();
  if (codes != req.end() && codes->is_array()) {
    for (const auto& code : *codes) {
      if (code.is_string()) {
        countries.push_back(engine::country_name(code.get<std::string>(), c.lang == Lang::kFr));
      }
    }
  }
  h += definition(c.t("Countries"), engine::join(countries, ", "));
  const auto partners = req.is_object() ? req.find("partners") : req.end();
  if (partners != req.end() && partners->is_array()) {
    for (const auto& p : *partners) {
      h += definition(c.t("Partner"), member_of(c, p, "organisation") + " (" +
                                          c.t(member_of(c, p, "role").c_str()) + ")");
    }
  }
  return h + Html::markup("</dl></section>");
}

// A version's values, each under its label (the currency is in its amount).
Html version_values(const Context& c, const engine::Document& d, const engine::EventSpec* spec) {
  Html h = Html::markup("<dl>");
  for (const auto& f : engine::declared_fields(spec)) {
    if (f.type == engine::FieldType::kCurrency || !d.fields.contains(f.name)) continue;
    h += definition(capitalised(c.t(f.name), c.lang),
                    shown(c, f, value_of(c, d.fields, f.name, spec)));
  }
  return h + Html::markup("</dl>");
}

std::string author_and_time(const Context& c, const engine::Document& d) {
  return c.person(d.author) + ", " + engine::local_minute(d.at);
}

// An activity on one line: what, when, how, where, with how many.
std::string activity_line(const Context& c, const engine::Document& a,
                          const engine::EventSpec* spec) {
  std::string line = value_of(c, a.fields, "title", spec) + ", " +
                     value_of(c, a.fields, "from", spec) + " → " +
                     value_of(c, a.fields, "to", spec);
  if (const engine::FieldSpec* mode = spec ? spec->find_field("mode") : nullptr) {
    if (a.fields.contains("mode")) {
      line += ", " + shown(c, *mode, value_of(c, a.fields, "mode", spec));
    }
  }
  const std::string place = value_of(c, a.fields, "place", spec);
  if (!place.empty()) line += ", " + place;
  return line + ", " +
         c.said(
             engine::Message("participants: {1}", {value_of(c, a.fields, "participants", spec)}));
}

Html documents_section(const Context& c, const engine::CaseView& v) {
  const engine::Workflow& wf = v.file.workflow();
  Html h;
  for (const auto& [kind, versions] : v.file.documents()) {
    const engine::EventSpec* spec = wf.producer_of(kind);
    const engine::Document& d = versions.back();
    h += Html::markup("<section class=\"card\"><h2>") + Html::text(capitalised(c.t(kind), c.lang)) +
         Html::markup(" — ") + tr(c, "version") + Html::markup(" ") +
         Html::text(std::to_string(d.version)) + Html::markup("</h2><p class=\"help\">") +
         Html::text(author_and_time(c, d)) + Html::markup("</p>");
    if (kind == "activity") {
      h += Html::markup("<ol>");
      for (const auto& a : versions) {
        h += Html::markup("<li>") + Html::text(activity_line(c, a, spec)) + Html::markup("</li>");
      }
      h += Html::markup("</ol></section>");
      continue;
    }
    h += version_values(c, d, spec);
    if (versions.size() > 1) {  // what was decided on before, newest first
      h += Html::markup("<details><summary>") + tr(c, "Earlier versions") +
           Html::markup("</summary>");
      for (auto it = std::next(versions.rbegin()); it != versions.rend(); ++it) {
        h += Html::markup("<h3>") + tr(c, "version") + Html::markup(" ") +
             Html::text(std::to_string(it->version)) + Html::markup("</h3><p class=\"help\">") +
             Html::text(author_and_time(c, *it)) + Html::markup("</p>") +
             version_values(c, *it, spec);
      }
      h += Html::markup("</details>");
    }
    h += Html::markup("</section>");
  }
  return h;
}

Html decisions_section(const Context& c, const engine::CaseView& v) {
  if (v.approvals.empty()) return Html();
  Html h = Html::markup("<section class=\"card\"><h2>") + tr(c, "Decisions") +
           Html::markup("</h2><table><thead><tr><th scope=\"col\">") + tr(c, "Decision") +
           Html::markup("</th><th scope=\"col\">") + tr(c, "By") +
           Html::markup("</th><th scope=\"col\">") + tr(c, "On") +
           Html::markup("</th><th scope=\"col\">") + tr(c, "Comment") +
           Html::markup("</th></tr></thead><tbody>");
  for (const auto& a : v.approvals) {
    h += Html::markup("<tr><td>") + Html::text(recorded_on_web(c.lang, a.decision)) +
         Html::markup("</td><td>") +
         Html::text(c.person(a.actor) + " (" + role_said(c, a.role) + ")") +
         Html::markup("</td><td>") +
         Html::text(a.subject_kind.empty()
                        ? engine::local_minute(a.at).substr(0, 10)
                        : c.t(a.subject_kind) + " v" + std::to_string(a.subject_version) + ", " +
                              engine::local_minute(a.at).substr(0, 10)) +
         Html::markup("</td><td>") + Html::text(a.comment) + Html::markup("</td></tr>");
  }
  return h + Html::markup("</tbody></table></section>");
}

// A kind of coopflow's (said in the page's language), not text recorded by hand.
bool known_kind(const std::string& kind) {
  const auto& kinds = engine::attachment_kinds();
  return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

// The form that keeps a document with the case (multipart: a browser sends
// a file no other way without script).
Html attach_form(const Context& c, const engine::CaseView& v) {
  Html h = Html::markup(
               "<form class=\"no-print\" method=\"post\" enctype=\"multipart/form-data\" "
               "action=\"/cases/") +
           Html::text(url_encode(v.summary.id)) + Html::markup("/documents\"><h3>") +
           tr(c, "Attach a document") + Html::markup("</h3>") + csrf_field(c) +
           Html::markup("<label for=\"document-file\">") + tr(c, "File (at most 25 MiB)") +
           Html::markup(
               "</label><input type=\"file\" id=\"document-file\" name=\"file\" "
               "required><label for=\"document-kind\">") +
           tr(c, "Kind") +
           Html::markup("</label><select id=\"document-kind\" name=\"kind\" required>") +
           option("", c.t("— choose —"), true);
  for (const auto& kind : engine::attachment_kinds()) {
    h += option(kind, capitalised(c.t(kind), c.lang), false);
  }
  return h + Html::markup("</select><label for=\"document-title\">") + tr(c, "Title") +
         Html::markup(" (") + tr(c, "optional") +
         Html::markup(
             ")</label><input type=\"text\" id=\"document-title\" name=\"title\">"
             "<button class=\"act\" type=\"submit\">") +
         tr(c, "Attach") + Html::markup("</button></form>");
}

Html attachments_section(const Context& c, const engine::CaseView& v) {
  const bool may_attach = may_do(c, engine::Authority::attach());
  if (v.attachments.empty() && !may_attach) return Html();
  Html h = Html::markup("<section class=\"card\"><h2>") + tr(c, "Attached documents") +
           Html::markup("</h2><ul>");
  for (const auto& a : v.attachments) {
    h += Html::markup("<li><a href=\"/cases/") + Html::text(url_encode(v.summary.id)) +
         Html::markup("/documents/") + Html::text(std::to_string(a.number)) + Html::markup("\">") +
         Html::text(a.title) + Html::markup("</a> ") +
         Html::text(c.said(
             engine::Message("({1}, {2}, {3} bytes)",
                             {known_kind(a.kind) ? engine::word(a.kind) : engine::Term(a.kind),
                              a.media_type, count_in(c.lang, a.size)}))) +
         Html::markup("</li>");
  }
  h += Html::markup("</ul>");
  if (may_attach) h += attach_form(c, v);
  return h + Html::markup("</section>");
}

// Adds to html the part of the page that section renders from the case's
// journal alone (the fold, its entries, the people it names), rendered once
// for each last hash of the case, language and names of people.
void add_sealed(const Context& c, const engine::CaseView& v, Html& html, const char* part,
                Html (*section)(const Context&, const engine::CaseView&)) {
  if (c.fragments == nullptr || !v.entries || v.entries->empty()) {
    html += section(c, v);
    return;
  }
  const std::string key = v.summary.id + '\n' + part + '\n' + lang_code(c.lang) + '\n' +
                          v.entries->back().hash + '\n' + c.people_key();
  if (const auto kept = c.fragments->find(key)) {
    html += *kept;
    return;
  }
  auto made = std::make_shared<const Html>(section(c, v));
  html += *made;
  c.fragments->keep(key, std::move(made));
}

// The page; problem: why what was posted was refused (typed: what it held);
// done: what was just recorded (an event of the workflow, or kHoldersDone).
Response render(Context& c, int status, const std::string& id, const std::string& problem,
                const std::string& done, const Typed& typed = {}) {
  const engine::CaseView v = c.office.show(c.actor(), id);
  Html main = Html::markup("<h1>") + Html::text(v.summary.id) + Html::markup(" — ") +
              Html::text(v.summary.subject) + Html::markup("</h1><p><strong>") + tr(c, "State:") +
              Html::markup("</strong> ") + Html::text(c.t(v.summary.state));
  if (!v.stage_due.empty()) {
    main += (v.overdue ? Html::markup(" — <span class=\"overdue\">") : Html::markup(" — <span>")) +
            tr(c, v.overdue ? N_("overdue since") : N_("due")) + Html::markup(" ") +
            Html::text(v.stage_due) + Html::markup("</span>");
  }
  main += Html::markup(" · ") + Html::text(c.t(v.file.workflow().name)) + Html::markup(" · ") +
          tr(c, "held by") + Html::markup(" ") +
          Html::text(c.person(v.holders.coordinator) +
                     (v.holders.manager.empty() ? "" : ", " + c.person(v.holders.manager))) +
          Html::markup("</p>");
  main += alert(c, problem);
  // done comes from the address: only an event of this workflow is named.
  std::string said_done;
  if (done == kHoldersDone) {
    said_done = c.t("Who holds the case: recorded in the journal.");
  } else if (done == kDocumentDone) {
    said_done = c.t("The document is kept with the case; its SHA-256 is in the journal.");
  } else if (!done.empty() && v.file.workflow().find_event(done) != nullptr) {
    said_done =
        c.said(engine::Message(N_("{1}: recorded in the case's journal."), {engine::word(done)}));
  }
  if (!said_done.empty()) {
    main += Html::markup("<p class=\"done\" role=\"status\">") + Html::text(said_done) +
            Html::markup("</p>");
  }
  main += actions_section(c, v, typed);
  add_sealed(c, v, main, "request", [](const Context& cc, const engine::CaseView& vv) {
    return request_section(cc, vv) + documents_section(cc, vv) + decisions_section(cc, vv);
  });
  main += attachments_section(c, v);
  add_sealed(c, v, main, "timeline", timeline_section);
  return page(c, status, v.summary.id, main);
}

}  // namespace

Response case_page(Context& c) {
  const auto done = c.request.query.find("done");
  return render(c, 200, c.params.at("id"), "", done == c.request.query.end() ? "" : done->second);
}

// A refused form comes back with its refusal and what was typed.
template <typename Command>
Response posted(Context& c, const std::string& done, const Typed& typed, const Command& command) {
  const std::string& id = c.params.at("id");
  try {
    c.write(command);
    return see_other("/cases/" + url_encode(id) + "?done=" + url_encode(done));
  } catch (const engine::NotFoundError& e) {
    if (e.thing() == "case") throw;
    return render(c, 404, id, c.said(e), "", typed);
  } catch (const engine::AuthenticationError&) {
    throw;
  } catch (const engine::Error& e) {
    return render(c, status_of(e).code, id, c.said(e), "", typed);
  }
}

Response case_event_form(Context& c) {
  auto form = parse_form(c.request.body);
  const Typed typed{form["event"], typed_fields(form)};
  return posted(c, typed.event, typed, [&](engine::Office& office) {
    office.fire(c.actor(), c.params.at("id"), typed.event, typed.fields);
  });
}

Response case_holders_form(Context& c) {
  auto form = parse_form(c.request.body);
  return posted(c, kHoldersDone, {}, [&](engine::Office& office) {
    office.assign(c.actor(), c.params.at("id"), form["coordinator"], form["manager"]);
  });
}

Response case_document_form(Context& c) {
  const std::string& id = c.params.at("id");
  const auto parts =
      parse_multipart(c.request.body, form_boundary(c.request.header("content-type")));
  if (!parts) {
    return render(c, 400, id,
                  c.t("The document did not arrive whole; nothing was kept. Attach it again."), "");
  }
  std::map<std::string, const FormPart*> by_name;
  for (const FormPart& part : *parts) by_name.emplace(part.name, &part);
  const auto text = [&by_name](const char* name) {
    const auto it = by_name.find(name);
    return it == by_name.end() || it->second->filename ? std::string()
                                                       : std::string(it->second->body);
  };
  const auto file = by_name.find("file");
  if (file == by_name.end() || !file->second->filename || file->second->filename->empty()) {
    return render(c, 422, id, c.t("Choose the file to attach; nothing was kept."), "");
  }
  // The file's own name, without a folder some browsers send with it.
  const std::string& sent = *file->second->filename;
  const auto slash = sent.find_last_of("/\\");
  const std::string name = slash == std::string::npos ? sent : sent.substr(slash + 1);
  return posted(c, kDocumentDone, {}, [&](engine::Office& office) {
    office.attach(c.actor(), id, file->second->body, name, text("kind"), text("title"));
  });
}

Response attachment_file(Context& c) {
  const std::string& n = c.params.at("number");
  const auto [a, bytes] =
      c.office.attachment(c.actor(), c.params.at("id"), engine::parse_count("number", n, 1000000));
  Response r;
  r.content_type = a.media_type.empty() ? "application/octet-stream" : a.media_type;
  r.body = bytes;
  // Saved under the name it was attached with: RFC 6266's filename* in
  // UTF-8, and a plain ASCII name for the browsers that read only filename.
  std::string plain;
  for (const char ch : a.name) {
    const auto u = static_cast<unsigned char>(ch);
    plain += u < 0x20 || u > 0x7E || ch == '"' || ch == '\\' ? '_' : ch;
  }
  r.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + plain +
                                                    "\"; filename*=UTF-8''" + url_encode(a.name));
  return r;
}

}  // namespace coopflow::web
