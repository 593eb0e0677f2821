// My tasks, the list of cases, and opening a case from an official request.
#include <algorithm>

#include "api.h"
#include "coopflow/engine/field_validation.h"
#include "coopflow/engine/values.h"
#include "pages.h"

namespace coopflow::web {
namespace {

Html cell(const std::string& text) {
  return Html::markup("<td>") + Html::text(text) + Html::markup("</td>");
}

// The countries of a summary ("CI,ML") by name, in lang.
std::string country_names(const std::string& codes, Lang lang) {
  std::vector<std::string> names;
  std::size_t start = 0;
  while (start <= codes.size()) {
    const auto comma = std::min(codes.find(',', start), codes.size());
    const std::string code = codes.substr(start, comma - start);
    if (!code.empty()) names.push_back(engine::country_name(code, lang == Lang::kFr));
    start = comma + 1;
  }
  return engine::join(names, ", ");
}

Html summary_cells(const engine::CaseSummary& s, Lang lang) {
  return Html::markup("<td>") + case_link(s.id) + Html::markup("</td>") + cell(s.subject) +
         cell(translate_on_web(lang, s.state)) + cell(s.requester) +
         cell(country_names(s.countries, lang)) + cell(s.received);
}

}  // namespace

Response tasks_page(Context& c) {
  const auto tasks = c.office.tasks(c.actor());
  Html main = Html::markup("<h1>") + tr(c, "My tasks") + Html::markup("</h1>");
  if (tasks.empty()) {
    main += Html::markup("<p>") + tr(c, "Nothing is waiting for you.") + Html::markup("</p>");
    return page(c, 200, c.t("My tasks"), main);
  }
  main += Html::markup("<p>") + tr(c, "What you may do now, most urgent first.") +
          Html::markup("</p><table><thead><tr><th scope=\"col\">") + tr(c, "Case") +
          Html::markup("</th><th scope=\"col\">") + tr(c, "Subject") +
          Html::markup("</th><th scope=\"col\">") + tr(c, "State") +
          Html::markup("</th><th scope=\"col\">") + tr(c, "You may") +
          Html::markup("</th><th scope=\"col\">") + tr(c, "Due") +
          Html::markup("</th></tr></thead><tbody>");
  for (const auto& t : tasks) {
    std::vector<std::string> events;
    for (const auto& e : t.events) events.push_back(c.t(e.event));
    main += Html::markup("<tr><td>") + case_link(t.summary.id) +
            (t.held ? Html::markup(" ★") : Html()) + Html::markup("</td>") +
            cell(t.summary.subject) + cell(c.t(t.summary.state)) + cell(engine::join(events, ", "));
    if (t.due.empty()) {
      main += cell("");
    } else if (t.days_overdue > 0) {
      main += Html::markup("<td class=\"overdue\">") + Html::text(t.due) + Html::markup(" (") +
              Html::text(c.said(engine::Message::counted(t.days_overdue, "{1} day overdue",
                                                         "{1} days overdue",
                                                         {std::to_string(t.days_overdue)}))) +
              Html::markup(")</td>");
    } else {
      main += cell(t.due);
    }
    main += Html::markup("</tr>");
  }
  main += Html::markup("</tbody></table><p class=\"help\">★ ") + tr(c, "a case you hold") +
          Html::markup("</p>");
  return page(c, 200, c.t("My tasks"), main);
}

Response cases_page(Context& c) {
  engine::CaseQuery q;
  q.state = c.request.parameter("state");
  q.workflow = c.request.parameter("workflow");
  q.mine = c.request.parameter("mine") == "1";
  q.limit = 500;
  const auto cases = c.office.list(c.actor(), q);
  Html main = Html::markup("<h1>") + tr(c, "Cases") + Html::markup("</h1>");
  main += Html::markup(
              "<form class=\"card no-print\" method=\"get\" action=\"/cases\"><label "
              "for=\"workflow\">") +
          tr(c, "Workflow") + Html::markup("</label><select id=\"workflow\" name=\"workflow\">") +
          option("", c.t("all"), q.workflow.empty());
  std::vector<std::string> states;
  for (const engine::Workflow* wf : c.registry.all()) {
    main += option(wf->name, c.t(wf->name), q.workflow == wf->name);
    for (const auto& s : wf->stages) {
      if (std::find(states.begin(), states.end(), s.state) == states.end()) {
        states.push_back(s.state);
      }
    }
  }
  main += Html::markup("</select><label for=\"state\">") + tr(c, "State") +
          Html::markup("</label><select id=\"state\" name=\"state\">") +
          option("", c.t("all"), q.state.empty());
  for (const auto& s : states) main += option(s, c.t(s), q.state == s);
  main += Html::markup("</select><label><input type=\"checkbox\" name=\"mine\" value=\"1\"") +
          (q.mine ? Html::markup(" checked") : Html()) + Html::markup("> ") +
          tr(c, "Only the cases I hold") +
          Html::markup("</label><button class=\"act\" type=\"submit\">") + tr(c, "Show") +
          Html::markup("</button></form>");
  main += Html::markup("<table><thead><tr><th scope=\"col\">") + tr(c, "Case") +
          Html::markup("</th><th scope=\"col\">") + tr(c, "Subject") +
          Html::markup("</th><th scope=\"col\">") + tr(c, "State") +
          Html::markup("</th><th scope=\"col\">") + tr(c, "Requester") +
          Html::markup("</th><th scope=\"col\">") + tr(c, "Countries") +
          Html::markup("</th><th scope=\"col\">") + tr(c, "Received") +
          Html::markup("</th></tr></thead><tbody>");
  for (const auto& s : cases) {
    main += Html::markup("<tr>") + summary_cells(s, c.lang) + Html::markup("</tr>");
  }
  main += Html::markup("</tbody></table>");
  if (cases.empty()) main += Html::markup("<p>") + tr(c, "No case matches.") + Html::markup("</p>");
  return page(c, 200, c.t("Cases"), main);
}

namespace {

Html text_input(const Context& c, const char* name, const char* label, const std::string& value,
                const char* type = "text") {
  return Html::markup("<label for=\"") + Html::text(name) + Html::markup("\">") + tr(c, label) +
         Html::markup("</label><input id=\"") + Html::text(name) + Html::markup("\" name=\"") +
         Html::text(name) + Html::markup("\" type=\"") + Html::text(type) +
         Html::markup("\" value=\"") + Html::text(value) + Html::markup("\" required>");
}

// The partners a form can name: rows of an organisation and its role.
constexpr int kPartnerRows = 4;

std::string partner_key(int row, const char* part) {
  return "partner" + std::to_string(row) + part;
}

// What a posted form holds under key, "" if nothing.
std::string form_value(const std::map<std::string, std::string>& form, const std::string& key) {
  const auto it = form.find(key);
  return it == form.end() ? std::string() : it->second;
}

Html partner_rows(const Context& c, const std::map<std::string, std::string>& v) {
  const auto value = [&](const std::string& key) { return form_value(v, key); };
  Html h =
      Html::markup("<fieldset><legend>") + tr(c, "Partners (optional)") + Html::markup("</legend>");
  for (int row = 1; row <= kPartnerRows; ++row) {
    const std::string org = partner_key(row, ""), role = partner_key(row, "_role");
    const std::string number = std::to_string(row);
    h += Html::markup("<div class=\"pair\"><label for=\"") + Html::text(org) + Html::markup("\">") +
         Html::text(c.said(engine::Message("Partner {1}", {number}))) +
         Html::markup("</label><input id=\"") + Html::text(org) + Html::markup("\" name=\"") +
         Html::text(org) + Html::markup("\" value=\"") + Html::text(value(org)) +
         Html::markup("\"><label for=\"") + Html::text(role) + Html::markup("\">") +
         Html::text(c.said(engine::Message("Role of partner {1}", {number}))) +
         Html::markup("</label><select id=\"") + Html::text(role) + Html::markup("\" name=\"") +
         Html::text(role) + Html::markup("\">");
    for (const auto& r : engine::partner_roles()) {
      h += option(r, c.t(r), value(role) == r);
    }
    h += Html::markup("</select></div>");
  }
  return h + Html::markup("</fieldset>");
}

// The workflows whose cases c's user may open (imported ones are never opened).
std::vector<const engine::Workflow*> openable(const Context& c) {
  std::vector<const engine::Workflow*> out;
  for (const engine::Workflow* wf : c.registry.all()) {
    const engine::EventSpec& opening = wf->opening_event();
    if (!opening.fields.empty()) continue;  // an imported mission's: its fields, no request
    if (may_do(c, opening)) out.push_back(wf);
  }
  return out;
}

Response new_case(Context& c, int status, const std::map<std::string, std::string>& v,
                  const std::string& problem) {
  const auto value = [&](const char* key) { return form_value(v, key); };
  Html main = Html::markup("<h1>") + tr(c, "Open a case") + Html::markup("</h1><p>") +
              tr(c,
                 "Policy rule 1: a case starts only from an official request, with its "
                 "requester, reference and the date it was received.") +
              Html::markup("</p>");
  main += alert(c, problem);
  main += Html::markup("<form class=\"card\" method=\"post\" action=\"/cases\">") + csrf_field(c) +
          Html::markup("<label for=\"workflow\">") + tr(c, "Workflow") +
          Html::markup("</label><select id=\"workflow\" name=\"workflow\">");
  for (const engine::Workflow* wf : openable(c)) {
    main += option(wf->name, c.t(wf->name), value("workflow") == wf->name);
  }
  main += Html::markup("</select>") + text_input(c, "requester", "Requester", value("requester")) +
          Html::markup("<label for=\"requester_type\">") + tr(c, "Requester type") +
          Html::markup("</label><select id=\"requester_type\" name=\"requester_type\">");
  for (const auto& t : engine::requester_types()) {
    main += option(t, c.t(t.c_str()), value("requester_type") == t);
  }
  main += Html::markup("</select>") +
          text_input(c, "countries", "Countries (ISO codes, comma-separated, e.g. CI,ML)",
                     value("countries")) +
          text_input(c, "reference", "Official reference", value("reference")) +
          text_input(c, "received", "Received on", value("received"), "date") +
          text_input(c, "subject", "Subject", value("subject")) + partner_rows(c, v) +
          Html::markup("<button class=\"act\" type=\"submit\">") + tr(c, "Open the case") +
          Html::markup("</button></form>");
  return page(c, status, c.t("Open a case"), main);
}

}  // namespace

Response new_case_page(Context& c) {
  // Someone who may open no case gets the refusal that names the role, not a
  // form refused on submit.
  if (openable(c).empty()) {
    for (const engine::Workflow* wf : c.registry.all()) {
      if (wf->opening_event().fields.empty()) require_operation(c, wf->opening_event());
    }
  }
  return new_case(c, 200, {}, "");
}

Response open_case_form(Context& c) {
  auto v = parse_form(c.request.body);
  engine::CaseRequest r{v["requester"],
                        v["requester_type"],
                        v["countries"],
                        v["reference"],
                        v["received"],
                        v["subject"],
                        {}};
  for (int row = 1; row <= kPartnerRows; ++row) {
    const std::string& org = v[partner_key(row, "")];
    if (engine::is_blank(org)) continue;  // an empty row names no partner
    r.partners.push_back(org + "=" + v[partner_key(row, "_role")]);
  }
  try {
    const auto receipt = c.office.open_case(c.actor(), v["workflow"], r);
    return see_other("/cases/" + url_encode(receipt.entry.case_id) +
                     "?done=" + url_encode(receipt.entry.event));
  } catch (const engine::ValidationError& e) {
    return new_case(c, 422, v, c.said(e));
  } catch (const engine::NotFoundError& e) {
    return new_case(c, 404, v, c.said(e));
  }
}

}  // namespace coopflow::web
