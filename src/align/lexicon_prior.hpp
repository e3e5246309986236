#pragma once
// Between a lexicon keyed by word forms (LexiconCounts, what a translation memory keeps)
// and the per-document Model 1, whose words are ids: the prior a document's model starts from, and
// the counts it learnt. Internal to the align module.

#include "features.hpp"
#include "lexical_model.hpp"
#include "mizan/align/lexicon.hpp"

namespace mizan::align::detail {

/// Dirichlet priors of both directions of a document's Model 1.
struct LexiconPrior {
  ModelPrior en_to_ar;    // over t(Arabic | English)
  ModelPrior ar_to_en;    // over t(English | Arabic)
  std::size_t pairs = 0;  // known pairs whose two words the document holds
};

/// The prior for `doc` from `known` (its words found by form; pairs outside the document are
/// ignored). Each source word weighs as many pseudo-counts as the lexicon saw it generate words,
/// up to kPriorStrength.
LexiconPrior make_prior(const LexiconCounts& known, const DocumentFeatures& doc);

/// The expected counts of a document's two trained models, keyed by the document's word forms.
LexiconCounts collect_counts(const TranslationModel& en_to_ar, const TranslationModel& ar_to_en,
                             const DocumentFeatures& doc);

}  // namespace mizan::align::detail
