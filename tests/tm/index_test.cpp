// The module's internals: index terms and posting blocks.
#include <gtest/gtest.h>

#include "hash.hpp"
#include "index_terms.hpp"
#include "mizan/text/match_key.hpp"
#include "postings.hpp"

namespace mizan::tm {
namespace {

std::vector<std::int64_t> terms_of(std::string_view text) {
  std::vector<std::int64_t> t;
  index_terms(text::loose_key(text), t);
  return t;
}

bool shares_term(std::string_view a, std::string_view b) {
  const auto ta = terms_of(a), tb = terms_of(b);
  for (const auto x : ta) {
    if (std::find(tb.begin(), tb.end(), x) != tb.end()) return true;
  }
  return false;
}

TEST(IndexTerms, CliticFormsOfAnArabicWordShareATerm) {
  EXPECT_EQ(terms_of("والقيادة"), terms_of("القيادة"));
  EXPECT_EQ(terms_of("للقيادة"), terms_of("قيادة"));
  EXPECT_EQ(terms_of("قيادتها"), terms_of("قيادة"));
  // Single ب ك ل stay on the stem (بلد, كتاب), so such forms get a second term without them.
  EXPECT_TRUE(shares_term("بقيادتها", "قيادة"));
  EXPECT_TRUE(shares_term("لقيادة", "القيادة"));
}

TEST(IndexTerms, PluralsAndPunctuationDoNotMakeNewTerms) {
  EXPECT_EQ(terms_of("forces"), terms_of("force"));
  EXPECT_EQ(terms_of("ISIS'"), terms_of("ISIS"));
  EXPECT_EQ(terms_of("1,000"), terms_of("1000"));
}

TEST(IndexTerms, AreDistinctAndSorted) {
  const auto t = terms_of("the forces and the force of the region");
  EXPECT_TRUE(std::is_sorted(t.begin(), t.end()));
  EXPECT_EQ(std::adjacent_find(t.begin(), t.end()), t.end());
  EXPECT_EQ(t.size(), 5U);  // the, force, and, of, region
}

TEST(Postings, RoundTripGapsAndLargeIds) {
  const std::vector<std::uint32_t> ids = {1, 2, 3, 130, 20000, 4'000'000'000U};
  const std::string block = postings::encode(ids.data(), ids.size());
  std::vector<std::uint32_t> back;
  ASSERT_TRUE(postings::decode(block, back));
  EXPECT_EQ(back, ids);
  EXPECT_EQ(block.substr(0, 3), std::string("\x01\x01\x01", 3));  // gaps of one: a byte each
}

TEST(Postings, RefusesATruncatedVarint) {
  std::vector<std::uint32_t> out;
  EXPECT_FALSE(postings::decode(std::string("\x81", 1), out));
}

TEST(KeyHash, IsStableAcrossBuilds) {
  // Stored in databases: these values must never change without a migration.
  EXPECT_EQ(fnv1a64(""), 0xcbf29ce484222325ULL);
  EXPECT_EQ(fnv1a64("a"), 0xaf63dc4c8601ec8cULL);
  EXPECT_EQ(key_hash32("a"), static_cast<std::int32_t>(0xaf63dc4cU ^ 0x8601ec8cU));
}

}  // namespace
}  // namespace mizan::tm
