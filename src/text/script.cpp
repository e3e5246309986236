#include "mizan/text/script.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

namespace mizan::text {

bool is_arabic_code_point(char32_t c) {
  return (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) ||
         (c >= 0x08A0 && c <= 0x08FF) || (c >= 0xFB50 && c <= 0xFDFF) ||
         (c >= 0xFE70 && c <= 0xFEFF);
}

ScriptCounts count_letters(std::string_view text) {
  ScriptCounts counts;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto len = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < len) {
    UChar32 c;
    if (s[i] < 0x80) {
      c = s[i++];
      if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ++counts.latin;
      continue;
    }
    U8_NEXT(s, i, len, c);
    if (c < 0 || !u_isalpha(c)) continue;
    if (is_arabic_code_point(static_cast<char32_t>(c))) {
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

Script dominant_script(std::string_view text) {
  const ScriptCounts c = count_letters(text);
  if (c.latin == 0 && c.arabic == 0 && c.other == 0) return Script::kNone;
  if (c.arabic >= c.latin && c.arabic >= c.other) return Script::kArabic;
  if (c.latin >= c.other) return Script::kLatin;
  return Script::kOther;
}

}  // namespace mizan::text
