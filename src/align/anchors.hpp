#pragma once
// The anchor finders, one kind of anchor per file: things that survive translation across
// scripts. Each appends anchor keys to RawSentence::anchors ("n:2024", "m:1", "w:0", "ln:f16",
// "g:3", "nm:kurilla", "d:force"; the tag before ':' names the kind, see AnchorKind);
// FeatureExtractor::extract then keeps the anchors found on both sides and weighs them. Internal
// to the align module.

#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "mizan/align/aligner_options.hpp"
#include "mizan/core/bilingual_dictionary.hpp"
#include "mizan/text/transliterate.hpp"
#include "sentence_tokens.hpp"

namespace mizan::align::detail {

// number_anchors.cpp
/// The digit runs of a number token, normalised ("2024", "1,000", "3.5"; "16s" gives 16).
void number_anchors(const Token& t, std::vector<std::string>& anchors);

// date_anchors.cpp
/// Capitalised month names (May and March only next to a number) and weekday names.
void english_date_anchors(const std::vector<Token>& toks, std::vector<std::string>& anchors);
/// Month names of both Arabic series and the Maghreb (two-word ones too), and weekday names,
/// under a proclitic letter as well (وفي يناير, والثلاثاء).
void arabic_date_anchors(const std::vector<Token>& toks, std::vector<std::string>& anchors);

// letter_number_anchors.cpp
/// "F-16", "F-16s", "MQ-9", "A 10": up to three capitals, a hyphen or nothing, a number.
void english_letter_number_anchors(const std::vector<Token>& toks,
                                   std::vector<std::string>& anchors);
/// "إف-16", "إم كيو-9": one or two Latin letter names written in Arabic, then a number.
void arabic_letter_number_anchors(const std::vector<Token>& toks,
                                  std::vector<std::string>& anchors);

// glossary_anchors.cpp
/// Term pairs found on both sides: the English words in sequence, the Arabic words under
/// clitics. Indexes its terms once (`tokenizer` splits them as it splits the sentences); each
/// anchor is tagged `tag` ("g" for the glossary, "c" for CLDR names). Immutable after
/// construction.
class TermAnchorFinder {
 public:
  TermAnchorFinder(const std::vector<TermPair>& terms, SentenceTokenizer& tokenizer,
                   std::string_view tag);
  ~TermAnchorFinder();
  void find(std::vector<RawSentence>& raw_en, std::vector<RawSentence>& raw_ar) const;

  struct Index;

 private:
  std::unique_ptr<Index> index_;
};

/// The caller's glossary as anchors ("g"), indexed for this document.
void glossary_anchors(const std::vector<TermPair>& glossary, SentenceTokenizer& tokenizer,
                      std::vector<RawSentence>& raw_en, std::vector<RawSentence>& raw_ar);

// name_anchors.cpp
/// Proper names by transliteration: English capitalised words and Arabic words with the same
/// consonant skeleton. Holds the ICU transliterator, made on first use: not thread-safe, one per
/// extractor.
class NameAnchorFinder {
 public:
  /// `arabic_latin`: the Latin tokens found inside the Arabic text (already anchors of their
  /// own, not names to transliterate).
  void find(const std::unordered_set<std::string>& arabic_latin, std::vector<RawSentence>& raw_en,
            std::vector<RawSentence>& raw_ar);

 private:
  const text::ArabicTransliterator& romaniser();
  // ICU compiles its Arabic-Latin rules when the first transliterator is created in a process
  // (about 150 million instructions, 40 ms), which a run without names need not pay.
  std::unique_ptr<text::ArabicTransliterator> transliterator_;
};

// dictionary_anchors.cpp
/// An English word and an Arabic stem among its dictionary translations, both in the document.
/// Keeps the headword index of the last dictionary for the next documents: not thread-safe, one
/// per extractor.
class DictionaryAnchorFinder {
 public:
  /// `arabic_stems`: the light stems of the Arabic document's words.
  void find(const BilingualDictionary& dictionary,
            const std::unordered_set<std::string>& arabic_stems, std::vector<RawSentence>& raw_en,
            std::vector<RawSentence>& raw_ar);

 private:
  const BilingualDictionary* indexed_ = nullptr;
  std::unordered_map<std::string, std::vector<const DictionaryEntry*>> headwords_;
};

}  // namespace mizan::align::detail
