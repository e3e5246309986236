#include "mizan/text/match_key.hpp"

#include <unicode/uchar.h>

#include "mizan/text/utf8.hpp"

namespace mizan::text {
namespace {

// Core of the key: one pass over the code points; `drop_punctuation` makes the loose key.
std::string make_key(std::string_view text, bool drop_punctuation) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t c = next_code_point(text, i);
    const char32_t f = c >= 0x80 ? fold_code_point(c) : (c >= 'A' && c <= 'Z') ? c + 32 : c;
    if (f == 0) continue;
    const bool space = f == ' ' || f == '\t' || f == '\n' || f == '\r' || f == '\f' || f == '\v' ||
                       (f >= 0x80 && u_isUWhiteSpace(static_cast<UChar32>(f)));
    // Punctuation is removed outright, not turned into a space, so that 1,000 and 1000, or U.S.
    // and US, get one loose key.
    if (!space && drop_punctuation && u_ispunct(static_cast<UChar32>(f))) continue;
    if (space) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) {
      out.push_back(' ');
      pending_space = false;
    }
    if (f < 0x80) {
      out.push_back(static_cast<char>(f));
    } else {
      append_utf8(out, f);
    }
  }
  return out;
}

}  // namespace

char32_t fold_code_point(char32_t c) {
  // Arabic block: letters with hamza/madda seats, alef maqsura, ta marbuta, marks, digits.
  if (c >= 0x0600 && c <= 0x06FF) {
    if ((c >= 0x064B && c <= 0x065F) || c == 0x0670) return 0;  // tashkeel, dagger alef
    if (c >= 0x0610 && c <= 0x061A) return 0;                   // honorific / Quranic marks
    if (c >= 0x06D6 && c <= 0x06ED && c != 0x06DD && c != 0x06DE && c != 0x06E9) return 0;
    switch (c) {
      case 0x0640:
        return 0;   // tatweel
      case 0x0622:  // آ
      case 0x0623:  // أ
      case 0x0625:  // إ
      case 0x0671:  // ٱ
      case 0x0672:
      case 0x0673:
        return 0x0627;
      case 0x0649:
        return 0x064A;  // ى -> ي
      case 0x06CC:
        return 0x064A;  // Persian ye
      case 0x0626:
        return 0x064A;  // ئ -> ي
      case 0x0624:
        return 0x0648;  // ؤ -> و
      case 0x0629:
        return 0x0647;  // ة -> ه
      case 0x06C0:
        return 0x0647;  // ۀ
      case 0x06A9:
        return 0x0643;  // Persian keheh -> ك
      case 0x060C:
        return ',';
      case 0x061B:
        return ';';
      case 0x061F:
        return '?';
      case 0x066A:
        return '%';
      case 0x066B:
        return '.';  // Arabic decimal separator
      case 0x066C:
        return ',';  // Arabic thousands separator
      case 0x06D4:
        return '.';  // Arabic full stop
      default:
        break;
    }
    if (c >= 0x0660 && c <= 0x0669) return U'0' + (c - 0x0660);
    if (c >= 0x06F0 && c <= 0x06F9) return U'0' + (c - 0x06F0);
    return c;
  }
  switch (c) {
    case 0x200C:  // ZWNJ
    case 0x200D:  // ZWJ
      return 0;
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
    case 0xFE58:
    case 0xFE63:
    case 0xFF0D:
      return '-';
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x00AB:
    case 0x00BB:
    case 0x2033:
    case 0xFF02:
      return '"';
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
    case 0x2039:
    case 0x203A:
    case 0xFF07:
      return '\'';
    default:
      break;
  }
  return static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT));
}

std::string match_key(std::string_view text) {
  return make_key(text, false);
}

std::string loose_key(std::string_view text) {
  return make_key(text, true);
}

}  // namespace mizan::text
