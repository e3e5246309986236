// The page-furniture rules (src/align/rules/furniture.tsv) on lines of the kinds they describe,
// written for these tests in the shapes of State Department, UN and news-site pages, and on body
// sentences that look like them.

#include "furniture.hpp"

#include <gtest/gtest.h>

#include <string>

namespace mizan::align::detail {
namespace {

std::string kind_name(FurnitureRules& rules, const std::string& line, Language lang) {
  const std::optional<std::uint32_t> k = rules.kind(line, lang);
  return k ? rules.kinds().at(*k) : "";
}

class Furniture : public ::testing::Test {
 protected:
  std::string en(const std::string& line) { return kind_name(rules_, line, Language::kEnglish); }
  std::string ar(const std::string& line) { return kind_name(rules_, line, Language::kArabic); }
  FurnitureRules rules_;
};

TEST_F(Furniture, HeadersOfBothLanguages) {
  EXPECT_EQ(en("U.S. DEPARTMENT OF STATE"), "office");
  EXPECT_EQ(en("Office of the Spokesperson"), "office");
  EXPECT_EQ(ar("وزارة الخارجية الأمريكية"), "office");
  EXPECT_EQ(ar("مكتب المتحدث الرسمي"), "office");
  EXPECT_EQ(en("PRESS STATEMENT"), "doctype");
  EXPECT_EQ(ar("بيان صحفي"), "doctype");
  EXPECT_EQ(en("FOR IMMEDIATE RELEASE"), "release");
  EXPECT_EQ(ar("للنشر الفوري"), "release");
}

TEST_F(Furniture, BylinesDatesAndPlaces) {
  EXPECT_EQ(en("Ned Price, Department Spokesperson"), "byline");
  EXPECT_EQ(ar("وزير الخارجية مايكل ر. بومبيو"), "byline");
  EXPECT_EQ(en("March 3, 2021"), "date");
  EXPECT_EQ(en("Published on October 24, 2020"), "date");
  EXPECT_EQ(ar("٢٤ تشرين الأول/أكتوبر ٢٠٢٠"), "date");
  EXPECT_EQ(ar("الثلاثاء، 3 مارس 2021م"), "date");
  EXPECT_EQ(en("Washington, DC"), "place");
  EXPECT_EQ(ar("واشنطن العاصمة"), "place");
  EXPECT_EQ(ar("بغداد"), "place");  // a CLDR time-zone city
}

TEST_F(Furniture, LinksNoticesCreditsAndShareBars) {
  EXPECT_EQ(ar("للاطلاع على النص الأصلي: https://www.state.gov/example/"), "link");
  EXPECT_EQ(en("Read more: https://example.org/a"), "link");
  EXPECT_EQ(ar("هذه الترجمة هي خدمة مجانية، مع الأخذ بالاعتبار أن النص الإنجليزي الأصلي هو النص "
               "الرسمي."),
            "notice");
  EXPECT_EQ(en("This translation is provided as a courtesy and only the original English source "
               "should be considered authoritative."),
            "notice");
  EXPECT_EQ(en("Photo: Reuters"), "credit");
  EXPECT_EQ(ar("(الصورة: أرشيفية)"), "credit");
  EXPECT_EQ(en("Share | Tweet | Email"), "share");
  EXPECT_EQ(ar("تابعونا على تويتر"), "share");
}

TEST_F(Furniture, UnNoticesSymbolsAndTitles) {
  EXPECT_EQ(en("For information only - not an official document."), "notice");
  EXPECT_EQ(en("SG/SM/20345"), "symbol");
  EXPECT_EQ(ar("SG/SM/20345"), "symbol");
  EXPECT_EQ(en("Secretary-General's Message for UN Day"), "title");
  EXPECT_EQ(ar("رسالة الأمين العام بمناسبة يوم الأمم المتحدة"), "title");
  EXPECT_EQ(ar("بيان للنائب الرئيسي للمتحدث الرسمي باسم وزارة الخارجية"), "title");
  EXPECT_EQ(en("Statement by the Press Secretary on the Visit of the Crown Prince"), "title");
}

// Names of the lists (months, CLDR countries and cities) are found between punctuation and in
// their spellings of several words.
TEST_F(Furniture, ListedNamesBetweenPunctuation) {
  EXPECT_EQ(ar("13 حزيران/يونيو 2019"), "date");
  EXPECT_EQ(ar("٢٤ كانون الثاني/يناير ٢٠٢٤"), "date");
  EXPECT_EQ(en("Baghdad, Iraq"), "place");
  EXPECT_EQ(en("New York, 24 October 2023"), "place");
  EXPECT_EQ(ar("المملكة العربية السعودية"), "place");
  EXPECT_EQ(en("Baghdad is a city"), "");
}

TEST_F(Furniture, BodySentencesAreNotFurniture) {
  EXPECT_EQ(en("The Department of State condemns the attack in the strongest terms."), "");
  EXPECT_EQ(en("On March 3, 2021, the Secretary met the Foreign Minister."), "");
  EXPECT_EQ(ar("وأدانت وزارة الخارجية الأمريكية الهجوم بأشد العبارات."), "");
  EXPECT_EQ(ar("وقال المتحدث إن الولايات المتحدة ستواصل دعم الشعب العراقي."), "");
  EXPECT_EQ(en("We will continue to support the people of Iraq."), "");
  EXPECT_EQ(ar("رسالة الأمين العام واضحة: يجب أن يتوقف القتال."), "");
}

}  // namespace
}  // namespace mizan::align::detail
