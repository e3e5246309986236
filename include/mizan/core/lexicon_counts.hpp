#pragma once
// Word translations as plain data: IBM Model 1 expected counts of English and Arabic words in the
// aligner's lexical forms (English words folded by text::english_lexical_form, Arabic words split
// into proclitics "و+", stem and suffixes "+ها" by text::split_arabic_word, numbers and
// foreign-script tokens by their matching key). align/ learns them and starts from them, tm/ keeps
// their sums in the memory; neither needs the other. Counts, not probabilities, because counts
// from many documents add up.

#include <cstdint>
#include <string>
#include <vector>

namespace mizan {

/// Model 1 expected counts in both directions, for some words.
struct LexiconCounts {
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

}  // namespace mizan
