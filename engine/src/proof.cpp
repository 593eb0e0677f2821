#include "coopflow/engine/proof.h"

#include "coopflow/engine/checkpoint.h"
#include "coopflow/engine/merkle.h"
#include "findings.h"

namespace coopflow::engine {
namespace {

constexpr const char* kFormat = "coopflow-proof-v1";

// A whole number exactly as JSON writes one: 1.0 or "1" are not a position.
template <class Int>
Int whole(const nlohmann::json& j, const char* key) {
  const auto& v = j.at(key);
  if (!v.is_number_integer()) {
    throw nlohmann::json::type_error::create(302, std::string(key) + " is not a whole number", &v);
  }
  return v.get<Int>();
}

JournalEntry entry_of(const nlohmann::json& j) {
  JournalEntry e;
  e.case_id = j.at("case_id").get<std::string>();
  e.seq = whole<std::int64_t>(j, "seq");
  e.position = whole<std::int64_t>(j, "position");
  e.at = j.at("at").get<std::string>();
  e.actor = j.at("actor").get<std::string>();
  e.role = j.at("role").get<std::string>();
  e.os_user = j.at("os_user").get<std::string>();
  e.event = j.at("event").get<std::string>();
  e.from_state = j.at("from_state").get<std::string>();
  e.to_state = j.at("to_state").get<std::string>();
  e.payload = j.at("payload").get<std::string>();
  e.prev_hash = j.at("prev_hash").get<std::string>();
  e.hash = j.at("hash").get<std::string>();
  return e;
}

Message check(const nlohmann::json& bundle, const std::vector<std::string>& public_keys,
              ProofCheck& out) {
  if (!bundle.is_object() || bundle.value("format", "") != kFormat) {
    return Message("not a coopflow proof bundle (format {1})", {kFormat});
  }
  Message why;
  const auto checkpoint = parse_checkpoint(bundle.at("checkpoint").get<std::string>(), why);
  if (!checkpoint) return Message("its checkpoint is not one: {1}", {why});
  out.origin = checkpoint->origin;
  out.tree_size = checkpoint->size;
  for (const auto& sig : checkpoint->signatures) {
    for (const auto& key : public_keys) {
      if (signature_valid(*checkpoint, sig, key)) out.signer = sig.name;
    }
  }
  if (out.signer.empty()) return Message("its checkpoint is not signed by the key(s) given");

  const auto& entries = bundle.at("entries");
  if (!entries.is_array() || entries.empty()) return Message("it holds no entries");
  std::string prev = kGenesisHash;
  std::int64_t seq = 0;
  JournalEntry e;
  for (const auto& j : entries) {
    e = entry_of(j);
    ++seq;
    const auto bad = [&e](const Message& what) {
      return detail::entry_finding(e.case_id, e.seq, what);
    };
    if (seq == 1) out.case_id = e.case_id;
    if (e.case_id != out.case_id || e.seq != seq) {
      return bad(Message("not the next entry of the case"));
    }
    if (j.at("canonical").get<std::string>() != to_base64(canonical_encoding(e))) {
      return bad(Message("its canonical encoding is not that of its fields"));
    }
    if (!hash_matches(e)) return bad(Message("its hash does not match its content"));
    if (e.prev_hash != prev) return bad(Message("its prev_hash is not the previous entry's hash"));
    prev = e.hash;
  }
  out.entries = entries.size();
  const auto leaf_index = whole<std::uint64_t>(bundle, "leaf_index");
  const auto tree_size = whole<std::uint64_t>(bundle, "tree_size");
  if (leaf_index + 1 != static_cast<std::uint64_t>(e.position) || tree_size != checkpoint->size) {
    return Message(
        "its leaf index or tree size does not match the newest entry and the checkpoint");
  }
  std::vector<Digest> path;
  for (const auto& p : bundle.at("inclusion_proof")) {
    const auto d = digest_from_base64(p.get<std::string>());
    if (!d) return Message("its inclusion proof holds something that is not a hash");
    path.push_back(*d);
  }
  const auto digest = digest_from_hex(e.hash);
  if (!digest || !merkle::verify_inclusion(leaf_index, tree_size, merkle::leaf_hash(*digest), path,
                                           checkpoint->root)) {
    return Message("the newest entry is not in the checkpoint's tree: the inclusion proof fails");
  }
  return {};
}

}  // namespace

nlohmann::json entry_json(const JournalEntry& e) {
  return {{"position", e.position},
          {"case_id", e.case_id},
          {"seq", e.seq},
          {"at", e.at},
          {"actor", e.actor},
          {"role", e.role},
          {"os_user", e.os_user},
          {"event", e.event},
          {"from_state", e.from_state},
          {"to_state", e.to_state},
          {"payload", e.payload},
          {"prev_hash", e.prev_hash},
          {"hash", e.hash}};
}

nlohmann::json proof_json(const CaseProof& proof) {
  nlohmann::json entries = nlohmann::json::array();
  for (const auto& e : proof.entries) {
    entries.push_back(entry_json(e));
    entries.back()["canonical"] = to_base64(canonical_encoding(e));
  }
  nlohmann::json path = nlohmann::json::array();
  for (const auto& d : proof.inclusion) path.push_back(to_base64(d));
  return {{"format", kFormat},
          {"checkpoint", proof.checkpoint},
          {"case_id", proof.entries.empty() ? "" : proof.entries.front().case_id},
          {"entries", entries},
          {"leaf_index", proof.leaf_index},
          {"tree_size", proof.tree_size},
          {"inclusion_proof", path}};
}

ProofCheck check_proof(const nlohmann::json& bundle, const std::vector<std::string>& public_keys) {
  ProofCheck out;
  try {
    out.problem = check(bundle, public_keys, out);
  } catch (const nlohmann::json::exception&) {
    out.problem = Message("a member of the bundle is missing or of the wrong type");
  }
  return out;
}

}  // namespace coopflow::engine
