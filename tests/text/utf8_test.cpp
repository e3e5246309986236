#include "mizan/text/utf8.hpp"

#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <vector>

#include "mizan/text/input.hpp"

namespace mizan::text {
namespace {

// Every code point of `s` with the offset after it.
std::vector<std::pair<char32_t, std::size_t>> decode_all(std::string_view s) {
  std::vector<std::pair<char32_t, std::size_t>> out;
  for (std::size_t i = 0; i < s.size();) {
    const char32_t c = next_code_point(s, i);
    out.emplace_back(c, i);
  }
  return out;
}

using Steps = std::vector<std::pair<char32_t, std::size_t>>;

TEST(Utf8, DecodesOneToFourByteSequences) {
  EXPECT_EQ(decode_all("a"), (Steps{{U'a', 1}}));
  EXPECT_EQ(decode_all("ب"), (Steps{{0x0628, 2}}));                   // D8 A8
  EXPECT_EQ(decode_all("€"), (Steps{{0x20AC, 3}}));                   // E2 82 AC
  EXPECT_EQ(decode_all("😀"), (Steps{{0x1F600, 4}}));                  // F0 9F 98 80
  EXPECT_EQ(decode_all("\xF4\x8F\xBF\xBF"), (Steps{{0x10FFFF, 4}}));  // the last code point
  EXPECT_EQ(decode_all("aب😀"), (Steps{{U'a', 1}, {0x0628, 3}, {0x1F600, 7}}));
}

TEST(Utf8, TwoByteRangeEdges) {
  EXPECT_EQ(decode_all("\xC2\x80"), (Steps{{0x0080, 2}}));
  EXPECT_EQ(decode_all("\xDF\xBF"), (Steps{{0x07FF, 2}}));
  // C0 and C1 only ever start overlong forms of ASCII: each byte is one ill-formed sequence.
  EXPECT_EQ(decode_all("\xC1\xBF"),
            (Steps{{kReplacementCharacter, 1}, {kReplacementCharacter, 2}}));
  // A lead byte without its trail byte: the next character is not swallowed.
  EXPECT_EQ(decode_all("\xC2"
                       "A"),
            (Steps{{kReplacementCharacter, 1}, {U'A', 2}}));
  EXPECT_EQ(decode_all("\xD8"), (Steps{{kReplacementCharacter, 1}}));
}

TEST(Utf8, IllFormedSequencesStepOverTheirMaximalSubpart) {
  EXPECT_EQ(decode_all("\x80"), (Steps{{kReplacementCharacter, 1}}));  // stray trail byte
  // Truncated sequences: the valid start is one replacement (Unicode 15, section 3.9, U+FFFD
  // substitution of maximal subparts).
  EXPECT_EQ(decode_all("\xE2\x82"), (Steps{{kReplacementCharacter, 2}}));
  EXPECT_EQ(decode_all("\xE2\x82"
                       "a"),
            (Steps{{kReplacementCharacter, 2}, {U'a', 3}}));
  EXPECT_EQ(decode_all("\xF0\x9F\x98"), (Steps{{kReplacementCharacter, 3}}));
  // Overlong three-byte form, a surrogate, above U+10FFFF, a byte that never occurs: the lead
  // byte alone is the subpart, then every following byte is a stray trail byte.
  EXPECT_EQ(
      decode_all("\xE0\x80\xAF"),
      (Steps{{kReplacementCharacter, 1}, {kReplacementCharacter, 2}, {kReplacementCharacter, 3}}));
  EXPECT_EQ(decode_all("\xED\xA0\x80").size(), 3u);
  EXPECT_EQ(decode_all("\xF4\x90\x80\x80").size(), 4u);
  EXPECT_EQ(decode_all("\xF5\x80"),
            (Steps{{kReplacementCharacter, 1}, {kReplacementCharacter, 2}}));
}

TEST(Utf8, WellFormedVariantTellsIllFormedBytesFromAWrittenReplacementCharacter) {
  std::size_t i = 0;
  char32_t c = 0;
  EXPECT_TRUE(next_well_formed_code_point("\xEF\xBF\xBD", i, c));
  EXPECT_EQ(c, kReplacementCharacter);
  EXPECT_EQ(i, 3u);
  i = 0;
  c = U'x';
  EXPECT_FALSE(
      next_well_formed_code_point("\xFF"
                                  "a",
                                  i, c));
  EXPECT_EQ(i, 1u);
  EXPECT_EQ(c, U'x');
  EXPECT_TRUE(
      next_well_formed_code_point("\xFF"
                                  "a",
                                  i, c));
  EXPECT_EQ(c, U'a');
}

TEST(Utf8, CountsCodePoints) {
  EXPECT_EQ(count_code_points(""), 0u);
  EXPECT_EQ(count_code_points("aب€😀"), 4u);
  EXPECT_EQ(count_code_points("القيادة"), 7u);
  EXPECT_EQ(count_code_points("\xE2\x82"
                              "a"),
            2u);  // a truncated sequence counts once
}

TEST(Utf8, ToCodePoints) {
  EXPECT_EQ(to_code_points("aب😀"), (std::vector<char32_t>{U'a', 0x0628, 0x1F600}));
  EXPECT_TRUE(to_code_points("").empty());
}

TEST(Utf8, RangeForGivesCodePointsAndTheirOffsets) {
  const std::string s = "aب😀";
  std::vector<std::tuple<char32_t, std::size_t, std::size_t>> seen;
  const CodePoints points(s);
  for (auto it = points.begin(); it != points.end(); ++it)
    seen.emplace_back(*it, it.offset(), it.end_offset());
  EXPECT_EQ(seen, (std::vector<std::tuple<char32_t, std::size_t, std::size_t>>{
                      {U'a', 0, 1}, {0x0628, 1, 3}, {0x1F600, 3, 7}}));
  std::u32string all;
  for (char32_t c : CodePoints(s))
    all.push_back(c);
  EXPECT_EQ(all, U"aب😀");
  for (char32_t c : CodePoints("")) {
    ADD_FAILURE() << "empty text gave " << static_cast<unsigned>(c);
  }
}

TEST(Utf8, AppendEncodesEveryLength) {
  std::string out;
  for (char32_t c : {U'A', char32_t{0x0628}, char32_t{0x07FF}, char32_t{0x20AC}, char32_t{0x1F600},
                     char32_t{0x10FFFF}})
    append_utf8(out, c);
  EXPECT_EQ(out, "Aب\xDF\xBF€😀\xF4\x8F\xBF\xBF");
  EXPECT_EQ(to_code_points(out).size(), 6u);
}

TEST(Utf8, FindsIllFormedSequences) {
  const IllFormedSequence bad = find_ill_formed_utf8("ab\xC3(c");
  ASSERT_TRUE(bad.found());
  EXPECT_EQ(bad.begin, 2u);
  EXPECT_EQ(bad.end, 3u);
  EXPECT_FALSE(find_ill_formed_utf8("ab\xC3(c", 3).found());
  const IllFormedSequence cut = find_ill_formed_utf8("x\xE2\x82");
  EXPECT_EQ(cut.begin, 1u);
  EXPECT_EQ(cut.end, 3u);
  EXPECT_FALSE(find_ill_formed_utf8("القيادة 😀").found());
  EXPECT_EQ(find_invalid_utf8("القيادة \x80"), std::string("القيادة ").size());
}

}  // namespace
}  // namespace mizan::text
