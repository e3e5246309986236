#pragma once
// The HTTP library's task queue with a bound: its own ThreadPool queues every accepted
// connection without limit, so a flood of connections would grow memory without end. Here the
// accept loop waits when `max_queued` connections already wait for a worker.

#include <httplib.h>

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace mizan::server {

class WorkerPool : public httplib::TaskQueue {
 public:
  WorkerPool(std::size_t threads, std::size_t max_queued);
  ~WorkerPool() override;
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  void enqueue(std::function<void()> task) override;
  /// Runs what is queued, then joins the workers.
  void shutdown() override;

 private:
  void work();

  std::size_t max_queued_;
  std::deque<std::function<void()>> tasks_;
  bool stopping_ = false;
  std::mutex mutex_;
  std::condition_variable queued_;
  std::condition_variable taken_;
  std::vector<std::thread> threads_;
};

}  // namespace mizan::server
