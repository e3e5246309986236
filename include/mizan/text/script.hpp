#pragma once
// Which script a text is written in, by counting its letters.

#include <cstddef>
#include <string_view>

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

/// True for U+0600-U+06FF, U+0750-U+077F, U+08A0-U+08FF and the presentation forms.
bool is_arabic_code_point(char32_t c);

}  // namespace mizan::text
