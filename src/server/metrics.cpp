#include "metrics.hpp"

#include <unistd.h>

#include <cstdio>
#include <fstream>

namespace mizan::server {

void Metrics::record(const std::string& route, int status, std::chrono::nanoseconds latency) {
  const double seconds = std::chrono::duration<double>(latency).count();
  const std::lock_guard lock(mutex_);
  ++requests_[{route, status}];
  Histogram& h = latency_[route];
  for (std::size_t i = 0; i < kBuckets.size(); ++i) {
    if (seconds <= kBuckets[i]) ++h.counts[i];
  }
  ++h.count;
  h.sum_seconds += seconds;
}

void Metrics::record_unrouted(int status) {
  const std::lock_guard lock(mutex_);
  ++requests_[{"unrouted", status}];
}

std::string Metrics::render(const std::string& extra) const {
  const auto number = [](double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.9g", v);
    return std::string(buf);
  };
  std::string out =
      "# HELP mizan_http_requests_total Requests answered, by route and HTTP status.\n"
      "# TYPE mizan_http_requests_total counter\n";
  std::string errors =
      "# HELP mizan_http_errors_total Requests answered with a 4xx or 5xx status, by route.\n"
      "# TYPE mizan_http_errors_total counter\n";
  const std::lock_guard lock(mutex_);
  std::map<std::string, std::uint64_t> error_counts;
  for (const auto& [key, n] : requests_) {
    out += "mizan_http_requests_total{route=\"" + key.first + "\",status=\"" +
           std::to_string(key.second) + "\"} " + std::to_string(n) + "\n";
    if (key.second >= 400) error_counts[key.first] += n;
  }
  for (const auto& [route, n] : error_counts)
    errors += "mizan_http_errors_total{route=\"" + route + "\"} " + std::to_string(n) + "\n";
  out += errors;
  out +=
      "# HELP mizan_http_request_duration_seconds Time from routing to the answer, by route.\n"
      "# TYPE mizan_http_request_duration_seconds histogram\n";
  for (const auto& [route, h] : latency_) {
    const std::string name = "mizan_http_request_duration_seconds";
    for (std::size_t i = 0; i < kBuckets.size(); ++i) {
      out += name + "_bucket{route=\"" + route + "\",le=\"" + number(kBuckets[i]) + "\"} " +
             std::to_string(h.counts[i]) + "\n";
    }
    out += name + "_bucket{route=\"" + route + "\",le=\"+Inf\"} " + std::to_string(h.count) + "\n";
    out += name + "_sum{route=\"" + route + "\"} " + number(h.sum_seconds) + "\n";
    out += name + "_count{route=\"" + route + "\"} " + std::to_string(h.count) + "\n";
  }
  return out + extra;
}

std::int64_t resident_memory_bytes() {
  std::ifstream statm("/proc/self/statm");
  std::int64_t pages_total = 0, pages_resident = 0;
  if (!(statm >> pages_total >> pages_resident)) return 0;
  return pages_resident * static_cast<std::int64_t>(sysconf(_SC_PAGESIZE));
}

}  // namespace mizan::server
