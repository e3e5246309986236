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

}  // namespace
}  // namespace mizan::text
