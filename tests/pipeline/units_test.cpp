#include "mizan/pipeline/units.hpp"

#include <gtest/gtest.h>

namespace mizan::pipeline {
namespace {

align::Bead bead(std::size_t en_begin, std::size_t en_count, std::size_t ar_begin,
                 std::size_t ar_count, double confidence) {
  return {en_begin, en_count, ar_begin, ar_count, confidence};
}

TEST(BeadFilter, SentencesOnOneSideHaveNoCounterpartHoweverSure) {
  const BeadFilter filter{.min_confidence = 0.5};
  EXPECT_EQ(filter.classify(bead(0, 1, 0, 0, 1.0)), BeadClass::kNoCounterpart);
  EXPECT_EQ(filter.classify(bead(0, 0, 0, 2, 0.1)), BeadClass::kNoCounterpart);
}

TEST(BeadFilter, BeadsUnderTheMinimumAreLowConfidenceAndAtItUnits) {
  const BeadFilter filter{.min_confidence = 0.5};
  EXPECT_EQ(filter.classify(bead(0, 1, 0, 1, 0.49)), BeadClass::kLowConfidence);
  EXPECT_EQ(filter.classify(bead(0, 2, 0, 1, 0.5)), BeadClass::kUnit);
  EXPECT_EQ(filter.classify(bead(0, 1, 0, 1, 0.93)), BeadClass::kUnit);
}

TEST(BeadFilter, DefaultKeepsEveryBeadAndBeadFilesAreNeverLow) {
  EXPECT_EQ(BeadFilter{}.classify(bead(0, 1, 0, 1, 0.0)), BeadClass::kUnit);
  // A bead file's beads have confidence 1 (align::parse_beads): the highest minimum keeps them.
  EXPECT_EQ(BeadFilter{.min_confidence = 1}.classify(bead(0, 1, 0, 1, 1.0)), BeadClass::kUnit);
}

TEST(UnalignLowConfidence, SplitsOnlyLowBeadsIntoSentencesWithoutCounterpart) {
  const std::vector<align::Bead> beads = {bead(0, 1, 0, 1, 0.9), bead(1, 2, 1, 1, 0.3),
                                          bead(3, 0, 2, 1, 0.2), bead(3, 1, 3, 1, 0.8)};
  const std::vector<align::Bead> out = unalign_low_confidence(beads, {.min_confidence = 0.5});
  // [1,2]:[1] becomes [1]:[], [2]:[], []:[1]; the null bead and the sure ones stay as they were.
  const std::vector<align::Bead> want = {bead(0, 1, 0, 1, 0.9), bead(1, 1, 1, 0, 1.0),
                                         bead(2, 1, 1, 0, 1.0), bead(3, 0, 1, 1, 1.0),
                                         bead(3, 0, 2, 1, 0.2), bead(3, 1, 3, 1, 0.8)};
  ASSERT_EQ(out.size(), want.size());
  for (std::size_t i = 0; i < want.size(); ++i) {
    EXPECT_TRUE(out[i] == want[i]) << i;
    EXPECT_EQ(out[i].confidence, want[i].confidence) << i;
  }
}

TEST(ForEachUnit, VisitsTheUnitBeadsNumberedInOrder) {
  DocumentPair pair;
  pair.document = "doc";
  pair.en.sentences = {"One.", "Two.", "Three.", "Four."};
  pair.ar.sentences = {"واحد.", "اثنان.", "ثلاثة."};
  const std::vector<align::Bead> beads = {bead(0, 1, 0, 1, 0.9), bead(1, 1, 1, 0, 1.0),
                                          bead(2, 1, 1, 1, 0.2), bead(3, 1, 2, 1, 0.7)};
  std::vector<TranslationUnit> units;
  const std::size_t n = for_each_unit(pair, beads, {.min_confidence = 0.5},
                                      [&](const TranslationUnit& u) { units.push_back(u); });
  ASSERT_EQ(n, 2u);
  ASSERT_EQ(units.size(), 2u);
  EXPECT_EQ(units[0].id, 1);
  EXPECT_EQ(units[0].en, "One.");
  EXPECT_EQ(units[0].ar, "واحد.");
  EXPECT_EQ(units[1].id, 2);
  EXPECT_EQ(units[1].en, "Four.");
  EXPECT_EQ(units[1].ar, "ثلاثة.");
  ASSERT_EQ(units[1].origins.size(), 1u);
  EXPECT_EQ(units[1].origins[0].document, "doc");
  EXPECT_EQ(units[1].origins[0].position, 3);  // the bead's first English sentence
}

}  // namespace
}  // namespace mizan::pipeline
