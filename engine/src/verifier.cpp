// verify: recompute every hash chain, replay every case through its workflow,
// and check that the cached case rows and the approvals agree with the journal.
// Streams the journal, the cases and the approvals in key order side by side,
// so memory stays flat however large the journal. The key space is cut in two
// slices verified on two threads, each with its own connection, when both
// connections provably read the same snapshot.
#include <algorithm>
#include <exception>
#include <thread>

#include "case_check.h"
#include "coopflow/engine/office.h"

namespace coopflow::engine {
namespace {

using detail::CaseCheck;

// What one slice of the key space holds.
struct SliceResult {
  long long cases = 0;
  long long entries = 0;
  std::vector<VerifyProblem> problems;
  std::vector<bool> seen;  // seen[p]: the slice holds an entry at journal position p
  std::optional<VerifyProblem> position_problem;
};

VerifyProblem bad_position(const JournalEntry& e) {
  return {e.case_id, e.seq,
          e.case_id + " entry " + std::to_string(e.seq) + ": journal position " +
              std::to_string(e.position) + " is repeated or out of range"};
}

// Merge-joins the slice's journal, case rows and approvals, all in key order.
SliceResult verify_slice(storage::Store& store, const Registry& registry,
                         const storage::KeyRange& range, std::int64_t max_position) {
  SliceResult out;
  out.seen.assign(static_cast<std::size_t>(max_position) + 1, false);
  auto cases = store.case_stream(range);
  auto approvals = store.approval_stream(range);
  storage::CaseRow case_row;
  storage::ApprovalRow approval;
  bool have_case = cases.next(case_row);
  bool have_approval = approvals.next(approval);
  // Case rows and approvals that sort before id (all that remain, if none)
  // belong to no journaled case.
  const auto skip_orphans_before = [&](const std::string* id) {
    for (; have_case && (!id || case_row.id < *id); have_case = cases.next(case_row)) {
      out.problems.push_back({case_row.id, 0, case_row.id + ": case row has no journal entries"});
    }
    for (; have_approval && (!id || approval.case_id < *id);
         have_approval = approvals.next(approval)) {
      out.problems.push_back(
          {approval.case_id, approval.seq, approval.case_id + ": approval without journal entries"});
    }
  };
  std::unique_ptr<CaseCheck> current;
  const auto finish = [&] {
    if (!current) return;
    const std::string& id = current->case_id();
    skip_orphans_before(&id);
    std::vector<storage::ApprovalRow> mine;
    for (; have_approval && approval.case_id == id; have_approval = approvals.next(approval)) {
      mine.push_back(approval);
    }
    const bool row_found = have_case && case_row.id == id;
    current->finish(row_found ? &case_row : nullptr, mine);
    if (row_found) have_case = cases.next(case_row);
    if (current->problem()) out.problems.push_back(*current->problem());
    ++out.cases;
    current.reset();
  };

  store.for_each_journal_entry(range, [&](const JournalEntry& e) {
    ++out.entries;
    const auto p = static_cast<std::size_t>(e.position);
    if (!out.position_problem && (e.position < 1 || p >= out.seen.size() || out.seen[p])) {
      out.position_problem = bad_position(e);
    }
    if (e.position >= 1 && p < out.seen.size()) out.seen[p] = true;
    if (!current || current->case_id() != e.case_id) {
      finish();
      current = std::make_unique<CaseCheck>(e.case_id, registry);
    }
    current->add(e);
  });
  finish();
  skip_orphans_before(nullptr);
  return out;
}

// A case id near the middle of the journal, from a sample of entries spread
// over its positions, or nothing if the journal is too small to be worth two
// threads. Any id is correct; a central one balances the work.
std::optional<std::string> middle_case(storage::Store& store, std::int64_t max_position) {
  constexpr std::int64_t kMinEntries = 20000;
  constexpr std::int64_t kSamples = 255;
  if (max_position < kMinEntries) return std::nullopt;
  std::vector<std::string> ids;
  for (std::int64_t k = 1; k <= kSamples; ++k) {
    if (auto id = store.journal_case_at(k * max_position / (kSamples + 1))) {
      ids.push_back(std::move(*id));
    }
  }
  if (ids.empty()) return std::nullopt;
  std::nth_element(ids.begin(), ids.begin() + static_cast<std::ptrdiff_t>(ids.size() / 2), ids.end());
  return ids[ids.size() / 2];
}

// Verifies the slice [split, end) on a second connection and thread. The
// second connection's snapshot is the first one's when both see the same
// highest journal position: every write that touches the journal, the case
// rows or the approvals appends an entry. Returns false (and verifies nothing)
// when that cannot be had; the caller then verifies the slice itself.
class SecondSlice {
 public:
  SecondSlice(const std::string& path, const Registry& registry, std::string split,
              std::int64_t max_position) {
    try {
      store_.emplace(storage::Store::open(path));
      store_->prefer_streaming();
    } catch (const std::exception&) {
      return;  // e.g. busy: the first connection does it all
    }
    thread_ = std::thread([this, &registry, split = std::move(split), max_position] {
      try {
        store_->read([&] {
          if (store_->max_position() != max_position) return;  // another snapshot
          result_ = verify_slice(*store_, registry, {split, std::nullopt}, max_position);
        });
      } catch (...) {
        error_ = std::current_exception();
      }
    });
  }
  SecondSlice(const SecondSlice&) = delete;
  SecondSlice& operator=(const SecondSlice&) = delete;
  ~SecondSlice() {
    if (thread_.joinable()) thread_.join();
  }

  // Waits for the thread; its result, or nothing if it could not run.
  std::optional<SliceResult> take() {
    if (thread_.joinable()) thread_.join();
    if (error_) std::rethrow_exception(error_);
    return std::move(result_);
  }

 private:
  std::optional<storage::Store> store_;
  std::optional<SliceResult> result_;
  std::exception_ptr error_;
  std::thread thread_;
};

// Positions are 1..N with no gap or repeat: an entry deleted or inserted
// anywhere breaks them even where a case's own chain was recomputed.
std::optional<VerifyProblem> check_positions(const std::vector<SliceResult>& slices) {
  for (const auto& s : slices) {
    if (s.position_problem) return s.position_problem;
  }
  const std::size_t n = slices.front().seen.size();
  for (std::size_t p = 1; p < n; ++p) {
    int holders = 0;
    for (const auto& s : slices) holders += s.seen[p] ? 1 : 0;
    if (holders == 1) continue;
    return VerifyProblem{"", 0,
                         "journal position " + std::to_string(p) +
                             (holders == 0 ? " is missing: an entry was deleted"
                                           : " is repeated: an entry was inserted")};
  }
  return std::nullopt;
}

}  // namespace

VerifyReport Office::verify(const Actor& actor, const std::optional<std::string>& case_id) {
  VerifyReport report;
  if (!case_id) store_.prefer_streaming();
  store_.read([&] {
    require_user(actor);
    if (case_id) {
      const auto row = require_case(*case_id);
      CaseCheck check(*case_id, registry_);
      const auto entries = store_.journal(*case_id);
      for (const auto& e : entries) check.add(e);
      report.cases = 1;
      report.entries = static_cast<long long>(entries.size());
      if (entries.empty()) {
        report.problems.push_back({*case_id, 0, *case_id + " has no journal entries"});
        return;
      }
      check.finish(&row, store_.approvals(*case_id));
      if (check.problem()) report.problems.push_back(*check.problem());
      return;
    }

    const std::int64_t max_position = store_.max_position();
    const auto split = middle_case(store_, max_position);
    std::vector<SliceResult> slices;
    if (!split) {
      slices.push_back(verify_slice(store_, registry_, {}, max_position));
    } else {
      SecondSlice second(store_.path(), registry_, *split, max_position);
      slices.push_back(verify_slice(store_, registry_, {std::nullopt, *split}, max_position));
      auto rest = second.take();
      report.threads = rest ? 2 : 1;
      slices.push_back(rest ? std::move(*rest)
                            : verify_slice(store_, registry_, {*split, std::nullopt}, max_position));
    }
    for (auto& s : slices) {
      report.cases += s.cases;
      report.entries += s.entries;
      std::move(s.problems.begin(), s.problems.end(), std::back_inserter(report.problems));
    }
    if (auto p = check_positions(slices)) report.problems.push_back(std::move(*p));
  });
  return report;
}

}  // namespace coopflow::engine
