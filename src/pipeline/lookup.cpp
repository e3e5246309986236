#include "mizan/pipeline/lookup.hpp"

#include "mizan/text/script.hpp"

namespace mizan::pipeline {

void lookup_in_order(tm::Store& memory, std::span<const std::string> segments,
                     const SequenceLookupOptions& options, const SegmentLookupFn& visit) {
  tm::LookupOptions lookup = options.lookup;
  const std::string* previous = nullptr;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    const std::string& segment = segments[i];
    lookup.from = options.detect_language ? text::language_by_script(segment) : options.lookup.from;
    if (!options.context) {
      lookup.previous.clear();
    } else if (previous != nullptr) {
      lookup.previous = *previous;
    }
    SegmentLookup found{.index = i, .from = lookup.from, .matches = memory.lookup(segment, lookup)};
    visit(std::move(found));
    previous = &segment;
  }
}

}  // namespace mizan::pipeline
