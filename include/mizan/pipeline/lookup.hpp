#pragma once
// A document's segments looked up in the memory in document order, each with the segment before
// it as context, so that a document fed in order gets its 101% context matches. `mizan lookup -`,
// `mizan pretranslate` and `mizan analyze` all look segments up through here.

#include <cstddef>
#include <functional>
#include <span>
#include <string>
#include <vector>

#include "mizan/core/language.hpp"
#include "mizan/tm/match.hpp"
#include "mizan/tm/store.hpp"

namespace mizan::pipeline {

/// How a sequence of segments is looked up.
struct SequenceLookupOptions {
  /// min_score and max_results for every segment; `from` unless detect_language; `previous` is
  /// the segment before the first one (`mizan lookup --prev`).
  tm::LookupOptions lookup;
  bool detect_language = false;  // each segment's language by its script (lookup --from auto)
  bool context = true;           // the previous segment as context (off: lookup --no-context)
};

/// What one segment found.
struct SegmentLookup {
  std::size_t index = 0;  // position in the sequence
  Language from = Language::kEnglish;
  std::vector<tm::Match> matches;  // best first, as tm::Store::lookup returns them
};

using SegmentLookupFn = std::function<void(SegmentLookup&&)>;

/// Looks every segment of `segments` up in `memory`, in order, and hands each result to `visit`
/// as soon as it is found (memory stays flat in the number of segments). With `context`, the
/// segment before each one is its LookupOptions::previous, the first getting
/// `options.lookup.previous`.
void lookup_in_order(tm::Store& memory, std::span<const std::string> segments,
                     const SequenceLookupOptions& options, const SegmentLookupFn& visit);

}  // namespace mizan::pipeline
