#include "mizan/formats/tmx_date.hpp"

#include <chrono>
#include <cstdio>

namespace mizan::formats {

std::string format_tmx_date(std::int64_t unix_seconds) {
  using namespace std::chrono;
  const sys_seconds t{seconds{unix_seconds}};
  const sys_days day = floor<days>(t);
  const year_month_day ymd{day};
  const hh_mm_ss<seconds> hms{t - day};
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d%02u%02uT%02d%02d%02dZ", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                static_cast<int>(hms.hours().count()), static_cast<int>(hms.minutes().count()),
                static_cast<int>(hms.seconds().count()));
  return buf;
}

std::optional<std::int64_t> parse_tmx_date(std::string_view s) {
  std::size_t pos = 0;
  auto digits = [&](std::size_t n, int& out) {
    if (pos + n > s.size()) return false;
    out = 0;
    for (std::size_t i = 0; i < n; ++i) {
      const char c = s[pos + i];
      if (c < '0' || c > '9') return false;
      out = out * 10 + (c - '0');
    }
    pos += n;
    return true;
  };
  auto separator = [&](char c, bool extended) {
    if (!extended) return true;
    if (pos >= s.size() || s[pos] != c) return false;
    ++pos;
    return true;
  };
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0;
  // The basic form (20250106T093000Z) has no '-' after the year; ISO's extended form has.
  const bool extended = s.size() > 4 && s[4] == '-';
  if (!digits(4, y) || !separator('-', extended) || !digits(2, mo) || !separator('-', extended) ||
      !digits(2, d)) {
    return std::nullopt;
  }
  if (pos < s.size() && (s[pos] == 'T' || s[pos] == 't')) {
    ++pos;
    if (!digits(2, h) || !separator(':', extended) || !digits(2, mi) || !separator(':', extended) ||
        !digits(2, sec)) {
      return std::nullopt;
    }
  }
  if (pos < s.size() && (s[pos] == 'Z' || s[pos] == 'z')) ++pos;
  if (pos != s.size() || h > 23 || mi > 59 || sec > 60) return std::nullopt;
  using namespace std::chrono;
  const year_month_day ymd{year{y}, month{static_cast<unsigned>(mo)},
                           day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return std::nullopt;
  const sys_days days_since_epoch{ymd};
  return static_cast<std::int64_t>(days_since_epoch.time_since_epoch().count()) * 86400 + h * 3600 +
         mi * 60 + sec;
}

}  // namespace mizan::formats
