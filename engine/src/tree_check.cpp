// verify's check of the Merkle tree and the checkpoints: the tree recomputed
// from every entry's hash, each checkpoint judged against it.
#include <algorithm>

#include "coopflow/engine/checkpoint.h"
#include "coopflow/engine/digest.h"
#include "coopflow/engine/merkle.h"
#include "coopflow/storage/store.h"
#include "log_append.h"
#include "log_check.h"

namespace coopflow::engine::detail {

namespace {

// One checkpoint to check against the recomputed tree.
struct Claim {
  Message from;  // "checkpoint 12 in the database" or "the checkpoint in FILE"
  bool external = false;
  std::optional<Checkpoint> parsed;
  Message why;  // when it does not parse
  bool judged = false;
};

class CheckpointJudge {
 public:
  CheckpointJudge(const Staff& staff, const VerifyOptions& options, VerifyReport& report)
      : staff_(staff), options_(options), report_(report) {}

  // Judges claim given the root of its size; `root` nothing if the log is shorter.
  void judge(const Claim& claim, const std::optional<Digest>& root) {
    ++report_.checkpoints;
    if (!claim.parsed) {
      return problem(Message("{1} is not a checkpoint: {2}", {claim.from, claim.why}));
    }
    const Checkpoint& c = *claim.parsed;
    if (c.origin != staff_.origin()) {
      return problem(Message("{1} is of another database ({2})", {claim.from, c.origin}));
    }
    if (!root) {
      return problem(
          Message("{1} covers {2} entries but the log has {3}: entries were removed",
                  {claim.from, std::to_string(c.size), std::to_string(report_.log_size)}));
    }
    if (c.root != *root) {
      return problem(
          Message("{1} (size {2}) does not match the log: entries it covers were changed",
                  {claim.from, std::to_string(c.size)}));
    }
    // A signature counts when its key was registered in the log and in
    // service within the checkpoint's size (the registry within that size is
    // covered by the root just compared) and, if the auditor pinned keys, is
    // one of them. Signed only by registered keys the auditor did not pin: it
    // seals nothing here, but is not a forgery.
    const Verdict verdict = signed_by(c);
    if (verdict.signer.empty()) {
      if (verdict.registered_unpinned) {
        ++unpinned_;
        return;
      }
      return problem(options_.pinned_keys.empty()
                         ? Message("{1} has no valid signature by a key registered and in service "
                                   "at that size",
                                   {claim.from})
                         : Message("{1} has no valid signature by a key registered and in service "
                                   "at that size and given with --pubkey",
                                   {claim.from}));
    }
    if (options_.pinned_keys.empty()) vouched_only_ = verdict.signer;
    report_.sealed = std::max<long long>(report_.sealed, static_cast<long long>(c.size));
  }

  void finish() {
    if (!vouched_only_.empty()) {
      report_.notes.push_back(
          Message("the checkpoints are signed by keys only the database vouches "
                  "for (e.g. '{1}'); pass the public key you trust with --pubkey",
                  {vouched_only_})
              .in_browser(Message("the checkpoints are signed by keys only the database vouches "
                                  "for (e.g. '{1}'); to prove the log against the public key you "
                                  "keep, verify it outside this server (docs/audit.md)",
                                  {vouched_only_})));
    }
    if (unpinned_ > 0) {
      report_.notes.push_back(
          Message::counted(unpinned_,
                           "{1} checkpoint is signed only by registered keys you did not give "
                           "with --pubkey (an older key?); it seals nothing here",
                           "{1} checkpoints are signed only by registered keys you did not give "
                           "with --pubkey (an older key?); they seal nothing here",
                           {std::to_string(unpinned_)}));
    }
    const long long unsealed = report_.log_size - report_.sealed;
    if (unsealed <= 0) return;
    const Message message = Message::counted(
        unsealed, "{1} entry after position {2} is not covered by a valid checkpoint (unsealed)",
        "{1} entries after position {2} are not covered by a valid checkpoint (unsealed)",
        {std::to_string(unsealed), std::to_string(report_.sealed)});
    if (options_.strict) {
      report_.add({"", 0, message});
    } else {
      report_.notes.push_back(message);
    }
  }

 private:
  void problem(Message message) { report_.add({"", 0, std::move(message)}); }

  struct Verdict {
    std::string signer;                // a key that counts, or ""
    bool registered_unpinned = false;  // validly signed by registered keys not pinned
  };

  Verdict signed_by(const Checkpoint& c) const {
    Verdict out;
    for (const auto& sig : c.signatures) {
      const auto it = staff_.keys().find(sig.name);
      if (it == staff_.keys().end() || !it->second.valid_for(static_cast<std::int64_t>(c.size)) ||
          !signature_valid(c, sig, it->second.public_key)) {
        continue;
      }
      const auto& pins = options_.pinned_keys;
      if (pins.empty() ||
          std::find(pins.begin(), pins.end(), it->second.public_key) != pins.end()) {
        out.signer = sig.name;
        return out;
      }
      out.registered_unpinned = true;
    }
    return out;
  }

  const Staff& staff_;
  const VerifyOptions& options_;
  VerifyReport& report_;
  std::string vouched_only_;
  long long unpinned_ = 0;
};

Claim stored_claim(const storage::CheckpointRow& row) {
  Claim c{Message("checkpoint {1} in the database", {std::to_string(row.id)}), false, std::nullopt,
          Message(), false};
  c.parsed = parse_checkpoint(row.note, c.why);
  if (c.parsed && static_cast<std::int64_t>(c.parsed->size) != row.tree_size) {
    c.parsed.reset();
    c.why = Message("its tree_size column differs from the size it states");
  }
  return c;
}

}  // namespace

void check_tree(storage::Store& store, const Staff& staff, const VerifyOptions& options,
                VerifyReport& report) {
  report.log_size = store.max_position();
  merkle::Frontier frontier;
  auto stored = store.tree_node_stream();
  storage::TreeNodeRow node;
  bool have_node = stored.next(node);
  bool broken = false;     // the leaves themselves are out of order: nothing can be recomputed
  bool nodes_bad = false;  // a stored subtree differs from the recomputed one
  const auto fail = [&](const Message& message) {
    if (!broken) report.add({"", 0, Message("Merkle tree: {1}", {message})});
    broken = true;
  };
  CheckpointJudge judge(staff, options, report);
  auto checkpoints = store.checkpoint_stream();
  storage::CheckpointRow row;
  bool have_checkpoint = checkpoints.next(row);
  std::vector<Claim> external;
  for (const auto& [from, note] : options.checkpoints) {
    Claim c{Message("the checkpoint in {1}", {from}), true, std::nullopt, Message(), false};
    c.parsed = parse_checkpoint(note, c.why);
    if (c.parsed && c.parsed->size == 0) {
      c.parsed.reset();
      c.why = Message("it covers no entries");
    }
    external.push_back(std::move(c));
  }
  // Checkpoints of each size are judged when the recomputed tree has that size.
  // The root is folded only for a size some checkpoint claims (O(log n) hashes).
  const auto judge_at = [&](std::uint64_t size, const merkle::Frontier& tree) {
    for (; have_checkpoint && static_cast<std::uint64_t>(row.tree_size) <= size;
         have_checkpoint = checkpoints.next(row)) {
      if (static_cast<std::uint64_t>(row.tree_size) < size) {
        // Seals sign the head: a smaller size after a larger one was put there.
        report.add({"", 0,
                    Message("checkpoint {1} in the database covers fewer entries than one signed "
                            "before it (inserted afterwards?)",
                            {std::to_string(row.id)})});
        continue;
      }
      judge.judge(stored_claim(row), tree.root());
    }
    for (auto& c : external) {
      if (!c.judged && c.parsed && c.parsed->size == size) {
        judge.judge(c, tree.root());
        c.judged = true;
      }
    }
  };
  store.for_each_leaf([&](std::int64_t position, const std::string& hex) {
    if (broken) return;
    const auto digest = digest_from_hex(hex);
    if (position != static_cast<std::int64_t>(frontier.size()) + 1 || !digest) {
      fail(
          Message("the leaf at position {1} is out of order or malformed; the positions check "
                  "names the entry",
                  {std::to_string(position)}));
      return;
    }
    frontier.push(
        merkle::leaf_hash(*digest), [&](int level, std::uint64_t index, const Digest& hash) {
          // After a first difference the stored subtrees are no longer compared (the
          // rest follows from it), but the tree recomputed from the entries still
          // judges every checkpoint.
          if (nodes_bad) return;
          const std::int64_t id = tree_node_id(level, index);
          if (!have_node || node.id != id) {
            nodes_bad = true;
            report.add({"", 0,
                        Message("Merkle tree: the subtree of level {1} ending at position {2} is "
                                "missing from tree_nodes",
                                {std::to_string(level), std::to_string(position)})});
          } else if (node.hash != as_bytes(hash)) {
            nodes_bad = true;
            report.add({"", 0,
                        Message("Merkle tree: the stored subtree of level {1} ending at position "
                                "{2} does not match the entries it covers",
                                {std::to_string(level), std::to_string(position)})});
          }
          if (have_node && node.id <= id) have_node = stored.next(node);
        });
    judge_at(frontier.size(), frontier);
  });
  if (!broken && !nodes_bad && have_node) {
    fail(Message("tree_nodes holds subtrees beyond the log's end"));
  }
  if (broken) {
    report.notes.push_back(
        Message("checkpoints were not checked: the tree could not be recomputed"));
    return;
  }
  // What remains covers more than the log holds (or size 0).
  for (; have_checkpoint; have_checkpoint = checkpoints.next(row)) {
    judge.judge(stored_claim(row), std::nullopt);
  }
  for (auto& c : external) {
    if (!c.judged) judge.judge(c, std::nullopt);
  }
  judge.finish();
}

}  // namespace coopflow::engine::detail
