#include "mizan/text/bidi.hpp"

#include <gtest/gtest.h>

namespace mizan::text {
namespace {

constexpr const char* kRli = "\xE2\x81\xA7";
constexpr const char* kLri = "\xE2\x81\xA6";
constexpr const char* kPdi = "\xE2\x81\xA9";

TEST(BidiIsolate, WrapsArabicInARightToLeftIsolate) {
  // Starts with a Latin acronym: an FSI would pick left-to-right; the dominant script decides.
  const std::string s = "(CENTCOM) نفذت القيادة المركزية عمليات";
  EXPECT_EQ(bidi_isolate(s), kRli + s + kPdi);
}

TEST(BidiIsolate, WrapsMostlyLatinTextWithArabicInALeftToRightIsolate) {
  const std::string s = "The word القيادة means the command";
  EXPECT_EQ(bidi_isolate(s), kLri + s + kPdi);
}

TEST(BidiIsolate, LeavesTextWithoutRightToLeftCharactersAlone) {
  EXPECT_EQ(bidi_isolate("From Jan. 2 to Jan. 3, 2025"), "From Jan. 2 to Jan. 3, 2025");
}

TEST(BidiVisual, ReversesAnArabicRunInsideLatinText) {
  // بيت 12 (bayt) in a mostly Latin line: the line stays left to right; the word's letters are
  // reversed and shaped (final ت U+FE96, medial ي U+FEF4, initial ب U+FE91), and the number that
  // follows an Arabic letter belongs to its right-to-left run (UAX #9 rule W2), so it comes
  // first on the screen, its digits in their own order.
  EXPECT_EQ(bidi_visual("\xD8\xA8\xD9\x8A\xD8\xAA 12 CENTCOM"),
            "12 \xEF\xBA\x96\xEF\xBB\xB4\xEF\xBA\x91 CENTCOM");
}

TEST(BidiVisual, LaysOutArabicTextRightToLeftWithNumbersLeftToRight) {
  // بيت بيت 12: the number, logically last, is leftmost; it keeps its own digit order.
  const std::string word = "\xEF\xBA\x96\xEF\xBB\xB4\xEF\xBA\x91";
  EXPECT_EQ(bidi_visual("\xD8\xA8\xD9\x8A\xD8\xAA \xD8\xA8\xD9\x8A\xD8\xAA 12"),
            "12 " + word + " " + word);
}

TEST(BidiVisual, MirrorsBracketsInRightToLeftText) {
  // (داعش): the opening bracket, logically first, is rightmost and mirrored, so the line still
  // reads "(...)" from left to right.
  const std::string v = bidi_visual("(\xD8\xAF\xD8\xA7\xD8\xB9\xD8\xB4)");
  EXPECT_EQ(v.front(), '(');
  EXPECT_EQ(v.back(), ')');
}

TEST(DisplayWidth, CountsLettersNotMarksAndWideCharactersTwice) {
  EXPECT_EQ(display_width("abc"), 3U);
  EXPECT_EQ(display_width("قُتل"), 3U);  // the damma takes no column
  EXPECT_EQ(display_width("日本"), 4U);
  EXPECT_EQ(display_width("a\u200Fb"), 2U);  // RLM: a format character
}

TEST(TruncateToWidth, CutsBetweenCodePointsKeepingMarksWithTheirLetter) {
  EXPECT_EQ(truncate_to_width("abcdef", 3), "abc");
  EXPECT_EQ(truncate_to_width("قُتل أحد", 2), "قُت");
  EXPECT_EQ(truncate_to_width_from_end("abcdef", 2), "ef");
  // The damma belongs to ق, which does not fit: it goes with it.
  EXPECT_EQ(truncate_to_width_from_end("قُتل", 2), "تل");
}

}  // namespace
}  // namespace mizan::text
