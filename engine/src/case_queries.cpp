// The read path: show, list, history. Each reads one consistent snapshot.
#include <set>

#include "assignment.h"
#include "config.h"
#include "coopflow/engine/case_file.h"
#include "coopflow/engine/errors.h"
#include "coopflow/engine/office.h"
#include "coopflow/engine/replay.h"
#include "coopflow/engine/values.h"
#include "coopflow/storage/store.h"
#include "fold_cache.h"
#include "office_support.h"
#include "records.h"

namespace coopflow::engine {
namespace {}  // namespace

namespace detail {

std::vector<AllowedEvent> allowed_events(const Workflow& wf, const CaseMachine& machine,
                                         const Standing& who, const CaseFile& file) {
  std::vector<AllowedEvent> out;
  for (const auto& a : available_events(wf, machine)) {
    const Ruling ruling = Authority::rule(who, *a.spec, &file);
    if (ruling.rule == "role") continue;  // not theirs to do
    AllowedEvent allowed{a.spec->name, ruling.role, "", {}};
    if (!ruling.allowed()) {
      allowed.blocked = ruling.reason();
      allowed.blocked_why = ruling.why;
    } else if (a.outcome == FireOutcome::kGuardRejected) {
      allowed.blocked = a.reason;
      allowed.blocked_why = Message("{1}", {word(a.reason)});  // a guard's reason is one msgid
    }
    out.push_back(std::move(allowed));
  }
  return out;
}

}  // namespace detail

namespace {

// The states of the workflows a query may name, for its check and its message.
// Whether the workflow (any, if "") declares state: asked by every `list --state`.
bool declares_state(const Registry& registry, const std::string& workflow,
                    const std::string& state) {
  for (const Workflow* wf : registry.all()) {
    if ((workflow.empty() || wf->name == workflow) && wf->find_stage(state) != nullptr) return true;
  }
  return false;
}

std::set<std::string> known_states(const Registry& registry, const std::string& workflow) {
  std::set<std::string> out;
  for (const Workflow* wf : registry.all()) {
    if (!workflow.empty() && wf->name != workflow) continue;
    for (const auto& s : wf->stages) out.insert(s.state);
  }
  return out;
}

}  // namespace

void Office::keep_folds(std::size_t cases) { folds_ = std::make_unique<detail::FoldCache>(cases); }

std::shared_ptr<const detail::FoldedCase> Office::folded(const std::string& case_id) {
  if (folds_) {
    if (auto kept = folds_->find(case_id, store_->journal_head(case_id))) return kept;
  }
  // Everything shown comes from the journal: the case row and the approvals
  // table are caches of it (verify proves they agree), and each would cost a
  // B-tree seek into pages that a large office rarely has in memory (P3).
  auto entries = detail::convert_all<JournalEntry>(store_->journal(case_id), detail::to_entry);
  if (entries.empty()) {
    require_case(case_id);  // not found, unless only its row exists
    throw saying<IntegrityError>(
        damaged_record(Message("{1} has a case row but no journal entries", {case_id})), case_id,
        0);
  }
  const auto opening = opening_summary(entries.front());
  if (!opening) {
    throw saying<IntegrityError>(
        damaged_record(
            Message("{1} entry 1 is damaged: its payload is not a JSON object", {case_id})),
        case_id, 1);
  }
  const Workflow& wf = workflow_of(*opening);
  auto made = std::make_shared<detail::FoldedCase>(
      detail::FoldedCase{entries.back().hash, CaseFile(wf), {}, {}, {}, nullptr, {}});
  detail::FoldedCase& out = *made;
  Standing recorded{"", {""}, false};
  for (const auto& e : entries) {
    const EventSpec* spec = e.seq == 1 ? nullptr : wf.find_event(e.event);
    if (spec != nullptr && spec->decision) {
      // The version decided on, as the authority saw it for the recorded actor.
      recorded.user = e.actor;
      recorded.roles.front() = e.role;
      const int version = Authority::rule(recorded, *spec, &out.file).concerns.version;
      out.approvals.push_back(approval_for(e, *spec, version));
    }
    out.file.apply(e);
  }
  out.summary = out.file.summary();
  out.machine = replay(wf, entries);
  out.state_path = out.machine->state_path();
  out.entries = std::move(entries);  // the view's timeline, and history() when kept
  if (folds_) folds_->put(case_id, made);
  return made;
}

CaseView Office::show(const Actor& actor, const std::string& case_id) {
  std::optional<CaseView> view;
  read([&] {
    const User user = require_user(actor);
    const Standing who = detail::standing_of(user);
    Authority::rule(who, Authority::read_record(), nullptr).enforce();
    const auto kept = folded(case_id);
    const detail::FoldedCase& fold = *kept;
    view.emplace(std::shared_ptr<const CaseFile>(kept, &fold.file));
    view->summary = fold.summary;
    view->state_path = fold.state_path;
    view->approvals = fold.approvals;
    view->entries = std::shared_ptr<const std::vector<JournalEntry>>(kept, &fold.entries);
    view->allowed = detail::allowed_events(fold.file.workflow(), *fold.machine, who, view->file);
    for (const auto& row : store_->attachments(case_id)) {
      view->attachments.push_back({row.case_id, row.number, row.position, row.kind, row.title,
                                   row.name, row.media_type, row.size, row.sha256});
    }
    view->holders = detail::holders_of(*store_, view->summary);
    view->stage_due = detail::stage_due(*store_, view->file);
    view->overdue = !view->stage_due.empty() && now().substr(0, 10) > view->stage_due;
  });
  return std::move(*view);
}

void Office::check_query(const CaseQuery& query) const {
  if (!query.workflow.empty()) registry_.latest(query.workflow);
  if (!query.state.empty()) {
    if (!declares_state(registry_, query.workflow, query.state)) {
      const auto states = known_states(registry_, query.workflow);
      const std::string shown = check_text("state", query.state).substr(0, 40);
      const std::string known = join(std::vector<std::string>(states.begin(), states.end()), ", ");
      const Message m =
          query.workflow.empty()
              ? Message("no state '{1}'; states: {2}", {shown, known})
              : Message("no state '{1}' in {2}; states: {3}", {shown, query.workflow, known});
      throw saying<NotFoundError>(m, "state", query.state);
    }
  }
}

std::vector<CaseSummary> Office::list(const Actor& actor, const CaseQuery& query) {
  check_query(query);
  std::vector<CaseSummary> out;
  read([&] {
    require(actor, Authority::read_record());
    storage::CaseFilter filter;
    filter.state = query.state;
    filter.workflow = query.workflow;
    if (query.mine) filter.holder = actor.user;
    filter.after_id = query.after;
    filter.limit = query.limit;
    out = detail::convert_all<CaseSummary>(store_->list_cases(filter), detail::to_summary);
  });
  return out;
}

std::vector<JournalEntry> Office::history(const Actor& actor, const std::string& case_id) {
  std::vector<JournalEntry> out;
  read([&] {
    require(actor, Authority::read_record());
    if (folds_) {
      if (const auto kept = folds_->find(case_id, store_->journal_head(case_id))) {
        out = kept->entries;
        return;
      }
    }
    // The journal alone answers; the case row is looked up only to tell an
    // unknown case from one with no entries (one B-tree seek less per call).
    out = detail::convert_all<JournalEntry>(store_->journal(case_id), detail::to_entry);
    if (out.empty()) require_case(case_id);
  });
  return out;
}

}  // namespace coopflow::engine
