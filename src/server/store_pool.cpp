#include "store_pool.hpp"

namespace mizan::server {

StorePool::StorePool(std::function<std::unique_ptr<tm::Store>()> open, std::size_t capacity)
    : open_(std::move(open)), capacity_(capacity == 0 ? 1 : capacity) {}

StorePool::Lease::Lease(StorePool& pool, std::unique_ptr<tm::Store> store)
    : pool_(pool), store_(std::move(store)) {}

StorePool::Lease::~Lease() {
  pool_.give_back(std::move(store_));
}

StorePool::Lease StorePool::lease() {
  std::unique_lock lock(mutex_);
  returned_.wait(lock, [&] { return !free_.empty() || opened_ < capacity_; });
  if (!free_.empty()) {
    std::unique_ptr<tm::Store> store = std::move(free_.back());
    free_.pop_back();
    return Lease(*this, std::move(store));
  }
  ++opened_;
  lock.unlock();
  try {
    return Lease(*this, open_());
  } catch (...) {
    const std::lock_guard relock(mutex_);
    --opened_;
    returned_.notify_one();
    throw;
  }
}

void StorePool::give_back(std::unique_ptr<tm::Store> store) {
  {
    const std::lock_guard lock(mutex_);
    free_.push_back(std::move(store));
  }
  returned_.notify_one();
}

}  // namespace mizan::server
