#include "declarations.h"

namespace coopflow::workflows::detail {

using engine::EventSpec;
using engine::FieldSpec;
using engine::FieldType;
using engine::StageSpec;

const char* const kCoordinator = "coordinator";
const char* const kManager = "manager";

FieldSpec text(const std::string& name, const std::string& help, bool required) {
  FieldSpec f;
  f.name = name;
  f.help = help;
  f.required = required;
  return f;
}

FieldSpec yes_no(const std::string& name, const std::string& help) {
  FieldSpec f = text(name, help);
  f.type = FieldType::kYesNo;
  return f;
}

FieldSpec date(const std::string& name, const std::string& help, const std::string& not_before) {
  FieldSpec f = text(name, help);
  f.type = FieldType::kDate;
  f.not_before = not_before;
  return f;
}

FieldSpec choice(const std::string& name, const std::string& help,
                 std::vector<std::string> choices) {
  FieldSpec f = text(name, help);
  f.type = FieldType::kChoice;
  f.choices = std::move(choices);
  return f;
}

FieldSpec choice_list(const std::string& name, const std::string& help,
                      std::vector<std::string> choices) {
  FieldSpec f = choice(name, help, std::move(choices));
  f.type = FieldType::kChoiceList;
  return f;
}

FieldSpec count(const std::string& name, const std::string& help, long long max) {
  FieldSpec f = text(name, help);
  f.type = FieldType::kCount;
  f.max = max;
  return f;
}

FieldSpec archived(FieldSpec f, engine::ArchiveRole role) {
  f.archive = role;
  return f;
}

FieldSpec optional(FieldSpec f) {
  f.required = false;
  return f;
}

StageSpec closed_stage(const std::string& summary) {
  StageSpec s{"Closed", summary, 0, true};
  s.completed = true;
  return s;
}

EventSpec event(std::string name, std::vector<std::string> roles, std::vector<FieldSpec> fields,
                std::string summary) {
  EventSpec e;
  e.name = std::move(name);
  e.roles = std::move(roles);
  e.fields = std::move(fields);
  e.summary = std::move(summary);
  return e;
}

EventSpec producing(EventSpec e, std::string document, std::string policy) {
  e.produces = std::move(document);
  e.policy = std::move(policy);
  return e;
}

EventSpec concerning(EventSpec e, std::string document) {
  e.concerns = std::move(document);
  return e;
}

EventSpec decision(EventSpec e, std::string concerns, bool four_eyes, std::string policy) {
  e.concerns = std::move(concerns);
  e.decision = true;
  e.four_eyes = four_eyes;
  e.policy = std::move(policy);
  return e;
}

EventSpec aside(EventSpec e) {
  e.aside = true;
  return e;
}

EventSpec approving(EventSpec decision) {
  decision.approves = true;
  return decision;
}

EventSpec opening_event() {
  EventSpec e = event("open", {kCoordinator}, {}, "open a case from an official request");
  e.opens = true;
  e.policy = "policy rule 1: a case starts only from an official request";
  return e;
}

std::vector<EventSpec> commitment_events(const std::string& intake_document,
                                         const std::string& policy) {
  return {
      decision(event("commit", {kManager}, {}, "commit the institution to act on the request"),
               intake_document, true, policy),
      decision(event("decline", {kManager}, {text("reason", "why the institution declines")},
                     "decline the request"),
               intake_document, false, policy),
  };
}

std::vector<EventSpec> execution_events() {
  FieldSpec budget = text("budget", "decimal amount, e.g. 48500.00");
  budget.type = FieldType::kAmount;
  budget.currency_field = "currency";
  FieldSpec currency = text("currency", "ISO 4217 code, e.g. CAD");
  currency.type = FieldType::kCurrency;
  const std::string plan_policy = "action plan approval (parliament stage 2)";
  const std::string report_policy = "activity report (parliament stage 4)";
  return {
      producing(event("draft-plan", {kCoordinator},
                      {text("schedule", "implementation schedule"), budget, currency,
                       text("team", "team profile"), text("services", "services to provide")},
                      "draft a new version of the action plan"),
                "plan"),
      concerning(event("submit-plan", {kCoordinator}, {}, "send the plan for internal review"),
                 "plan"),
      approving(decision(event("approve-plan", {kManager}, {}, "approve the plan for the partner"),
                         "plan", true, plan_policy)),
      decision(event("return-plan", {kManager}, {text("comment", "what to change")},
                     "return the plan to its author"),
               "plan", false, plan_policy),
      decision(event("partner-approves", {kCoordinator},
                     {text("partner-reference", "the partner's reference for its approval")},
                     "record the partner's approval"),
               "plan", false, plan_policy),
      decision(event("partner-modifies", {kCoordinator},
                     {text("changes", "the changes the partner asks for")},
                     "record the partner's request for changes"),
               "plan", false, plan_policy),
      decision(event("partner-rejects", {kCoordinator}, {text("reason", "the partner's reason")},
                     "record the partner's rejection"),
               "plan", false, plan_policy),
      producing(event("log-activity", {kCoordinator},
                      {text("title", "what was delivered"), date("from", "first day"),
                       date("to", "last day", "from"),
                       choice("mode", "where it took place", {"on-site", "host", "remote"}),
                       archived(text("place", "city or venue", false), engine::ArchiveRole::kPlace),
                       archived(count("participants", "how many people took part", 1000000),
                                engine::ArchiveRole::kParticipants)},
                      "log one delivered activity"),
                "activity"),
      event("complete-delivery", {kCoordinator}, {}, "close delivery, start follow-up"),
      producing(event("submit-report", {kCoordinator},
                      {text("observations", "main observations"),
                       text("recommendations", "recommendations"),
                       archived(text("results", "results"), engine::ArchiveRole::kSummary)},
                      "submit the activity report"),
                "report"),
      decision(event("accept-report", {kManager}, {}, "accept the report and close the case"),
               "report", true, report_policy),
      decision(event("return-report", {kManager}, {text("comment", "what to change")},
                     "return the report to its author"),
               "report", false, report_policy),
  };
}

std::vector<EventSpec> case_events() {
  return {
      aside(event("suspend", {kManager}, {text("reason", "e.g. coup, postponed election")},
                  "suspend the case where it is")),
      event("resume", {kManager}, {}, "resume the case where it was suspended"),
      aside(event("withdraw", {kCoordinator, kManager},
                  {text("reason", "why the case is withdrawn")}, "withdraw the case")),
  };
}

std::vector<StageSpec> shared_stages() {
  StageSpec suspended{"Suspended", "on hold; resumes where it was", 0, false};
  suspended.holds = true;
  return {
      {"Planning", "the coordinator drafts the action plan", 0, false},
      {"PlanReview", "a manager reviews the plan", 10, false},
      {"PartnerReview", "the partner approves, modifies or rejects the plan", 30, false},
      {"Delivery", "services are delivered and logged", 0, false},
      {"FollowUp", "the coordinator writes the activity report", 60, false},
      {"ReportReview", "a manager reviews the report", 10, false},
      suspended,
      closed_stage("report accepted"),
      {"Declined", "the institution declined", 0, true},
      {"RejectedByPartner", "the partner rejected the plan", 0, true},
      {"Withdrawn", "withdrawn", 0, true},
  };
}

engine::Workflow make_workflow(std::string name, int version, std::string id_prefix,
                               std::string summary, Intake intake, MachineParts machine) {
  engine::Workflow wf;
  wf.name = std::move(name);
  wf.version = version;
  wf.id_prefix = std::move(id_prefix);
  wf.summary = std::move(summary);
  wf.events.push_back(opening_event());
  for (auto& e : intake.events) wf.events.push_back(std::move(e));
  for (auto& e : execution_events()) wf.events.push_back(std::move(e));
  for (auto& e : case_events()) wf.events.push_back(std::move(e));
  wf.stages = std::move(intake.stages);
  for (auto& s : shared_stages()) wf.stages.push_back(std::move(s));
  wf.machines = std::move(machine.machines);
  wf.transitions = std::move(machine.transitions);
  wf.start = std::move(machine.start);
  return wf;
}

}  // namespace coopflow::workflows::detail
