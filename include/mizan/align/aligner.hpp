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

#include "mizan/core/bilingual_dictionary.hpp"
#include "mizan/core/progress.hpp"

namespace mizan::align {

/// English sentences [en_begin, en_begin + en_count) translate Arabic sentences
/// [ar_begin, ar_begin + ar_count). A count of 0 on one side: sentences with no counterpart.
struct Bead {
  std::size_t en_begin = 0;
  std::size_t en_count = 0;
  std::size_t ar_begin = 0;
  std::size_t ar_count = 0;
  double confidence = 0;  // posterior probability of this bead, in [0, 1]

  bool is_null() const { return en_count == 0 || ar_count == 0; }
  bool operator==(const Bead& o) const {
    return en_begin == o.en_begin && en_count == o.en_count && ar_begin == o.ar_begin &&
           ar_count == o.ar_count;
  }
};

/// A term and its translation used as an anchor (a glossary entry).
struct TermPair {
  static constexpr std::size_t kNoGroup = static_cast<std::size_t>(-1);
  std::string en;
  std::string ar;
  /// Pairs with the same group are one anchor: the forms of one glossary concept (Deir ez-Zor and
  /// Dayr az-Zawr with دير الزور), so a sentence holding one English form and its translation
  /// holding another Arabic one are linked, not each missing the other's anchor. kNoGroup: the
  /// pair is an anchor of its own.
  std::size_t group = kNoGroup;
  /// A proper noun: its English words written with a capital match only text words that have one
  /// ("May" the month, not the verb "may"; "HaD", not "had"). Acronyms (US, ISIS) always need
  /// their capitals, as in term recognition.
  bool proper_noun = false;
};

struct AlignerOptions {
  // Method parts (for ablation; all on by default).
  bool use_length = true;      // Gale-Church length model
  bool use_anchors = true;     // numbers, dates, Latin tokens, F-16 names, quotes, glossary
  bool use_names = true;       // proper names by transliteration similarity
  bool use_lexical = true;     // IBM Model 1 learnt from the first pass
  bool use_paragraphs = true;  // paragraph boundaries as a soft constraint
  /// Bilingual dictionary (e.g. FreeDict eng-ara); null: none.
  std::shared_ptr<const BilingualDictionary> dictionary;
  /// Term pairs that anchor sentences containing them (glossary).
  std::vector<TermPair> glossary;
  /// Called with (sentences aligned, total) as passes progress.
  ProgressFn progress;
};

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
};

/// Aligns sentence lists. Reuses ICU objects between calls: one aligner per thread.
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
