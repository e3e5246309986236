#include "worker_pool.hpp"

namespace mizan::server {

WorkerPool::WorkerPool(std::size_t threads, std::size_t max_queued)
    : max_queued_(max_queued == 0 ? 1 : max_queued) {
  threads_.reserve(threads);
  for (std::size_t i = 0; i < (threads == 0 ? 1 : threads); ++i)
    threads_.emplace_back([this] { work(); });
}

WorkerPool::~WorkerPool() {
  shutdown();
}

void WorkerPool::enqueue(std::function<void()> task) {
  {
    std::unique_lock lock(mutex_);
    taken_.wait(lock, [&] { return tasks_.size() < max_queued_ || stopping_; });
    tasks_.push_back(std::move(task));
  }
  queued_.notify_one();
}

void WorkerPool::shutdown() {
  {
    const std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  queued_.notify_all();
  taken_.notify_all();
  for (std::thread& t : threads_) {
    if (t.joinable()) t.join();
  }
}

void WorkerPool::work() {
  for (;;) {
    std::function<void()> task;
    {
      std::unique_lock lock(mutex_);
      queued_.wait(lock, [&] { return !tasks_.empty() || stopping_; });
      if (tasks_.empty()) return;  // stopping, and nothing left to serve
      task = std::move(tasks_.front());
      tasks_.pop_front();
    }
    taken_.notify_one();
    task();  // the library's connection handler; it catches what the routes throw
  }
}

}  // namespace mizan::server
