#include "mizan/text/cldr_names.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "mizan/text/match_key.hpp"
#include "mizan/text/word_lists.hpp"

namespace mizan::text {
namespace {

bool has(CldrNameKind kind, std::string_view en, std::string_view ar) {
  const std::vector<CldrName>& names = cldr_names();
  return std::any_of(names.begin(), names.end(),
                     [&](const CldrName& n) { return n.kind == kind && n.en == en && n.ar == ar; });
}

TEST(CldrNames, CountriesCitiesAndLanguagesInBothLanguages) {
  EXPECT_TRUE(has(CldrNameKind::kCountry, "Iraq", "العراق"));
  EXPECT_TRUE(has(CldrNameKind::kCountry, "United States", "الولايات المتحدة"));
  EXPECT_TRUE(has(CldrNameKind::kCountry, "Saudi Arabia", "المملكة العربية السعودية"));
  EXPECT_TRUE(has(CldrNameKind::kCity, "Baghdad", "بغداد"));
  EXPECT_TRUE(has(CldrNameKind::kCity, "New York", "نيويورك"));
  EXPECT_TRUE(has(CldrNameKind::kLanguage, "Arabic", "العربية"));
  EXPECT_GT(cldr_names().size(), 600u);
}

TEST(CldrNames, QualifiedFormsAreLeftOut) {
  for (const CldrName& n : cldr_names()) {
    EXPECT_EQ(n.en.find_first_of("()&\t"), std::string_view::npos) << n.en;
    EXPECT_EQ(n.en.find(" - "), std::string_view::npos) << n.en;  // "Congo - Kinshasa"
  }
}

// The hand-made month and weekday lists of src/text/data/ hold every name CLDR gives for the
// Arabic locales (the Gulf, Levant and Maghreb series), with the number of its English name.
TEST(CldrNames, EveryCldrMonthAndWeekdayIsInTheLists) {
  std::size_t months = 0, weekdays = 0;
  for (const CldrName& n : cldr_names()) {
    if (n.kind != CldrNameKind::kMonth && n.kind != CldrNameKind::kWeekday) continue;
    const bool month = n.kind == CldrNameKind::kMonth;
    const std::string en = match_key(n.en), ar = match_key(n.ar);
    const CalendarName* expected =
        month ? english_month_names().find(en) : english_weekday_names().find(en);
    const CalendarNames& arabic = month ? arabic_month_names() : arabic_weekday_names();
    const std::size_t space = ar.find(' ');
    const CalendarName* found = space == std::string::npos
                                    ? arabic.find(ar)
                                    : arabic.find(std::string_view(ar).substr(0, space),
                                                  std::string_view(ar).substr(space + 1));
    ASSERT_NE(expected, nullptr) << n.en;
    ASSERT_NE(found, nullptr) << n.en << " / " << n.ar;
    EXPECT_EQ(found->number, expected->number) << n.en << " / " << n.ar;
    (month ? months : weekdays) += 1;
  }
  EXPECT_GE(months, 36u);  // three series at least
  EXPECT_GE(weekdays, 7u);
}

}  // namespace
}  // namespace mizan::text
