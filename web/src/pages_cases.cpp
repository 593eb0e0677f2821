// My tasks, the list of cases, and opening a case from an official request.
#include <algorithm>

#include "coopflow/engine/field_validation.h"
#include "coopflow/engine/values.h"
#include "pages.h"

namespace coopflow::web {
namespace {

Html option(const std::string& value, const std::string& label, bool selected) {
  return Html::markup("<option value=\"") + Html::text(value) + Html::markup("\"") +
         (selected ? Html::markup(" selected") : Html()) + Html::markup(">") + Html::text(label) +
         Html::markup("</option>");
}

Html cell(const std::string& text) {
  return Html::markup("<td>") + Html::text(text) + Html::markup("</td>");
}

Html summary_cells(const engine::CaseSummary& s, Lang lang) {
  return Html::markup("<td>") + case_link(s.id) + Html::markup("</td>") + cell(s.subject) +
         cell(translate(lang, s.state)) + cell(s.requester) + cell(s.countries) + cell(s.received);
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
              Html::text(std::to_string(t.days_overdue)) + Html::markup(" ") +
              tr(c, "days overdue") + Html::markup(")</td>");
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
    main += option(wf->name, wf->name, q.workflow == wf->name);
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

Response new_case(Context& c, int status, const std::map<std::string, std::string>& v,
                  const std::string& problem) {
  const auto value = [&](const char* key) {
    const auto it = v.find(key);
    return it == v.end() ? std::string() : it->second;
  };
  Html main = Html::markup("<h1>") + tr(c, "Open a case") + Html::markup("</h1><p>") +
              tr(c,
                 "Policy rule 1: a case starts only from an official request, with its "
                 "requester, reference and the date it was received.") +
              Html::markup("</p>");
  if (!problem.empty()) {
    main += Html::markup("<p class=\"error\" role=\"alert\">") + Html::text(problem) +
            Html::markup("</p>");
  }
  main += Html::markup("<form class=\"card\" method=\"post\" action=\"/cases\">") + csrf_field(c) +
          Html::markup("<label for=\"workflow\">") + tr(c, "Workflow") +
          Html::markup("</label><select id=\"workflow\" name=\"workflow\">");
  for (const engine::Workflow* wf : c.registry.all()) {
    if (!wf->opening_event().fields.empty()) continue;  // imported, not opened
    main += option(wf->name, wf->name, value("workflow") == wf->name);
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
          text_input(c, "subject", "Subject", value("subject")) +
          Html::markup("<label for=\"partners\">") +
          tr(c, "Partners, one per line: ORGANISATION=funder, co-organiser or implementer") +
          Html::markup("</label><textarea id=\"partners\" name=\"partners\">") +
          Html::text(value("partners")) +
          Html::markup("</textarea><button class=\"act\" type=\"submit\">") +
          tr(c, "Open the case") + Html::markup("</button></form>");
  return page(c, status, c.t("Open a case"), main);
}

}  // namespace

Response new_case_page(Context& c) { return new_case(c, 200, {}, ""); }

Response open_case_form(Context& c) {
  auto v = parse_form(c.request.body);
  engine::CaseRequest r{v["requester"],
                        v["requester_type"],
                        v["countries"],
                        v["reference"],
                        v["received"],
                        v["subject"],
                        {}};
  std::size_t at = 0;
  const std::string& partners = v["partners"];
  while (at < partners.size()) {
    const auto end = partners.find('\n', at);
    std::string line = partners.substr(at, end == std::string::npos ? std::string::npos : end - at);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    if (!line.empty()) r.partners.push_back(line);
    if (end == std::string::npos) break;
    at = end + 1;
  }
  try {
    const auto receipt = c.office.open_case(c.actor(), v["workflow"], r);
    return see_other("/cases/" + url_encode(receipt.entry.case_id));
  } catch (const engine::ValidationError& e) {
    return new_case(c, 422, v, c.said(e));
  } catch (const engine::NotFoundError& e) {
    return new_case(c, 404, v, c.said(e));
  }
}

}  // namespace coopflow::web
