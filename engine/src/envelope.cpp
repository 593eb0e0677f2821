// Policy rule 4, within the limits of available resources: each year's
// envelope, what the plans approved that year commit, and the refusal of an
// approval that would go over it.
#include "envelope.h"

#include <set>

#include "coopflow/engine/errors.h"
#include "coopflow/engine/exports.h"
#include "coopflow/engine/office.h"
#include "coopflow/engine/values.h"
#include "coopflow/storage/store.h"
#include "records.h"

namespace coopflow::engine {
namespace detail {
namespace {

const char* const kPolicy = N_("policy rule 4 (within the limits of available resources)");

std::string next_year(const std::string& year) { return std::to_string(std::stoi(year) + 1); }

// The plan of a case as folded from its journal, if approved in `year` and
// still committed (a case cancelled after approval, IATI status 5, releases it).
std::optional<Commitment> commitment_of(storage::Store& store, const Registry& registry,
                                        const std::string& case_id, const std::string& year) {
  CaseRecordBuilder* builder = nullptr;
  std::optional<CaseRecordBuilder> holder;
  for (const auto& row : store.journal(case_id)) {
    const JournalEntry e = to_entry(row);
    if (builder == nullptr) {
      const auto opening = opening_summary(e);
      const Workflow* wf =
          opening ? registry.find(opening->workflow, opening->workflow_version) : nullptr;
      if (wf == nullptr) return std::nullopt;  // a damaged opening: verify names it
      builder = &holder.emplace(*wf);
    }
    builder->apply(e);
  }
  if (builder == nullptr) return std::nullopt;
  const CaseRecord record = builder->record();
  if (!record.budget || record.budget->approved_on.substr(0, 4) != year ||
      iati_activity_status(record) == "5") {
    return std::nullopt;
  }
  return Commitment{case_id, record.budget->approved_on, record.budget->money, std::nullopt};
}

}  // namespace

std::optional<Money> in_currency(storage::Store& store, const Money& money,
                                 const std::string& currency) {
  if (money.currency == currency) return money;
  const auto rate = store.setting("rate." + money.currency + "." + currency);
  if (!rate) return std::nullopt;
  try {
    return convert(money, currency, parse_amount("rate", *rate, kRateDigits));
  } catch (const ValidationError&) {
    return std::nullopt;  // a cache edited by hand: verify names it
  }
}

BudgetReport budget_report(storage::Store& store, const Registry& registry, const std::string& year,
                           const std::string& except_case) {
  BudgetReport report;
  report.year = year;
  if (const auto envelope = store.setting("budget." + year)) {
    try {
      report.envelope = parse_money("budget", *envelope);
    } catch (const ValidationError&) {
      // a cache edited by hand: verify names it; no envelope is judged against
    }
  }
  std::set<std::string> approving;
  for (const Workflow* w : registry.all()) {
    for (const EventSpec& e : w->events) {
      if (e.approves) approving.insert(e.name);
    }
  }
  std::set<std::string> cases;
  for (const auto& decision : approving) {
    for (auto& id : store.cases_decided(decision, year, next_year(year))) cases.insert(id);
  }
  cases.erase(except_case);
  bool all_converted = true;
  Money committed{0, report.envelope ? report.envelope->currency : ""};
  for (const auto& id : cases) {
    auto c = commitment_of(store, registry, id, year);
    if (!c) continue;
    if (report.envelope) {
      c->in_envelope = in_currency(store, c->amount, report.envelope->currency);
      if (c->in_envelope) {
        committed.minor += c->in_envelope->minor;
      } else {
        all_converted = false;
      }
    }
    report.plans.push_back(std::move(*c));
  }
  if (report.envelope && all_converted) {
    report.committed = committed;
    report.remaining = Money{report.envelope->minor - committed.minor, committed.currency};
  }
  return report;
}

void check_envelope(storage::Store& store, const Registry& registry, const std::string& case_id,
                    const Money& plan, const std::string& today, const std::string& from,
                    const std::string& event) {
  const std::string year = today.substr(0, 4);
  // No envelope set for the year: nothing to hold the plan to, and no reason
  // to fold every plan approved this year (P1 paid that at every approval).
  if (!store.setting("budget." + year)) return;
  const BudgetReport report = budget_report(store, registry, year, case_id);
  if (!report.envelope) return;  // an envelope edited into nonsense: verify names it
  const std::string& currency = report.envelope->currency;
  // Every refusal names the event, the case and the policy first: {1} {2} {3}.
  // The browser's wording says who fixes it, not the command they type.
  const auto refuse = [&](const char* pattern, const char* in_browser,
                          std::initializer_list<Term> details) {
    std::vector<Term> terms{word(event), case_id, word(kPolicy)};
    terms.insert(terms.end(), details);
    throw saying<IllegalTransitionError>(
        Message(pattern, terms).in_browser(Message(in_browser, terms)), case_id, from, event,
        std::vector<std::string>{});
  };
  const auto converted = in_currency(store, plan, currency);
  if (!converted) {
    refuse(N_("cannot {1} {2}: {3}: the plan is in {4} and the {5} envelope in {6}, and no rate "
              "converts "
              "it (never silently); an admin sets the rate with `coopflow config set rate.{4}.{6} "
              "RATE`"),
           N_("cannot {1} {2}: {3}: the plan is in {4} and the {5} envelope in {6}, and no rate "
              "converts it (never silently); ask an administrator to set the rate from {4} to {6}"),
           {plan.currency, year, currency});
  }
  for (const auto& c : report.plans) {
    if (!c.in_envelope) {
      refuse(N_("cannot {1} {2}: {3}: the plan of {4} is in {5} and no rate converts it to {6}; an "
                "admin "
                "sets the rate with `coopflow config set rate.{5}.{6} RATE`"),
             N_("cannot {1} {2}: {3}: the plan of {4} is in {5} and no rate converts it to {6}; "
                "ask an administrator to set the rate from {5} to {6}"),
             {c.case_id, c.amount.currency, currency});
    }
  }
  if (converted->minor > report.remaining->minor) {
    refuse(
        N_("cannot {1} {2}: {3}: approving this plan ({4}) would commit {5} of the {6} envelope of "
           "{7}; {8} remain. An admin raises it with `coopflow budget set {6} AMOUNT {9}`"),
        N_("cannot {1} {2}: {3}: approving this plan ({4}) would commit {5} of the {6} envelope of "
           "{7}; {8} remain. Only an administrator may raise the envelope"),
        {format_money(plan) + (plan.currency == currency ? "" : ", " + format_money(*converted)),
         format_money(Money{report.committed->minor + converted->minor, currency}), year,
         format_money(*report.envelope), format_money(*report.remaining), currency});
  }
}

}  // namespace detail

void Office::set_budget(const Actor& actor, const std::string& year, const std::string& amount,
                        const std::string& currency) {
  set_setting(actor, "budget." + year, amount + " " + currency);
}

BudgetReport Office::budget(const Actor& actor, const std::string& year) {
  if (year.size() != 4 || year < "1900" || year > "2999" ||
      year.find_first_not_of("0123456789") != std::string::npos) {
    throw saying<ValidationError>(Message("'{1}' is not a year; give YYYY, e.g. 2026",
                                          {check_text("year", year).substr(0, 10)}),
                                  "year");
  }
  BudgetReport report;
  read([&] {
    require(actor, Authority::read_record());
    report = detail::budget_report(*store_, registry_, year, "");
  });
  return report;
}

}  // namespace coopflow::engine
