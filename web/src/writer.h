#pragma once

#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

#include "coopflow/engine/office.h"

namespace coopflow::web {

// The server's event writes, run by one thread on an Office of its own: the
// requests that arrive while a transaction syncs go together into the next
// one, each in its own savepoint (group commit). Each caller is answered once
// its write is on disk, or with its own error, having written nothing (P6).
class Writer {
 public:
  using Job = std::function<void(engine::Office&)>;
  explicit Writer(std::unique_ptr<engine::Office> office);
  Writer(const Writer&) = delete;
  Writer& operator=(const Writer&) = delete;
  // Writes what was queued, then stops.
  ~Writer();
  // Runs job on the writer's Office in the next transaction; returns once it
  // is committed, or rethrows the error it (or the transaction) threw.
  void run(const Job& job);

 private:
  struct Pending {
    const Job* job;
    std::exception_ptr error;
    bool done = false;
  };
  void loop();

  std::unique_ptr<engine::Office> office_;
  std::mutex mutex_;
  std::condition_variable queued_;
  std::condition_variable finished_;
  std::deque<Pending*> queue_;
  bool stopping_ = false;
  std::thread thread_;  // last: it starts once the rest is made
};

}  // namespace coopflow::web
