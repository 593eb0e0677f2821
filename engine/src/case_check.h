#pragma once

// Internal to the engine: checks one case's journal entries as they stream by.
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "coopflow/engine/case_file.h"
#include "coopflow/engine/errors.h"
#include "coopflow/engine/office.h"
#include "coopflow/engine/replay.h"

namespace coopflow::engine::detail {

// Checks one case's entries as they stream by, stopping at its first problem.
class CaseCheck {
 public:
  CaseCheck(std::string case_id, const Registry& registry)
      : case_id_(std::move(case_id)), registry_(registry) {}

  const std::string& case_id() const { return case_id_; }
  const std::optional<VerifyProblem>& problem() const { return problem_; }

  void add(const JournalEntry& e) {
    if (problem_) return;
    try {
      check(e);
    } catch (const IntegrityError& err) {
      problem_ = VerifyProblem{case_id_, err.seq(), err.what()};
    }
  }

  void finish(const storage::CaseRow* row, const std::vector<storage::ApprovalRow>& approvals) {
    if (problem_) return;
    if (row == nullptr) return fail(0, "has journal entries but no case row");
    if (row->state != expected_.state || row->last_seq != expected_.last_seq ||
        row->head_hash != expected_.head_hash) {
      return fail(row->last_seq, "case row says state " + row->state + " at entry " +
                                     std::to_string(row->last_seq) + " but the journal says " +
                                     expected_.state + " at entry " +
                                     std::to_string(expected_.last_seq));
    }
    if (row->workflow != workflow_->name || row->workflow_version != workflow_->version) {
      return fail(1, "case row names workflow " + row->workflow + " but the journal opened it as " +
                         workflow_->name);
    }
    // The columns `list` shows: each must say what the journal says.
    const std::pair<const char*, std::pair<const std::string*, const std::string*>> columns[] = {
        {"subject", {&row->subject, &expected_.subject}},
        {"requester", {&row->requester, &expected_.requester}},
        {"received", {&row->received, &expected_.received}},
        {"countries", {&row->countries, &expected_.countries}},
        {"opened_at", {&row->opened_at, &expected_.opened_at}},
        {"opened_by", {&row->opened_by, &expected_.opened_by}},
        {"updated_at", {&row->updated_at, &expected_.updated_at}}};
    for (const auto& [column, values] : columns) {
      if (*values.first != *values.second) {
        return fail(0, std::string("case row says ") + column + " '" + values.first->substr(0, 60) +
                           "' but the journal says '" + values.second->substr(0, 60) + "'");
      }
    }
    const std::size_t n = std::max(approvals.size(), expected_approvals_.size());
    for (std::size_t i = 0; i < n; ++i) {
      if (i < approvals.size() && i < expected_approvals_.size() &&
          approvals[i] == expected_approvals_[i]) {
        continue;
      }
      const auto seq = i < expected_approvals_.size() ? expected_approvals_[i].seq : approvals[i].seq;
      return fail(seq, "the approvals table disagrees with the journal");
    }
  }

 private:
  // Who wrote the latest version of a document kind, and which version it is.
  struct Latest {
    std::string author;
    int version = 0;
  };

  void fail(long long seq, const std::string& why) {
    problem_ = VerifyProblem{case_id_, seq,
                             case_id_ + (seq ? " entry " + std::to_string(seq) : "") + ": " + why};
  }

  [[noreturn]] void bad(const JournalEntry& e, const std::string& why) const {
    throw IntegrityError(case_id_, e.seq, case_id_ + " entry " + std::to_string(e.seq) + ": " + why);
  }

  void check(const JournalEntry& e) {
    if (e.seq != expected_.last_seq + 1) {
      bad(e, "sequence jumps from " + std::to_string(expected_.last_seq) + " to " +
                 std::to_string(e.seq) + " (an entry is missing or was inserted)");
    }
    // Compared without building a string: this runs once per entry.
    if (e.seq == 1 ? e.prev_hash != kGenesisHash : e.prev_hash != expected_.head_hash) {
      bad(e, "previous-hash does not match the entry before it");
    }
    if (!hash_matches(e)) bad(e, "hash does not match its content (the entry was altered)");
    if (e.seq == 1) {
      start(e);
    } else {
      const EventSpec* spec = workflow_->find_event(e.event);
      if (spec == nullptr) bad(e, "unknown event " + e.event);
      check_authority(e, *spec);
    }
    replayer_->apply(e);
    expected_.last_seq = e.seq;
    expected_.head_hash = e.hash;
    expected_.state = e.to_state;
    expected_.updated_at = e.at;
  }

  void start(const JournalEntry& e) {
    auto row = opening_row(e);
    if (!row) bad(e, "payload is not a JSON object");
    expected_ = std::move(*row);
    workflow_ = registry_.find(expected_.workflow, expected_.workflow_version);
    if (workflow_ == nullptr) bad(e, "opened under unknown workflow " + expected_.workflow);
    replayer_ = std::make_unique<Replayer>(*workflow_);
  }

  // The role, four-eyes and approval recorded at the time, checked again.
  void check_authority(const JournalEntry& e, const EventSpec& spec) {
    if (!has_role(spec.roles, e.role)) {
      bad(e, e.event + " recorded in role " + e.role + ", which may not fire it");
    }
    const auto concerned = spec.concerns.empty() ? latest_.end() : latest_.find(spec.concerns);
    const bool has_doc = concerned != latest_.end();
    if (spec.four_eyes && has_doc && concerned->second.author == e.actor) {
      bad(e, e.actor + " decided on " + spec.concerns + " v" +
                 std::to_string(concerned->second.version) + " they wrote (four-eyes)");
    }
    if (spec.decision) {
      // Only decisions need their payload parsed: for the comment they recorded.
      Document doc;
      doc.kind = spec.concerns;
      doc.version = has_doc ? concerned->second.version : 0;
      expected_approvals_.push_back(approval_for(e, spec, has_doc ? &doc : nullptr));
    }
    if (!spec.produces.empty()) {
      Latest& l = latest_[spec.produces];
      l.author = e.actor;
      ++l.version;
    }
  }

  std::string case_id_;
  const Registry& registry_;
  const Workflow* workflow_ = nullptr;
  std::unique_ptr<Replayer> replayer_;
  std::map<std::string, Latest> latest_;
  storage::CaseRow expected_;  // the case row as the entries so far state it
  std::vector<storage::ApprovalRow> expected_approvals_;
  std::optional<VerifyProblem> problem_;
};


}  // namespace coopflow::engine::detail
