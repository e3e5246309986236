// The forward matcher must give exactly ICU's lookingAt() verdict for every pattern it accepts.

#include "simple_pattern.hpp"

#include <gtest/gtest.h>
#include <unicode/regex.h>

#include "mizan/formats/srx.hpp"
#include "random_text.hpp"

namespace mizan::segment::detail {
namespace {

void expect_same_as_icu(const std::vector<std::string>& patterns, int texts) {
  ClassTable classes;
  std::vector<SimplePattern> parsed;
  std::vector<std::unique_ptr<icu::RegexPattern>> reference;
  for (const std::string& p : patterns) {
    auto sp = parse_simple_pattern(p, classes);
    ASSERT_TRUE(sp) << p;
    parsed.push_back(std::move(*sp));
    UErrorCode status = U_ZERO_ERROR;
    UParseError parse{};
    reference.emplace_back(
        icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(p), 0, parse, status));
    ASSERT_TRUE(U_SUCCESS(status)) << p;
  }
  classes.freeze();
  std::mt19937 rng(7);
  for (int t = 0; t < texts; ++t) {
    const icu::UnicodeString text = testing::random_rule_text(rng);
    for (std::size_t g = 0; g < patterns.size(); ++g) {
      UErrorCode status = U_ZERO_ERROR;
      std::unique_ptr<icu::RegexMatcher> m(reference[g]->matcher(text, status));
      m->useAnchoringBounds(false);
      m->useTransparentBounds(true);
      for (int32_t pos = 0; pos <= text.length(); ++pos) {
        if (pos > 0 && pos < text.length() && U16_IS_TRAIL(text[pos])) continue;
        m->region(pos, text.length(), status);
        const bool want = m->lookingAt(status);
        const bool got =
            forward_matches_at(parsed[g], classes, text.getBuffer(), text.length(), pos);
        std::string utf8;
        text.toUTF8String(utf8);
        ASSERT_EQ(got, want) << "pattern " << patterns[g] << " at " << pos << " in \"" << utf8
                             << "\"";
      }
    }
  }
}

TEST(SimplePattern, ForwardMatcherAgreesWithIcuOnShippedAfterBreaks) {
  const SrxRuleSet rules = formats::builtin_srx();
  std::vector<std::string> patterns;
  ClassTable scratch;
  for (const auto& lr : rules.language_rules) {
    for (const auto& r : lr.rules) {
      if (!r.after_break.empty() && parse_simple_pattern(r.after_break, scratch))
        patterns.push_back(r.after_break);
    }
  }
  ASSERT_GE(patterns.size(), 15u) << "nearly all shipped after-breaks should be simple";
  expect_same_as_icu(patterns, 1500);
}

TEST(SimplePattern, ForwardMatcherAgreesWithIcuOnHandPickedShapes) {
  expect_same_as_icu({"\\s+\\p{Lu}", "\\s*(?:\\p{Ll}|\\d|,)", "[^\\s\"”’»)\\]]",
                      "\\s+(?:The|In)\\b", "(?:a|ab)+c", "\\s{2,}x", "e?\\.", "(?:\\s(?:U|G))?\\.",
                      "\\b\\p{L}+\\b", "^\\s*\\d", "x*", "(?:|a)b", "\\S{1,3}\\s", "[\\w-]+"},
                     800);
}

TEST(SimplePattern, RefusesWhatItCannotMatchExactly) {
  ClassTable classes;
  for (const char* p : {"(?=x)y", "(?<=x)y", "(?i)gen", "a$", ".\\.", "[a&&b]", "\\1", "(a)",
                        "[[:alpha:]]", "a{1,100}", "x^"}) {
    EXPECT_FALSE(parse_simple_pattern(p, classes)) << p;
  }
}

TEST(SimplePattern, FirstCharacters) {
  ClassTable classes;
  auto first = [&](const char* p) -> std::optional<icu::UnicodeSet> {
    const auto parsed = parse_simple_pattern(p, classes);
    EXPECT_TRUE(parsed) << p;
    if (!parsed) return std::nullopt;
    return first_characters(*parsed, classes);
  };
  auto ws = first("\\s+\\p{Lu}");
  ASSERT_TRUE(ws);
  EXPECT_TRUE(ws->contains(' '));
  EXPECT_FALSE(ws->contains('A'));
  auto opt = first("\\s*(?:\\p{Ll}|\\d|,)");
  ASSERT_TRUE(opt);
  for (UChar32 c : {U' ', U'a', U'7', U','})
    EXPECT_TRUE(opt->contains(c)) << c;
  EXPECT_FALSE(opt->contains('A'));
  auto grouped = first("(?:\\bfoo|bar)x");  // the anchor does not hide "f"
  ASSERT_TRUE(grouped);
  EXPECT_TRUE(grouped->contains('f'));
  EXPECT_TRUE(grouped->contains('b'));
  EXPECT_FALSE(grouped->contains('x'));
  EXPECT_FALSE(first("\\s*"));  // can match nothing
}

}  // namespace
}  // namespace mizan::segment::detail
