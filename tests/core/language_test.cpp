#include "mizan/core/language.hpp"

#include <gtest/gtest.h>

namespace mizan {
namespace {

TEST(LanguageFromTag, MatchesPrimarySubtagInAnyCase) {
  EXPECT_EQ(language_from_tag("ar"), Language::kArabic);
  EXPECT_EQ(language_from_tag("ar-SA"), Language::kArabic);
  EXPECT_EQ(language_from_tag("AR-EG"), Language::kArabic);
  EXPECT_EQ(language_from_tag("en"), Language::kEnglish);
  EXPECT_EQ(language_from_tag("en-US"), Language::kEnglish);
  EXPECT_EQ(language_from_tag("EN-GB"), Language::kEnglish);
  EXPECT_EQ(language_from_tag("en_US"), Language::kEnglish);
  EXPECT_EQ(language_from_tag("ara"), Language::kArabic);
}

TEST(LanguageFromTag, RejectsOtherLanguagesAndLookalikes) {
  EXPECT_EQ(language_from_tag("fr-FR"), std::nullopt);
  EXPECT_EQ(language_from_tag("arn"), std::nullopt);  // Mapudungun, not Arabic
  EXPECT_EQ(language_from_tag("eng-x"), Language::kEnglish);
  EXPECT_EQ(language_from_tag(""), std::nullopt);
  EXPECT_EQ(language_from_tag("e"), std::nullopt);
}

TEST(LanguageCode, IsTheTwoLetterCode) {
  EXPECT_EQ(language_code(Language::kArabic), "ar");
  EXPECT_EQ(language_code(Language::kEnglish), "en");
  EXPECT_EQ(other(Language::kArabic), Language::kEnglish);
}

}  // namespace
}  // namespace mizan
