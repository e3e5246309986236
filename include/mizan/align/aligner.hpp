#pragma once
// Sentence alignment of an English document with its Arabic translation.
//
// Beads (1-1, 1-0, 0-1, 1-2, 2-1, 2-2, 1-3, 3-1) are found by dynamic programming over the
// sentence lattice, scored as log-odds (nats) of "these sentences translate each other" against
// "they are unrelated", from independent sources of evidence, each switchable:
// - length (Gale & Church 1993), ratio and variance estimated from the input itself;
// - cross-script anchors: numbers, months and weekdays, Latin tokens kept inside the Arabic,
//   letter+number names (F-16 / إف-16), proper names by transliteration, quotation marks,
//   glossary pairs and, when given, dictionary translations;
// - a lexical model learnt from the input (Moore 2002): the first pass on length and anchors
//   gives confident 1-1 beads, IBM Model 1 is trained on them (Arabic split into clitics and
//   stems), and the second pass realigns with it;
// - paragraph boundaries as a soft constraint.
// The search runs in a corridor found coarse-to-fine, so time and memory grow linearly with the
// length of the documents. Each bead's confidence is its posterior probability (forward-backward
// over the same lattice).

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "mizan/align/aligner_options.hpp"
#include "mizan/align/bead.hpp"
#include "mizan/align/lexicon.hpp"

namespace mizan::align {

/// What the aligner estimated from the input, for reports and diagnostics.
struct AlignmentStats {
  double length_ratio = 0;         // Arabic / English characters in confident 1-1 beads
  double length_variance = 0;      // per English character
  std::size_t lexical_pairs = 0;   // beads IBM Model 1 was last trained on
  std::size_t lexical_rounds = 0;  // trainings of it (until its training set repeats)
  std::size_t anchor_types = 0;    // distinct anchors found on both sides
  std::size_t lattice_cells = 0;   // cells searched in the final pass (linear in length)
};

struct Alignment {
  std::vector<Bead> beads;  // in order; every sentence of both sides in exactly one bead
  AlignmentStats stats;
  /// What the lexical model learnt from this document's confident beads (its last training;
  /// the prior's pseudo-counts not included), for a memory to add to its lexicon. Empty when the
  /// lexical model was off or had nothing to train on.
  LexiconCounts lexicon;
  /// Per sentence, the kind of page furniture it looks like ("office", "date", "notice", "link";
  /// src/align/rules/furniture.tsv): a probable header or notice. Empty for text, and all empty
  /// when the furniture rules are off.
  std::vector<std::string> en_furniture, ar_furniture;
};

/// Aligns sentence lists. Reuses ICU objects and scratch between calls, so it is not thread-safe:
/// one aligner per thread.
class SentenceAligner {
 public:
  explicit SentenceAligner(AlignerOptions options = {});
  ~SentenceAligner();
  SentenceAligner(SentenceAligner&&) noexcept;
  SentenceAligner& operator=(SentenceAligner&&) noexcept;

  /// Aligns cleaned UTF-8 sentences. Paragraph ids (one per sentence, nondecreasing) are optional;
  /// empty vectors mean "no paragraph structure". Throws mizan::Error (kUsage) when a paragraph
  /// vector has the wrong size.
  Alignment align(const std::vector<std::string>& en, const std::vector<std::string>& ar,
                  const std::vector<std::size_t>& en_paragraphs = {},
                  const std::vector<std::size_t>& ar_paragraphs = {});

  const AlignerOptions& options() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// English word forms of the sentences (lowercase), for loading only the dictionary entries a
/// document needs (see formats::read_dictd).
std::vector<std::string> english_vocabulary(const std::vector<std::string>& en_sentences);

/// Warning signs in a document pair, measured before aligning.
struct InputCheck {
  double en_arabic_share = 0;  // share of the English side's letters that are Arabic script
  double ar_latin_share = 0;   // share of the Arabic side's letters that are Latin script
  double size_ratio = 1;       // longer / shorter side in characters, after the usual ratio
};
InputCheck check_inputs(const std::vector<std::string>& en, const std::vector<std::string>& ar);

}  // namespace mizan::align
