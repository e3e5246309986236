#pragma once
// One Store per worker at a time: a Store holds a connection and lookup state and serves one
// thread at a time (tm/store.hpp), so requests lease one from the pool and give it back.

#include <condition_variable>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "mizan/tm/store.hpp"

namespace mizan::server {

class StorePool {
 public:
  /// Opens stores with `open` when a lease finds none free, at most `capacity` (one per worker).
  StorePool(std::function<std::unique_ptr<tm::Store>()> open, std::size_t capacity);

  /// A store for the current request; it returns to the pool when the lease ends (also when
  /// the request fails, so a failed request never leaks a connection).
  class Lease {
   public:
    Lease(StorePool& pool, std::unique_ptr<tm::Store> store);
    ~Lease();
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    tm::Store& operator*() const { return *store_; }
    tm::Store* operator->() const { return store_.get(); }

   private:
    StorePool& pool_;
    std::unique_ptr<tm::Store> store_;
  };

  /// Waits for a free store when all `capacity` are leased (more requests than workers cannot
  /// happen, but a caller outside the workers, the /metrics gauge, may wait).
  Lease lease();

 private:
  void give_back(std::unique_ptr<tm::Store> store);

  std::function<std::unique_ptr<tm::Store>()> open_;
  std::size_t capacity_;
  std::size_t opened_ = 0;
  std::vector<std::unique_ptr<tm::Store>> free_;
  std::mutex mutex_;
  std::condition_variable returned_;
};

}  // namespace mizan::server
