#include "mizan/pipeline/unit_source.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "mizan/tm/sqlite_store.hpp"
#include "mizan/tm/store.hpp"
#include "support/test_support.hpp"

namespace mizan::pipeline {
namespace {

using mizan::testing::expect_error;
using mizan::testing::TempDir;

const std::string kSeed = std::string(MIZAN_SOURCE_DIR) + "/corpora/centcom-2025-01-06/";

std::vector<TranslationUnit> units_of(const UnitSourceOptions& source, tm::Store* memory,
                                      UnitSourceSummary* summary = nullptr) {
  std::vector<TranslationUnit> units;
  const UnitSourceSummary s =
      for_each_unit(source, memory, nullptr, [&](const TranslationUnit& u) { units.push_back(u); });
  EXPECT_EQ(s.units, units.size());
  if (summary != nullptr) *summary = s;
  return units;
}

TEST(UnitSourceKind, OneSourceAtATime) {
  EXPECT_EQ(unit_source_kind({}), UnitSourceKind::kMemory);
  UnitSourceOptions o;
  o.tmx = "a.tmx";
  EXPECT_EQ(unit_source_kind(o), UnitSourceKind::kTmx);
  o.tsv = "a.tsv";
  expect_error([&] { unit_source_kind(o); }, ExitCode::kUsage,
               "give one of --tmx, --tsv, --en/--ar");
  o = {};
  o.en = "en.txt";
  expect_error([&] { unit_source_kind(o); }, ExitCode::kUsage, "--en and --ar go together");
  o.ar = "ar.txt";
  EXPECT_EQ(unit_source_kind(o), UnitSourceKind::kPair);
  o.filter.min_confidence = 1.5;
  expect_error([&] { unit_source_kind(o); }, ExitCode::kUsage,
               "--min-score must be between 0 and 1");
  o = {};
  o.beads = "gold.beads";
  expect_error([&] { unit_source_kind(o); }, ExitCode::kUsage,
               "--beads and --presegmented go with --en and --ar");
}

TEST(ForEachUnit, FileUnitsAreNumberedAsReadWithTheirLineAsOrigin) {
  TempDir dir("pipeline-units");
  std::ofstream(dir.file("b.tsv")) << "en\tar\nOne.\tواحد.\nno tab here\nTwo.\tاثنان.\n";
  UnitSourceOptions o;
  o.tsv = dir.file("b.tsv");
  UnitSourceSummary summary;
  const std::vector<TranslationUnit> units = units_of(o, nullptr, &summary);
  ASSERT_EQ(units.size(), 2u);
  EXPECT_EQ(units[1].id, 2);
  EXPECT_EQ(units[1].en, "Two.");
  ASSERT_EQ(units[1].origins.size(), 1u);
  EXPECT_EQ(units[1].origins[0].document, dir.file("b.tsv"));
  EXPECT_EQ(units[1].origins[0].position, 4);
  ASSERT_EQ(summary.skipped.size(), 1u);
  EXPECT_EQ(summary.skipped.items()[0].where.line, 3);
}

TEST(ForEachUnit, APairWithItsBeadFileGivesTheUnitsOfItsPairedBeads) {
  UnitSourceOptions o;
  o.en = kSeed + "en.sent";
  o.ar = kSeed + "ar.sent";
  o.presegmented = true;
  o.beads = kSeed + "gold.beads";
  o.filter.min_confidence = 1;  // a bead file's beads are sure: none is left out
  const std::vector<TranslationUnit> units = units_of(o, nullptr);
  // gold.beads: twelve [i]:[i] beads, then two Arabic sentences without counterpart.
  ASSERT_EQ(units.size(), 12u);
  EXPECT_EQ(units[11].id, 12);
  EXPECT_EQ(units[11].origins[0].document, "centcom-2025-01-06");
  EXPECT_EQ(units[11].origins[0].position, 11);
}

TEST(ForEachUnit, ASwappedPairIsRefused) {
  UnitSourceOptions o;
  o.en = kSeed + "ar.txt";
  o.ar = kSeed + "en.txt";
  expect_error([&] { units_of(o, nullptr); }, ExitCode::kDataError,
               "the English file is 99% Arabic script; --en takes the English file, --ar the "
               "Arabic");
}

TEST(ForEachUnit, TheMemorysUnitsComeFromTheStoreGiven) {
  TempDir dir("pipeline-units");
  const std::unique_ptr<tm::Store> memory =
      tm::open_sqlite_store({.path = dir.file("m.db"), .create = true});
  TranslationUnit u;
  u.en = "One.";
  u.ar = "واحد.";
  memory->add(u);
  const std::vector<TranslationUnit> units = units_of({}, memory.get());
  ASSERT_EQ(units.size(), 1u);
  EXPECT_EQ(units[0].en, "One.");
  expect_error([&] { units_of({}, nullptr); }, ExitCode::kSoftware, "no memory");
}

}  // namespace
}  // namespace mizan::pipeline
