#include "writer.h"

#include <vector>

namespace coopflow::web {
namespace {

// Enough to gather every connection's write; bounded so that one transaction
// stays short for the CLI waiting beside the server.
constexpr std::size_t kMostTogether = 64;

}  // namespace

Writer::Writer(std::unique_ptr<engine::Office> office)
    : office_(std::move(office)), thread_([this] { loop(); }) {}

Writer::~Writer() {
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  queued_.notify_one();
  thread_.join();
}

void Writer::run(const Job& job) {
  Pending mine{&job, nullptr};
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    queue_.push_back(&mine);
  }
  queued_.notify_one();
  std::unique_lock<std::mutex> lock(mutex_);
  finished_.wait(lock, [&] { return mine.done; });
  if (mine.error) std::rethrow_exception(mine.error);
}

void Writer::loop() {
  for (;;) {
    std::vector<Pending*> batch;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      queued_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;  // stopping, with nothing left to write
      while (!queue_.empty() && batch.size() < kMostTogether) {
        batch.push_back(queue_.front());
        queue_.pop_front();
      }
    }
    std::vector<std::function<void()>> jobs;
    jobs.reserve(batch.size());
    for (Pending* p : batch) jobs.emplace_back([this, p] { (*p->job)(*office_); });
    std::vector<std::exception_ptr> failed;
    try {
      failed = office_->write_together(jobs);
    } catch (...) {  // out of memory before a job ran: none of them did
      failed.assign(batch.size(), std::current_exception());
    }
    {
      const std::lock_guard<std::mutex> lock(mutex_);
      for (std::size_t i = 0; i < batch.size(); ++i) {
        batch[i]->error = failed[i];
        batch[i]->done = true;
      }
    }
    finished_.notify_all();
  }
}

}  // namespace coopflow::web
