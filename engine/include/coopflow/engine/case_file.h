#pragma once

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "coopflow/engine/approval.h"
#include "coopflow/engine/case_summary.h"
#include "coopflow/engine/journal_entry.h"
#include "coopflow/engine/workflow.h"

namespace coopflow::engine {

// One version of an analysis, a needs assessment, a plan, an activity or a report.
// (The check below sees a throw inside nlohmann::json's noexcept move, in an
// assertion that cannot fail for a moved-from value.)
struct Document {  // NOLINT(bugprone-exception-escape)
  std::string kind;
  int version = 0;
  std::string author;
  std::int64_t seq = 0;
  std::string at;
  nlohmann::json fields;
  // Fields whose stored value is not of the type the event declares (a
  // database edited by hand): shown as damaged, never trusted.
  std::vector<std::string> damaged;
};

// What a case's journal says, folded: the request, every document version, and
// where the case is. Built only from journal entries, never from the case row.
// Holds a reference to its workflow, which must outlive it.
class CaseFile {
 public:
  explicit CaseFile(const Workflow& workflow) : workflow_(&workflow) {}

  // Folds the next entry, reading its payload. Entries must come in sequence
  // order. Never throws on a damaged payload: what cannot be read is listed
  // in damage().
  void apply(const JournalEntry& entry);
  // Like apply(), without parsing the payload: documents get their kind from
  // the event's declaration, their version by counting, and no fields, and
  // only the newest version of each kind is kept. Enough for four-eyes and the
  // chain head; the write path and verify use it so that a command does not
  // parse the whole history. Do not mix with apply() on one CaseFile.
  void apply_heads(const JournalEntry& entry);

  const Workflow& workflow() const { return *workflow_; }
  // The official request (an empty object before the opening entry is applied).
  const nlohmann::json& request() const;
  const std::map<std::string, std::vector<Document>>& documents() const { return documents_; }
  // The newest version of kind, or nullptr if none was written.
  const Document* latest(const std::string& kind) const;
  int next_version(const std::string& kind) const;
  const std::string& state() const { return summary_.state; }
  // When the case entered its current state (an internal event does not count).
  const std::string& state_entered_at() const { return state_entered_at_; }
  // The day the current stage's deadline counts from (YYYY-MM-DD): when the
  // case entered it (the first stage: when the request was received), moved
  // later by the days it then spent on hold. "" if the journal's time is
  // unreadable.
  const std::string& clock_start() const { return clock_start_; }
  // For a case in a hold state (suspended): the state it will resume in.
  const std::string& suspended_in() const { return suspended_in_; }
  std::int64_t last_seq() const { return summary_.last_seq; }
  const std::string& head_hash() const { return summary_.head_hash; }
  // The case as the journal states it (what the cases table caches). Its
  // request columns need the opening entry folded with apply().
  const CaseSummary& summary() const { return summary_; }
  // What in the payloads read by apply() is not what the workflow declares,
  // e.g. "entry 5 (draft-plan): budget is not an amount". Empty when sound.
  const std::vector<std::string>& damage() const { return damage_; }

 private:
  void advance(const JournalEntry& entry);

  const Workflow* workflow_;
  nlohmann::json request_;  // null until the opening entry is applied (no allocation)
  std::map<std::string, std::vector<Document>> documents_;
  std::string state_entered_at_;
  std::string suspended_in_;
  std::string clock_start_;
  std::string received_;  // the request's date, from the opening entry
  std::string held_since_;
  CaseSummary summary_;
  std::vector<std::string> damage_;
};

// A recorded payload parsed defensively: a discarded value (is_discarded())
// if it is not JSON, or if it is longer than 16 KiB and nests deeper than any
// payload coopflow writes (an edited payload of a million '[' would otherwise
// cost gigabytes; a short one costs little whatever it holds).
nlohmann::json read_payload(const std::string& payload);

// The summary columns a case's opening entry states (id, workflow and version,
// the request's columns, opened at/by), or nothing if its payload is not a JSON
// object. Reads only those members of the payload. A workflow version that is
// not a plain number reads as 0, which no workflow has.
std::optional<CaseSummary> opening_summary(const JournalEntry& open);

// The approval a decision entry implies; concerned_version is the version of
// the document it decided on (0 if none existed).
Approval approval_for(const JournalEntry& entry, const EventSpec& spec, int concerned_version,
                      const nlohmann::json& fields);
// The same, reading the fields from the entry's recorded payload (defensively:
// a payload edited into garbage gives no comment, and verify reports the edit).
Approval approval_for(const JournalEntry& entry, const EventSpec& spec, int concerned_version);

}  // namespace coopflow::engine
