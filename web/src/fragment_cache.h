#pragma once

#include <cstddef>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "coopflow/engine/html.h"

namespace coopflow::web {

// Parts of pages rendered once and shown again while what they follow from
// is unchanged: the key names all of it (for a case's sealed sections, its
// last journal hash, the language and the people's names). Bounded by the
// bytes it holds, the least recently shown going first. Thread-safe (P6).
class FragmentCache {
 public:
  explicit FragmentCache(std::size_t max_bytes) : max_bytes_(max_bytes) {}
  FragmentCache(const FragmentCache&) = delete;
  FragmentCache& operator=(const FragmentCache&) = delete;

  // What was kept under key, or null.
  std::shared_ptr<const engine::Html> find(const std::string& key);
  // Keeps html under key, unless it alone is larger than the bound.
  void keep(const std::string& key, std::shared_ptr<const engine::Html> html);

 private:
  using Kept = std::pair<std::string, std::shared_ptr<const engine::Html>>;
  static std::size_t size_of(const Kept& kept) {
    return kept.first.size() + kept.second->str().size();
  }

  std::mutex mutex_;
  std::list<Kept> recent_;  // most recently shown first
  std::unordered_map<std::string, std::list<Kept>::iterator> index_;
  std::size_t bytes_ = 0;
  const std::size_t max_bytes_;
};

}  // namespace coopflow::web
