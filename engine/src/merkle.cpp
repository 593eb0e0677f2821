#include "coopflow/engine/merkle.h"

namespace coopflow::engine::merkle {
namespace {

// The largest power of two smaller than n (n >= 2): where the RFC splits.
std::uint64_t split_point(std::uint64_t n) {
  std::uint64_t k = 1;
  while (k << 1 < n) k <<= 1;
  return k;
}

bool is_power_of_two(std::uint64_t n) { return n != 0 && (n & (n - 1)) == 0; }

int log2_exact(std::uint64_t n) {
  int level = 0;
  while ((std::uint64_t{1} << level) < n) ++level;
  return level;
}

// MTH(D[begin:end]) for a range the RFC's recursion names: perfect ranges are
// read, others combined from their two halves.
Digest range_hash(std::uint64_t begin, std::uint64_t end, const NodeSource& source) {
  const std::uint64_t n = end - begin;
  if (is_power_of_two(n)) {
    const int level = log2_exact(n);
    return source(level, begin >> level);
  }
  const std::uint64_t k = split_point(n);
  return node_hash(range_hash(begin, begin + k, source), range_hash(begin + k, end, source));
}

void path(std::uint64_t m, std::uint64_t begin, std::uint64_t end, const NodeSource& source,
          std::vector<Digest>& out) {
  const std::uint64_t n = end - begin;
  if (n == 1) return;
  const std::uint64_t k = split_point(n);
  if (m < k) {
    path(m, begin, begin + k, source, out);
    out.push_back(range_hash(begin + k, end, source));
  } else {
    path(m - k, begin + k, end, source, out);
    out.push_back(range_hash(begin, begin + k, source));
  }
}

void subproof(std::uint64_t m, std::uint64_t begin, std::uint64_t end, bool complete,
              const NodeSource& source, std::vector<Digest>& out) {
  const std::uint64_t n = end - begin;
  if (m == n) {
    if (!complete) out.push_back(range_hash(begin, end, source));
    return;
  }
  const std::uint64_t k = split_point(n);
  if (m <= k) {
    subproof(m, begin, begin + k, complete, source, out);
    out.push_back(range_hash(begin + k, end, source));
  } else {
    subproof(m - k, begin + k, end, false, source, out);
    out.push_back(range_hash(begin, begin + k, source));
  }
}

}  // namespace

Digest leaf_hash(const Digest& entry_digest) {
  unsigned char buffer[33];
  buffer[0] = 0x00;
  std::copy(entry_digest.begin(), entry_digest.end(), buffer + 1);
  return sha256(std::string_view(reinterpret_cast<const char*>(buffer), sizeof buffer));
}

Digest node_hash(const Digest& left, const Digest& right) {
  unsigned char buffer[65];
  buffer[0] = 0x01;
  std::copy(left.begin(), left.end(), buffer + 1);
  std::copy(right.begin(), right.end(), buffer + 33);
  return sha256(std::string_view(reinterpret_cast<const char*>(buffer), sizeof buffer));
}

Digest root(std::uint64_t size, const NodeSource& source) { return range_hash(0, size, source); }

void append(std::uint64_t index, const Digest& leaf, const NodeSource& source,
            const NodeSink& sink) {
  Digest hash = leaf;
  int level = 0;
  // A right child completes its parent: climb while the index is odd.
  for (std::uint64_t i = index; (i & 1) != 0; i >>= 1) {
    hash = node_hash(source(level, i - 1), hash);
    ++level;
    sink(level, i >> 1, hash);
  }
}

std::vector<Digest> inclusion_proof(std::uint64_t index, std::uint64_t size,
                                    const NodeSource& source) {
  std::vector<Digest> out;
  if (index < size) path(index, 0, size, source, out);
  return out;
}

std::vector<Digest> consistency_proof(std::uint64_t size1, std::uint64_t size2,
                                      const NodeSource& source) {
  std::vector<Digest> out;
  if (size1 >= 1 && size1 < size2) subproof(size1, 0, size2, true, source, out);
  return out;
}

bool verify_inclusion(std::uint64_t index, std::uint64_t size, const Digest& leaf,
                      const std::vector<Digest>& proof, const Digest& root) {
  if (index >= size) return false;
  std::uint64_t fn = index;
  std::uint64_t sn = size - 1;
  Digest r = leaf;
  for (const Digest& p : proof) {
    if (sn == 0) return false;
    if ((fn & 1) != 0 || fn == sn) {
      r = node_hash(p, r);
      while ((fn & 1) == 0 && fn != 0) {
        fn >>= 1;
        sn >>= 1;
      }
    } else {
      r = node_hash(r, p);
    }
    fn >>= 1;
    sn >>= 1;
  }
  return sn == 0 && r == root;
}

bool verify_consistency(std::uint64_t size1, std::uint64_t size2, const Digest& root1,
                        const Digest& root2, const std::vector<Digest>& proof) {
  if (size1 == 0 || size2 < size1) return false;
  if (size1 == size2) return proof.empty() && root1 == root2;
  if (proof.empty()) return false;
  std::vector<Digest> path;
  if (is_power_of_two(size1)) path.push_back(root1);
  path.insert(path.end(), proof.begin(), proof.end());
  std::uint64_t fn = size1 - 1;
  std::uint64_t sn = size2 - 1;
  while ((fn & 1) != 0) {
    fn >>= 1;
    sn >>= 1;
  }
  Digest fr = path.front();
  Digest sr = path.front();
  for (std::size_t i = 1; i < path.size(); ++i) {
    const Digest& c = path[i];
    if (sn == 0) return false;
    if ((fn & 1) != 0 || fn == sn) {
      fr = node_hash(c, fr);
      sr = node_hash(c, sr);
      while ((fn & 1) == 0 && fn != 0) {
        fn >>= 1;
        sn >>= 1;
      }
    } else {
      sr = node_hash(sr, c);
    }
    fn >>= 1;
    sn >>= 1;
  }
  return fr == root1 && sr == root2 && sn == 0;
}

void Frontier::push(const Digest& leaf, const NodeSink& sink) {
  Subtree top{0, leaf};
  std::uint64_t index = size_;
  while (!stack_.empty() && stack_.back().level == top.level) {
    top.hash = node_hash(stack_.back().hash, top.hash);
    ++top.level;
    index >>= 1;
    stack_.pop_back();
    sink(top.level, index, top.hash);
  }
  stack_.push_back(top);
  ++size_;
}

std::optional<Digest> Frontier::root() const {
  if (stack_.empty()) return std::nullopt;
  Digest r = stack_.back().hash;
  for (auto it = stack_.rbegin() + 1; it != stack_.rend(); ++it) r = node_hash(it->hash, r);
  return r;
}

}  // namespace coopflow::engine::merkle
