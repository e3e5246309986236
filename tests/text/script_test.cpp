#include "mizan/text/script.hpp"

#include <gtest/gtest.h>

namespace mizan::text {
namespace {

TEST(DominantScript, CountsLetters) {
  EXPECT_EQ(dominant_script("نفذت القيادة المركزية الأمريكية (CENTCOM) عمليات"), Script::kArabic);
  EXPECT_EQ(dominant_script("U.S. Central Command (CENTCOM) said"), Script::kLatin);
  EXPECT_EQ(dominant_script("2024 - 2025"), Script::kNone);
  EXPECT_EQ(dominant_script("Привет мир"), Script::kOther);
  EXPECT_EQ(dominant_script("Café déjà"), Script::kLatin);
}

TEST(LanguageByScript, ArabicWhenArabicLettersDominateElseEnglish) {
  EXPECT_EQ(language_by_script("نفذت القيادة المركزية (CENTCOM) ضربات"), Language::kArabic);
  EXPECT_EQ(language_by_script("CENTCOM forces struck داعش"), Language::kEnglish);
  EXPECT_EQ(language_by_script("2024"), Language::kEnglish);  // no letters
  EXPECT_EQ(language_by_script("Привет"), Language::kEnglish);
}

// Matching keys: Arabic letters of any language written in Arabic script are the Arabic block.
TEST(ArabicWords, AllCodePointsInTheArabicBlock) {
  EXPECT_TRUE(is_arabic_word("القياده"));
  EXPECT_TRUE(is_arabic_word("ڤيينا"));  // U+06A4, the block's second half
  EXPECT_FALSE(is_arabic_word("عام2020"));
  EXPECT_FALSE(is_arabic_word("isis"));
  EXPECT_FALSE(is_arabic_word(""));
  EXPECT_FALSE(is_arabic_word("ﻻ"));  // a presentation form: keys never hold one
}

TEST(ArabicWords, StartsWithArabic) {
  EXPECT_TRUE(starts_with_arabic("القياده"));
  EXPECT_TRUE(starts_with_arabic("عام2020"));
  EXPECT_TRUE(starts_with_arabic("گزارش"));
  EXPECT_FALSE(starts_with_arabic("f-16"));
  EXPECT_FALSE(starts_with_arabic("2020عام"));
  EXPECT_FALSE(starts_with_arabic(""));
}

TEST(ArabicWords, CoreArabicIsTheBlocksFirstHalf) {
  EXPECT_TRUE(is_core_arabic(U'ب'));
  EXPECT_TRUE(is_core_arabic(U'پ'));   // U+067E
  EXPECT_FALSE(is_core_arabic(U'گ'));  // U+06AF
  EXPECT_TRUE(is_arabic_block(U'گ'));
  EXPECT_FALSE(is_arabic_block(U'a'));
}

}  // namespace
}  // namespace mizan::text
