// verify: recompute every hash chain, replay every case through its workflow,
// and check that the cached case rows and the approvals agree with the journal.
#include <algorithm>
#include <set>

#include "coopflow/engine/errors.h"
#include "coopflow/engine/office.h"

namespace coopflow::engine {
namespace {

// Checks one case's entries as they stream by, stopping at its first problem.
class CaseCheck {
 public:
  CaseCheck(std::string case_id, const Registry& registry)
      : case_id_(std::move(case_id)), registry_(registry) {}

  // Returns false once a problem has been found.
  bool add(const JournalEntry& e) {
    if (problem_) return false;
    try {
      check(e);
    } catch (const IntegrityError& err) {
      problem_ = VerifyProblem{case_id_, err.seq(), err.what()};
    }
    return !problem_;
  }

  void finish(const std::optional<storage::CaseRow>& row,
              const std::vector<storage::ApprovalRow>& approvals) {
    if (problem_) return;
    if (!row) return fail(0, "has journal entries but no case row");
    if (row->state != file_.state() || row->last_seq != file_.last_seq() ||
        row->head_hash != file_.head_hash()) {
      return fail(row->last_seq, "case row says state " + row->state + " at entry " +
                                     std::to_string(row->last_seq) + " but the journal says " +
                                     file_.state() + " at entry " +
                                     std::to_string(file_.last_seq()));
    }
    if (row->workflow != workflow_name_ || row->workflow_version != workflow_version_) {
      return fail(1, "case row names workflow " + row->workflow + " but the journal opened it as " +
                         workflow_name_);
    }
    const std::size_t n = std::max(approvals.size(), expected_approvals_.size());
    for (std::size_t i = 0; i < n; ++i) {
      if (i < approvals.size() && i < expected_approvals_.size() &&
          approvals[i] == expected_approvals_[i]) {
        continue;
      }
      const auto seq =
          i < expected_approvals_.size() ? expected_approvals_[i].seq : approvals[i].seq;
      return fail(seq, "the approvals table disagrees with the journal");
    }
  }

  const std::optional<VerifyProblem>& problem() const { return problem_; }
  const std::string& case_id() const { return case_id_; }

 private:
  void fail(long long seq, const std::string& why) {
    problem_ = VerifyProblem{case_id_, seq,
                             case_id_ + (seq ? " entry " + std::to_string(seq) : "") + ": " + why};
  }

  [[noreturn]] void bad(const JournalEntry& e, const std::string& why) {
    throw IntegrityError(case_id_, e.seq,
                         case_id_ + " entry " + std::to_string(e.seq) + ": " + why);
  }

  void check(const JournalEntry& e) {
    if (e.seq != file_.last_seq() + 1) {
      bad(e, "sequence jumps from " + std::to_string(file_.last_seq()) + " to " +
                 std::to_string(e.seq) + " (an entry is missing or was inserted)");
    }
    const std::string expected_prev = e.seq == 1 ? kGenesisHash : file_.head_hash();
    if (e.prev_hash != expected_prev) bad(e, "previous-hash does not match the entry before it");
    if (compute_hash(e) != e.hash)
      bad(e, "hash does not match its content (the entry was altered)");
    if (e.seq == 1) start(e);
    const EventSpec* spec = workflow_->find_event(e.event);
    if (e.seq > 1 && spec != nullptr) check_authority(e, *spec);
    replayer_->apply(e);
    file_.apply(e);
  }

  void start(const JournalEntry& e) {
    const auto payload = nlohmann::json::parse(e.payload, nullptr, false);
    if (!payload.is_object()) bad(e, "payload is not a JSON object");
    workflow_name_ = payload.value("workflow", "");
    workflow_version_ = payload.value("workflow_version", 0);
    workflow_ = registry_.find(workflow_name_, workflow_version_);
    if (workflow_ == nullptr) bad(e, "opened under unknown workflow " + workflow_name_);
    replayer_ = std::make_unique<Replayer>(*workflow_);
  }

  // The roles, four-eyes and approvals recorded at the time, checked again.
  void check_authority(const JournalEntry& e, const EventSpec& spec) {
    if (!has_role(spec.roles, e.role))
      bad(e, e.event + " recorded in role " + e.role + ", which may not fire it");
    const Document* doc = spec.concerns.empty() ? nullptr : file_.latest(spec.concerns);
    if (spec.four_eyes && doc != nullptr && doc->author == e.actor) {
      bad(e, e.actor + " decided on " + doc->kind + " v" + std::to_string(doc->version) +
                 " they wrote (four-eyes)");
    }
    if (spec.decision) {
      const auto payload = nlohmann::json::parse(e.payload, nullptr, false);
      expected_approvals_.push_back(
          approval_for(e, spec, doc, payload.value("fields", nlohmann::json::object())));
    }
  }

  std::string case_id_;
  const Registry& registry_;
  const Workflow* workflow_ = nullptr;
  std::string workflow_name_;
  int workflow_version_ = 0;
  std::unique_ptr<Replayer> replayer_;
  CaseFile file_;
  std::vector<storage::ApprovalRow> expected_approvals_;
  std::optional<VerifyProblem> problem_;
};

}  // namespace
}  // namespace coopflow::engine

namespace coopflow::engine {

VerifyReport Office::verify(const Actor& actor, const std::optional<std::string>& case_id) {
  VerifyReport report;
  store_.read([&] {
    require_user(actor);
    std::set<std::string> journaled;
    std::unique_ptr<CaseCheck> current;
    const auto finish = [&] {
      if (!current) return;
      const std::string& id = current->case_id();
      current->finish(store_.find_case(id), store_.approvals(id));
      if (current->problem()) report.problems.push_back(*current->problem());
      ++report.cases;
      current.reset();
    };
    const auto visit = [&](const JournalEntry& e) {
      ++report.entries;
      if (!current || current->case_id() != e.case_id) {
        finish();
        journaled.insert(e.case_id);
        current = std::make_unique<CaseCheck>(e.case_id, registry_);
      }
      current->add(e);
    };
    if (case_id) {
      require_case(*case_id);
      for (const auto& e : store_.journal(*case_id)) visit(e);
      finish();
      if (journaled.empty())
        report.problems.push_back({*case_id, 0, *case_id + " has no journal entries"});
      return;
    }
    // Positions are 1..N with no gap or repeat: an entry deleted or inserted
    // anywhere breaks them even where a case's own chain was recomputed.
    std::vector<bool> seen(static_cast<std::size_t>(store_.max_position()) + 1, false);
    std::optional<VerifyProblem> position_problem;
    store_.for_each_journal_entry([&](const JournalEntry& e) {
      const auto p = static_cast<std::size_t>(e.position);
      if (!position_problem && (e.position < 1 || p >= seen.size() || seen[p])) {
        position_problem =
            VerifyProblem{e.case_id, e.seq,
                          e.case_id + " entry " + std::to_string(e.seq) + ": journal position " +
                              std::to_string(e.position) + " is repeated or out of range"};
      }
      if (p < seen.size()) seen[p] = true;
      visit(e);
    });
    finish();
    for (std::size_t p = 1; p < seen.size() && !position_problem; ++p) {
      if (!seen[p]) {
        position_problem = VerifyProblem{
            "", 0, "journal position " + std::to_string(p) + " is missing: an entry was deleted"};
      }
    }
    if (position_problem) report.problems.push_back(*position_problem);
    store_.for_each_case([&](const storage::CaseRow& row) {
      if (journaled.count(row.id) == 0) {
        report.problems.push_back({row.id, 0, row.id + ": case row has no journal entries"});
      }
    });
  });
  return report;
}

}  // namespace coopflow::engine
