#pragma once
// Which script a text is written in, by counting its letters.

#include <cstddef>
#include <string_view>

#include "mizan/core/language.hpp"

namespace mizan::text {

enum class Script { kNone, kLatin, kArabic, kOther };

struct ScriptCounts {
  std::size_t latin = 0;
  std::size_t arabic = 0;
  std::size_t other = 0;  // letters of any other script
};

ScriptCounts count_letters(std::string_view utf8);

/// The script most letters belong to; kNone when the text has no letters (numbers, punctuation).
Script dominant_script(std::string_view utf8);

/// The language of a text of mizan's pair by its letters: Arabic when Arabic script dominates,
/// else English (also for a text without letters). What "--lang auto" means on the command line.
Language language_by_script(std::string_view utf8);

/// True for U+0600-U+06FF, U+0750-U+077F, U+08A0-U+08FF and the presentation forms: any
/// character of Arabic script, for telling which script a text is in.
bool is_arabic_code_point(char32_t c);

/// U+0600-U+06FF, the Arabic block: in matching keys (which fold presentation forms to it), the
/// letters of Arabic-script words.
constexpr bool is_arabic_block(char32_t c) {
  return c >= 0x0600 && c <= 0x06FF;
}

/// U+0600-U+067F, the first half of the Arabic block: the letters of Arabic itself (ء-ي, the
/// hamza seats, ٱ), its tashkeel and digits. The second half holds letters added for Persian,
/// Urdu, Kurdish and other languages (چ ڤ گ ی ے). The light stemmer takes only these as
/// Arabic letters, and with it the index every translation memory stores, so the line stays.
constexpr bool is_core_arabic(char32_t c) {
  return c >= 0x0600 && c <= 0x067F;
}

/// A matching key made only of Arabic-block code points (and not empty): an Arabic word, as the
/// aligner sorts its tokens.
bool is_arabic_word(std::string_view key);

/// A matching key whose first code point is in the Arabic block: the translation memory's test
/// of which stemmer a word gets (mixed tokens such as عام2020 go with their first letter).
bool starts_with_arabic(std::string_view key);

}  // namespace mizan::text
