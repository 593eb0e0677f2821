#pragma once

// Internal to the engine: its records to and from storage's rows. Nothing
// outside engine/src sees a storage row. The streams verify reads reuse their
// rows' buffers from row to row, so rows and records trade contents by swap.
#include "coopflow/engine/approval.h"
#include "coopflow/engine/case_summary.h"
#include "coopflow/engine/journal_entry.h"
#include "coopflow/engine/user.h"
#include "coopflow/storage/records.h"

namespace coopflow::engine::detail {

// Each leaves `from` holding `to`'s old contents (buffers to reuse).
void exchange(storage::CaseRow& from, CaseSummary& to);
void exchange(storage::ApprovalRow& from, Approval& to);

JournalEntry to_entry(storage::JournalRow row);
// Where a journal stream writes each column: straight into e's members.
storage::JournalTargets targets_of(JournalEntry& e);
CaseSummary to_summary(storage::CaseRow row);
Approval to_approval(storage::ApprovalRow row);
User to_user(storage::UserRow row);

storage::JournalRow to_row(const JournalEntry& entry);
storage::CaseRow to_row(const CaseSummary& summary);
storage::ApprovalRow to_row(const Approval& approval);
storage::UserRow to_row(const User& user);

template <class Out, class In, class Convert>
std::vector<Out> convert_all(std::vector<In> rows, Convert convert) {
  std::vector<Out> out;
  out.reserve(rows.size());
  for (auto& r : rows) out.push_back(convert(std::move(r)));
  return out;
}

}  // namespace coopflow::engine::detail
