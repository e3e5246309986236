#pragma once
// The word-translation lexicon a translation memory keeps for the aligner: IBM Model 1 expected
// counts learnt from ingested documents and imported units, summed (tables lex_*, migration 4 in
// src/tm/migrations.cpp). The aligner of a later document starts from them, so alignment improves
// as the memory grows (docs/alignment.md, "The memory teaches the aligner"). Words are the
// aligner's lexical forms (core/lexicon_counts.hpp); the memory does not interpret them. It is
// bounded by the vocabulary: a pair whose count is a small share of both its words' totals is
// dropped when the counts are added (src/tm/lexicon.cpp), so a word keeps at most 50 pairs in
// each direction however many documents come.

#include <cstdint>
#include <string>
#include <vector>

#include "mizan/core/lexicon_counts.hpp"

namespace mizan::tm {

/// How much the lexicon holds.
struct LexiconStats {
  std::int64_t en_words = 0;
  std::int64_t ar_words = 0;
  std::int64_t pairs = 0;
  std::int64_t sources = 0;  // documents and imported files whose counts it holds
};

/// Reading the lexicon: the memory (Store) reads what is committed, an ImportSession also what it
/// added itself, so that each document of an ingest starts from those before it. A damaged row is
/// kDataError naming the database and the row.
class LexiconReader {
 public:
  virtual ~LexiconReader() = default;
  /// The stored counts among these words (forms asked twice count once): the totals of those
  /// stored, and the pairs whose two words were both asked. Nothing else is read, so the cost
  /// follows the document, not the memory.
  virtual LexiconCounts lexicon_counts(const std::vector<std::string>& en_words,
                                       const std::vector<std::string>& ar_words) = 0;
};

}  // namespace mizan::tm
