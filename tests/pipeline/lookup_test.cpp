#include "mizan/pipeline/lookup.hpp"

#include <gtest/gtest.h>

#include "mizan/tm/sqlite_store.hpp"
#include "support/test_support.hpp"

namespace mizan::pipeline {
namespace {

using mizan::testing::TempDir;

constexpr std::string_view kFirst =
    "During the operations, ISIS fighters engaged Coalition forces.";
constexpr std::string_view kSecond = "One Coalition member was killed.";

// A memory holding kSecond, seen after kFirst in its document.
std::unique_ptr<tm::Store> memory_with_context(const TempDir& dir) {
  std::unique_ptr<tm::Store> memory =
      tm::open_sqlite_store({.path = dir.file("memory.db"), .create = true});
  TranslationUnit unit;
  unit.en = kSecond;
  unit.ar = "قُتل أحد أفراد التحالف.";
  unit.prev_en = kFirst;
  memory->add(unit);
  return memory;
}

std::vector<SegmentLookup> look_up(tm::Store& memory, const std::vector<std::string>& segments,
                                   const SequenceLookupOptions& options) {
  std::vector<SegmentLookup> found;
  lookup_in_order(memory, segments, options,
                  [&](SegmentLookup&& one) { found.push_back(std::move(one)); });
  return found;
}

int best_score(const SegmentLookup& found) {
  return found.matches.empty() ? 0 : found.matches.front().score;
}

TEST(LookupInOrder, TheSegmentBeforeIsTheContextOfTheNext) {
  TempDir dir("pipeline-lookup");
  const auto memory = memory_with_context(dir);
  const auto found = look_up(*memory, {std::string(kFirst), std::string(kSecond)}, {});
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].index, 0u);
  EXPECT_TRUE(found[0].matches.empty());
  EXPECT_EQ(found[1].index, 1u);
  EXPECT_EQ(best_score(found[1]), 101);
}

TEST(LookupInOrder, WithoutContextAnExactMatchStaysExact) {
  TempDir dir("pipeline-lookup");
  const auto memory = memory_with_context(dir);
  SequenceLookupOptions options;
  options.context = false;
  const auto found = look_up(*memory, {std::string(kFirst), std::string(kSecond)}, options);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(best_score(found[1]), 100);
}

TEST(LookupInOrder, TheGivenPreviousIsTheContextOfTheFirstSegmentOnly) {
  TempDir dir("pipeline-lookup");
  const auto memory = memory_with_context(dir);
  SequenceLookupOptions options;
  options.lookup.previous = kFirst;
  const auto found = look_up(*memory, {std::string(kSecond), std::string(kSecond)}, options);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(best_score(found[0]), 101);
  EXPECT_EQ(best_score(found[1]), 100);  // its predecessor is kSecond, not kFirst
}

TEST(LookupInOrder, DetectsEachSegmentsLanguage) {
  TempDir dir("pipeline-lookup");
  const auto memory = memory_with_context(dir);
  SequenceLookupOptions options;
  options.detect_language = true;
  options.lookup.min_score = 50;
  const auto found = look_up(*memory, {"قُتل أحد أفراد التحالف.", std::string(kSecond)}, options);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].from, Language::kArabic);
  EXPECT_EQ(best_score(found[0]), 100);
  EXPECT_EQ(found[1].from, Language::kEnglish);
}

}  // namespace
}  // namespace mizan::pipeline
