#include "records.h"

#include <utility>

namespace coopflow::engine::detail {

using std::swap;

void exchange(storage::CaseRow& from, CaseSummary& to) {
  swap(from.id, to.id);
  swap(from.workflow, to.workflow);
  to.workflow_version = from.workflow_version;
  swap(from.state, to.state);
  swap(from.subject, to.subject);
  swap(from.requester, to.requester);
  swap(from.countries, to.countries);
  swap(from.received, to.received);
  swap(from.opened_at, to.opened_at);
  swap(from.opened_by, to.opened_by);
  swap(from.updated_at, to.updated_at);
  to.last_seq = from.last_seq;
  swap(from.head_hash, to.head_hash);
}

void exchange(storage::ApprovalRow& from, Approval& to) {
  swap(from.case_id, to.case_id);
  to.seq = from.seq;
  swap(from.actor, to.actor);
  swap(from.role, to.role);
  swap(from.decision, to.decision);
  swap(from.subject_kind, to.subject_kind);
  to.subject_version = from.subject_version;
  swap(from.comment, to.comment);
  swap(from.at, to.at);
}

JournalEntry to_entry(storage::JournalRow row) {
  return {std::move(row.case_id),
          row.seq,
          row.position,
          std::move(row.at),
          std::move(row.actor),
          std::move(row.role),
          std::move(row.os_user),
          std::move(row.event),
          std::move(row.from_state),
          std::move(row.to_state),
          std::move(row.payload),
          std::move(row.prev_hash),
          std::move(row.hash)};
}

CaseSummary to_summary(storage::CaseRow row) {
  CaseSummary s;
  exchange(row, s);
  return s;
}

Approval to_approval(storage::ApprovalRow row) {
  Approval a;
  exchange(row, a);
  return a;
}

storage::JournalTargets targets_of(JournalEntry& e) {
  return {&e.case_id, &e.seq,        &e.position, &e.at,      &e.actor,     &e.role, &e.os_user,
          &e.event,   &e.from_state, &e.to_state, &e.payload, &e.prev_hash, &e.hash};
}

User to_user(storage::UserRow row) {
  return {std::move(row.name), std::move(row.full_name), row.disabled, std::move(row.roles),
          std::move(row.created_at)};
}

storage::JournalRow to_row(const JournalEntry& e) {
  return {e.case_id, e.seq,        e.position, e.at,      e.actor,     e.role, e.os_user,
          e.event,   e.from_state, e.to_state, e.payload, e.prev_hash, e.hash};
}

storage::CaseRow to_row(const CaseSummary& s) {
  return {s.id,         s.workflow,  s.workflow_version, s.state,     s.subject,
          s.requester,  s.countries, s.received,         s.opened_at, s.opened_by,
          s.updated_at, s.last_seq,  s.head_hash};
}

storage::UserRow to_row(const User& u) {
  return {u.name, u.full_name, u.disabled, u.roles, u.created_at};
}

storage::ApprovalRow to_row(const Approval& a) {
  return {a.case_id,         a.seq,     a.actor, a.role, a.decision, a.subject_kind,
          a.subject_version, a.comment, a.at};
}

}  // namespace coopflow::engine::detail
