#include "mizan/text/pattern_set.hpp"

#include <gtest/gtest.h>

#include <string>

namespace mizan::text {
namespace {

TEST(PatternSet, MatchesTheWholeTextOnly) {
  PatternSet set;
  set.add("for immediate release", 7);
  EXPECT_EQ(set.first_match("For Immediate Release"), 7u);
  EXPECT_EQ(set.first_match("  FOR IMMEDIATE  RELEASE "), 7u);  // the key trims and collapses
  EXPECT_FALSE(set.first_match("Not for immediate release").has_value());
  EXPECT_FALSE(set.first_match("For immediate release today").has_value());
}

TEST(PatternSet, FoldsArabicSpellingOnBothSides) {
  PatternSet set;
  set.add("وزارة الخارجية الأمريكية", 1);
  EXPECT_EQ(set.first_match("وزارة الخارجية الأمريكية"), 1u);
  EXPECT_EQ(set.first_match("وزاره الخارجيه الامريكيه"), 1u);
  EXPECT_EQ(set.first_match("وِزارة الخارجيّة الأمريكيّة"), 1u);  // tashkeel
  EXPECT_FALSE(set.first_match("وزارة الدفاع الأمريكية").has_value());
}

TEST(PatternSet, DigitsOfBothScriptsAreOne) {
  PatternSet set;
  set.add("\\d{1,2} [^ ]+ \\d{4}", 3);
  EXPECT_EQ(set.first_match("٢٤ أكتوبر ٢٠٢٠"), 3u);
  EXPECT_EQ(set.first_match("24 أكتوبر 2020"), 3u);
}

TEST(PatternSet, FirstPatternInOrderWins) {
  PatternSet set;
  set.add("press .*", 1);
  set.add("press statement", 2);
  EXPECT_EQ(set.first_match("Press Statement"), 1u);
  EXPECT_EQ(set.size(), 2u);
}

TEST(PatternSet, BadPatternNamesTheRuleAndTheProblem) {
  PatternSet set;
  try {
    set.add("(unclosed", 1, {.file = "rules.tsv", .line = 12});
    FAIL() << "no exception";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kDataError);
    EXPECT_EQ(e.where().line, 12);
    EXPECT_NE(std::string(e.what()).find("(unclosed"), std::string::npos) << e.what();
  }
}

TEST(PatternSet, RunawayBacktrackingIsNoMatch) {
  PatternSet set;
  set.add("(a+)+b", 1);  // exponential on a run of a's without b
  EXPECT_FALSE(set.first_match(std::string(40, 'a')).has_value());
  EXPECT_EQ(set.first_match("aaab"), 1u);
}

}  // namespace
}  // namespace mizan::text
