#pragma once
// Word translations the aligner's lexical model learns and can start from: IBM Model 1 expected
// counts on the aligner's lexical forms (English words folded by text::english_lexical_form,
// Arabic words split into proclitics "و+", stem and suffixes "+ها" by text::split_arabic_word,
// numbers and foreign-script tokens by their matching key). Counts, not probabilities, because
// counts from many documents add up: the translation memory keeps their sums (the pipeline
// converts; this module knows no memory) and a document's model takes them as a Dirichlet prior.

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace mizan::align {

/// Model 1 expected counts in both directions.
struct LexicalCounts {
  /// A word and its marginal: the expected number of words of the other language it generated
  /// (over every word, also those whose pair count was too small to keep), so that
  /// pair count / total is its translation probability.
  struct Word {
    std::string form;
    double total = 0;
  };
  /// Indices into `en` and `ar`; en_to_ar: expected times the English word generated the Arabic
  /// one (Model 1 from English to Arabic), ar_to_en the other direction's count.
  struct Pair {
    std::uint32_t en = 0;
    std::uint32_t ar = 0;
    double en_to_ar = 0;
    double ar_to_en = 0;
  };
  std::vector<Word> en, ar;
  std::vector<Pair> pairs;

  bool empty() const { return pairs.empty(); }
};

/// A document's words in lexical form, each once (what a prior lexicon is asked about).
struct LexicalVocabulary {
  std::vector<std::string> en, ar;
};

/// Called once per document with its lexical words; returns the known counts among them (the
/// totals of those words and the pairs whose two words both occur).
using PriorLexiconFn = std::function<LexicalCounts(const LexicalVocabulary&)>;

/// Trains Model 1 on sentence pairs known to translate each other (en[k] with ar[k]: units of a
/// translation memory) and returns its counts, as the aligner learns them from a document's
/// confident beads. Throws mizan::Error (kUsage) when the two lists differ in length.
LexicalCounts learn_lexicon(const std::vector<std::string>& en, const std::vector<std::string>& ar);

}  // namespace mizan::align
