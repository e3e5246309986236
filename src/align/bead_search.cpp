#include "bead_search.hpp"

namespace mizan::align::detail {

Corridor corridor_around(const Path& path, std::size_t scale, std::size_t n, std::size_t m,
                         std::size_t margin) {
  const std::size_t none = static_cast<std::size_t>(-1);
  std::vector<std::size_t> pmin(n + 1, none), pmax(n + 1, 0);
  auto mark = [&](std::size_t i, std::size_t j) {
    i = std::min(i, n);
    j = std::min(j, m);
    pmin[i] = std::min(pmin[i], j);
    pmax[i] = std::max(pmax[i], j);
  };
  for (std::size_t k = 0; k < path.size(); ++k) {
    const std::size_t i0 = std::min(path[k].first * scale, n);
    const std::size_t j0 = std::min(path[k].second * scale, m);
    mark(i0, j0);
    if (k + 1 == path.size()) break;
    const std::size_t i1 = std::min(path[k + 1].first * scale, n);
    const std::size_t j1 = std::min(path[k + 1].second * scale, m);
    if (i1 == i0) {
      mark(i0, j1);
      continue;
    }
    // Straight line between the two points, rounded both ways.
    for (std::size_t i = i0; i <= i1; ++i) {
      const std::size_t num = (i - i0) * (j1 - j0);
      const std::size_t den = i1 - i0;
      mark(i, j0 + num / den);
      mark(i, j0 + (num + den - 1) / den);
    }
  }
  Corridor c;
  c.lo.resize(n + 1);
  c.hi.resize(n + 1);
  std::size_t last_min = 0, last_max = 0;
  for (std::size_t i = 0; i <= n; ++i) {
    if (pmin[i] == none) {  // a row the path skipped (cannot happen for a connected path)
      pmin[i] = last_min;
      pmax[i] = last_max;
    }
    last_min = pmin[i];
    last_max = pmax[i];
    c.lo[i] = pmin[i] > margin ? pmin[i] - margin : 0;
    c.hi[i] = std::min(m, pmax[i] + margin);
  }
  c.lo[0] = 0;
  c.hi[n] = m;
  for (std::size_t i = n; i-- > 0;)
    c.lo[i] = std::min(c.lo[i], c.lo[i + 1]);
  for (std::size_t i = 1; i <= n; ++i)
    c.hi[i] = std::max(c.hi[i], c.hi[i - 1]);
  for (std::size_t i = 0; i < n; ++i)
    c.hi[i] = std::max(c.hi[i], c.lo[i + 1]);
  return c;
}

}  // namespace mizan::align::detail
