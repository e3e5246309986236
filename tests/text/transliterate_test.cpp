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

}  // namespace
}  // namespace mizan::text
