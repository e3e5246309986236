// The lattice search on its own, with hand-made scores: every bead shape can be found, the corridor
// restricts it, and posteriors are probabilities.

#include "bead_search.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace mizan::align::detail {
namespace {

// Scores that make one path (a list of beads) clearly best: its beads +5, every other non-null
// bead -5, every null bead -3.
struct PathScorer {
  std::vector<Bead> wanted;
  double operator()(std::size_t i0, std::size_t di, std::size_t j0, std::size_t dj) const {
    for (const Bead& b : wanted) {
      if (b.en_begin == i0 && b.en_count == di && b.ar_begin == j0 && b.ar_count == dj) return 5;
    }
    return di == 0 || dj == 0 ? -3 : -5;
  }
};

std::vector<Bead> run(const std::vector<Bead>& wanted, std::size_t n, std::size_t m) {
  PathScorer scorer{wanted};
  return search(n, m, Corridor::full(n, m), scorer, /*posteriors=*/true).beads;
}

void expect_same_beads(const std::vector<Bead>& want, const std::vector<Bead>& got) {
  ASSERT_EQ(want.size(), got.size());
  for (std::size_t k = 0; k < want.size(); ++k) {
    EXPECT_TRUE(want[k] == got[k]) << "bead " << k;
  }
}

TEST(BeadSearch, FindsEveryShape) {
  // 1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 1-3, 3-1 in one document.
  const std::vector<Bead> want = {{0, 1, 0, 1}, {1, 1, 1, 0}, {2, 0, 1, 1}, {2, 2, 2, 1},
                                  {4, 1, 3, 2}, {5, 2, 5, 2}, {7, 1, 7, 3}, {8, 3, 10, 1}};
  expect_same_beads(want, run(want, 11, 11));
}

TEST(BeadSearch, PosteriorsAreProbabilitiesAndHighOnAClearPath) {
  const std::vector<Bead> want = {{0, 1, 0, 1}, {1, 2, 1, 1}, {3, 1, 2, 1}};
  for (const Bead& b : run(want, 4, 3)) {
    EXPECT_GE(b.confidence, 0.0);
    EXPECT_LE(b.confidence, 1.0);
    EXPECT_GT(b.confidence, 0.9);
  }
}

TEST(BeadSearch, TwoEquallyGoodPathsShareTheirProbability) {
  // [0]:[] then []:[0] scores the same as []:[0] then [0]:[]; no 1-1 allowed.
  auto scorer = [](std::size_t, std::size_t di, std::size_t, std::size_t dj) {
    return di == 0 || dj == 0 ? -1.0 : -std::numeric_limits<double>::infinity();
  };
  const SearchResult r = search(1, 1, Corridor::full(1, 1), scorer, true, 1.0);
  ASSERT_EQ(r.beads.size(), 2u);
  EXPECT_NEAR(r.beads[0].confidence, 0.5, 1e-9);
  EXPECT_NEAR(r.beads[1].confidence, 0.5, 1e-9);
}

TEST(BeadSearch, EmptySidesGiveNullBeads) {
  auto scorer = [](std::size_t, std::size_t, std::size_t, std::size_t) { return -1.0; };
  const SearchResult only_en = search(3, 0, Corridor::full(3, 0), scorer, true);
  ASSERT_EQ(only_en.beads.size(), 3u);
  for (const Bead& b : only_en.beads) {
    EXPECT_EQ(b.en_count, 1u);
    EXPECT_EQ(b.ar_count, 0u);
    EXPECT_NEAR(b.confidence, 1.0, 1e-9);
  }
  const SearchResult none = search(0, 0, Corridor::full(0, 0), scorer, true);
  EXPECT_TRUE(none.beads.empty());
}

TEST(BeadSearch, CorridorAroundAPathContainsItAndIsMonotone) {
  const Path coarse = {{0, 0}, {1, 1}, {2, 1}, {3, 3}, {5, 4}};
  const Corridor c = corridor_around(coarse, 2, 10, 8, 1);
  ASSERT_EQ(c.rows(), 11u);
  for (const auto& [i, j] : coarse) {
    EXPECT_TRUE(c.contains(std::min<std::size_t>(i * 2, 10), std::min<std::size_t>(j * 2, 8)));
  }
  for (std::size_t i = 1; i <= 10; ++i) {
    EXPECT_LE(c.lo[i - 1], c.lo[i]);
    EXPECT_LE(c.hi[i - 1], c.hi[i]);
    EXPECT_LE(c.lo[i], c.hi[i - 1]) << "rows must overlap at " << i;
  }
  EXPECT_EQ(c.lo[0], 0u);
  EXPECT_EQ(c.hi[10], 8u);
  EXPECT_LT(c.cells(), Corridor::full(10, 8).cells());
}

TEST(BeadSearch, SearchStaysInsideTheCorridor) {
  // The best path off the diagonal is out of reach in a narrow corridor around the diagonal.
  const std::vector<Bead> far = {{0, 1, 0, 0}, {1, 1, 0, 0}, {2, 1, 0, 0}, {3, 0, 0, 1},
                                 {3, 0, 1, 1}, {3, 0, 2, 1}, {3, 1, 3, 1}};
  PathScorer scorer{far};
  Path diagonal;
  for (std::size_t k = 0; k <= 4; ++k)
    diagonal.emplace_back(k, k);
  const Corridor c = corridor_around(diagonal, 1, 4, 4, 1);
  const SearchResult r = search(4, 4, c, scorer, false);
  for (const auto& [i, j] : r.path)
    EXPECT_TRUE(c.contains(i, j));
  EXPECT_EQ(r.cells, c.cells());
}

}  // namespace
}  // namespace mizan::align::detail
