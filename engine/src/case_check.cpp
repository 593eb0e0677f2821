#include "case_check.h"

#include "coopflow/engine/clock.h"
#include "coopflow/engine/field_validation.h"
#include "coopflow/engine/values.h"
#include "event_payload.h"

namespace coopflow::engine::detail {

CaseCheck::CaseCheck(std::string case_id, const Registry& registry, bool deep)
    : case_id_(std::move(case_id)), registry_(registry), deep_(deep) {}

void CaseCheck::add(const JournalEntry& e) {
  if (problem_) return;
  try {
    check(e);
  } catch (const IntegrityError& err) {
    problem_ = VerifyProblem{case_id_, err.seq(), err.what()};
  }
}

void CaseCheck::finish(const CaseSummary* row, const std::vector<Approval>& approvals) {
  if (problem_) return;
  if (row == nullptr) return fail(0, "has journal entries but no case row");
  // Where the case stands, as its entries folded it; the opening columns below.
  const CaseSummary& head = file_->summary();
  if (row->state != head.state || row->last_seq != head.last_seq ||
      row->head_hash != head.head_hash) {
    return fail(row->last_seq, "case row says state " + row->state + " at entry " +
                                   std::to_string(row->last_seq) + " but the journal says " +
                                   head.state + " at entry " + std::to_string(head.last_seq));
  }
  if (row->workflow != expected_.workflow || row->workflow_version != expected_.workflow_version) {
    return fail(1, "case row names workflow " + row->workflow + " v" +
                       std::to_string(row->workflow_version) + " but the journal opened it as " +
                       expected_.workflow + " v" + std::to_string(expected_.workflow_version));
  }
  // The columns `list` shows: each must say what the journal says.
  const std::pair<const char*, std::pair<const std::string*, const std::string*>> columns[] = {
      {"subject", {&row->subject, &expected_.subject}},
      {"requester", {&row->requester, &expected_.requester}},
      {"received", {&row->received, &expected_.received}},
      {"countries", {&row->countries, &expected_.countries}},
      {"opened_at", {&row->opened_at, &expected_.opened_at}},
      {"opened_by", {&row->opened_by, &expected_.opened_by}},
      {"updated_at", {&row->updated_at, &head.updated_at}}};
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

void CaseCheck::fail(long long seq, const std::string& why) {
  problem_ = VerifyProblem{case_id_, seq,
                           case_id_ + (seq ? " entry " + std::to_string(seq) : "") + ": " + why};
}

void CaseCheck::bad(const JournalEntry& e, const std::string& why) const {
  throw IntegrityError(case_id_, e.seq, case_id_ + " entry " + std::to_string(e.seq) + ": " + why);
}

void CaseCheck::check(const JournalEntry& e) {
  const std::int64_t last_seq = file_ ? file_->last_seq() : 0;
  if (e.seq != last_seq + 1) {
    bad(e, "sequence jumps from " + std::to_string(last_seq) + " to " + std::to_string(e.seq) +
               " (an entry is missing or was inserted)");
  }
  // Compared without building a string: this runs once per entry.
  if (e.seq == 1 ? e.prev_hash != kGenesisHash : e.prev_hash != file_->head_hash()) {
    bad(e, "previous-hash does not match the entry before it");
  }
  if (!hash_matches(e)) bad(e, "hash does not match its content (the entry was altered)");
  if (e.seq == 1) start(e);
  const EventSpec* spec = e.seq == 1 ? &workflow_->opening_event() : workflow_->find_event(e.event);
  if (spec == nullptr || (e.seq > 1 && spec->opens)) bad(e, "unknown event " + e.event);
  check_authority(e, *spec);
  if (deep_) check_recorded_data(e, *spec);
  replayer_->apply(e);
  file_->apply_heads(e);
}

void CaseCheck::start(const JournalEntry& e) {
  auto summary = opening_summary(e);
  if (!summary) bad(e, "payload is not a JSON object");
  expected_ = std::move(*summary);
  workflow_ = registry_.find(expected_.workflow, expected_.workflow_version);
  if (workflow_ == nullptr) bad(e, "opened under unknown workflow " + expected_.workflow);
  const auto number = parse_case_id(case_id_);
  const auto& received = expected_.received;
  if (!number || number->prefix != workflow_->id_prefix || received.size() < 4 ||
      case_id_.compare(number->prefix.size() + 1, 4, received, 0, 4) != 0) {
    bad(e, "the case id does not follow its numbering (" + workflow_->id_prefix +
               "-YYYY-NNNN, YYYY the year the request was received)");
  }
  number_ = number;
  file_.emplace(*workflow_);
  replayer_ = std::make_unique<Replayer>(*workflow_);
}

// The authority's answer for the recorded actor in the recorded role, and the
// document versions the payload states, as the write path would have them.
void CaseCheck::check_authority(const JournalEntry& e, const EventSpec& spec) {
  recorded_.user = e.actor;
  recorded_.roles.resize(1);
  recorded_.roles.front() = e.role;
  const Ruling ruling = Authority::rule(recorded_, spec, &*file_);
  if (ruling.rule == "role") {
    bad(e, e.event + " recorded in role " + e.role + ", which may not fire it (" +
               join(spec.roles, " or ") + " may)");
  }
  if (!ruling.allowed()) bad(e, ruling.reason());
  if (spec.opens) return;
  const PayloadFrame frame{spec.concerns, ruling.concerns.version, spec.produces,
                           spec.produces.empty() ? 0 : file_->next_version(spec.produces)};
  if (!frame.frames(e.payload)) {
    bad(e, "payload does not state the document versions its event acts on (" +
               (spec.concerns.empty()
                    ? std::string("none")
                    : spec.concerns + " v" + std::to_string(ruling.concerns.version)) +
               ")");
  }
  // Only decisions need their payload read: for the comment they recorded.
  if (spec.decision) expected_approvals_.push_back(approval_for(e, spec, ruling.concerns.version));
}

void CaseCheck::check_recorded_data(const JournalEntry& e, const EventSpec& spec) const {
  if (!is_utc_timestamp(e.at)) {
    bad(e, "its time '" + e.at.substr(0, 40) + "' is not one coopflow writes");
  }
  const auto payload = read_payload(e.payload);
  const auto fields = payload.is_object() ? payload.find("fields") : payload.end();
  if (!payload.is_object() || fields == payload.end()) {
    bad(e, "its payload is not a JSON object with fields");
  }
  const auto problem = spec.opens ? stored_opening_problem(spec, *fields, e.at.substr(0, 10))
                                  : stored_fields_problem(spec, *fields);
  if (problem) bad(e, "it records what the write path would refuse: " + *problem);
}

}  // namespace coopflow::engine::detail
