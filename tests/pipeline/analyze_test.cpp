#include "mizan/pipeline/analyze.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "mizan/tm/sqlite_store.hpp"
#include "support/test_support.hpp"

namespace mizan::pipeline {
namespace {

using mizan::testing::TempDir;

TEST(Analyze, ScoresFallIntoTheirBands) {
  EXPECT_EQ(band_of_score(101), Band::kContext);
  EXPECT_EQ(band_of_score(100), Band::kExact);
  EXPECT_EQ(band_of_score(99), Band::k95);
  EXPECT_EQ(band_of_score(95), Band::k95);
  EXPECT_EQ(band_of_score(94), Band::k85);
  EXPECT_EQ(band_of_score(75), Band::k75);
  EXPECT_EQ(band_of_score(74), Band::k50);
  EXPECT_EQ(band_of_score(50), Band::k50);
  EXPECT_EQ(band_of_score(49), Band::kNoMatch);
  EXPECT_EQ(band_of_score(0), Band::kNoMatch);
}

TEST(Analyze, CountsWordsSegmentsAndCharactersPerBandAndRepetitions) {
  TempDir dir("pipeline-analyze");
  const std::unique_ptr<tm::Store> memory =
      tm::open_sqlite_store({.path = dir.file("m.db"), .create = true});
  TranslationUnit u;
  u.en = "One Coalition member was killed.";
  u.ar = "قُتل أحد أفراد التحالف.";
  memory->add(u);
  const std::string path = dir.file("doc.txt");
  // An exact match, a sentence with no match, the same again (a repetition), and the exact
  // match again (still 100%: a repetition only when the memory has nothing as good).
  std::ofstream(path) << "One Coalition member was killed. Storms hit Paris on 3 May.\n\n"
                         "Storms hit Paris on 3 May. One Coalition member was killed.\n";
  const Analysis a = analyze_files({path}, *memory, {});
  ASSERT_EQ(a.files.size(), 1u);
  const FileAnalysis& f = a.files[0];
  const auto band = [&](Band b) { return f.bands[static_cast<std::size_t>(b)]; };
  EXPECT_EQ(band(Band::kExact).segments, 2u);
  EXPECT_EQ(band(Band::kExact).words, 10u);  // One Coalition member was killed: 5, twice
  EXPECT_EQ(band(Band::kNoMatch).segments, 1u);
  EXPECT_EQ(band(Band::kNoMatch).words, 6u);  // Storms hit Paris on 3 May: the number is a word
  EXPECT_EQ(band(Band::kNoMatch).characters, 21u);  // "StormshitParison3May."
  EXPECT_EQ(band(Band::kRepetition).segments, 1u);
  EXPECT_EQ(f.total.segments, 4u);
  EXPECT_EQ(a.total.total.words, 22u);
}

}  // namespace
}  // namespace mizan::pipeline
