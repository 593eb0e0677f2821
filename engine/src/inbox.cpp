// Who has what to do: the overdue list and each user's tasks, read from the
// open cases' journals in one snapshot.
#include <algorithm>

#include "assignment.h"
#include "config.h"
#include "coopflow/engine/errors.h"
#include "coopflow/engine/office.h"
#include "coopflow/engine/replay.h"
#include "coopflow/engine/values.h"
#include "coopflow/storage/store.h"
#include "office_support.h"
#include "records.h"

namespace coopflow::engine {
namespace {

// Held first (for tasks), then the most overdue, then the earliest due, then cases without a
// deadline, by id.
bool more_urgent(const Task& a, const Task& b) {
  if (a.held != b.held) return a.held;
  if (a.days_overdue != b.days_overdue) return a.days_overdue > b.days_overdue;
  if (a.due.empty() != b.due.empty()) return !a.due.empty();
  if (a.due != b.due) return a.due < b.due;
  return a.summary.id < b.summary.id;
}

Task task_of(storage::Store& store, const CaseSummary& summary, const CaseFile& file,
             const std::string& today) {
  Task t;
  t.summary = summary;
  t.due = detail::stage_due(store, file);
  if (!t.due.empty() && today > t.due) t.days_overdue = days_between(t.due, today);
  return t;
}

}  // namespace

void Office::for_each_open_case(
    const CaseQuery& query, const std::string& holder,
    const std::function<void(const CaseSummary&, const CaseFile&,
                             const std::vector<JournalEntry>&)>& visit) {
  storage::CaseFilter filter;
  filter.state = query.state;
  filter.workflow = query.workflow;
  filter.holder = holder;
  for (const auto& row : store_->list_cases(filter)) {
    const CaseSummary summary = detail::to_summary(row);
    const Workflow& wf = workflow_of(summary);
    const StageSpec* stage = wf.find_stage(summary.state);
    if (stage != nullptr && stage->terminal) continue;
    const auto entries =
        detail::convert_all<JournalEntry>(store_->journal(summary.id), detail::to_entry);
    CaseFile file(wf);
    for (const auto& e : entries) file.apply_heads(e);
    visit(summary, file, entries);
  }
}

std::vector<Task> Office::overdue(const Actor& actor, const CaseQuery& query) {
  check_query(query);
  std::vector<Task> out;
  read([&] {
    require(actor, Authority::read_record());
    const std::string today = now().substr(0, 10);
    for_each_open_case(
        query, query.mine ? actor.user : "",
        [&](const CaseSummary& summary, const CaseFile& file, const std::vector<JournalEntry>&) {
          Task t = task_of(*store_, summary, file, today);
          if (t.days_overdue > 0) out.push_back(std::move(t));
        });
  });
  std::sort(out.begin(), out.end(), more_urgent);
  if (query.limit > 0 && static_cast<std::int64_t>(out.size()) > query.limit) {
    out.resize(static_cast<std::size_t>(query.limit));
  }
  return out;
}

std::vector<Task> Office::tasks(const Actor& actor) {
  std::vector<Task> out;
  read([&] {
    const Standing who = detail::standing_of(require_user(actor));
    Authority::rule(who, Authority::read_record(), nullptr).enforce();
    const std::string today = now().substr(0, 10);
    for_each_open_case(
        {}, "",
        [&](const CaseSummary& summary, const CaseFile& file,
            const std::vector<JournalEntry>& entries) {
          const auto machine = replay(file.workflow(), entries);
          Task t = task_of(*store_, summary, file, today);
          t.held = detail::holds(detail::holders_of(*store_, summary), actor.user);
          for (auto& e : detail::allowed_events(file.workflow(), *machine, who, file)) {
            const EventSpec* spec = file.workflow().find_event(e.event);
            if (e.blocked.empty() && spec != nullptr && !spec->aside) {
              t.events.push_back(std::move(e));
            }
          }
          if (!t.events.empty()) out.push_back(std::move(t));
        });
  });
  std::sort(out.begin(), out.end(), more_urgent);
  return out;
}

}  // namespace coopflow::engine
