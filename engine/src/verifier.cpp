// verify: recompute every hash chain, replay every case through its workflow,
// ask the authority about every entry, and check that the cached case rows,
// the approvals, the case numbering, the users and the schema agree with the
// journal. Streams the journal, the cases and the approvals in key order side
// by side, so memory stays flat however large the journal. The key space is
// cut in two slices verified on two threads, each with its own connection,
// when both connections provably read the same snapshot.
#include <algorithm>
#include <exception>
#include <map>
#include <set>
#include <thread>

#include "case_check.h"
#include "coopflow/engine/office.h"
#include "coopflow/storage/store.h"
#include "findings.h"
#include "log_check.h"
#include "office_support.h"
#include "records.h"

namespace coopflow::engine {
namespace {

using detail::CaseCheck;

// The fewest bytes a journal entry takes in the file (its two hashes alone
// are 128): the file's size bounds how many entries, hence positions, exist.
constexpr std::int64_t kMinEntryBytes = 128;

// Per (prefix, year): how many cases the journal holds and the highest number.
struct Numbering {
  std::int64_t count = 0;
  std::int64_t highest = 0;
};
using NumberingMap = std::map<std::pair<std::string, int>, Numbering>;

// What one slice of the key space holds.
struct SliceResult {
  long long cases = 0;
  long long entries = 0;
  VerifyReport problems;   // only its problem list and count are used
  std::vector<bool> seen;  // seen[p]: the slice holds an entry at journal position p
  std::optional<VerifyProblem> position_problem;
  NumberingMap numbering;
};

VerifyProblem bad_position(const JournalEntry& e) {
  return {e.case_id, e.seq,
          detail::entry_finding(e.case_id, e.seq,
                                Message("journal position {1} is repeated or out of range",
                                        {std::to_string(e.position)}))};
}

// Merge-joins the slice's journal, case rows and approvals, all in key order.
// positions: how many journal positions can be valid (0 to skip the check).
SliceResult verify_slice(storage::Store& store, const Registry& registry,
                         const detail::Staff& staff, const storage::KeyRange& range,
                         std::int64_t positions, bool deep) {
  SliceResult out;
  out.seen.assign(static_cast<std::size_t>(positions) + 1, false);
  auto cases = store.case_stream(range);
  auto approvals = store.approval_stream(range);
  storage::CaseRow case_row;
  storage::ApprovalRow approval;
  CaseSummary summary;
  bool have_case = cases.next(case_row);
  bool have_approval = approvals.next(approval);
  // Case rows and approvals that sort before id (all that remain, if none)
  // belong to no journaled case.
  const auto skip_orphans_before = [&](const std::string* id) {
    for (; have_case && (!id || case_row.id < *id); have_case = cases.next(case_row)) {
      out.problems.add(
          {case_row.id, 0, Message("{1}: case row has no journal entries", {case_row.id})});
    }
    for (; have_approval && (!id || approval.case_id < *id);
         have_approval = approvals.next(approval)) {
      out.problems.add({approval.case_id, approval.seq,
                        Message("{1}: approval without journal entries", {approval.case_id})});
    }
  };
  std::unique_ptr<CaseCheck> current;
  std::vector<Approval> mine;
  const auto finish = [&] {
    if (!current) return;
    const std::string& id = current->case_id();
    skip_orphans_before(&id);
    mine.clear();
    for (; have_approval && approval.case_id == id; have_approval = approvals.next(approval)) {
      detail::exchange(approval, mine.emplace_back());
    }
    const bool row_found = have_case && case_row.id == id;
    if (row_found) detail::exchange(case_row, summary);
    current->finish(row_found ? &summary : nullptr, mine);
    if (row_found) have_case = cases.next(case_row);
    if (current->problem()) out.problems.add(*current->problem());
    if (const auto& n = current->number()) {
      Numbering& numbering = out.numbering[{n->prefix, n->year}];
      ++numbering.count;
      numbering.highest = std::max(numbering.highest, n->number);
    }
    ++out.cases;
    current.reset();
  };

  JournalEntry e;
  const storage::JournalTargets into = detail::targets_of(e);
  bool actor_reported = false;  // the first actor problem of each case only
  store.for_each_journal_entry(range, into, [&] {
    ++out.entries;
    if (positions > 0) {
      const auto p = static_cast<std::size_t>(e.position);
      if (!out.position_problem && (e.position < 1 || p >= out.seen.size() || out.seen[p])) {
        out.position_problem = bad_position(e);
      }
      if (e.position >= 1 && p < out.seen.size()) out.seen[p] = true;
    }
    if (!current || current->case_id() != e.case_id) {
      finish();
      current = std::make_unique<CaseCheck>(e.case_id, registry, deep);
      actor_reported = false;
    }
    if (!actor_reported) {
      if (auto problem = staff.check(e.actor, e.role, e.position); !problem.empty()) {
        out.problems.add({e.case_id, e.seq, detail::entry_finding(e.case_id, e.seq, problem)});
        actor_reported = true;
      }
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
  std::nth_element(ids.begin(), ids.begin() + static_cast<std::ptrdiff_t>(ids.size() / 2),
                   ids.end());
  return ids[ids.size() / 2];
}

// Verifies the slice [split, end) on a second connection and thread. The
// second connection's snapshot is the first one's when both see the same
// highest journal position: every write that touches the journal, the case
// rows or the approvals appends an entry. Returns nothing (and verifies
// nothing) when that cannot be had; the caller then verifies the slice itself.
class SecondSlice {
 public:
  SecondSlice(const std::string& path, const Registry& registry, const detail::Staff& staff,
              std::string split, std::int64_t max_position, std::int64_t positions, bool deep) {
    try {
      store_.emplace(storage::Store::open(path));
      store_->prefer_streaming();
    } catch (const std::exception&) {
      return;  // e.g. busy: the first connection does it all
    }
    thread_ = std::thread([this, &registry, &staff, split = std::move(split), max_position,
                           positions, deep] {
      try {
        store_->read([&] {
          if (store_->max_position() != max_position) return;  // another snapshot
          result_ = verify_slice(*store_, registry, staff, {split, std::nullopt}, positions, deep);
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
std::optional<VerifyProblem> check_positions(const std::vector<SliceResult>& slices,
                                             const std::vector<std::int64_t>& office) {
  for (const auto& s : slices) {
    if (s.position_problem) return s.position_problem;
  }
  const std::size_t n = slices.front().seen.size();
  std::vector<bool> in_office(n, false);
  for (const auto p : office) {
    const auto i = static_cast<std::size_t>(p);
    if (p < 1 || i >= n || in_office[i]) {
      return VerifyProblem{
          "", 0,
          Message("office log position {1} is repeated or out of range", {std::to_string(p)})};
    }
    in_office[i] = true;
  }
  for (std::size_t p = 1; p < n; ++p) {
    int holders = in_office[p] ? 1 : 0;
    for (const auto& s : slices) holders += s.seen[p] ? 1 : 0;
    if (holders == 1) continue;
    return VerifyProblem{
        "", 0,
        holders == 0
            ? Message("log position {1} is missing: an entry was deleted", {std::to_string(p)})
            : Message("log position {1} is repeated: an entry was inserted", {std::to_string(p)})};
  }
  return std::nullopt;
}

// Case numbers run 1..last per prefix and year, as the numbering table says:
// a gap or a `last` ahead of the cases betrays a deleted case, a `last` behind
// them makes every new case collide.
void check_numbering(storage::Store& store, const NumberingMap& journaled, VerifyReport& problems) {
  NumberingMap remaining = journaled;
  for (const auto& row : store.case_numbers()) {
    const auto it = remaining.find({row.prefix, row.year});
    const Numbering found = it == remaining.end() ? Numbering{} : it->second;
    if (it != remaining.end()) remaining.erase(it);
    const std::string which = row.prefix + "-" + std::to_string(row.year);
    if (row.last != found.highest) {
      const std::vector<Term> args{which, std::to_string(row.last), std::to_string(found.highest)};
      problems.add({"", 0,
                    row.last > found.highest
                        ? Message("case numbering: {1} says the last case is number {2} but the "
                                  "journal's highest is {3} (a newest case was deleted?)",
                                  args)
                        : Message("case numbering: {1} says the last case is number {2} but the "
                                  "journal's highest is {3} (the numbering was set back: new cases "
                                  "would collide)",
                                  args)});
    } else if (found.count != found.highest) {
      problems.add({"", 0,
                    Message("case numbering: {1} has {2} cases numbered up to {3}: a case in "
                            "between was deleted",
                            {which, std::to_string(found.count), std::to_string(found.highest)})});
    }
  }
  for (const auto& [key, numbering] : remaining) {
    problems.add({"", 0,
                  Message("case numbering: {1} has cases but no numbering row",
                          {key.first + "-" + std::to_string(key.second)})});
  }
}

void check_schema(storage::Store& store, VerifyReport& problems) {
  using Kind = storage::SchemaDeviation::Kind;
  for (const auto& [object, kind] : store.schema_deviations()) {
    const Message befell = kind == Kind::kMissing   ? Message("is missing")
                           : kind == Kind::kAltered ? Message("was altered")
                                                    : Message("was added");
    problems.add({"", 0,
                  Message("schema: {1} {2} (the append-only guards and indexes must be as "
                          "coopflow made them)",
                          {object, befell})});
  }
}

}  // namespace

VerifyReport Office::verify(const Actor& actor, const std::optional<std::string>& case_id,
                            bool deep) {
  VerifyOptions options;
  options.deep = deep;
  return verify(actor, case_id, options);
}

VerifyReport Office::verify(const Actor& actor, const std::optional<std::string>& case_id,
                            const VerifyOptions& options) {
  const bool deep = options.deep;
  VerifyReport report;
  report.max_listed = options.first ? 1 : VerifyReport::kMaxListed;
  if (!case_id) store_->prefer_streaming();
  read([&] {
    require(actor, Authority::read_record());
    check_schema(*store_, report);
    if (deep) {
      for (const auto& problem : store_->integrity_problems()) {
        report.add({"", 0, Message("SQLite integrity check: {1}", {problem})});
      }
    }
    std::vector<std::int64_t> office_positions;
    const detail::Staff staff =
        detail::check_office_log(*store_, registry_, report, office_positions);
    report.office_entries = static_cast<long long>(office_positions.size());
    if (case_id) {
      const auto row = require_case(*case_id);
      CaseCheck check(*case_id, registry_, deep);
      const auto entries =
          detail::convert_all<JournalEntry>(store_->journal(*case_id), detail::to_entry);
      Message actor_problem;
      for (const auto& e : entries) {
        check.add(e);
        if (actor_problem.empty()) {
          actor_problem = staff.check(e.actor, e.role, e.position);
          if (!actor_problem.empty()) {
            report.add({e.case_id, e.seq, detail::entry_finding(e.case_id, e.seq, actor_problem)});
          }
        }
      }
      report.cases = 1;
      report.entries = static_cast<long long>(entries.size());
      if (entries.empty()) {
        report.add({*case_id, 0, Message("{1} has no journal entries", {*case_id})});
        return;
      }
      check.finish(&row,
                   detail::convert_all<Approval>(store_->approvals(*case_id), detail::to_approval));
      if (check.problem()) report.add(*check.problem());
      report.notes.push_back(
          Message("one case checked: run verify without a case for the tree and the checkpoints"));
      return;
    }

    const std::int64_t max_position = store_->max_position();
    const std::int64_t capacity = store_->file_bytes() / kMinEntryBytes + 1;
    std::int64_t positions = max_position;
    if (max_position > capacity) {
      // An edited position would make the check's bitmap as large as the
      // number: name the entry instead, and skip the rest of that check.
      const auto last = store_->last_journal_entry();
      const Message why("log position {1} is out of range: the file can hold at most {2} entries",
                        {std::to_string(max_position), std::to_string(capacity)});
      report.add({last ? last->first : "", last ? last->second : 0,
                  last ? detail::entry_finding(last->first, last->second, why) : why});
      positions = 0;
    }
    const auto split = positions > 0 ? middle_case(*store_, max_position) : std::nullopt;
    std::vector<SliceResult> slices;
    if (!split) {
      slices.push_back(verify_slice(*store_, registry_, staff, {}, positions, deep));
    } else {
      SecondSlice second(store_->path(), registry_, staff, *split, max_position, positions, deep);
      slices.push_back(
          verify_slice(*store_, registry_, staff, {std::nullopt, *split}, positions, deep));
      auto rest = second.take();
      report.threads = rest ? 2 : 1;
      slices.push_back(
          rest ? std::move(*rest)
               : verify_slice(*store_, registry_, staff, {*split, std::nullopt}, positions, deep));
    }
    NumberingMap numbering;
    for (auto& s : slices) {
      report.cases += s.cases;
      report.entries += s.entries;
      for (auto& p : s.problems.problems) report.add(std::move(p));
      report.problem_count +=
          s.problems.problem_count - static_cast<long long>(s.problems.problems.size());
      for (const auto& [key, n] : s.numbering) {
        numbering[key].count += n.count;
        numbering[key].highest = std::max(numbering[key].highest, n.highest);
      }
    }
    if (positions > 0) {
      if (auto p = check_positions(slices, office_positions)) report.add(std::move(*p));
      detail::check_tree(*store_, staff, options, report);
    }
    check_numbering(*store_, numbering, report);
  });
  return report;
}

}  // namespace coopflow::engine
