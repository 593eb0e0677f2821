// The read path: show, list, history. Each reads one consistent snapshot.
#include <ctime>

#include "coopflow/engine/case_file.h"
#include "coopflow/engine/errors.h"
#include "coopflow/engine/office.h"

namespace coopflow::engine {
namespace {

// date + days, both as YYYY-MM-DD.
std::string add_days(const std::string& iso_date, int days) {
  std::tm tm{};
  tm.tm_year = std::stoi(iso_date.substr(0, 4)) - 1900;
  tm.tm_mon = std::stoi(iso_date.substr(5, 2)) - 1;
  tm.tm_mday = std::stoi(iso_date.substr(8, 2)) + days;
  const std::time_t t = timegm(&tm);
  std::tm out{};
  gmtime_r(&t, &out);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &out);
  return buf;
}

}  // namespace

CaseView Office::show(const Actor& actor, const std::string& case_id) {
  CaseView view;
  store_.read([&] {
    const auto user = require_user(actor);
    view.row = require_case(case_id);
    const Workflow& wf = workflow_of(view.row);
    const auto entries = store_.journal(case_id);
    // The approvals come from the journal just read, not from the approvals
    // table: one B-tree seek less, and verify proves the two agree.
    for (const auto& e : entries) {
      const EventSpec* spec = e.seq == 1 ? nullptr : wf.find_event(e.event);
      if (spec != nullptr && spec->decision) {
        const Document* concerned =
            spec->concerns.empty() ? nullptr : view.file.latest(spec->concerns);
        view.approvals.push_back(approval_for(e, *spec, concerned));
      }
      view.file.apply(e);
    }
    const auto machine = replay(wf, entries);
    view.state_path = machine->state_path();
    for (const auto& a : available_events(wf, *machine)) {
      std::string role;
      for (const auto& r : a.spec->roles) {
        if (role.empty() && has_role(user.roles, r)) role = r;
      }
      if (role.empty()) continue;
      AllowedEvent allowed{a.spec->name, role, a.reason};
      const Document* doc = a.spec->concerns.empty() ? nullptr : view.file.latest(a.spec->concerns);
      if (a.spec->four_eyes && doc != nullptr && doc->author == user.name) {
        allowed.blocked = "four-eyes: you wrote " + doc->kind + " v" + std::to_string(doc->version);
      }
      view.allowed.push_back(std::move(allowed));
    }
    const StageSpec* stage = wf.find_stage(view.file.state());
    if (stage != nullptr && stage->deadline_days > 0 && !view.file.state_entered_at().empty()) {
      view.stage_due = add_days(view.file.state_entered_at().substr(0, 10), stage->deadline_days);
      view.overdue = now().substr(0, 10) > view.stage_due;
    }
  });
  return view;
}

std::vector<storage::CaseRow> Office::list(const Actor& actor, storage::CaseFilter filter,
                                           bool mine) {
  std::vector<storage::CaseRow> out;
  store_.read([&] {
    require_user(actor);
    if (mine) filter.involving = actor.user;
    out = store_.list_cases(filter);
  });
  return out;
}

std::vector<JournalEntry> Office::history(const Actor& actor, const std::string& case_id) {
  std::vector<JournalEntry> out;
  store_.read([&] {
    require_user(actor);
    require_case(case_id);
    out = store_.journal(case_id);
  });
  return out;
}

}  // namespace coopflow::engine
