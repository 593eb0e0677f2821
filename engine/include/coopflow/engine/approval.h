#pragma once

#include <cstdint>
#include <string>

namespace coopflow::engine {

// One decision on a case (commit, approve-plan, the partner's answer...) and
// the document version it decided on.
struct Approval {
  std::string case_id;
  std::int64_t seq = 0;
  std::string actor;
  std::string role;
  std::string decision;
  std::string subject_kind;          // "plan", "analysis", ...; "" if none
  std::int64_t subject_version = 0;  // 0: no version existed
  std::string comment;
  std::string at;
};

inline bool operator==(const Approval& a, const Approval& b) {
  return a.case_id == b.case_id && a.seq == b.seq && a.actor == b.actor && a.role == b.role &&
         a.decision == b.decision && a.subject_kind == b.subject_kind &&
         a.subject_version == b.subject_version && a.comment == b.comment && a.at == b.at;
}

}  // namespace coopflow::engine
