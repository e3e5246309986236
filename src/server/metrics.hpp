#pragma once
// Counters and latency histograms of the requests, in the Prometheus text exposition format
// (prometheus.io/docs/instrumenting/exposition_formats) for /metrics.

#include <array>
#include <chrono>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <utility>

namespace mizan::server {

/// Thread-safe: every worker records into one Metrics.
class Metrics {
 public:
  /// One answered request of `route` (a fixed route name, never the raw path, so that the
  /// number of series stays bounded) with its status and, when it was routed, its latency.
  void record(const std::string& route, int status, std::chrono::nanoseconds latency);
  void record_unrouted(int status);
  /// The exposition text, with `extra` (gauges the caller computes: memory size) appended.
  std::string render(const std::string& extra) const;

 private:
  // Upper bounds in seconds: the Prometheus client libraries' defaults (5 ms .. 10 s) with 1 and
  // 2.5 ms in front, where exact lookups fall (docs/benchmarks.md: p99 of an exact lookup 114 µs).
  static constexpr std::array<double, 13> kBuckets = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1,
                                                      0.25,  0.5,    1,     2.5,  5,     10};
  struct Histogram {
    std::array<std::uint64_t, kBuckets.size()> counts{};
    std::uint64_t count = 0;
    double sum_seconds = 0;
  };
  mutable std::mutex mutex_;
  std::map<std::pair<std::string, int>, std::uint64_t> requests_;  // (route, status)
  std::map<std::string, Histogram> latency_;                       // by route
};

/// The resident memory of this process in bytes (Linux /proc/self/statm), 0 when unknown.
std::int64_t resident_memory_bytes();

}  // namespace mizan::server
