// Who holds a case: a case-assign office log entry per change, the
// assignments table its cache.
#include "assignment.h"

#include "coopflow/engine/errors.h"
#include "coopflow/engine/office.h"
#include "coopflow/engine/values.h"
#include "coopflow/storage/store.h"
#include "log_append.h"
#include "office_support.h"
#include "records.h"
#include "staff.h"

namespace coopflow::engine {
namespace detail {

Assignment holders_of(storage::Store& store, const CaseSummary& summary) {
  if (auto row = store.assignment(summary.id)) {
    return {row->case_id, row->coordinator, row->manager, row->position};
  }
  return {summary.id, summary.opened_by, "", 0};
}

bool holds(const Assignment& a, const std::string& user) {
  return a.coordinator == user || (!a.manager.empty() && a.manager == user);
}

}  // namespace detail

namespace {

bool fit_to_hold(const User& user, const std::string& role) {
  return !user.disabled && has_role(user.roles, role);
}

}  // namespace

Assignment Office::assign(const Actor& actor, const std::string& case_id,
                          const std::optional<std::string>& coordinator,
                          const std::optional<std::string>& manager) {
  if (!coordinator && !manager) {
    throw saying<ValidationError>(Message("say who holds the case: --coordinator U, --manager U"),
                                  "coordinator");
  }
  Assignment after;
  write([&] {
    require(actor, Authority::assign());  // before any answer about the case or its users
    const CaseSummary summary = require_case(case_id);
    const Assignment before = detail::holders_of(*store_, summary);
    after = before;
    if (coordinator) after.coordinator = *coordinator;
    if (manager) after.manager = *manager;
    if (after.coordinator == before.coordinator && after.manager == before.manager) {
      const Message m = before.manager.empty()
                            ? Message("{1} is held by {2} already; nothing to change",
                                      {case_id, before.coordinator})
                            : Message("{1} is held by {2} and {3} already; nothing to change",
                                      {case_id, before.coordinator, before.manager});
      throw saying<ConflictError>(m);
    }
    for (const auto& [who, role] :
         {std::pair<std::string, std::string>{after.coordinator, "coordinator"},
          {after.manager, "manager"}}) {
      if (who.empty() && role == "manager") continue;
      const auto row = store_->find_user(who);
      if (!row) {
        throw saying<NotFoundError>(Message("no user '{1}'; see `coopflow user list`",
                                            {check_text(role, who).substr(0, 64)}),
                                    "user", who);
      }
      const User user = detail::to_user(*row);
      if (!fit_to_hold(user, role)) {
        const Message m =
            user.disabled
                ? Message("{1} cannot hold a case as its {2}: they are disabled", {who, word(role)})
                : Message("{1} cannot hold a case as its {2}: they lack the {2} role",
                          {who, word(role)});
        throw saying<ValidationError>(m, role);
      }
    }
    JournalEntry e = office_entry(actor, Authority::assign(), detail::office_event::kCaseAssign,
                                  detail::assign_payload(after));
    detail::log_office_entry(*store_, e);
    after.position = e.position;
    store_->put_assignment({after.case_id, after.coordinator, after.manager, after.position});
  });
  return after;
}

std::vector<User> Office::may_hold(const Actor& actor, const std::string& role) {
  std::vector<User> out;
  read([&] {
    require(actor, Authority::assign());
    for (const auto& row : store_->users()) {
      const User user = detail::to_user(row);
      if (fit_to_hold(user, role)) out.push_back(user);
    }
  });
  return out;
}

}  // namespace coopflow::engine
