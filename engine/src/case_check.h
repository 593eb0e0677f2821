#pragma once

// Internal to the engine: checks one case's journal entries as they stream by.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "case_numbering.h"
#include "coopflow/engine/authority.h"
#include "coopflow/engine/case_file.h"
#include "coopflow/engine/errors.h"
#include "coopflow/engine/office.h"
#include "coopflow/engine/registry.h"
#include "coopflow/engine/replay.h"

namespace coopflow::engine::detail {

// Checks one case's entries as they stream by, stopping at its first problem:
// the chain, the authority of every entry (with the role it records), the
// document versions its payload states, the replay, and then the cached case
// row and approvals against what the entries state.
class CaseCheck {
 public:
  // deep: also judge every recorded value as the write path would (parses
  // every payload: verify --deep).
  CaseCheck(std::string case_id, const Registry& registry, bool deep = false);

  const std::string& case_id() const { return case_id_; }
  const std::optional<VerifyProblem>& problem() const { return problem_; }
  // The case's number, once its opening entry checked out.
  const std::optional<CaseNumber>& number() const { return number_; }

  void add(const JournalEntry& e);
  // row: the cached case row, or nullptr if there is none.
  void finish(const CaseSummary* row, const std::vector<Approval>& approvals);

 private:
  void fail(long long seq, const Message& why);
  [[noreturn]] void bad(const JournalEntry& e, const Message& why) const;
  void check(const JournalEntry& e);
  void start(const JournalEntry& e);
  void check_authority(const JournalEntry& e, const EventSpec& spec);
  void check_recorded_data(const JournalEntry& e, const EventSpec& spec) const;

  std::string case_id_;
  const Registry& registry_;
  bool deep_;
  const Workflow* workflow_ = nullptr;
  std::optional<CaseFile>
      file_;  // where the case stands and its document heads, folded as the write path folds them
  std::unique_ptr<Replayer> replayer_;
  CaseSummary expected_;  // the case row's opening columns, as the opening entry states them
  std::vector<Approval> expected_approvals_;
  std::optional<CaseNumber> number_;
  Standing recorded_;  // the entry's actor in its recorded role; reused, it is asked per entry
  std::optional<VerifyProblem> problem_;
};

}  // namespace coopflow::engine::detail
