#pragma once
// Dynamic programming over the alignment lattice: point (i, j) means "the first i English and j
// Arabic sentences are aligned"; a bead of shape (di, dj) leads from (i - di, j - dj) to (i, j).
// The search is restricted to a corridor (a range of j for every i) so that time and memory are
// proportional to its area, not to n * m. Viterbi gives the best path; forward-backward gives the
// posterior probability of each bead on it (Moore 2002 uses the same posterior to pick the beads
// it trusts). Internal to the align module.

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

#include "mizan/align/bead.hpp"

namespace mizan::align::detail {

struct Shape {
  std::uint8_t en;
  std::uint8_t ar;
};
/// The bead shapes of the issue, most frequent first.
inline constexpr Shape kShapes[] = {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {2, 2}, {1, 3}, {3, 1}};
inline constexpr std::size_t kShapeCount = sizeof(kShapes) / sizeof(kShapes[0]);

/// For every i in [0, n], the allowed j in [lo[i], hi[i]]. Both nondecreasing; consecutive rows
/// overlap, so that 1-0 and 0-1 beads always connect (0, 0) to (n, m).
struct Corridor {
  std::vector<std::size_t> lo, hi;

  static Corridor full(std::size_t n, std::size_t m) {
    return {std::vector<std::size_t>(n + 1, 0), std::vector<std::size_t>(n + 1, m)};
  }
  std::size_t rows() const { return lo.size(); }
  std::size_t cells() const {
    std::size_t c = 0;
    for (std::size_t i = 0; i < lo.size(); ++i)
      c += hi[i] - lo[i] + 1;
    return c;
  }
  bool contains(std::size_t i, std::size_t j) const { return j >= lo[i] && j <= hi[i]; }
};

/// A path as lattice points (i, j), from (0, 0) to (n, m).
using Path = std::vector<std::pair<std::size_t, std::size_t>>;

/// Builds a corridor of half-width `margin` around a path (given at another resolution: each
/// point is multiplied by `scale`), clipped to [0, n] x [0, m] and made monotone.
Corridor corridor_around(const Path& path, std::size_t scale, std::size_t n, std::size_t m,
                         std::size_t margin);

/// Result of a search: the beads of the best path (confidence filled when posteriors were asked).
struct SearchResult {
  std::vector<Bead> beads;
  Path path;
  std::size_t cells = 0;
};

/// `score(i0, di, j0, dj)` is the log-odds score (nats) of the bead covering English
/// [i0, i0 + di) and Arabic [j0, j0 + dj); -infinity forbids it. With `posteriors`, scores are
/// kept (one float per cell and shape) for the backward pass, and each bead's confidence is its
/// posterior probability with scores divided by `temperature`.
template <class Score>
SearchResult search(std::size_t n, std::size_t m, const Corridor& corridor, Score&& score,
                    bool posteriors, double temperature = 1.0) {
  constexpr double kNegInf = -std::numeric_limits<double>::infinity();
  const std::size_t rows = n + 1;
  std::vector<std::size_t> offset(rows + 1, 0);
  for (std::size_t i = 0; i < rows; ++i) {
    offset[i + 1] = offset[i] + (corridor.hi[i] - corridor.lo[i] + 1);
  }
  const std::size_t cells = offset[rows];
  auto cell = [&](std::size_t i, std::size_t j) { return offset[i] + (j - corridor.lo[i]); };

  std::vector<double> best(cells, kNegInf);
  std::vector<std::uint8_t> back(cells, 0xFF);
  std::vector<double> alpha;
  std::vector<float> cached;
  if (posteriors) {
    alpha.assign(cells, kNegInf);
    cached.assign(cells * kShapeCount, -std::numeric_limits<float>::infinity());
  }
  best[cell(0, 0)] = 0;
  if (posteriors) alpha[cell(0, 0)] = 0;
  const double inv_t = 1.0 / temperature;

  for (std::size_t i = 0; i < rows; ++i) {
    for (std::size_t j = corridor.lo[i]; j <= corridor.hi[i]; ++j) {
      const std::size_t c = cell(i, j);
      double top = best[c];
      std::uint8_t top_shape = back[c];
      double terms[kShapeCount];
      std::size_t nterms = 0;
      double tmax = kNegInf;
      for (std::size_t s = 0; s < kShapeCount; ++s) {
        const Shape sh = kShapes[s];
        if (sh.en > i || sh.ar > j) continue;
        const std::size_t pi = i - sh.en, pj = j - sh.ar;
        if (!corridor.contains(pi, pj)) continue;
        const std::size_t pc = cell(pi, pj);
        if (best[pc] == kNegInf) continue;
        const double sc = score(pi, sh.en, pj, sh.ar);
        if (sc == kNegInf) continue;
        if (best[pc] + sc > top) {
          top = best[pc] + sc;
          top_shape = static_cast<std::uint8_t>(s);
        }
        if (posteriors) {
          cached[c * kShapeCount + s] = static_cast<float>(sc);
          const double t = alpha[pc] + sc * inv_t;
          terms[nterms++] = t;
          tmax = std::max(tmax, t);
        }
      }
      best[c] = top;
      back[c] = top_shape;
      if (posteriors && nterms > 0) {
        double sum = 0;
        for (std::size_t k = 0; k < nterms; ++k)
          sum += std::exp(terms[k] - tmax);
        alpha[c] = tmax + std::log(sum);
      }
    }
  }

  SearchResult result;
  result.cells = cells;
  // Trace back from (n, m).
  std::size_t i = n, j = m;
  result.path.emplace_back(i, j);
  while (i > 0 || j > 0) {
    const std::uint8_t s = back[cell(i, j)];
    const Shape sh = kShapes[s];
    Bead b;
    b.en_begin = i - sh.en;
    b.en_count = sh.en;
    b.ar_begin = j - sh.ar;
    b.ar_count = sh.ar;
    result.beads.push_back(b);
    i -= sh.en;
    j -= sh.ar;
    result.path.emplace_back(i, j);
  }
  std::reverse(result.beads.begin(), result.beads.end());
  std::reverse(result.path.begin(), result.path.end());
  if (!posteriors) return result;

  // Backward pass over the cached scores.
  std::vector<double> beta(cells, kNegInf);
  beta[cell(n, m)] = 0;
  for (std::size_t ii = rows; ii-- > 0;) {
    for (std::size_t jj = corridor.hi[ii] + 1; jj-- > corridor.lo[ii];) {
      const std::size_t c = cell(ii, jj);
      double terms[kShapeCount];
      std::size_t nterms = 0;
      double tmax = kNegInf;
      for (std::size_t s = 0; s < kShapeCount; ++s) {
        const Shape sh = kShapes[s];
        const std::size_t ni = ii + sh.en, nj = jj + sh.ar;
        if (ni > n || nj > m || !corridor.contains(ni, nj)) continue;
        const std::size_t nc = cell(ni, nj);
        const float sc = cached[nc * kShapeCount + s];
        if (sc == -std::numeric_limits<float>::infinity() || beta[nc] == kNegInf) continue;
        const double t = beta[nc] + sc * inv_t;
        terms[nterms++] = t;
        tmax = std::max(tmax, t);
      }
      if (nterms > 0 && !(ii == n && jj == m)) {
        double sum = 0;
        for (std::size_t k = 0; k < nterms; ++k)
          sum += std::exp(terms[k] - tmax);
        beta[c] = tmax + std::log(sum);
      }
    }
  }
  const double total = alpha[cell(n, m)];
  for (Bead& b : result.beads) {
    const std::size_t sc_cell = cell(b.en_begin + b.en_count, b.ar_begin + b.ar_count);
    std::size_t s = 0;
    while (kShapes[s].en != b.en_count || kShapes[s].ar != b.ar_count)
      ++s;
    const double logp = alpha[cell(b.en_begin, b.ar_begin)] +
                        cached[sc_cell * kShapeCount + s] * inv_t + beta[sc_cell] - total;
    b.confidence = std::clamp(std::exp(logp), 0.0, 1.0);
  }
  return result;
}

}  // namespace mizan::align::detail
