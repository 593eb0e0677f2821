// The figures a manager weighs a commitment against (policy rule 4): the
// year's envelope and what approved plans commit, the office's counts and
// durations, and the exports any role may take away.
#include <chrono>

#include "coopflow/engine/clock.h"
#include "coopflow/engine/errors.h"
#include "coopflow/engine/values.h"
#include "pages.h"

namespace coopflow::web {
namespace {

std::string money_in(const Context& c, const std::optional<engine::Money>& m) {
  if (!m) return "—";
  const std::string text = engine::format_money(*m);  // "48500.50 CAD"
  return amount_in(c.lang, text.substr(0, text.find(' ')), m->currency);
}

Html row_of(const std::vector<std::string>& cells) {
  Html h = Html::markup("<tr>");
  for (const auto& cell : cells) {
    h += Html::markup("<td>") + Html::text(cell) + Html::markup("</td>");
  }
  return h + Html::markup("</tr>");
}

Html table_of(const Context& c, const std::vector<const char*>& heads,
              const std::vector<std::vector<std::string>>& rows) {
  Html h = Html::markup("<table><thead><tr>");
  for (const char* head : heads) {
    h += Html::markup("<th scope=\"col\">") + tr(c, head) + Html::markup("</th>");
  }
  h += Html::markup("</tr></thead><tbody>");
  for (const auto& r : rows) h += row_of(r);
  return h + Html::markup("</tbody></table>");
}

Html envelope_section(const Context& c, const engine::BudgetReport& r) {
  Html h = Html::markup("<section class=\"card\"><h2>") +
           Html::text(c.said(engine::Message("The {1} envelope", {r.year}))) +
           Html::markup("</h2><dl><dt>") + tr(c, "Envelope") + Html::markup("</dt><dd>") +
           Html::text(money_in(c, r.envelope)) + Html::markup("</dd><dt>") +
           tr(c, "Committed by approved plans") + Html::markup("</dt><dd>") +
           Html::text(money_in(c, r.committed)) + Html::markup("</dd><dt>") + tr(c, "Remaining") +
           Html::markup("</dt><dd>") + Html::text(money_in(c, r.remaining)) +
           Html::markup("</dd></dl>");
  if (!r.envelope) {
    h += Html::markup("<p class=\"help\">") +
         tr(c, "No envelope is set for this year: an administrator sets it.") +
         Html::markup("</p>");
  }
  if (r.plans.empty()) return h + Html::markup("</section>");
  h += Html::markup("<table><thead><tr><th scope=\"col\">") + tr(c, "Case") +
       Html::markup("</th><th scope=\"col\">") + tr(c, "Approved on") +
       Html::markup("</th><th scope=\"col\">") + tr(c, "Plan budget") +
       Html::markup("</th><th scope=\"col\">") + tr(c, "In the envelope's currency") +
       Html::markup("</th></tr></thead><tbody>");
  for (const auto& p : r.plans) {
    h += Html::markup("<tr><td>") + case_link(p.case_id) + Html::markup("</td><td>") +
         Html::text(p.approved_on) + Html::markup("</td><td>") + Html::text(money_in(c, p.amount)) +
         Html::markup("</td><td>") +
         Html::text(p.in_envelope ? money_in(c, p.in_envelope)
                    : r.envelope  ? c.t("no exchange rate")
                                  : "—") +
         Html::markup("</td></tr>");
  }
  return h + Html::markup("</tbody></table></section>");
}

// Counts by a coopflow code (states, decisions), said in words.
std::vector<std::vector<std::string>> counted(const Context& c,
                                              const std::map<std::string, long>& by) {
  std::vector<std::vector<std::string>> rows;
  for (const auto& [code, n] : by) rows.push_back({c.t(code), count_in(c.lang, n)});
  return rows;
}

std::vector<std::vector<std::string>> timed(const Context& c,
                                            const std::map<std::string, engine::Durations>& by) {
  std::vector<std::vector<std::string>> rows;
  for (const auto& [code, d] : by) {
    rows.push_back({c.t(code), count_in(c.lang, d.n), decimal_in(c.lang, d.median_days, 1),
                    decimal_in(c.lang, d.p90_days, 1)});
  }
  return rows;
}

Html office_section(const Context& c, const engine::OfficeStats& s) {
  Html h = Html::markup("<section class=\"card\"><h2>") +
           Html::text(c.said(engine::Message("Cases received in {1}", {s.year}))) +
           Html::markup("</h2><p>") +
           Html::text(capitalised(c.said(engine::Message::counted(s.cases, "{1} case", "{1} cases",
                                                                  {count_in(c.lang, s.cases)})),
                                  c.lang)) +
           Html::markup("</p>");
  const auto part = [&](const char* title, const Html& table, bool empty) {
    if (!empty) h += Html::markup("<h3>") + tr(c, title) + Html::markup("</h3>") + table;
  };
  part(N_("Cases per state"), table_of(c, {N_("State"), N_("Cases")}, counted(c, s.by_state)),
       s.by_state.empty());
  part(N_("Decisions"), table_of(c, {N_("Decision"), N_("Cases")}, counted(c, s.decisions)),
       s.decisions.empty());
  part(N_("Days in each stage (stays that ended)"),
       table_of(c, {N_("Stage"), N_("Stays"), N_("Median (days)"), N_("9 in 10 within (days)")},
                timed(c, s.stage_days)),
       s.stage_days.empty());
  part(N_("Approval turnaround (from the version decided on)"),
       table_of(c,
                {N_("Decision"), N_("Decisions"), N_("Median (days)"), N_("9 in 10 within (days)")},
                timed(c, s.turnaround)),
       s.turnaround.empty());
  return h + Html::markup("</section>");
}

}  // namespace

Response figures_page(Context& c) {
  std::string year = c.request.parameter("year");
  if (year.empty()) year = engine::format_utc(std::chrono::system_clock::now()).substr(0, 4);
  Html main = Html::markup("<h1>") + tr(c, "Figures") + Html::markup("</h1>") +
              Html::markup(
                  "<form class=\"card no-print\" method=\"get\" action=\"/figures\">"
                  "<label for=\"year\">") +
              tr(c, "Year") + Html::markup("</label><input id=\"year\" name=\"year\" value=\"") +
              Html::text(year) + Html::markup("\" inputmode=\"numeric\" size=\"4\">") +
              Html::markup("<button class=\"act\" type=\"submit\">") + tr(c, "Show") +
              Html::markup("</button></form>");
  try {
    engine::parse_year("year", year);  // stats' years, which the envelope's include
    main += envelope_section(c, c.office.budget(c.actor(), year)) +
            office_section(c, c.office.stats(c.actor(), year, ""));
  } catch (const engine::ValidationError& e) {
    return page(c, 422, c.t("Figures"), main + alert(c, c.said(e)));
  }
  main += Html::markup("<section class=\"card\"><h2>") + tr(c, "Exports") + Html::markup("</h2>") +
          exports_list(c, false) + Html::markup("</section>");
  return page(c, 200, c.t("Figures"), main);
}

}  // namespace coopflow::web
