// The write path: load, check, fire, append; all in one IMMEDIATE transaction.
#include <algorithm>
#include <cstdio>

#include "coopflow/engine/errors.h"
#include "coopflow/engine/office.h"
#include "coopflow/engine/values.h"

namespace coopflow::engine {
namespace {

// The one role check every event goes through: the first declared role the
// user holds, or a refusal naming the roles that would do.
std::string acting_role(const storage::UserRow& user, const EventSpec& spec) {
  for (const auto& r : spec.roles) {
    if (has_role(user.roles, r)) return r;
  }
  throw ForbiddenError(user.name, "role",
                       spec.name + " needs the " + join(spec.roles, " or ") + " role; '" +
                           user.name + "' holds " +
                           (user.roles.empty() ? "none" : join(user.roles, ", ")) +
                           "; ask an admin to grant it or act as another user");
}

// Four-eyes: nobody approves what they wrote, whatever roles they hold.
void check_four_eyes(const storage::UserRow& user, const EventSpec& spec, const Document* doc) {
  if (!spec.four_eyes || doc == nullptr || doc->author != user.name) return;
  throw ForbiddenError(user.name, "four-eyes",
                       "four-eyes rule: " + user.name + " wrote " + doc->kind + " v" +
                           std::to_string(doc->version) + " and may not " + spec.name +
                           " it; another manager must decide");
}

std::string case_id_for(const std::string& prefix, int year, std::int64_t number) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%s-%04d-%04lld", prefix.c_str(), year,
                static_cast<long long>(number));
  return buf;
}

}  // namespace

storage::CaseRow Office::require_case(const std::string& case_id) {
  auto row = store_.find_case(case_id);
  if (!row) {
    throw NotFoundError("case", case_id,
                        "no case '" + check_text("case", case_id).substr(0, 40) +
                            "'; see `coopflow list` for case ids");
  }
  return *row;
}

const Workflow& Office::workflow_of(const storage::CaseRow& row) const {
  const Workflow* wf = registry_.find(row.workflow, row.workflow_version);
  if (wf == nullptr) {
    throw IntegrityError(row.id, 0,
                         row.id + " uses workflow " + row.workflow + " v" +
                             std::to_string(row.workflow_version) +
                             " which this coopflow does not know; use the coopflow that opened it");
  }
  return *wf;
}

Receipt Office::open_case(const Actor& actor, const std::string& workflow,
                          const CaseRequest& request) {
  const Workflow& wf = registry_.latest(workflow);
  const std::string at = now();
  const nlohmann::json fields = validate_request(request, at.substr(0, 10));
  Receipt receipt;
  store_.write([&] {
    const auto user = require_user(actor);
    EventSpec open_spec;
    open_spec.name = "open";
    open_spec.roles = {"coordinator"};
    const std::string role = acting_role(user, open_spec);
    const int year = year_of(request.received);
    const std::string id =
        case_id_for(wf.id_prefix, year, store_.next_case_number(wf.id_prefix, year));
    JournalEntry e;
    e.case_id = id;
    e.seq = 1;
    e.position = store_.next_position();
    e.at = at;
    e.actor = user.name;
    e.role = role;
    e.os_user = actor.os_user;
    e.event = "open";
    e.from_state = "";
    e.to_state = wf.start()->state();
    nlohmann::json payload = {
        {"workflow", wf.name}, {"workflow_version", wf.version}, {"fields", fields}};
    e.payload = payload.dump();
    e.prev_hash = kGenesisHash;
    e.hash = compute_hash(e);
    storage::CaseRow row;
    row.id = id;
    row.workflow = wf.name;
    row.workflow_version = wf.version;
    row.state = e.to_state;
    row.subject = request.subject;
    row.requester = request.requester;
    row.countries = request.countries;
    row.received = request.received;
    row.opened_at = at;
    row.opened_by = user.name;
    row.updated_at = at;
    row.last_seq = 1;
    row.head_hash = e.hash;
    store_.insert_case(row);
    store_.append_journal(e);
    receipt.entry = e;
  });
  return receipt;
}

Receipt Office::fire(const Actor& actor, const std::string& case_id, const std::string& event,
                     const RawFields& raw) {
  Receipt receipt;
  store_.write([&] {
    const auto user = require_user(actor);
    const auto row = require_case(case_id);
    const Workflow& wf = workflow_of(row);
    const EventSpec* spec = wf.find_event(event);
    if (spec == nullptr) {
      throw NotFoundError("event", event,
                          "unknown event '" + check_text("event", event).substr(0, 40) + "' for " +
                              wf.name + "; events: " + join(wf.event_names(), ", "));
    }
    const std::string role = acting_role(user, *spec);
    const auto entries = store_.journal(case_id);
    CaseFile file;
    for (const auto& e : entries)
      file.apply_heads(e, e.seq == 1 ? nullptr : wf.find_event(e.event));
    auto machine = replay(wf, entries);
    const std::string from = machine->state();

    if (!wf.has_transition(machine->state_path(), event)) {
      std::vector<std::string> names;
      for (const auto& a : available_events(wf, *machine)) names.push_back(a.spec->name);
      throw IllegalTransitionError(
          case_id, from, event, names,
          "cannot " + event + " " + case_id + " in state " + from + "; allowed now: " +
              (names.empty() ? "nothing (the case is closed)" : join(names, ", ")));
    }
    nlohmann::json fields = validate_fields(*spec, raw);
    const Document* concerned = spec->concerns.empty() ? nullptr : file.latest(spec->concerns);
    check_four_eyes(user, *spec, concerned);

    const FireResult result = machine->fire(event, fields);
    if (result.outcome == FireOutcome::kGuardRejected) {
      throw IllegalTransitionError(case_id, from, event, {},
                                   "cannot " + event + " " + case_id + ": " + result.reason);
    }
    if (result.outcome != FireOutcome::kMoved) {
      throw std::logic_error("workflow " + wf.name + " failed on " + event + ": " + result.reason);
    }

    nlohmann::json payload = {{"fields", fields}};
    if (!spec->produces.empty()) {
      payload["produces"] = {{"kind", spec->produces},
                             {"version", file.next_version(spec->produces)}};
    }
    if (!spec->concerns.empty()) {
      payload["concerns"] = {{"kind", spec->concerns},
                             {"version", concerned ? concerned->version : 0}};
    }
    JournalEntry e;
    e.case_id = case_id;
    e.seq = file.last_seq() + 1;
    e.position = store_.next_position();
    e.at = now();
    e.actor = user.name;
    e.role = role;
    e.os_user = actor.os_user;
    e.event = event;
    e.from_state = from;
    e.to_state = machine->state();
    e.payload = payload.dump();
    e.prev_hash = file.head_hash();
    e.hash = compute_hash(e);
    store_.append_journal(e);
    store_.update_case_head(case_id, e.to_state, e.seq, e.hash, e.at);
    if (spec->decision) {
      store_.insert_approval(approval_for(e, *spec, concerned, fields));
    }
    receipt.entry = e;
  });
  return receipt;
}

}  // namespace coopflow::engine
