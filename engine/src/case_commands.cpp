// The write path: load, ask the authority, fire, append; all in one IMMEDIATE
// transaction.
#include <algorithm>
#include <cstdio>

#include "case_numbering.h"
#include "coopflow/engine/errors.h"
#include "coopflow/engine/office.h"
#include "coopflow/engine/replay.h"
#include "coopflow/engine/values.h"
#include "coopflow/storage/store.h"
#include "envelope.h"
#include "event_payload.h"
#include "log_append.h"
#include "office_support.h"
#include "records.h"

namespace coopflow::engine {
namespace {

// The events a user can fire with `do`: all but the opening one.
std::vector<std::string> case_event_names(const Workflow& wf) {
  std::vector<std::string> out;
  for (const auto& e : wf.events) {
    if (!e.opens) out.push_back(e.name);
  }
  return out;
}

}  // namespace

CaseSummary Office::require_case(const std::string& case_id) {
  auto row = store_->find_case(case_id);
  if (!row) {
    const std::string shown = check_text("case", case_id).substr(0, 40);
    throw saying<NotFoundError>(
        Message("no case '{1}'; see `coopflow list` for case ids", {shown})
            .in_browser(Message("no case '{1}'; see the list of cases", {shown})),
        "case", case_id);
  }
  return detail::to_summary(std::move(*row));
}

const Workflow& Office::workflow_of(const CaseSummary& summary) const {
  const Workflow* wf = registry_.find(summary.workflow, summary.workflow_version);
  if (wf == nullptr) {
    throw saying<IntegrityError>(
        Message("{1} uses workflow {2} v{3} which this coopflow does not know; use the coopflow "
                "that opened it",
                {summary.id, summary.workflow, std::to_string(summary.workflow_version)}),
        summary.id, 0);
  }
  return *wf;
}

Receipt Office::open_case(const Actor& actor, const std::string& workflow,
                          const CaseRequest& request) {
  const Workflow& wf = registry_.latest(workflow);
  if (!wf.opening_event().fields.empty()) {
    throw saying<ValidationError>(Message("{1} cases do not start from a request; {2}",
                                          {wf.name, word(wf.opening_event().summary)}),
                                  "workflow");
  }
  const std::string at = now();
  const nlohmann::json fields = validate_request(request, at.substr(0, 10));
  Receipt receipt;
  write([&] {
    const User user = require_user(actor);
    const Ruling ruling = Authority::rule(detail::standing_of(user), wf.opening_event(), nullptr);
    ruling.enforce();
    receipt.entry = open_with(wf, user, ruling.role, actor, fields, at);
  });
  return receipt;
}

JournalEntry Office::open_with(const Workflow& wf, const User& user, std::string_view role,
                               const Actor& actor, const nlohmann::json& fields,
                               const std::string& at) {
  const int year = year_of(fields.at("received").get<std::string>());
  const std::string id =
      detail::case_id_for(wf.id_prefix, year, store_->next_case_number(wf.id_prefix, year));
  if (store_->case_exists(id)) {
    throw saying<IntegrityError>(
        Message("the case numbering is behind: {1} exists already, so the case_numbers table was "
                "edited; run `coopflow verify` and report this",
                {id}),
        id, 0);
  }
  JournalEntry e;
  e.case_id = id;
  e.seq = 1;
  e.at = at;
  e.actor = user.name;
  e.role = std::string(role);
  e.os_user = actor.os_user;
  e.event = wf.opening_event().name;
  e.from_state = "";
  e.to_state = wf.start()->state();
  nlohmann::json payload = {
      {"workflow", wf.name}, {"workflow_version", wf.version}, {"fields", fields}};
  e.payload = payload.dump();
  e.prev_hash = kGenesisHash;
  detail::log_case_entry(*store_, e);
  const auto summary = opening_summary(e);
  store_->insert_case(detail::to_row(*summary));
  return e;
}

Receipt Office::fire(const Actor& actor, const std::string& case_id, const std::string& event,
                     const RawFields& raw) {
  Receipt receipt;
  write([&] {
    const User user = require_user(actor);
    const CaseSummary summary = require_case(case_id);
    const Workflow& wf = workflow_of(summary);
    const EventSpec* spec = wf.find_event(event);
    if (spec == nullptr || spec->opens) {
      const auto names = case_event_names(wf);
      const std::string shown = check_text("event", event).substr(0, 40);
      throw names.empty()
          ? saying<NotFoundError>(
                Message("unknown event '{1}' for {2}; nothing is ever fired on its cases",
                        {shown, wf.name}),
                "event", event)
          : saying<NotFoundError>(Message("unknown event '{1}' for {2}; events: {3}",
                                          {shown, wf.name, join(names, ", ")}),
                                  "event", event);
    }
    const auto entries =
        detail::convert_all<JournalEntry>(store_->journal(case_id), detail::to_entry);
    CaseFile file(wf);
    for (const auto& e : entries) file.apply_heads(e);
    const Standing who = detail::standing_of(user);
    const Ruling ruling = Authority::rule(who, *spec, &file);
    ruling.enforce();

    auto machine = replay(wf, entries);
    const std::string from = machine->state();
    if (!wf.has_transition(machine->state_path(), event)) {
      std::vector<std::string> names;
      for (const auto& a : available_events(wf, *machine)) names.push_back(a.spec->name);
      const Message m =
          names.empty()
              ? Message(
                    "cannot {1} {2} in state {3}; allowed now: nothing (the "
                    "case is closed)",
                    {word(event), case_id, word(from)})
              : Message("cannot {1} {2} in state {3}; allowed now: {4}",
                        {word(event), case_id, word(from), join(names, ", ")})
                    // The codes to type on the command line; words in the browser.
                    .in_browser(Message("cannot {1} {2} in state {3}; allowed now: {4}",
                                        {word(event), case_id, word(from), Message::words(names)}));
      throw saying<IllegalTransitionError>(m, case_id, from, event, names);
    }
    const nlohmann::json fields = validate_fields(*spec, raw);
    const FireResult result = machine->fire(event, fields);
    if (result.outcome == FireOutcome::kGuardRejected) {
      throw saying<IllegalTransitionError>(
          Message("cannot {1} {2}: {3}", {word(event), case_id, word(result.reason)}), case_id,
          from, event, std::vector<std::string>{});
    }
    if (result.outcome != FireOutcome::kMoved) {
      throw InternalError("workflow " + wf.name + " failed on " + event + ": " + result.reason +
                          "; please report this");
    }

    if (spec->approves) {
      // The version approved is the newest, as the authority computed.
      const Document* plan = file.latest(spec->concerns);
      const auto index = plan ? static_cast<std::size_t>(plan->seq) - 1 : entries.size();
      if (index < entries.size()) {
        const auto stored = read_payload(entries[index].payload);
        const auto money = stored.is_object() && stored.contains("fields")
                               ? document_money(wf, spec->concerns, stored.at("fields"))
                               : std::nullopt;
        if (money) detail::check_envelope(*store_, registry_, case_id, *money, now(), from, event);
      }
    }

    const detail::PayloadFrame frame{
        spec->concerns, ruling.concerns.version, spec->produces,
        spec->produces.empty() ? 0 : file.next_version(spec->produces)};
    JournalEntry e;
    e.case_id = case_id;
    e.seq = file.last_seq() + 1;
    e.at = now();
    e.actor = user.name;
    e.role = std::string(ruling.role);
    e.os_user = actor.os_user;
    e.event = event;
    e.from_state = from;
    e.to_state = machine->state();
    e.payload = frame.wrap(fields);
    e.prev_hash = file.head_hash();
    detail::log_case_entry(*store_, e);
    store_->update_case_head(case_id, e.from_state, e.to_state, e.seq, e.hash, e.at);
    if (spec->decision) {
      store_->insert_approval(
          detail::to_row(approval_for(e, *spec, ruling.concerns.version, fields)));
    }
    receipt.entry = std::move(e);
  });
  return receipt;
}

}  // namespace coopflow::engine
