#include "mizan/pipeline/units.hpp"

#include "mizan/align/beads.hpp"

namespace mizan::pipeline {

std::vector<align::Bead> unalign_low_confidence(const std::vector<align::Bead>& beads,
                                                const BeadFilter& filter) {
  std::vector<align::Bead> out;
  for (const align::Bead& b : beads) {
    if (filter.classify(b) != BeadClass::kLowConfidence) {
      out.push_back(b);
      continue;
    }
    for (std::size_t k = 0; k < b.en_count; ++k)
      out.push_back({b.en_begin + k, 1, b.ar_begin, 0, 1.0});
    for (std::size_t k = 0; k < b.ar_count; ++k)
      out.push_back({b.en_begin + b.en_count, 0, b.ar_begin + k, 1, 1.0});
  }
  return out;
}

std::size_t for_each_unit(const DocumentPair& pair, const std::vector<align::Bead>& beads,
                          const BeadFilter& filter, const UnitVisitor& visit) {
  std::size_t count = 0;
  for (const align::Bead& b : beads) {
    if (filter.classify(b) != BeadClass::kUnit) continue;
    TranslationUnit u = align::bead_unit(b, pair.en.sentences, pair.ar.sentences, pair.document);
    u.id = static_cast<std::int64_t>(++count);
    visit(u);
  }
  return count;
}

}  // namespace mizan::pipeline
