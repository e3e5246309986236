#pragma once
// Fuzzy match scores the way CAT tools compute them: a word-level edit distance between the query
// and a stored segment, over matching keys (case, diacritics, hamza seats, digit script folded),
// as a percentage of the longer segment. Substitutions are graded, so that what a translator does
// not have to retranslate costs less than a different word:
//   same key                                   0     (الأمريكية / الامريكيه, Forces / forces)
//   same light stem (clitics, inflection)      0.3   (القيادة / والقيادة / للقيادة, force / forces)
//   same consonant skeleton (spelling variant) 0.5   (الأمريكية / الأميركية, Kurilla / Kurila)
//   anything else, insertion, deletion         1
// and every number that differs costs a further kNumberPenalty points: a wrong figure in a
// press release is a factual error, so a match differing only in a number must not pass for a
// match differing only in style. Punctuation is not scored (the 99% tier covers it).
// The scorer is independent of any store, so every backend ranks the same way.

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "mizan/text/english_forms.hpp"
#include "mizan/text/tokenize.hpp"

namespace mizan::tm {

/// Costs of the edit distance, in words (see the file comment for the reasons).
inline constexpr double kInflectionCost = 0.3;
inline constexpr double kSpellingVariantCost = 0.5;
/// Points taken off the percentage for each number that differs between query and match.
inline constexpr double kNumberPenalty = 1.0;
/// The highest fuzzy percentage: 99, 100 and 101 are the exact tiers.
inline constexpr int kMaxFuzzyPercent = 98;

/// A word or number of a segment, with the forms fuzzy matching compares.
struct Word {
  std::size_t begin = 0;  // byte span in the analysed text
  std::size_t end = 0;
  bool is_number = false;
  std::string key;       // match key; numbers without group separators (1,000 == 1000)
  std::string stem;      // Arabic light stem, or English without plural/possessive ending
  std::string skeleton;  // stem without inner vowel letters and doubled letters; empty when
                         // fewer than three letters remain (too short to tell words apart)
};

/// Splits segments into Words with ICU word breaks; punctuation and symbols are left out.
/// Reusable (building a break iterator is the expensive part); it holds that iterator and a token
/// buffer, so one thread uses it at a time.
class WordAnalyzer {
 public:
  std::vector<Word> analyze(std::string_view text);
  void analyze(std::string_view text, std::vector<Word>& out);

 private:
  text::WordTokenizer tokenizer_;
  std::vector<text::Token> tokens_;
};

/// English light stem of a key word: possessive and plural endings removed (forces' -> force,
/// countries -> country, buses -> bus); other words unchanged. The English counterpart of the
/// Arabic light stemmer: both remove what varies between two renderings of one sentence. Defined
/// with the other English forms in text/english_forms.hpp.
using text::english_light_stem;

/// Consonant skeleton of a stem (see Word::skeleton), "" when it would be under three letters.
std::string spelling_skeleton(std::string_view stem);

enum class WordRelation : std::uint8_t { kSame, kInflection, kSpellingVariant, kDifferent };
WordRelation relate(const Word& a, const Word& b);

/// One step of the alignment between query and match, in text order.
struct WordEdit {
  enum class Kind : std::uint8_t {
    kKeep,             // same word
    kInflection,       // same stem, other clitics or ending
    kSpellingVariant,  // same skeleton
    kReplace,          // a different word in the same place
    kInsert,           // a word only the query has: add it to the translation
    kDelete,           // a word only the match has: remove it from the translation
  };
  Kind kind = Kind::kKeep;
  int query = -1;  // index into the query's words; -1 for kDelete
  int match = -1;  // index into the match's words; -1 for kInsert
};

struct FuzzyScore {
  int percent = 0;              // 0..kMaxFuzzyPercent, floored as CAT tools do
  double rank = 0;              // unfloored percentage, for ordering matches with equal percent
  double similarity = 0;        // 1 - weighted distance / longer length, before number penalty
  int differing_numbers = 0;    // numbers replaced, added or removed
  std::vector<WordEdit> edits;  // filled when asked for
};

/// Scores `match` against `query`. Two empty word lists score 0 (nothing to compare).
FuzzyScore fuzzy_score(std::span<const Word> query, std::span<const Word> match,
                       bool with_edits = false);

/// Character edit distance (code points) between two texts as written: the tie-breaker between
/// matches of equal word score, so that the one whose case, punctuation and diacritics also agree
/// with the query comes first ("Start-Up" before "start-up" for a query written "Start-Up").
std::size_t surface_distance(std::string_view a, std::string_view b);

/// Upper bound of the percentage for segments of `query_words` and `match_words` words (the
/// distance is at least the difference in length): candidates below the minimum can be skipped
/// without scoring.
double best_possible_percent(std::size_t query_words, std::size_t match_words);

}  // namespace mizan::tm
