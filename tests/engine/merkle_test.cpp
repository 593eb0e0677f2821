// The Merkle tree against the transparency-dev test vectors (tests/data/merkle,
// copied from transparency-dev/merkle) and against itself: every proof the
// tree produces verifies, and any change to one is refused.
#include "coopflow/engine/merkle.h"

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

using namespace coopflow::engine;
namespace fs = std::filesystem;

namespace {

const fs::path kVectors = fs::path(COOPFLOW_SOURCE_DIR) / "tests/data/merkle";

nlohmann::json load(const fs::path& file) {
  std::ifstream in(file);
  return nlohmann::json::parse(in);
}

// A probe's digest. A proof element that is not one (garbage added) must fail
// the check, not the parse. A root or leaf that is not 32 bytes (the vectors'
// "don't care" values in consistency probes of equal sizes) stands for a
// digest no tree has: its SHA-256.
Digest digest_of(const nlohmann::json& value, bool& malformed) {
  if (value.is_string()) {
    if (const auto d = digest_from_base64(value.get<std::string>())) return *d;
  }
  malformed = true;
  return {};
}

Digest root_of(const nlohmann::json& value) {
  const std::string text = value.is_string() ? value.get<std::string>() : "";
  if (const auto d = digest_from_base64(text)) return *d;
  return sha256(from_base64(text).value_or(text));
}

std::vector<Digest> proof_of(const nlohmann::json& probe, bool& malformed) {
  std::vector<Digest> out;
  if (probe["proof"].is_null()) return out;
  for (const auto& p : probe["proof"]) out.push_back(digest_of(p, malformed));
  return out;
}

std::vector<fs::path> probes(const std::string& kind) {
  std::vector<fs::path> out;
  for (const auto& f : fs::recursive_directory_iterator(kVectors / kind)) {
    if (f.path().extension() == ".json") out.push_back(f.path());
  }
  return out;
}

// A tree of `size` leaves kept as a map of its perfect subtrees, the way the
// database keeps it, with leaves hashed from their index.
struct StoredTree {
  std::map<std::pair<int, std::uint64_t>, Digest> nodes;
  merkle::Frontier frontier;
  std::vector<Digest> roots;  // roots[n]: the root of the first n leaves

  static Digest leaf(std::uint64_t i) { return merkle::leaf_hash(sha256(std::to_string(i))); }
  merkle::NodeSource source() const {
    return [this](int level, std::uint64_t index) {
      return level == 0 ? leaf(index) : nodes.at({level, index});
    };
  }
  explicit StoredTree(std::uint64_t size) {
    roots.emplace_back();
    for (std::uint64_t i = 0; i < size; ++i) {
      merkle::append(i, leaf(i), source(), [&](int level, std::uint64_t index, const Digest& h) {
        nodes[{level, index}] = h;
      });
      frontier.push(leaf(i), [](int, std::uint64_t, const Digest&) {});
      roots.push_back(*frontier.root());
    }
  }
};

}  // namespace

BOOST_AUTO_TEST_CASE(every_inclusion_vector_verifies_or_is_refused_as_it_should) {
  const auto files = probes("inclusion");
  BOOST_REQUIRE_GE(files.size(), 90u);
  int happy = 0;
  for (const auto& file : files) {
    const auto probe = load(file);
    bool malformed = false;
    const Digest root = digest_of(probe["root"], malformed);
    const Digest leaf = digest_of(probe["leafHash"], malformed);
    const auto proof = proof_of(probe, malformed);
    const bool ok = !malformed && merkle::verify_inclusion(probe["leafIdx"].get<std::uint64_t>(),
                                                           probe["treeSize"].get<std::uint64_t>(),
                                                           leaf, proof, root);
    BOOST_TEST(ok == !probe["wantErr"].get<bool>(), file.string());
    happy += ok ? 1 : 0;
  }
  BOOST_TEST(happy >= 6);
}

BOOST_AUTO_TEST_CASE(every_consistency_vector_verifies_or_is_refused_as_it_should) {
  const auto files = probes("consistency");
  BOOST_REQUIRE_GE(files.size(), 90u);
  int happy = 0;
  for (const auto& file : files) {
    const auto probe = load(file);
    bool malformed = false;
    const Digest root1 = root_of(probe["root1"]);
    const Digest root2 = root_of(probe["root2"]);
    const auto proof = proof_of(probe, malformed);
    const bool ok = !malformed && merkle::verify_consistency(probe["size1"].get<std::uint64_t>(),
                                                             probe["size2"].get<std::uint64_t>(),
                                                             root1, root2, proof);
    BOOST_TEST(ok == !probe["wantErr"].get<bool>(), file.string());
    happy += ok ? 1 : 0;
  }
  BOOST_TEST(happy >= 6);
}

BOOST_AUTO_TEST_CASE(the_stored_tree_gives_the_streamed_roots_and_proofs_that_verify) {
  constexpr std::uint64_t kLeaves = 70;
  const StoredTree tree(kLeaves);
  for (std::uint64_t n = 1; n <= kLeaves; ++n) {
    BOOST_TEST(merkle::root(n, tree.source()) == tree.roots[n]);
    for (std::uint64_t i = 0; i < n; ++i) {
      auto proof = merkle::inclusion_proof(i, n, tree.source());
      BOOST_TEST(merkle::verify_inclusion(i, n, StoredTree::leaf(i), proof, tree.roots[n]));
      BOOST_TEST(!merkle::verify_inclusion(i, n, StoredTree::leaf(i + 1), proof, tree.roots[n]));
      if (!proof.empty()) {
        proof.back()[0] ^= 1;
        BOOST_TEST(!merkle::verify_inclusion(i, n, StoredTree::leaf(i), proof, tree.roots[n]));
      }
    }
    for (std::uint64_t m = 1; m <= n; ++m) {
      auto proof = merkle::consistency_proof(m, n, tree.source());
      BOOST_TEST(merkle::verify_consistency(m, n, tree.roots[m], tree.roots[n], proof));
      if (m < n) {
        BOOST_TEST(!merkle::verify_consistency(m, n, tree.roots[m], tree.roots[n - 1], proof));
        proof.front()[31] ^= 0x80;
        BOOST_TEST(!merkle::verify_consistency(m, n, tree.roots[m], tree.roots[n], proof));
      }
    }
  }
}
