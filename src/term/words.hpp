#pragma once
// Word units shared by the recognizer and the extractor: the text's word tokens with their
// matching keys, and punctuation as match breakers. Internal to the term module.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "mizan/core/language.hpp"
#include "mizan/text/tokenize.hpp"

namespace mizan::term::detail {

enum class UnitKind : unsigned char { kWord, kPunct };

struct Unit {
  std::size_t begin = 0;  // byte offsets into the text
  std::size_t end = 0;
  std::string key;  // matching key; English words in normal form (text::english_term_form)
  UnitKind kind = UnitKind::kWord;
  bool attached = false;   // punctuation written directly after the previous unit ("Gen.")
  bool lowercase = false;  // a word without capital letters ("us", not "US")
  // Arabic word ending in the indefinite accusative alif written with its tanween (هجوماً):
  // the word may also be looked up without the alif.
  bool accusative_alif = false;
};

/// Units of `text`: ICU word tokens; dashes are left out (CJTF – OIR, az-Zawr, F-16 match with or
/// without them), as is an apostrophe attached to a word (ISIS' ability); other punctuation and
/// symbols stay as units a term cannot run across.
void make_units(std::string_view text, Language lang, text::WordTokenizer& tokenizer,
                std::vector<text::Token>& tokens, std::vector<Unit>& out);

/// Arabic article: "ال" at the start of a word of more than three letters (key form).
std::string_view without_arabic_article(std::string_view key_word);

/// A word's letters as written, each with its matching-key piece; diacritics and tatweel (whose
/// key is empty) are left out. The pieces' keys concatenated are the word's matching key.
struct SpelledLetter {
  std::string_view written;
  std::string key;
};
std::vector<SpelledLetter> spelled_letters(std::string_view word);

/// The written letters whose key bytes lie in [from, to) of the concatenated key.
std::string written_between(const std::vector<SpelledLetter>& letters, std::size_t from,
                            std::size_t to);

}  // namespace mizan::term::detail
