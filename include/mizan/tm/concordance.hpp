#pragma once
// A concordance search: the units of a translation memory whose one side contains a phrase, and
// where in that side it occurs.

#include <cstddef>
#include <utility>
#include <vector>

#include "mizan/core/language.hpp"
#include "mizan/core/translation_unit.hpp"

namespace mizan::tm {

struct ConcordanceOptions {
  Language lang = Language::kEnglish;  // the side searched
  std::size_t max_results = 20;        // 0: all
};

/// A unit whose searched side contains the phrase; `spans` are byte ranges of each occurrence in
/// that side (unit.en or unit.ar).
struct ConcordanceHit {
  TranslationUnit unit;
  std::vector<std::pair<std::size_t, std::size_t>> spans;
};

struct ConcordanceResult {
  std::vector<ConcordanceHit> hits;  // newest first
  bool truncated = false;            // more units contain the phrase than max_results
};

}  // namespace mizan::tm
