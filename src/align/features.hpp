#pragma once
// What the aligner sees of a sentence: its length, its lexical tokens (ids) and its anchors
// (ids of things that survive translation across scripts). Internal to the align module.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "mizan/align/aligner_options.hpp"
#include "mizan/core/bilingual_dictionary.hpp"

namespace mizan::align::detail {

enum class AnchorKind : std::uint8_t {
  kNumber,        // 2024, 3.5, ٣٠ (digits normalised by text::match_key)
  kMonth,         // Jan. / January / يناير / كانون الثاني
  kWeekday,       // Tuesday / الثلاثاء
  kLatin,         // a Latin token kept inside the Arabic text (CENTCOM, SDF)
  kLetterNumber,  // F-16 / إف-16
  kName,          // proper name by transliteration (Kurilla / كوريلا)
  kQuote,         // the sentence quotes someone
  kGlossary,      // a term pair given by the caller
  kDictionary,    // an English word and one of its dictionary translations
  kFurniture,     // page furniture of the same kind on both sides (two date lines)
  kCldrName,      // a country or city, by the names ICU's CLDR data gives it in both languages
};
inline constexpr std::size_t kAnchorKinds = 11;

/// Per-anchor evidence weights, in nats (see kKindParams in features.cpp for where they come from).
struct AnchorInfo {
  AnchorKind kind;
  float match = 0;    // added when both sides of a bead hold the anchor
  float miss_en = 0;  // added (<= 0) for each English occurrence without a partner
  float miss_ar = 0;  // added (<= 0) for each Arabic occurrence without a partner
};

struct SentenceFeatures {
  double length = 0;                   // characters, without spaces and diacritics
  std::vector<std::uint32_t> words;    // lexical token ids, in text order
  std::vector<std::uint32_t> anchors;  // anchor ids, sorted, each once
  // Words, all of them function words or connectives ("Now, therefore,", "However,", "وعليه،"):
  // a piece of a neighbouring sentence that a line break cut off, not text of its own.
  bool connective_fragment = false;
  // Page furniture (furniture.hpp) of a kind that the other side has none of: a header, a date
  // line or a notice that the other page did not carry, so probably without a counterpart.
  bool unmatched_furniture = false;
  // The kind of page furniture the sentence looks like ("date", "notice"; furniture.tsv), empty
  // for text. Points into the extractor's rules.
  std::string_view furniture;
};

struct DocumentFeatures {
  std::vector<SentenceFeatures> en;
  std::vector<SentenceFeatures> ar;
  std::vector<AnchorInfo> anchors;   // indexed by anchor id
  std::vector<double> en_word_prob;  // unigram probability of each English token id
  std::vector<double> ar_word_prob;
  std::vector<std::string> en_words;  // token strings by id (for debugging and dictionary)
  std::vector<std::string> ar_words;
  std::size_t linked_anchor_types = 0;
};

struct FeatureOptions {
  bool anchors = true;
  bool names = true;
  const BilingualDictionary* dictionary = nullptr;
  const std::vector<TermPair>* glossary = nullptr;
  bool furniture = true;   // recognise page furniture (furniture.hpp)
  bool cldr_names = true;  // countries and cities of ICU's CLDR data as anchors
};

/// Turns sentences into features (features.cpp; the anchor kinds: anchors.hpp). Holds the ICU
/// tokenizer, transliterator and furniture rules and the last dictionary's headword index between
/// calls, so it is not thread-safe: one per aligner.
class FeatureExtractor {
 public:
  FeatureExtractor();
  ~FeatureExtractor();
  FeatureExtractor(FeatureExtractor&&) noexcept;
  FeatureExtractor& operator=(FeatureExtractor&&) noexcept;

  DocumentFeatures extract(const std::vector<std::string>& en, const std::vector<std::string>& ar,
                           const FeatureOptions& options);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// Consonant skeletons of a lowercase ASCII word (consonant_skeletons.cpp), as English spelling or
/// ICU's romanisation of Arabic writes it: letters grouped into classes that Arabic transliteration
/// keeps apart (b/p, f/v, t/d/th, k/q/g/kh, s/z/sh, j, l, m, n, r), vowels, h, w and y dropped,
/// repeats collapsed. Ambiguous English spellings give several (ch: k or tsh; c: k or s; g: g or
/// j). At most 4.
std::vector<std::string> consonant_skeletons(std::string_view ascii_word, bool english);

/// Canonical form of a number token ("1,000" and "1.000" -> "1000"; "3.5" stays)
/// (number_anchors.cpp).
std::string normalize_number(std::string_view digits);

/// Sentence length as the length model counts it: code points that are neither whitespace nor
/// Arabic diacritics (tashkeel varies between editions of the same text).
double text_length(std::string_view utf8);

}  // namespace mizan::align::detail
