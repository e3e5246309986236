#pragma once
// Word translations the aligner's lexical model learns and can start from (LexiconCounts,
// core/lexicon_counts.hpp): the translation memory keeps their sums (this module knows no memory;
// the pipeline connects them) and a document's model takes them as a Dirichlet prior.

#include <functional>
#include <string>
#include <vector>

#include "mizan/core/lexicon_counts.hpp"

namespace mizan::align {

/// A document's words in lexical form, each once (what a prior lexicon is asked about).
struct LexicalVocabulary {
  std::vector<std::string> en, ar;
};

/// Called once per document with its lexical words; returns the known counts among them (the
/// totals of those words and the pairs whose two words both occur).
using PriorLexiconFn = std::function<LexiconCounts(const LexicalVocabulary&)>;

/// Trains Model 1 on sentence pairs known to translate each other (en[k] with ar[k]: units of a
/// translation memory) and returns its counts, as the aligner learns them from a document's
/// confident beads. Throws mizan::Error (kUsage) when the two lists differ in length.
LexiconCounts learn_lexicon(const std::vector<std::string>& en, const std::vector<std::string>& ar);

}  // namespace mizan::align
