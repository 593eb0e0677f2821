#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include "coopflow/engine/digest.h"

// The Merkle tree over the log, as RFC 9162 section 2.1 defines it: leaf i is
// the log entry at position i + 1, its hash SHA-256(0x00 || the entry's 32-byte
// digest), a node SHA-256(0x01 || left || right). Every subtree the RFC's
// recursion names is either perfect (2^level leaves from index << level) or
// made of perfect ones, so the tree is kept as its perfect subtrees, each
// written once when its last leaf arrives.
namespace coopflow::engine::merkle {

Digest leaf_hash(const Digest& entry_digest);
Digest node_hash(const Digest& left, const Digest& right);

// Reads the perfect subtree of 2^level leaves starting at leaf index << level;
// level 0 is a leaf hash.
using NodeSource = std::function<Digest(int level, std::uint64_t index)>;
// Receives a perfect subtree (level >= 1) the moment it is complete.
using NodeSink = std::function<void(int level, std::uint64_t index, const Digest& hash)>;

// The root of the first `size` leaves (size >= 1): O(log size) reads.
Digest root(std::uint64_t size, const NodeSource& source);
// Adds leaf `index` (the tree holding leaves 0..index-1 already): emits each
// perfect subtree it completes, reading the left siblings it needs.
void append(std::uint64_t index, const Digest& leaf, const NodeSource& source,
            const NodeSink& sink);

// RFC 9162 2.1.3.1 and 2.1.4.1: O(log n) subtrees, each read from source.
std::vector<Digest> inclusion_proof(std::uint64_t index, std::uint64_t size,
                                    const NodeSource& source);
std::vector<Digest> consistency_proof(std::uint64_t size1, std::uint64_t size2,
                                      const NodeSource& source);

// RFC 9162 2.1.3.2 and 2.1.4.2. Empty trees prove nothing and are refused.
bool verify_inclusion(std::uint64_t index, std::uint64_t size, const Digest& leaf,
                      const std::vector<Digest>& proof, const Digest& root);
bool verify_consistency(std::uint64_t size1, std::uint64_t size2, const Digest& root1,
                        const Digest& root2, const std::vector<Digest>& proof);

// The tree built from leaves pushed in order, in O(log n) memory: verify's
// recomputation of the whole tree from the log.
class Frontier {
 public:
  // Adds the next leaf; sink sees each perfect subtree it completes.
  void push(const Digest& leaf, const NodeSink& sink);
  std::uint64_t size() const { return size_; }
  // The root of the leaves pushed so far; nothing before the first.
  std::optional<Digest> root() const;

 private:
  struct Subtree {
    int level;
    Digest hash;
  };
  std::vector<Subtree> stack_;  // the perfect subtrees of size_, largest first
  std::uint64_t size_ = 0;
};

}  // namespace coopflow::engine::merkle
