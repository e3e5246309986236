#pragma once
// What the sentence aligner is told: which evidence to use (for ablations) and the outside
// knowledge it may anchor on (a glossary's term pairs, a bilingual dictionary).

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "mizan/align/lexicon.hpp"
#include "mizan/core/bilingual_dictionary.hpp"
#include "mizan/core/progress.hpp"

namespace mizan::align {

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

/// How SentenceAligner aligns: the evidence it uses and the outside knowledge it anchors on.
struct AlignerOptions {
  // Method parts (for ablation; all on by default).
  bool use_length = true;      // Gale-Church length model
  bool use_anchors = true;     // numbers, dates, Latin tokens, F-16 names, quotes, glossary
  bool use_names = true;       // proper names by transliteration similarity
  bool use_lexical = true;     // IBM Model 1 learnt from the first pass
  bool use_paragraphs = true;  // paragraph boundaries as a soft constraint
  bool use_furniture = true;   // page furniture (headers, date lines, notices) by rule
  bool use_cldr_names = true;  // countries and cities named in both languages by ICU's CLDR data
  /// Bilingual dictionary (e.g. FreeDict eng-ara); null: none.
  std::shared_ptr<const BilingualDictionary> dictionary;
  /// Term pairs that anchor sentences containing them (glossary).
  std::vector<TermPair> glossary;
  /// Word translations known before the document (a translation memory's lexicon, learnt from
  /// earlier documents and units): the document's Model 1 starts from them. Empty: none.
  PriorLexiconFn prior_lexicon;
  /// Called with (sentences aligned, total) as passes progress.
  ProgressFn progress;
};

}  // namespace mizan::align
