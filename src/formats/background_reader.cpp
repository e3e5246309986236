#include "mizan/formats/background_reader.hpp"

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace mizan::formats {
namespace {

// Units are handed over in batches so that the lock is taken once per batch, not per unit.
// 256 units of press-release sentences with context are about 300 KB; 8 batches in flight keep
// the reader ahead of the store without letting a fast reader fill memory with a whole file.
constexpr std::size_t kBatchUnits = 256;
constexpr std::size_t kBatchesInFlight = 8;

struct Progress {
  std::size_t done = 0, total = 0;
  std::string what;
};

struct Batch {
  std::vector<ImportedUnit> units;
  std::optional<Progress> progress;  // the reader's last report before the batch was handed over
};

// Thrown inside the reader's callback when the consumer has stopped; never leaves this file.
struct Stopped {};

class Handover {
 public:
  // Reader side. Throws Stopped when the consumer has given up.
  void push(Batch&& batch) {
    std::unique_lock lock(mutex_);
    space_.wait(lock, [&] { return stopped_ || queue_.size() < kBatchesInFlight; });
    if (stopped_) throw Stopped{};
    queue_.push_back(std::move(batch));
    ready_.notify_one();
  }
  void finish(ImportSummary summary, std::exception_ptr error) {
    const std::lock_guard lock(mutex_);
    summary_ = std::move(summary);
    error_ = std::move(error);
    finished_ = true;
    ready_.notify_one();
  }

  // Consumer side: the next batch, or nullopt once the reader has finished and all are taken.
  std::optional<Batch> pop() {
    std::unique_lock lock(mutex_);
    ready_.wait(lock, [&] { return finished_ || !queue_.empty(); });
    if (queue_.empty()) return std::nullopt;
    Batch b = std::move(queue_.front());
    queue_.pop_front();
    space_.notify_one();
    return b;
  }
  void stop() {
    const std::lock_guard lock(mutex_);
    stopped_ = true;
    space_.notify_one();
  }
  // After the reader thread has been joined.
  ImportSummary result() {
    if (error_) std::rethrow_exception(error_);
    return std::move(summary_);
  }

 private:
  std::mutex mutex_;
  std::condition_variable ready_, space_;
  std::deque<Batch> queue_;
  bool stopped_ = false, finished_ = false;
  ImportSummary summary_;
  std::exception_ptr error_;
};

}  // namespace

ImportSummary read_in_background(const FileReader& read, const std::string& path,
                                 const UnitCallback& on_unit, const ProgressFn& progress) {
  Handover handover;
  std::thread reader([&] {
    Batch batch;
    const auto hand_over = [&] {
      handover.push(std::move(batch));
      batch = Batch{};
    };
    try {
      ImportSummary summary = read(
          path,
          [&](ImportedUnit&& unit) {
            batch.units.push_back(std::move(unit));
            if (batch.units.size() >= kBatchUnits) hand_over();
          },
          [&](std::size_t done, std::size_t total, std::string_view what) {
            batch.progress = Progress{done, total, std::string(what)};
          });
      if (!batch.units.empty() || batch.progress) hand_over();
      handover.finish(std::move(summary), nullptr);
    } catch (const Stopped&) {
      handover.finish({}, nullptr);  // the consumer's own exception is the one that counts
    } catch (...) {
      // Units read before the error still reach the consumer, then the error does.
      const std::exception_ptr error = std::current_exception();
      try {
        if (!batch.units.empty() || batch.progress) hand_over();
        handover.finish({}, error);
      } catch (const Stopped&) {
        handover.finish({}, nullptr);
      }
    }
  });

  try {
    while (std::optional<Batch> batch = handover.pop()) {
      for (ImportedUnit& unit : batch->units)
        on_unit(std::move(unit));
      if (progress && batch->progress) {
        progress(batch->progress->done, batch->progress->total, batch->progress->what);
      }
    }
  } catch (...) {
    handover.stop();
    reader.join();
    throw;
  }
  reader.join();
  return handover.result();
}

}  // namespace mizan::formats
