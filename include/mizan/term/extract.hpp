#pragma once
// Term pair extraction: candidate English-Arabic term pairs mined from translation units for a
// terminologist to review and import. English n-grams against Arabic n-grams (conjunctions and
// prepositions taken off the first Arabic word, the article kept), counted per unit and ranked
// by the log-likelihood ratio of their co-occurrence (Dunning 1993, "Accurate methods for the
// statistics of surprise and coincidence"), linked one-to-one greedily from the best score down
// (Melamed 2000's competitive linking), and with pairs dropped that only ever occur inside a
// longer accepted pair.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "mizan/core/translation_unit.hpp"
#include "mizan/term/glossary.hpp"

namespace mizan::term {

struct ExtractOptions {
  std::size_t max_words = 3;       // longest n-gram on either side
  std::size_t min_pair_count = 2;  // units a pair must share
  std::size_t top = 50;            // candidates returned
  bool include_known = false;      // also return pairs the glossary already has
  std::size_t max_examples = 3;
};

struct Candidate {
  std::string en, ar;  // the most frequent written form of each side
  std::size_t pair_count = 0, en_count = 0, ar_count = 0;  // units
  double log_likelihood = 0;
  double dice = 0;
  bool known = false;                  // the glossary already pairs them
  std::vector<std::int64_t> examples;  // ids of units with the pair
};

/// Mines term pairs from units added one by one. Holds the n-gram tables and a tokenizer: not
/// thread-safe, one per thread.
class Extractor {
 public:
  explicit Extractor(ExtractOptions options = {});
  ~Extractor();
  void add(const TranslationUnit& unit);
  /// The best candidates, best first. With `glossary`, pairs it already has are marked known
  /// (and left out unless include_known).
  std::vector<Candidate> candidates(const Glossary* glossary = nullptr) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace mizan::term
