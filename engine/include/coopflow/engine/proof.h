#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "coopflow/engine/digest.h"
#include "coopflow/engine/journal_entry.h"
#include "coopflow/engine/message.h"

// A proof of one case that an outsider checks without coopflow: a signed
// checkpoint, the case's entries with their canonical encodings, and the
// inclusion proof of the newest entry in that checkpoint's tree. The per-case
// hash chain then covers every earlier entry. docs/audit.md shows the same
// check with Python's standard library and the openssl command.
namespace coopflow::engine {

struct CaseProof {
  std::string checkpoint;  // the signed note
  std::vector<JournalEntry> entries;
  std::uint64_t leaf_index = 0;  // the newest entry's position - 1
  std::uint64_t tree_size = 0;   // the checkpoint's
  std::vector<Digest> inclusion;
};

// An entry as bundles and the jsonl export carry it: every column, the
// payload as the exact text that was hashed.
nlohmann::json entry_json(const JournalEntry& entry);

// The bundle as JSON: {"format": "coopflow-proof-v1", "checkpoint", "case_id",
// "entries": [{...columns, "canonical": base64}], "leaf_index", "tree_size",
// "inclusion_proof": [base64...]}.
nlohmann::json proof_json(const CaseProof& proof);

// What checking a bundle found.
struct ProofCheck {
  Message problem;  // empty if the bundle proves its case
  std::string case_id;
  std::string origin;
  std::uint64_t tree_size = 0;
  std::string signer;  // the key name that signed the checkpoint
  std::size_t entries = 0;
  bool ok() const { return problem.empty(); }
};

// Checks a bundle offline against the public keys (32 raw bytes each) the
// checker trusts: the checkpoint's signature, every entry's encoding, hash
// and chain, and the newest entry's inclusion in the checkpoint's root.
ProofCheck check_proof(const nlohmann::json& bundle, const std::vector<std::string>& public_keys);

}  // namespace coopflow::engine
