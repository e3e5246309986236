#pragma once
// From beads to translation units, under one bead filter policy that every command applies alike.

#include <cstddef>
#include <functional>
#include <vector>

#include "mizan/align/aligner.hpp"
#include "mizan/core/translation_unit.hpp"
#include "mizan/pipeline/document.hpp"

namespace mizan::pipeline {

/// What a bead becomes.
enum class BeadClass {
  kUnit,           // sentences on both sides, confident enough: a translation unit
  kLowConfidence,  // sentences on both sides, but the aligner is not sure enough of the pairing
  kNoCounterpart,  // sentences on one side only: nothing to pair them with
};

/// The one meaning of --min-score (`mizan align`, `mizan ingest`, the `mizan term` commands that
/// align --en/--ar): a bead whose confidence (its posterior probability, align::Bead::confidence)
/// is under `min_confidence` is no unit. What becomes of it is the command's business: align
/// writes its sentences as unaligned ones (every sentence stays in exactly one bead), ingest keeps
/// it aside for review, term leaves it out. The defaults differ by what the result is for: align
/// 0 (every bead, as the aligner found it), ingest and term 0.5 (a pairing more likely right
/// than wrong). Beads read from a bead file have confidence 1 and are never under it.
struct BeadFilter {
  double min_confidence = 0;

  BeadClass classify(const align::Bead& bead) const {
    if (bead.is_null()) return BeadClass::kNoCounterpart;
    // `<`, not `>=`: a confidence that is not a number is not taken as low.
    return bead.confidence < min_confidence ? BeadClass::kLowConfidence : BeadClass::kUnit;
  }
};

/// `beads` with each low-confidence bead replaced by one bead per sentence without counterpart
/// (English ones first, confidence 1), so that every sentence stays in exactly one bead.
std::vector<align::Bead> unalign_low_confidence(const std::vector<align::Bead>& beads,
                                                const BeadFilter& filter);

using UnitVisitor = std::function<void(const TranslationUnit&)>;

/// Calls `visit` with the unit of every bead of `pair` that `filter` classes kUnit, in order, as
/// align::bead_unit makes it, numbered 1, 2, … (TranslationUnit::id). Returns how many there were.
std::size_t for_each_unit(const DocumentPair& pair, const std::vector<align::Bead>& beads,
                          const BeadFilter& filter, const UnitVisitor& visit);

}  // namespace mizan::pipeline
