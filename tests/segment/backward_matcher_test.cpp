// The backward matcher must give exactly ICU's verdict for every pattern it accepts: checked on
// the shipped rules over random text, and on hand-picked patterns.

#include "backward_matcher.hpp"

#include <gtest/gtest.h>
#include <unicode/regex.h>

#include <random>

#include "mizan/formats/srx.hpp"
#include "random_text.hpp"

namespace mizan::segment::detail {
namespace {

// ICU's answer: does `pattern` match some substring ending exactly at p?
bool icu_matches_at(const icu::RegexPattern& at_end, const icu::UnicodeString& text, int32_t p) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString prefix(false, text.getBuffer(), p);
  std::unique_ptr<icu::RegexMatcher> m(at_end.matcher(prefix, status));
  m->useAnchoringBounds(false);
  m->useTransparentBounds(true);
  return m->find();
}

std::unique_ptr<icu::RegexPattern> at_end(const std::string& pattern) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError parse{};
  std::unique_ptr<icu::RegexPattern> re(icu::RegexPattern::compile(
      icu::UnicodeString::fromUTF8("(?:" + pattern + ")\\z"), 0, parse, status));
  EXPECT_TRUE(U_SUCCESS(status)) << pattern;
  return re;
}

void expect_same_as_icu(const std::vector<std::string>& patterns, int texts) {
  BackwardMatcher matcher;
  std::vector<std::unique_ptr<icu::RegexPattern>> reference;
  int group = 0;
  for (const std::string& p : patterns) {
    ASSERT_TRUE(matcher.add_group({p}, group++)) << p;
    reference.push_back(at_end(p));
  }
  matcher.freeze();
  std::mt19937 rng(20250106);
  for (int t = 0; t < texts; ++t) {
    const icu::UnicodeString text = testing::random_rule_text(rng);
    for (int32_t pos = 0; pos <= text.length(); ++pos) {
      if (pos > 0 && pos < text.length() && U16_IS_TRAIL(text[pos])) continue;
      const uint64_t got = matcher.matches_at(text.getBuffer(), text.length(), pos);
      for (std::size_t g = 0; g < patterns.size(); ++g) {
        const bool want = pos > 0 && icu_matches_at(*reference[g], text, pos);
        std::string utf8;
        text.toUTF8String(utf8);
        ASSERT_EQ(((got >> g) & 1) != 0, want)
            << "pattern " << patterns[g] << " at " << pos << " in \"" << utf8 << "\"";
      }
    }
  }
}

TEST(BackwardMatcher, AgreesWithIcuOnEveryShippedBeforeBreak) {
  const SrxRuleSet rules = formats::builtin_srx();
  std::vector<std::string> patterns;
  for (const auto& lr : rules.language_rules) {
    for (const auto& r : lr.rules) {
      if (BackwardMatcher().add_group({r.before_break}, 0)) patterns.push_back(r.before_break);
    }
  }
  ASSERT_GE(patterns.size(), 15u) << "most shipped rules should take the fast path";
  ASSERT_LE(patterns.size(), 64u);
  expect_same_as_icu(patterns, 3000);
}

TEST(BackwardMatcher, AgreesWithIcuOnHandPickedShapes) {
  expect_same_as_icu(
      {"\\b(?:Gen|Lt|Col|U\\.S)\\.", "\\b\\p{Lu}\\.", "[.!?][\"”’»)]{0,3}", "(?:…|\\.\\.\\.)[”’]?",
       "^\\s{0,2}\\(?\\d{1,3}[.)]", "\\b(?:\\p{L}\\.){2,3}", "e\\.g", "[^\\s.]\\.", "\\bet\\sal\\.",
       "\\b(?:a|p)\\.m\\.", "[ab ]\\.", "\\S\\.", "\\w\\.", "[\\w-]\\."},
      1500);
}

TEST(BackwardMatcher, RefusesPatternsOutsideTheSubset) {
  for (const char* p : {"a+\\.", "a*", "(?:a|b)+", "(?<=x)y", "(?i)gen\\.", "a{2,}", "\\bfoo$",
                        "((a))", "a|", "x?", ".\\.", "[a&&b]", "\\1"}) {
    EXPECT_FALSE(BackwardMatcher().add_group({p}, 0)) << p;
  }
}

TEST(BackwardMatcher, GroupIsAddedWholeOrNotAtAll) {
  BackwardMatcher m;
  EXPECT_FALSE(m.add_group({"\\bGen\\.", "a+\\."}, 0));  // second pattern unsupported
  m.freeze();
  const std::u16string text = u"Gen.";
  EXPECT_EQ(m.matches_at(text.data(), 4, 4), 0u);  // nothing of the refused group went in
}

}  // namespace
}  // namespace mizan::segment::detail
