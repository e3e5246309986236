#include "mizan/text/transliterate.hpp"

#include <gtest/gtest.h>

namespace mizan::text {
namespace {

TEST(ArabicTransliterator, RomanisesToLowercaseAscii) {
  const ArabicTransliterator t;
  EXPECT_EQ(t.to_ascii("كوريلا"), "kwryla");
  EXPECT_EQ(t.to_ascii("مايكل"), "maykl");
  EXPECT_EQ(t.to_ascii("أردوغان"), "ardwghan");
  EXPECT_EQ(t.to_ascii("CENTCOM 16"), "centcom 16");
  for (char c : t.to_ascii("العراق"))
    EXPECT_LT(static_cast<unsigned char>(c), 0x80);
}

// The default build compiles ICU's rule data without the registry; it must romanise exactly as
// the registry-built "Arabic-Latin; Latin-ASCII; Lower" does, the reference for the name anchors.
TEST(ArabicTransliterator, RuleDataBuildMatchesTheRegistryTransform) {
  const ArabicTransliterator fast;
  const ArabicTransliterator reference(ArabicTransliterator::Build::kFromRegistry);
  EXPECT_FALSE(fast.uses_registry()) << "ICU's transform data is not laid out as expected";
  EXPECT_TRUE(reference.uses_registry());
  const char* samples[] = {
      "كوريلا", "أردوغان", "العراق", "مَدْرَسَة", "قيادة", "المؤتمر", "شؤون", "ئ", "ژ", "ڤيينا",
      "٣٠ ديسمبر ٢٠٢٤", "۱۲۳", "١٬٠٠٠ و٣٫٥", "إف-16", "ما هو؟ لا، نعم؛", "٪", "ـــ",
      // Latin-ASCII's table: letters with marks, ligatures, other spaces, quoted rule text
      "Ærøskøbing Straße œuvre ĳ", "naïve café", "a b　c", "⩴", "ŉ", "ﬁ",
      "CENTCOM (CJTF–OIR) “quoted” ‘x’ …", "Ω δ", "中文"};
  for (const char* s : samples) {
    EXPECT_EQ(fast.to_ascii(s), reference.to_ascii(s)) << s;
  }
}

}  // namespace
}  // namespace mizan::text
