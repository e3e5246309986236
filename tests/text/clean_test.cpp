#include "mizan/text/clean.hpp"

#include <gtest/gtest.h>

namespace mizan::text {
namespace {

TEST(Clean, KeepsOrdinaryTextByteForByte) {
  const std::string s = "قُتل أحد أفراد التحالف، وأصيب اثنان — F-16 “quoted” ـــ";
  EXPECT_EQ(clean(s), s);  // diacritics, tatweel, dashes and quotes are the user's: kept
}

TEST(Clean, DropsBomAndBidiControls) {
  // BOM, LRM, RLM, ALM, LRE..RLO, LRI..PDI around Arabic and Latin.
  const std::string s =
      "\xEF\xBB\xBF"
      "\u200Fقال\u200E CENTCOM\u061C \u202Bنص\u202C \u2066x\u2069 \u202Ey\u202C";
  EXPECT_EQ(clean(s), "قال CENTCOM نص x y");
}

TEST(Clean, DropsOtherInvisibleFormattingButKeepsJoiners) {
  EXPECT_EQ(clean("soft\u00ADhyphen zero\u200Bwidth word\u2060joiner"),
            "softhyphen zerowidth wordjoiner");
  EXPECT_EQ(clean("می\u200Cخواهم"), "می\u200Cخواهم");  // ZWNJ shapes Arabic-script words
}

TEST(Clean, NormalisesLineEnds) {
  EXPECT_EQ(clean("a\r\nb\rc\n"), "a\nb\nc\n");
}

// clean_with_map scans ASCII eight bytes at a time: a CR or a non-ASCII character must be seen
// wherever it sits in such a word, and at the very end.
TEST(Clean, FindsCrAndNonAsciiAtEveryOffset) {
  for (std::size_t at = 0; at < 20; ++at) {
    std::string with_cr(20, 'x');
    with_cr[at] = '\r';
    std::string want = with_cr;
    want[at] = '\n';
    EXPECT_EQ(clean_with_map(with_cr).text, want) << "CR at " << at;
    const std::string crlf = with_cr.substr(0, at) + "\r\n" + with_cr.substr(at + 1);
    const CleanedText c = clean_with_map(crlf);
    EXPECT_EQ(c.text, want) << "CRLF at " << at;
    EXPECT_EQ(c.map.to_source(at + 1, OffsetMap::Bias::kAfter), at + 2) << "CRLF at " << at;
    // A decomposed é (e + U+0301) composes, so the text changes only if it was seen.
    const std::string decomposed = std::string(at, 'x') + "e\u0301" + std::string(8, 'x');
    EXPECT_EQ(clean_with_map(decomposed).text,
              std::string(at, 'x') + "\u00E9" + std::string(8, 'x'))
        << "e + acute at " << at;
  }
}

TEST(Clean, ComposesToNfc) {
  EXPECT_EQ(clean("e\u0301"), "\u00E9");
  // Alef + combining hamza above composes to أ (U+0623).
  EXPECT_EQ(clean("\u0627\u0654"), "\u0623");
  // Shadda (ccc 33) before fatha (ccc 30) is reordered canonically, not dropped.
  EXPECT_EQ(clean("\u0634\u0651\u064E"), "\u0634\u064E\u0651");
}

TEST(Clean, MapsPresentationFormsBackToLetters) {
  // "السلام" as PDF extraction gives it: isolated/initial/medial/final forms and the lam-alef
  // ligature.
  EXPECT_EQ(clean("\uFE8D\uFEDF\uFEB4\uFEFC\uFEE1"), "السلام");
  EXPECT_EQ(clean("\uFEFB"), "لا");
  EXPECT_EQ(clean("\uFDF2"), "الله");
  // Latin compatibility characters outside the Arabic forms are left alone.
  EXPECT_EQ(clean("\uFB01 \u2460"), "\uFB01 \u2460");
}

TEST(CleanWithMap, MapsCleanOffsetsBackToInput) {
  const std::string in = "\u200Fab\r\ncd";  // RLM (3 bytes), "ab", CRLF, "cd"
  const CleanedText c = clean_with_map(in);
  ASSERT_EQ(c.text, "ab\ncd");
  EXPECT_EQ(c.map.to_source(0, OffsetMap::Bias::kAfter), 3u);  // start of "ab" after the RLM
  EXPECT_EQ(c.map.to_source(0, OffsetMap::Bias::kBefore), 0u);
  EXPECT_EQ(c.map.to_source(2, OffsetMap::Bias::kBefore), 5u);  // end of "ab"
  EXPECT_EQ(c.map.to_source(3, OffsetMap::Bias::kAfter), 7u);   // start of "cd"
  EXPECT_EQ(c.map.to_source(5), 9u);                            // end of input
}

TEST(CleanWithMap, OffsetsAroundPresentationFormsAndNfc) {
  const std::string in = "x \uFEFB y e\u0301 z";
  const CleanedText c = clean_with_map(in);
  ASSERT_EQ(c.text, "x لا y \u00E9 z");
  const std::size_t y_clean = c.text.find('y');
  EXPECT_EQ(c.map.to_source(y_clean), in.find('y'));
  const std::size_t z_clean = c.text.find('z');
  EXPECT_EQ(c.map.to_source(z_clean), in.find('z'));
}

TEST(CleanWithMap, UnchangedTextHasIdentityMap) {
  const CleanedText c = clean_with_map("plain text");
  EXPECT_TRUE(c.map.is_identity());
  EXPECT_EQ(c.map.to_source(5), 5u);
}

}  // namespace
}  // namespace mizan::text
