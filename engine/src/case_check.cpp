#include "case_check.h"

#include "coopflow/engine/clock.h"
#include "coopflow/engine/field_validation.h"
#include "coopflow/engine/values.h"
#include "event_payload.h"
#include "findings.h"

namespace coopflow::engine::detail {

CaseCheck::CaseCheck(std::string case_id, const Registry& registry, bool deep)
    : case_id_(std::move(case_id)), registry_(registry), deep_(deep) {}

void CaseCheck::add(const JournalEntry& e) {
  if (problem_) return;
  try {
    check(e);
  } catch (const IntegrityError& err) {
    problem_ = VerifyProblem{case_id_, err.seq(), message_of(err)};
  }
}

void CaseCheck::finish(const CaseSummary* row, const std::vector<Approval>& approvals) {
  if (problem_) return;
  if (row == nullptr) return fail(0, Message("has journal entries but no case row"));
  // Where the case stands, as its entries folded it; the opening columns below.
  const CaseSummary& head = file_->summary();
  if (row->state != head.state || row->last_seq != head.last_seq ||
      row->head_hash != head.head_hash) {
    return fail(
        row->last_seq,
        Message("case row says state {1} at entry {2} but the journal says {3} at entry {4}",
                {row->state, std::to_string(row->last_seq), head.state,
                 std::to_string(head.last_seq)}));
  }
  if (row->workflow != expected_.workflow || row->workflow_version != expected_.workflow_version) {
    return fail(1, Message("case row names workflow {1} v{2} but the journal opened it as {3} v{4}",
                           {row->workflow, std::to_string(row->workflow_version),
                            expected_.workflow, std::to_string(expected_.workflow_version)}));
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
      return fail(0, Message("case row says {1} '{2}' but the journal says '{3}'",
                             {column, values.first->substr(0, 60), values.second->substr(0, 60)}));
    }
  }
  const std::size_t n = std::max(approvals.size(), expected_approvals_.size());
  for (std::size_t i = 0; i < n; ++i) {
    if (i < approvals.size() && i < expected_approvals_.size() &&
        approvals[i] == expected_approvals_[i]) {
      continue;
    }
    const auto seq = i < expected_approvals_.size() ? expected_approvals_[i].seq : approvals[i].seq;
    return fail(seq, Message("the approvals table disagrees with the journal"));
  }
}

void CaseCheck::fail(long long seq, const Message& why) {
  problem_ =
      VerifyProblem{case_id_, seq,
                    seq ? entry_finding(case_id_, seq, why) : Message("{1}: {2}", {case_id_, why})};
}

void CaseCheck::bad(const JournalEntry& e, const Message& why) const {
  throw saying<IntegrityError>(entry_finding(case_id_, e.seq, why), case_id_, e.seq);
}

void CaseCheck::check(const JournalEntry& e) {
  const std::int64_t last_seq = file_ ? file_->last_seq() : 0;
  if (e.seq != last_seq + 1) {
    bad(e, Message("sequence jumps from {1} to {2} (an entry is missing or was inserted)",
                   {std::to_string(last_seq), std::to_string(e.seq)}));
  }
  // Compared without building a string: this runs once per entry.
  if (e.seq == 1 ? e.prev_hash != kGenesisHash : e.prev_hash != file_->head_hash()) {
    bad(e, Message("previous-hash does not match the entry before it"));
  }
  if (!hash_matches(e)) bad(e, Message("hash does not match its content (the entry was altered)"));
  if (e.seq == 1) start(e);
  const EventSpec* spec = e.seq == 1 ? &workflow_->opening_event() : workflow_->find_event(e.event);
  if (spec == nullptr || (e.seq > 1 && spec->opens)) {
    bad(e, Message("unknown event {1}", {e.event}));
  }
  check_authority(e, *spec);
  if (deep_) check_recorded_data(e, *spec);
  replayer_->apply(e);
  file_->apply_heads(e);
}

void CaseCheck::start(const JournalEntry& e) {
  auto summary = opening_summary(e);
  if (!summary) bad(e, Message("payload is not a JSON object"));
  expected_ = std::move(*summary);
  workflow_ = registry_.find(expected_.workflow, expected_.workflow_version);
  if (workflow_ == nullptr) {
    bad(e, Message("opened under unknown workflow {1}", {expected_.workflow}));
  }
  const auto number = parse_case_id(case_id_);
  const auto& received = expected_.received;
  if (!number || number->prefix != workflow_->id_prefix || received.size() < 4 ||
      case_id_.compare(number->prefix.size() + 1, 4, received, 0, 4) != 0) {
    bad(e, Message("the case id does not follow its numbering ({1}-YYYY-NNNN, YYYY the year the "
                   "request was received)",
                   {workflow_->id_prefix}));
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
    bad(e, Message("{1} recorded in role {2}, which may not fire it ({3} may)",
                   {e.event, e.role, Message::either(spec.roles)}));
  }
  if (!ruling.allowed()) bad(e, ruling.why);
  if (spec.opens) return;
  const PayloadFrame frame{spec.concerns, ruling.concerns.version, spec.produces,
                           spec.produces.empty() ? 0 : file_->next_version(spec.produces)};
  if (!frame.frames(e.payload)) {
    bad(e, spec.concerns.empty()
               ? Message("payload does not state the document versions its event acts on (none)")
               : Message("payload does not state the document versions its event acts on ({1} "
                         "v{2})",
                         {word(spec.concerns), std::to_string(ruling.concerns.version)}));
  }
  // Only decisions need their payload read: for the comment they recorded.
  if (spec.decision) expected_approvals_.push_back(approval_for(e, spec, ruling.concerns.version));
}

void CaseCheck::check_recorded_data(const JournalEntry& e, const EventSpec& spec) const {
  if (!is_utc_timestamp(e.at)) {
    bad(e, Message("its time '{1}' is not one coopflow writes", {e.at.substr(0, 40)}));
  }
  const auto payload = read_payload(e.payload);
  const auto fields = payload.is_object() ? payload.find("fields") : payload.end();
  if (!payload.is_object() || fields == payload.end()) {
    bad(e, Message("its payload is not a JSON object with fields"));
  }
  const auto problem = spec.opens ? stored_opening_problem(spec, *fields, e.at.substr(0, 10))
                                  : stored_fields_problem(spec, *fields);
  if (problem) bad(e, Message("it records what the write path would refuse: {1}", {*problem}));
}

}  // namespace coopflow::engine::detail
