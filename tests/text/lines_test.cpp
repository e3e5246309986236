#include "mizan/text/lines.hpp"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace mizan::text {
namespace {

std::vector<std::pair<std::int64_t, std::string>> lines_of(std::string_view text) {
  std::vector<std::pair<std::int64_t, std::string>> out;
  LineReader lines(text);
  for (std::string_view line; lines.next(line);)
    out.emplace_back(lines.number(), std::string(line));
  return out;
}

using Lines = std::vector<std::pair<std::int64_t, std::string>>;

TEST(Trim, RemovesAsciiWhiteSpaceAtBothEnds) {
  EXPECT_EQ(trim(" \t Deir ez-Zor \r\n"), "Deir ez-Zor");
  EXPECT_EQ(trim("a  b"), "a  b");  // inside stays
  EXPECT_EQ(trim(" \t\r\n"), "");
  EXPECT_EQ(trim(""), "");
}

TEST(Trim, KeepsOtherSpaceCharacters) {
  // A no-break space (U+00A0) is text in a glossary field, not white space to drop.
  EXPECT_EQ(trim("\xC2\xA0x "), "\xC2\xA0x");
}

TEST(LineReader, NumbersEveryLineBlankOnesToo) {
  EXPECT_EQ(lines_of("one\n\nthree"), (Lines{{1, "one"}, {2, ""}, {3, "three"}}));
}

TEST(LineReader, DropsTheCarriageReturnOfCrlfOnly) {
  EXPECT_EQ(lines_of("a\r\nb\r\n"), (Lines{{1, "a"}, {2, "b"}}));
  EXPECT_EQ(lines_of("a\rb\n"), (Lines{{1, "a\rb"}}));  // a lone CR is not a line end
}

TEST(LineReader, AFinalNewlineStartsNoLine) {
  EXPECT_EQ(lines_of("a\n"), (Lines{{1, "a"}}));
  EXPECT_EQ(lines_of("a\n\n"), (Lines{{1, "a"}, {2, ""}}));
  EXPECT_EQ(lines_of(""), Lines{});
}

TEST(LineReader, GivesTheByteOffsetOfEachLine) {
  LineReader lines("ab\r\ncd\nef");
  std::vector<std::size_t> offsets;
  for (std::string_view line; lines.next(line);)
    offsets.push_back(lines.offset());
  EXPECT_EQ(offsets, (std::vector<std::size_t>{0, 4, 7}));
}

}  // namespace
}  // namespace mizan::text
