#include "fragment_cache.h"

namespace coopflow::web {

std::shared_ptr<const engine::Html> FragmentCache::find(const std::string& key) {
  std::lock_guard<std::mutex> lock(mutex_);
  const auto found = index_.find(key);
  if (found == index_.end()) return nullptr;
  recent_.splice(recent_.begin(), recent_, found->second);
  return found->second->second;
}

void FragmentCache::keep(const std::string& key, std::shared_ptr<const engine::Html> html) {
  Kept kept{key, std::move(html)};
  const std::size_t size = size_of(kept);
  if (size > max_bytes_) return;
  std::lock_guard<std::mutex> lock(mutex_);
  if (const auto found = index_.find(key); found != index_.end()) {
    // Another thread rendered the same part meanwhile: the same html.
    recent_.splice(recent_.begin(), recent_, found->second);
    return;
  }
  while (bytes_ + size > max_bytes_) {
    bytes_ -= size_of(recent_.back());
    index_.erase(recent_.back().first);
    recent_.pop_back();
  }
  recent_.push_front(std::move(kept));
  index_.emplace(key, recent_.begin());
  bytes_ += size;
}

}  // namespace coopflow::web
