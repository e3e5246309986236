#include "mizan/text/script.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>

#include "mizan/text/utf8.hpp"

namespace mizan::text {

bool is_arabic_code_point(char32_t c) {
  return (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) ||
         (c >= 0x08A0 && c <= 0x08FF) || (c >= 0xFB50 && c <= 0xFDFF) ||
         (c >= 0xFE70 && c <= 0xFEFF);
}

ScriptCounts count_letters(std::string_view text) {
  ScriptCounts counts;
  for (const char32_t cp : CodePoints(text)) {
    if (cp < 0x80) {
      if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') ++counts.latin;
      continue;
    }
    // An ill-formed sequence is U+FFFD here, which is no letter.
    const auto c = static_cast<UChar32>(cp);
    if (!u_isalpha(c)) continue;
    if (is_arabic_code_point(cp)) {
      ++counts.arabic;
    } else {
      UErrorCode status = U_ZERO_ERROR;
      if (uscript_getScript(c, &status) == USCRIPT_LATIN) {
        ++counts.latin;
      } else {
        ++counts.other;
      }
    }
  }
  return counts;
}

bool is_arabic_word(std::string_view key) {
  return !key.empty() && std::ranges::all_of(CodePoints(key), is_arabic_block);
}

bool starts_with_arabic(std::string_view key) {
  std::size_t i = 0;
  return !key.empty() && is_arabic_block(next_code_point(key, i));
}

Script dominant_script(std::string_view text) {
  const ScriptCounts c = count_letters(text);
  if (c.latin == 0 && c.arabic == 0 && c.other == 0) return Script::kNone;
  if (c.arabic >= c.latin && c.arabic >= c.other) return Script::kArabic;
  if (c.latin >= c.other) return Script::kLatin;
  return Script::kOther;
}

Language language_by_script(std::string_view text) {
  return dominant_script(text) == Script::kArabic ? Language::kArabic : Language::kEnglish;
}

}  // namespace mizan::text
