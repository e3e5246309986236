#include "mizan/text/bidi.hpp"

#include <unicode/ubidi.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/ushape.h>

#include <memory>
#include <vector>

#include "mizan/core/error.hpp"
#include "mizan/text/script.hpp"
#include "mizan/text/utf8.hpp"

namespace mizan::text {
namespace {

struct BidiDeleter {
  void operator()(UBiDi* b) const { ubidi_close(b); }
};

// Calls f(code point, begin, end) for each code point of valid-or-not UTF-8.
template <typename F>
void for_each_code_point(std::string_view text, F&& f) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t begin = i;
    const auto c = static_cast<UChar32>(next_code_point(text, i));
    if (!f(c, begin, i)) return;
  }
}

int width_of(UChar32 c) {
  if (c < 0x20 || (c >= 0x7F && c < 0xA0)) return 0;
  const int8_t type = u_charType(c);
  if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_FORMAT_CHAR) return 0;
  const int ea = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
  return (ea == U_EA_WIDE || ea == U_EA_FULLWIDTH) ? 2 : 1;
}

void check(UErrorCode status, const char* what) {
  if (U_FAILURE(status)) {
    throw Error(ExitCode::kSoftware, std::string("ICU ") + what + ": " + u_errorName(status));
  }
}

}  // namespace

bool has_rtl(std::string_view text) {
  bool rtl = false;
  for_each_code_point(text, [&](UChar32 c, std::size_t, std::size_t) {
    const UCharDirection d = u_charDirection(c);
    rtl = d == U_RIGHT_TO_LEFT || d == U_RIGHT_TO_LEFT_ARABIC;
    return !rtl;
  });
  return rtl;
}

std::string bidi_isolate(std::string_view text) {
  if (!has_rtl(text)) return std::string(text);
  const Script script = dominant_script(text);
  const bool rtl = script == Script::kArabic || script == Script::kOther;
  // RLI U+2067 / LRI U+2066 ... PDI U+2069. Not FSI: an Arabic sentence that starts with a Latin
  // acronym ("(CENTCOM) ...") would be laid out left to right.
  return std::string(rtl ? "\xE2\x81\xA7" : "\xE2\x81\xA6") + std::string(text) + "\xE2\x81\xA9";
}

std::string bidi_visual(std::string_view text) {
  if (!has_rtl(text)) return std::string(text);
  const icu::UnicodeString logical = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  UErrorCode status = U_ZERO_ERROR;
  // Shape first (shaping works on logical order), letting lam-alef become one ligature.
  const int32_t shaped_capacity = logical.length() * 2 + 8;
  std::vector<UChar> shaped(static_cast<std::size_t>(shaped_capacity));
  const int32_t shaped_length = u_shapeArabic(
      logical.getBuffer(), logical.length(), shaped.data(), shaped_capacity,
      U_SHAPE_LETTERS_SHAPE | U_SHAPE_LENGTH_GROW_SHRINK | U_SHAPE_TEXT_DIRECTION_LOGICAL, &status);
  check(status, "Arabic shaping");

  std::unique_ptr<UBiDi, BidiDeleter> bidi(ubidi_open());
  const UBiDiLevel level = dominant_script(text) == Script::kArabic ? 1 : 0;
  ubidi_setPara(bidi.get(), shaped.data(), shaped_length, level, nullptr, &status);
  check(status, "bidi");
  std::vector<UChar> visual(static_cast<std::size_t>(shaped_length) + 8);
  const int32_t visual_length =
      ubidi_writeReordered(bidi.get(), visual.data(), static_cast<int32_t>(visual.size()),
                           UBIDI_DO_MIRRORING | UBIDI_REMOVE_BIDI_CONTROLS, &status);
  check(status, "bidi reordering");
  std::string out;
  icu::UnicodeString(visual.data(), visual_length).toUTF8String(out);
  return out;
}

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for_each_code_point(text, [&](UChar32 c, std::size_t, std::size_t) {
    width += static_cast<std::size_t>(width_of(c));
    return true;
  });
  return width;
}

std::string_view truncate_to_width(std::string_view text, std::size_t columns) {
  std::size_t width = 0;
  std::size_t cut = 0;
  for_each_code_point(text, [&](UChar32 c, std::size_t, std::size_t end) {
    const auto w = static_cast<std::size_t>(width_of(c));
    if (width + w > columns) return false;
    width += w;
    cut = end;
    return true;
  });
  return text.substr(0, cut);
}

std::string_view truncate_to_width_from_end(std::string_view text, std::size_t columns) {
  // Widths of every code point, then walk back from the end; a zero-width mark stays with the
  // letter before it because the cut only falls in front of a letter that fits.
  std::vector<std::pair<std::size_t, int>> starts;  // begin offset, width
  for_each_code_point(text, [&](UChar32 c, std::size_t begin, std::size_t) {
    starts.emplace_back(begin, width_of(c));
    return true;
  });
  std::size_t width = 0;
  std::size_t cut = text.size();
  for (auto it = starts.rbegin(); it != starts.rend(); ++it) {
    if (width + static_cast<std::size_t>(it->second) > columns) break;
    width += static_cast<std::size_t>(it->second);
    if (it->second > 0) cut = it->first;
  }
  return text.substr(cut);
}

}  // namespace mizan::text
