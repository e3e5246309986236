#include "mizan/pipeline/ingest.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

#include "mizan/pipeline/glossary_source.hpp"
#include "mizan/tm/sqlite_store.hpp"
#include "mizan/tm/store.hpp"
#include "support/test_support.hpp"

namespace mizan::pipeline {
namespace {

namespace fs = std::filesystem;
using mizan::testing::expect_error;
using mizan::testing::TempDir;

const fs::path kSeed = fs::path(MIZAN_SOURCE_DIR) / "corpora/centcom-2025-01-06";

// The seed pair (12 English sentences; the Arabic adds two that have no English source) in
// `dir`/`name`.
fs::path seed_folder(const TempDir& dir, const std::string& name) {
  const fs::path folder = dir.path() / "docs" / name;
  fs::create_directories(folder);
  fs::copy_file(kSeed / "en.txt", folder / "en.txt");
  fs::copy_file(kSeed / "ar.txt", folder / "ar.txt");
  return folder;
}

// The anchors `mizan ingest` uses without a database: the built-in glossary.
align::AlignerOptions builtin_anchors() {
  align::AlignerOptions options;
  options.glossary = anchor_glossary({}, {"no-such.db", [] { return term::Glossary(); }}).terms;
  return options;
}

std::unique_ptr<tm::Store> open_memory(const TempDir& dir) {
  return tm::open_sqlite_store({.path = dir.file("memory.db"), .create = true});
}

TEST(Ingest, StoresConfidentBeadsAsUnitsAndSetsTheRestAside) {
  TempDir dir("pipeline-ingest");
  seed_folder(dir, "centcom-2025-01-06");
  const FolderDocuments read =
      read_document_folders(find_document_folders({dir.file("docs")}), false);
  ASSERT_EQ(read.documents.size(), 1u);
  EXPECT_TRUE(read.notices.empty());
  const std::unique_ptr<tm::Store> memory = open_memory(dir);
  IngestOptions options;
  options.creator = "tester";
  std::size_t aligned = 0, total = 0;
  options.aligning = [&](std::size_t done, std::size_t all, std::string_view) {
    aligned = done;
    total = all;
  };
  const IngestReport report = ingest_documents(read.documents, builtin_anchors(), *memory, options);
  EXPECT_EQ(report.documents, 1u);
  EXPECT_EQ(report.stored.added, 12u);  // the 12 one-to-one beads of gold.beads
  EXPECT_EQ(report.low_confidence_beads, 0u);
  EXPECT_EQ(report.unaligned_sentences, 2u);
  EXPECT_EQ(aligned, 1u);
  EXPECT_EQ(total, 1u);
  const tm::StoreStats stats = memory->stats();
  EXPECT_EQ(stats.units, 12);
  EXPECT_EQ(stats.aside, 2);
  const std::optional<TranslationUnit> first = memory->get(1);
  ASSERT_TRUE(first.has_value());
  EXPECT_EQ(first->creator, "tester");
  ASSERT_EQ(first->origins.size(), 1u);
  EXPECT_EQ(first->origins[0].document, "centcom-2025-01-06");

  // Ingesting the document again changes nothing.
  const IngestReport again = ingest_documents(read.documents, builtin_anchors(), *memory, options);
  EXPECT_EQ(again.stored.added, 0u);
  EXPECT_EQ(again.stored.unchanged, 12u);
  EXPECT_EQ(memory->stats().aside, 2);
}

TEST(Ingest, BeadsUnderTheMinimumConfidenceAreKeptAsideNotStored) {
  TempDir dir("pipeline-ingest");
  // The seed with a loosely translated closing paragraph: some beads come out unsure.
  const fs::path folder = seed_folder(dir, "loose");
  std::ofstream(folder / "en.txt", std::ios::app)
      << "\nOperations against ISIS continue in the region.\n";
  std::ofstream(folder / "ar.txt", std::ios::app)
      << "\nوقال متحدث إن العمليات مستمرة منذ أسابيع في عدة مناطق من سوريا.\n";
  const FolderDocuments read =
      read_document_folders(find_document_folders({dir.file("docs")}), false);
  ASSERT_EQ(read.documents.size(), 1u);

  // The beads the aligner finds on its own, and a minimum between two of their confidences.
  align::SentenceAligner aligner(builtin_anchors());
  const std::vector<align::Bead> beads = align_pair(aligner, read.documents[0]).beads;
  std::vector<double> scores;
  std::size_t unaligned = 0;
  for (const align::Bead& b : beads) {
    if (b.is_null()) {
      unaligned += b.en_count + b.ar_count;
    } else {
      scores.push_back(b.confidence);
    }
  }
  std::sort(scores.begin(), scores.end());
  // Halfway across the widest gap between neighbouring confidences.
  double gap = 0, minimum = 0;
  for (std::size_t i = 1; i < scores.size(); ++i) {
    if (scores[i] - scores[i - 1] > gap) {
      gap = scores[i] - scores[i - 1];
      minimum = (scores[i] + scores[i - 1]) / 2;
    }
  }
  ASSERT_GT(gap, 0.01) << "the test needs an unsure bead";
  const auto under = static_cast<std::size_t>(
      std::count_if(scores.begin(), scores.end(), [&](double s) { return s < minimum; }));
  ASSERT_GE(under, 1u);

  const std::unique_ptr<tm::Store> memory = open_memory(dir);
  IngestOptions options;
  options.filter.min_confidence = minimum;
  const IngestReport report = ingest_documents(read.documents, builtin_anchors(), *memory, options);
  EXPECT_EQ(report.low_confidence_beads, under);
  EXPECT_EQ(report.unaligned_sentences, unaligned);
  EXPECT_EQ(report.stored.added, scores.size() - under);
  EXPECT_EQ(memory->stats().units, static_cast<std::int64_t>(scores.size() - under));
  // One aside row per low-confidence bead and per sentence without counterpart.
  EXPECT_EQ(memory->stats().aside, static_cast<std::int64_t>(under + unaligned));
}

TEST(ReadDocumentFolders, ABadFolderFailsOrWithSkipBadIsSkippedWithItsReason) {
  TempDir dir("pipeline-ingest");
  seed_folder(dir, "good");
  const fs::path broken = seed_folder(dir, "broken");
  std::ofstream(broken / "en.txt", std::ios::binary) << "Bad \xff byte.\n";
  const std::vector<DocumentFolder> folders = find_document_folders({dir.file("docs")});
  expect_error([&] { read_document_folders(folders, false); }, ExitCode::kDataError, "UTF-8");

  std::vector<FolderNotice> told;
  const FolderDocuments read =
      read_document_folders(folders, true, [&](const FolderNotice& n) { told.push_back(n); });
  ASSERT_EQ(read.documents.size(), 1u);
  EXPECT_EQ(read.documents[0].document, "good");
  EXPECT_EQ(read.skipped(), 1u);
  ASSERT_EQ(told.size(), 1u);
  EXPECT_EQ(told[0].kind, FolderNotice::Kind::kSkipped);
  EXPECT_EQ(told[0].document, "broken");
  EXPECT_EQ(told[0].message.rfind((broken / "en.txt").string() + ": ", 0), 0u) << told[0].message;
}

TEST(ReadDocumentFolders, SwappedFilesAreNoPairAndAnUnevenPairIsIngestedWithAWarning) {
  TempDir dir("pipeline-ingest");
  const fs::path swapped = seed_folder(dir, "swapped");
  fs::copy_file(kSeed / "ar.txt", swapped / "en.txt", fs::copy_options::overwrite_existing);
  fs::copy_file(kSeed / "en.txt", swapped / "ar.txt", fs::copy_options::overwrite_existing);
  expect_error([&] { read_document_folders(find_document_folders({dir.file("docs")}), false); },
               ExitCode::kDataError,
               "the English file is 99% Arabic script; en.txt holds the English, ar.txt its "
               "Arabic translation");
  fs::remove_all(swapped);

  const fs::path uneven = seed_folder(dir, "uneven");
  {
    std::ofstream en(uneven / "en.txt", std::ios::app);
    for (int k = 0; k < 3; ++k)
      en << "\n" << std::ifstream(kSeed / "en.txt").rdbuf();
  }
  const FolderDocuments read =
      read_document_folders(find_document_folders({dir.file("docs")}), false);
  ASSERT_EQ(read.documents.size(), 1u);
  EXPECT_EQ(read.skipped(), 0u);
  ASSERT_EQ(read.notices.size(), 1u);
  EXPECT_EQ(read.notices[0].kind, FolderNotice::Kind::kWarning);
  EXPECT_NE(read.notices[0].message.find("expect many unaligned sentences"), std::string::npos);
}

}  // namespace
}  // namespace mizan::pipeline
