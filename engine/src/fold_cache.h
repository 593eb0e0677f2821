#pragma once
// The cases a long-lived Office (one per server thread) folded lately, so that
// showing a case again costs one indexed lookup of its newest entry instead of
// reading, folding and replaying its whole journal (P6).
#include <cstddef>
#include <list>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "coopflow/engine/case_file.h"
#include "coopflow/engine/office.h"
#include "coopflow/engine/replay.h"

namespace coopflow::engine::detail {

// What show() derives from a case's journal alone: the same for every viewer.
struct FoldedCase {
  std::string head;  // the newest entry's hash: the fold is current while it is
  CaseFile file;
  CaseSummary summary;
  std::string state_path;
  std::vector<Approval> approvals;
  std::unique_ptr<CaseMachine> machine;
  std::vector<JournalEntry> entries;
};

class FoldCache {
 public:
  explicit FoldCache(std::size_t capacity) : capacity_(capacity) {}

  // The fold of case_id if it was made at head, else nullptr.
  std::shared_ptr<const FoldedCase> find(const std::string& case_id, const std::string& head) {
    const auto it = index_.find(case_id);
    if (it == index_.end() || it->second->second->head != head) return nullptr;
    recent_.splice(recent_.begin(), recent_, it->second);
    return it->second->second;
  }

  void put(const std::string& case_id, std::shared_ptr<const FoldedCase> folded) {
    const auto it = index_.find(case_id);
    if (it != index_.end()) {
      recent_.erase(it->second);
      index_.erase(it);
    }
    recent_.emplace_front(case_id, std::move(folded));
    index_.emplace(case_id, recent_.begin());
    if (recent_.size() > capacity_) {
      index_.erase(recent_.back().first);
      recent_.pop_back();
    }
  }

 private:
  using Entries = std::list<std::pair<std::string, std::shared_ptr<const FoldedCase>>>;
  std::size_t capacity_;
  Entries recent_;  // most recently used first
  std::map<std::string, Entries::iterator> index_;
};

}  // namespace coopflow::engine::detail
