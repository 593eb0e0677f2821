#pragma once

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "coopflow/engine/journal_entry.h"
#include "coopflow/engine/workflow.h"
#include "coopflow/storage/records.h"

namespace coopflow::engine {

// One version of an analysis, a needs assessment, a plan, an activity or a report.
struct Document {
  std::string kind;
  int version = 0;
  std::string author;
  std::int64_t seq = 0;
  std::string at;
  nlohmann::json fields;
};

// What a case's journal says, folded: the request, every document version, and
// where the case is. Built only from journal entries, never from the case row.
class CaseFile {
 public:
  // Folds the next entry. Entries must come in sequence order.
  void apply(const JournalEntry& entry);
  // Like apply(), without parsing the payload: documents get their kind from
  // spec (the entry's event declaration, or nullptr for `open`), their version
  // by counting, and no fields. Enough for four-eyes and the chain head; the
  // write path uses it so that a command does not parse the whole history.
  void apply_heads(const JournalEntry& entry, const EventSpec* spec);

  const nlohmann::json& request() const { return request_; }
  const std::map<std::string, std::vector<Document>>& documents() const { return documents_; }
  // The newest version of kind, or nullptr if none was written.
  const Document* latest(const std::string& kind) const;
  int next_version(const std::string& kind) const;
  const std::string& state() const { return row_.state; }
  // When the case entered its current state (an internal event does not count).
  const std::string& state_entered_at() const { return state_entered_at_; }
  // For a suspended case: the state it will resume in.
  const std::string& suspended_in() const { return suspended_in_; }
  std::int64_t last_seq() const { return row_.last_seq; }
  const std::string& head_hash() const { return row_.head_hash; }
  // The case's row as the journal states it (what the cases table caches).
  // Needs entries folded with apply(), which reads the opening payload.
  const storage::CaseRow& row() const { return row_; }

 private:
  void advance(const JournalEntry& entry);

  nlohmann::json request_ = nlohmann::json::object();
  std::map<std::string, std::vector<Document>> documents_;
  std::string state_entered_at_;
  std::string suspended_in_;
  storage::CaseRow row_;
};

// The case-row columns a case's opening entry states (id, workflow and version,
// the request's columns, opened at/by), or nothing if its payload is not a JSON
// object. Reads only those members of the payload. A workflow version that is
// not a plain number reads as 0, which no workflow has.
std::optional<storage::CaseRow> opening_row(const JournalEntry& open);

// The approvals-table row a decision entry implies; `concerned` is the document
// version it decided on (nullptr if none existed).
storage::ApprovalRow approval_for(const JournalEntry& entry, const EventSpec& spec,
                                  const Document* concerned, const nlohmann::json& fields);
// The same, reading the fields from the entry's recorded payload (defensively:
// a payload edited into garbage gives no comment, and verify reports the edit).
storage::ApprovalRow approval_for(const JournalEntry& entry, const EventSpec& spec,
                                  const Document* concerned);

}  // namespace coopflow::engine
