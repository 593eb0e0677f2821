#include "log_append.h"

#include <openssl/rand.h>

#include <map>
#include <memory>
#include <utility>

#include "coopflow/engine/errors.h"
#include "coopflow/storage/store.h"
#include "records.h"

namespace coopflow::engine::detail {
namespace {

Digest entry_digest(const std::string& hex, std::int64_t position) {
  const auto digest = digest_from_hex(hex);
  if (!digest) {
    throw saying<IntegrityError>(
        damaged_record(Message("the log entry at position {1} has a malformed hash",
                               {std::to_string(position)})),
        "", 0);
  }
  return *digest;
}

void add_leaf(storage::Store& store, std::int64_t position, const std::string& hex) {
  merkle::append(static_cast<std::uint64_t>(position - 1),
                 merkle::leaf_hash(entry_digest(hex, position)), stored_tree(store),
                 [&](int level, std::uint64_t index, const Digest& hash) {
                   store.put_tree_node(tree_node_id(level, index), std::string(as_bytes(hash)));
                 });
}

}  // namespace

std::int64_t tree_node_id(int level, std::uint64_t index) {
  return static_cast<std::int64_t>(((index + 1) << level) * 64 + static_cast<unsigned>(level));
}

merkle::NodeSource stored_tree(storage::Store& store) {
  return [&store](int level, std::uint64_t index) {
    if (level == 0) {
      const auto position = static_cast<std::int64_t>(index + 1);
      const auto hex = store.entry_hash_at(position);
      if (!hex) {
        throw saying<IntegrityError>(damaged_record(Message("the log has no entry at position {1}",
                                                            {std::to_string(position)})),
                                     "", 0);
      }
      return merkle::leaf_hash(entry_digest(*hex, position));
    }
    const auto bytes = store.tree_node(tree_node_id(level, index));
    if (!bytes || bytes->size() != Digest().size()) {
      throw saying<IntegrityError>(
          damaged_record(Message("the Merkle tree lacks the subtree of level {1} at {2}",
                                 {std::to_string(level), std::to_string(index)})),
          "", 0);
    }
    Digest out;
    std::copy(bytes->begin(), bytes->end(), out.begin());
    return out;
  };
}

merkle::NodeSource memoized(merkle::NodeSource source) {
  auto seen = std::make_shared<std::map<std::pair<int, std::uint64_t>, Digest>>();
  return [source = std::move(source), seen](int level, std::uint64_t index) {
    const auto key = std::make_pair(level, index);
    const auto it = seen->find(key);
    if (it != seen->end()) return it->second;
    return seen->emplace(key, source(level, index)).first->second;
  };
}

void log_case_entry(storage::Store& store, JournalEntry& e) {
  e.position = store.next_position();
  e.hash = compute_hash(e);
  store.append_journal(to_row(e));
  add_leaf(store, e.position, e.hash);
}

void log_office_entry(storage::Store& store, JournalEntry& e) {
  const auto last = store.last_office_entry();
  e.seq = last ? last->seq + 1 : 1;
  e.prev_hash = last ? last->hash : kGenesisHash;
  e.position = store.next_position();
  e.hash = compute_hash(e);
  store.append_office_entry(to_row(e));
  add_leaf(store, e.position, e.hash);
}

std::string new_origin() {
  unsigned char b[16];
  if (RAND_bytes(b, sizeof b) != 1) throw InternalError("no random bytes for the database's id");
  b[6] = static_cast<unsigned char>((b[6] & 0x0F) | 0x40);  // version 4
  b[8] = static_cast<unsigned char>((b[8] & 0x3F) | 0x80);  // RFC 4122 variant
  const std::string hex = to_hex(std::string_view(reinterpret_cast<const char*>(b), sizeof b));
  return "coopflow/" + hex.substr(0, 8) + "-" + hex.substr(8, 4) + "-" + hex.substr(12, 4) + "-" +
         hex.substr(16, 4) + "-" + hex.substr(20);
}

void build_tree(storage::Store& store) {
  merkle::Frontier frontier;
  store.for_each_leaf([&](std::int64_t position, const std::string& hex) {
    if (position != static_cast<std::int64_t>(frontier.size()) + 1) {
      throw saying<IntegrityError>(
          Message("the journal's positions are not 1, 2, 3...: position {1} comes after {2}; the "
                  "upgrade stopped and changed nothing; run `coopflow verify` with the previous "
                  "coopflow",
                  {std::to_string(position), std::to_string(frontier.size())}),
          "", 0);
    }
    frontier.push(merkle::leaf_hash(entry_digest(hex, position)),
                  [&](int level, std::uint64_t index, const Digest& hash) {
                    store.put_tree_node(tree_node_id(level, index), std::string(as_bytes(hash)));
                  });
  });
}

}  // namespace coopflow::engine::detail
