#include "mizan/text/tokenize.hpp"

#include <gtest/gtest.h>

namespace mizan::text {
namespace {

std::vector<std::string> words(std::string_view s, WordTokenizer& t) {
  std::vector<std::string> out;
  for (const Token& tok : t.tokenize(s))
    out.emplace_back(s.substr(tok.begin, tok.end - tok.begin));
  return out;
}

TEST(WordTokenizer, SplitsEnglishWithByteOffsets) {
  WordTokenizer t;
  const std::string s = "Gen. Kurilla, 1,000.5 troops.";
  const auto toks = t.tokenize(s);
  ASSERT_EQ(toks.size(), 7u);
  EXPECT_EQ(s.substr(toks[0].begin, toks[0].end - toks[0].begin), "Gen");
  EXPECT_EQ(toks[0].kind, TokenKind::kWord);
  EXPECT_EQ(toks[1].kind, TokenKind::kPunctuation);
  EXPECT_EQ(s.substr(toks[4].begin, toks[4].end - toks[4].begin), "1,000.5");
  EXPECT_EQ(toks[4].kind, TokenKind::kNumber);
}

TEST(WordTokenizer, KeepsArabicCliticsAttachedAndOffsetsInBytes) {
  WordTokenizer t;
  const std::string s = "وللقيادة المركزية إف-16";
  EXPECT_EQ(words(s, t), (std::vector<std::string>{"وللقيادة", "المركزية", "إف", "-", "16"}));
  const auto toks = t.tokenize(s);
  EXPECT_EQ(toks[1].begin, std::string("وللقيادة ").size());
}

TEST(WordTokenizer, WordsWithDiacriticsStayWhole) {
  WordTokenizer t;
  EXPECT_EQ(words("قُتِلَ الإِشارة", t), (std::vector<std::string>{"قُتِلَ", "الإِشارة"}));
}

TEST(WordTokenizer, ArabicIndicNumberIsOneNumberToken) {
  WordTokenizer t;
  const auto toks = t.tokenize("٣٫٥ ٢٠٢٥");
  ASSERT_EQ(toks.size(), 2u);
  EXPECT_EQ(toks[0].kind, TokenKind::kNumber);
  EXPECT_EQ(toks[1].kind, TokenKind::kNumber);
}

TEST(WordTokenizer, EmptyAndSpaceOnlyTextHaveNoTokens) {
  WordTokenizer t;
  EXPECT_TRUE(t.tokenize("").empty());
  EXPECT_TRUE(t.tokenize("  \n\t ").empty());
}

}  // namespace
}  // namespace mizan::text
