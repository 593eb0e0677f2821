#include "writer.h"

#include <array>
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
    // Taken without allocating, and every allocation after it is inside the
    // try: running out of memory fails this batch's requests, never the
    // writer thread (which would end the server).
    std::array<Pending*, kMostTogether> batch{};
    std::size_t taken = 0;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      queued_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;  // stopping, with nothing left to write
      while (!queue_.empty() && taken < kMostTogether) {
        batch[taken++] = queue_.front();
        queue_.pop_front();
      }
    }
    std::vector<std::exception_ptr> failed;
    std::exception_ptr all_failed;
    try {
      std::vector<std::function<void()>> jobs;
      jobs.reserve(taken);
      for (std::size_t i = 0; i < taken; ++i) {
        Pending* p = batch[i];
        jobs.emplace_back([this, p] { (*p->job)(*office_); });
      }
      failed = office_->write_together(jobs);
    } catch (...) {  // out of memory before a job ran: none of them did
      all_failed = std::current_exception();
    }
    {
      const std::lock_guard<std::mutex> lock(mutex_);
      for (std::size_t i = 0; i < taken; ++i) {
        batch[i]->error = all_failed ? all_failed : failed[i];
        batch[i]->done = true;
      }
    }
    finished_.notify_all();
  }
}

}  // namespace coopflow::web
