#include "mizan/text/match_key.hpp"

#include <gtest/gtest.h>

namespace mizan::text {
namespace {

TEST(MatchKey, RemovesTashkeelAndTatweel) {
  EXPECT_EQ(match_key("الإِشارة"), match_key("الإشارة"));
  EXPECT_EQ(match_key("قُتِلَ"), "قتل");
  EXPECT_EQ(match_key("دعماً"), "دعما");
  EXPECT_EQ(match_key("شدّة"), "شده");
  EXPECT_EQ(match_key("الرحمٰن"), "الرحمن");  // dagger alef U+0670
  EXPECT_EQ(match_key("جـــديد"), "جديد");
}

TEST(MatchKey, FoldsHamzaSeatsAlefMaqsuraAndTaMarbuta) {
  EXPECT_EQ(match_key("أ إ آ ٱ"), "ا ا ا ا");
  EXPECT_EQ(match_key("على"), "علي");
  EXPECT_EQ(match_key("مدينة"), "مدينه");
  EXPECT_EQ(match_key("مسؤول"), "مسوول");
  EXPECT_EQ(match_key("طائرات"), "طايرات");
  EXPECT_EQ(match_key("الأمريكية"), "الامريكيه");
  EXPECT_EQ(match_key("إلى"), match_key("الى"));
}

TEST(MatchKey, MapsArabicIndicDigitsToAscii) {
  EXPECT_EQ(match_key("٢٠٢٥"), "2025");
  EXPECT_EQ(match_key("۱۲۳"), "123");  // Extended Arabic-Indic (Persian/Urdu)
  EXPECT_EQ(match_key("٣٫٥"), "3.5");
  EXPECT_EQ(match_key("١٬٠٠٠"), "1,000");
}

TEST(MatchKey, MapsArabicPunctuation) {
  EXPECT_EQ(match_key("نعم، لا؛ لماذا؟"), "نعم, لا; لماذا?");
  EXPECT_EQ(match_key("٥٠٪"), "50%");
}

TEST(MatchKey, UnifiesDashesAndQuotes) {
  EXPECT_EQ(match_key("CJTF – OIR"), "cjtf - oir");
  EXPECT_EQ(match_key("a—b‐c−d"), "a-b-c-d");
  EXPECT_EQ(match_key("“x” «y» „z“"), "\"x\" \"y\" \"z\"");
  EXPECT_EQ(match_key("ISIS’ ‘a’"), "isis' 'a'");
}

TEST(MatchKey, CaseFoldsAndCollapsesWhitespace) {
  EXPECT_EQ(match_key("  U.S. Central\u00A0 Command\t"), "u.s. central command");
  EXPECT_EQ(match_key("STRASSE Straße"), "strasse straße");
  EXPECT_EQ(match_key("ÉTÉ"), "été");
}

TEST(MatchKey, DropsJoinersAndKeepsOtherText) {
  EXPECT_EQ(match_key("أل\u200D_\u200Dغ"), "ال_غ");
  EXPECT_EQ(match_key("F-16"), "f-16");
}

TEST(LooseKey, IgnoresPunctuationToo) {
  EXPECT_EQ(loose_key("The U.S. forces, in 2024."), loose_key("the US forces in 2024"));
  EXPECT_EQ(loose_key("“قال”: نعم."), loose_key("قال نعم"));
  EXPECT_EQ(loose_key("1,000"), "1000");
  EXPECT_NE(loose_key("forces 2024"), loose_key("forces 2025"));
}

TEST(FoldCodePoint, AgreesWithMatchKey) {
  EXPECT_EQ(fold_code_point(U'أ'), U'ا');
  EXPECT_EQ(fold_code_point(U'\u064E'), 0u);  // fatha dropped
  EXPECT_EQ(fold_code_point(U'٧'), U'7');
  EXPECT_EQ(fold_code_point(U'Q'), U'q');
}

}  // namespace
}  // namespace mizan::text
