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
    // Everything shown comes from the journal: the case row and the approvals
    // table are caches of it (verify proves they agree), and each would cost a
    // B-tree seek into pages that a large office rarely has in memory (P3).
    const auto entries = store_.journal(case_id);
    if (entries.empty()) {
      require_case(case_id);  // not found, unless only its row exists
      throw IntegrityError(case_id, 0,
                           case_id + " has a case row but no journal entries; run `coopflow verify`");
    }
    view.file.apply(entries.front());
    const Workflow& wf = workflow_of(view.file.row());
    for (std::size_t i = 1; i < entries.size(); ++i) {
      const JournalEntry& e = entries[i];
      const EventSpec* spec = wf.find_event(e.event);
      if (spec != nullptr && spec->decision) {
        const Document* concerned =
            spec->concerns.empty() ? nullptr : view.file.latest(spec->concerns);
        view.approvals.push_back(approval_for(e, *spec, concerned));
      }
      view.file.apply(e);
    }
    view.row = view.file.row();
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
    // The journal alone answers; the case row is looked up only to tell an
    // unknown case from one with no entries (one B-tree seek less per call).
    out = store_.journal(case_id);
    if (out.empty()) require_case(case_id);
  });
  return out;
}

}  // namespace coopflow::engine
