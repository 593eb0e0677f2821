// A case's page: where it stands, its request, its current documents,
// decisions, attached documents and timeline, and one form for each event
// the signed-in user may fire now, built from the workflow's declarations.
// Printed, it is the case's dossier.
#include <algorithm>

#include "coopflow/engine/attachment.h"
#include "coopflow/engine/clock.h"
#include "coopflow/engine/errors.h"
#include "coopflow/engine/json_forms.h"
#include "coopflow/engine/values.h"
#include "pages.h"

namespace coopflow::web {
namespace {

constexpr const char* kFieldPrefix = "f.";

// A field's value and a stored text as the engine shows them, amounts and
// damage written in the page's language.
std::string value_of(const Context& c, const nlohmann::json& fields, const std::string& name,
                     const engine::EventSpec* spec) {
  return engine::display_value(fields, name, spec, c.sayer(),
                               [&c](const std::string& decimal, const std::string& currency) {
                                 return amount_in(c.lang, decimal, currency);
                               });
}

std::string member_of(const Context& c, const nlohmann::json& object, const std::string& key) {
  return engine::text_member(object, key, c.sayer());
}

// A value as the reader's language says it: choices and yes/no translated,
// countries named.
std::string shown(const Context& c, const engine::FieldSpec& f, const std::string& value) {
  switch (f.type) {
    case engine::FieldType::kYesNo:
    case engine::FieldType::kChoice:
      return c.t(value);
    case engine::FieldType::kChoiceList:
    case engine::FieldType::kCountries: {
      std::string out;
      std::size_t from = 0;
      while (from <= value.size()) {
        const std::size_t comma = std::min(value.find(',', from), value.size());
        const std::string item = value.substr(from, comma - from);
        out += (out.empty() ? "" : ", ") + (f.type == engine::FieldType::kCountries
                                                ? engine::country_name(item, c.lang == Lang::kFr)
                                                : c.t(item));
        from = comma + 1;
      }
      return out;
    }
    default:
      return value;
  }
}

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

Html documents_section(const Context& c, const engine::CaseView& v) {
  const engine::Workflow& wf = v.file.workflow();
  Html h;
  for (const auto& [kind, versions] : v.file.documents()) {
    const engine::EventSpec* spec = wf.producer_of(kind);
    const engine::Document& d = versions.back();
    h += Html::markup("<section class=\"card\"><h2>") + Html::text(capitalised(c.t(kind), c.lang)) +
         Html::markup(" — ") + tr(c, "version") + Html::markup(" ") +
         Html::text(std::to_string(d.version)) + Html::markup("</h2><p class=\"help\">") +
         Html::text(d.author + ", " + engine::local_minute(d.at)) + Html::markup("</p>");
    if (kind == "activity") {
      h += Html::markup("<ol>");
      for (const auto& a : versions) {
        h += Html::markup("<li>") +
             Html::text(value_of(c, a.fields, "title", spec) + ", " +
                        value_of(c, a.fields, "from", spec) + " → " +
                        value_of(c, a.fields, "to", spec) + ", " +
                        c.said(engine::Message("participants: {1}",
                                               {value_of(c, a.fields, "participants", spec)}))) +
             Html::markup("</li>");
      }
      h += Html::markup("</ol></section>");
      continue;
    }
    h += Html::markup("<dl>");
    for (const auto& f : engine::declared_fields(spec)) {
      if (f.type == engine::FieldType::kCurrency || !d.fields.contains(f.name)) continue;
      h += definition(capitalised(c.t(f.name), c.lang),
                      shown(c, f, value_of(c, d.fields, f.name, spec)));
    }
    h += Html::markup("</dl></section>");
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
    h += Html::markup("<tr><td>") + Html::text(c.t(a.decision)) + Html::markup("</td><td>") +
         Html::text(a.actor + " (" + role_said(c, a.role) + ")") + Html::markup("</td><td>") +
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

Html attachments_section(const Context& c, const engine::CaseView& v) {
  if (v.attachments.empty()) return Html();
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
  return h + Html::markup("</ul></section>");
}

// One input for a declared field, named f.NAME; choice lists as checkboxes.
Html field_input(const Context& c, const engine::EventSpec& e, const engine::FieldSpec& f) {
  const std::string id = e.name + "-" + f.name;
  const Html name = Html::text(kFieldPrefix + f.name);
  Html h = Html::markup("<label for=\"") + Html::text(id) + Html::markup("\">") +
           Html::text(capitalised(c.t(f.name), c.lang)) +
           (f.required ? Html() : Html::markup(" (") + tr(c, "optional") + Html::markup(")")) +
           Html::markup(" <span class=\"help\">") + Html::text(c.t(f.help.c_str())) +
           Html::markup("</span></label>");
  const Html required = f.required ? Html::markup(" required") : Html();
  switch (f.type) {
    case engine::FieldType::kYesNo:
    case engine::FieldType::kChoice: {
      const std::vector<std::string> choices =
          f.type == engine::FieldType::kYesNo ? std::vector<std::string>{"yes", "no"} : f.choices;
      h += Html::markup("<select id=\"") + Html::text(id) + Html::markup("\" name=\"") + name +
           Html::markup("\"") + required + Html::markup(">");
      for (const auto& choice : choices) {
        h += Html::markup("<option value=\"") + Html::text(choice) + Html::markup("\">") +
             Html::text(c.t(choice.c_str())) + Html::markup("</option>");
      }
      return h + Html::markup("</select>");
    }
    case engine::FieldType::kChoiceList: {
      h += Html::markup("<fieldset id=\"") + Html::text(id) + Html::markup("\">");
      for (const auto& choice : f.choices) {
        h += Html::markup("<label><input type=\"checkbox\" name=\"") +
             Html::text(kFieldPrefix + f.name + "." + choice) + Html::markup("\" value=\"1\"> ") +
             Html::text(c.t(choice.c_str())) + Html::markup("</label>");
      }
      return h + Html::markup("</fieldset>");
    }
    case engine::FieldType::kText:
      return h + Html::markup("<textarea id=\"") + Html::text(id) + Html::markup("\" name=\"") +
             name + Html::markup("\"") + required + Html::markup("></textarea>");
    case engine::FieldType::kDate:
      return h + Html::markup("<input type=\"date\" id=\"") + Html::text(id) +
             Html::markup("\" name=\"") + name + Html::markup("\"") + required + Html::markup(">");
    case engine::FieldType::kCount:
      return h + Html::markup("<input type=\"number\" min=\"0\" id=\"") + Html::text(id) +
             Html::markup("\" name=\"") + name + Html::markup("\"") + required + Html::markup(">");
    default:  // amounts, currencies, countries: typed as the CLI takes them
      return h + Html::markup("<input type=\"text\" id=\"") + Html::text(id) +
             Html::markup("\" name=\"") + name + Html::markup("\"") + required + Html::markup(">");
  }
}

Html actions_section(const Context& c, const engine::CaseView& v) {
  const engine::Workflow& wf = v.file.workflow();
  Html h = Html::markup("<section class=\"forms\" aria-labelledby=\"act\"><h2 id=\"act\">") +
           tr(c, "What you may do now") + Html::markup("</h2>");
  bool any = false;
  for (const auto& a : v.allowed) {
    const engine::EventSpec* e = wf.find_event(a.event);
    if (e == nullptr) continue;
    any = true;
    if (!a.blocked.empty()) {
      h += Html::markup("<p class=\"card\"><strong>") + Html::text(c.t(a.event)) +
           Html::markup("</strong>") + Html::text(before_colon(c.lang, "") + ": ") +
           Html::text(c.said(a.blocked_why)) + Html::markup("</p>");
      continue;
    }
    h += Html::markup("<form class=\"card\" method=\"post\" action=\"/cases/") +
         Html::text(url_encode(v.summary.id)) + Html::markup("/events\"><h3>") +
         Html::text(capitalised(c.t(e->summary.c_str()), c.lang)) + Html::markup("</h3>") +
         csrf_field(c) + Html::markup("<input type=\"hidden\" name=\"event\" value=\"") +
         Html::text(e->name) + Html::markup("\">");
    for (const auto& f : e->fields) h += field_input(c, *e, f);
    if (e->find_field("comment") == nullptr) {  // every event takes a comment
      const std::string comment_id = e->name + "-comment";
      h += Html::markup("<label for=\"") + Html::text(comment_id) + Html::markup("\">") +
           tr(c, "Comment") + Html::markup(" (") + tr(c, "optional") +
           Html::markup(")</label><textarea id=\"") + Html::text(comment_id) +
           Html::markup("\" name=\"comment\"></textarea>");
    }
    h += Html::markup("<button class=\"act\" type=\"submit\" name=\"do\" value=\"") +
         Html::text(e->name) + Html::markup("\">") + Html::text(c.t(e->name)) +
         Html::markup("</button></form>");
  }
  if (!any) {
    h += Html::markup("<p>") + tr(c, "Nothing, for you, in this state.") + Html::markup("</p>");
  }
  return h + Html::markup("</section>");
}

Html timeline_section(const Context& c, const std::vector<engine::JournalEntry>& entries) {
  Html h = Html::markup("<section class=\"card\"><h2>") + tr(c, "Timeline") +
           Html::markup("</h2><table><thead><tr><th scope=\"col\">#</th><th scope=\"col\">") +
           tr(c, "When") + Html::markup("</th><th scope=\"col\">") + tr(c, "Who") +
           Html::markup("</th><th scope=\"col\">") + tr(c, "What") +
           Html::markup("</th><th scope=\"col\">") + tr(c, "State") +
           Html::markup("</th></tr></thead><tbody>");
  for (const auto& e : entries) {
    h += Html::markup("<tr><td>") + Html::text(std::to_string(e.seq)) +
         Html::markup("</td><td class=\"when\">") + Html::text(engine::local_minute(e.at)) +
         Html::markup("</td><td>") + Html::text(e.actor + " (" + role_said(c, e.role) + ")") +
         Html::markup("</td><td>") + Html::text(c.t(e.event)) + Html::markup("</td><td>") +
         Html::text(e.from_state.empty() ? c.t(e.to_state)
                                         : c.t(e.from_state) + " → " + c.t(e.to_state)) +
         Html::markup("</td></tr>");
  }
  return h + Html::markup("</tbody></table></section>");
}

Response render(Context& c, int status, const std::string& id, const std::string& problem,
                const std::string& done) {
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
          Html::text(v.holders.coordinator +
                     (v.holders.manager.empty() ? "" : ", " + v.holders.manager)) +
          Html::markup("</p>");
  main += alert(c, problem);
  // done comes from the address: only an event of this workflow is named.
  if (!done.empty() && v.file.workflow().find_event(done) != nullptr) {
    main += Html::markup("<p class=\"done\" role=\"status\">") +
            Html::text(c.said(engine::Message(N_("{1}: recorded in the case's journal."),
                                              {engine::word(done)}))) +
            Html::markup("</p>");
  }
  main += actions_section(c, v) + request_section(c, v) + documents_section(c, v) +
          decisions_section(c, v) + attachments_section(c, v) + timeline_section(c, *v.entries);
  return page(c, status, v.summary.id, main);
}

}  // namespace

Response case_page(Context& c) {
  const auto done = c.request.query.find("done");
  return render(c, 200, c.params.at("id"), "", done == c.request.query.end() ? "" : done->second);
}

Response case_event_form(Context& c) {
  const std::string& id = c.params.at("id");
  auto form = parse_form(c.request.body);
  const std::string event = form["event"];
  engine::RawFields fields;
  std::map<std::string, std::vector<std::string>> lists;  // choice lists, from checkboxes
  for (const auto& [name, value] : form) {
    if (name.rfind(kFieldPrefix, 0) != 0) continue;
    const std::string field = name.substr(2);
    const auto dot = field.find('.');
    if (dot != std::string::npos) {
      lists[field.substr(0, dot)].push_back(field.substr(dot + 1));
    } else if (!value.empty()) {
      fields[field] = value;  // an empty optional field is one left out
    }
  }
  for (const auto& [field, chosen] : lists) fields[field] = engine::join(chosen, ",");
  if (!form["comment"].empty()) fields["comment"] = form["comment"];
  try {
    c.write([&](engine::Office& office) { office.fire(c.actor(), id, event, fields); });
    return see_other("/cases/" + url_encode(id) + "?done=" + url_encode(event));
  } catch (const engine::NotFoundError& e) {
    if (e.thing() == "case") throw;
    return render(c, 404, id, c.said(e), "");
  } catch (const engine::AuthenticationError&) {
    throw;
  } catch (const engine::Error& e) {
    return render(c, status_of(e).code, id, c.said(e), "");
  }
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
