#include "mizan/pipeline/pair_check.hpp"

#include <gtest/gtest.h>

#include "support/test_support.hpp"

namespace mizan::pipeline {
namespace {

using mizan::testing::expect_error;

constexpr std::string_view kHint = "--en takes the English file, --ar the Arabic";

// The seed document (corpora/centcom-2025-01-06), one sentence per line: 12 English sentences
// and their translation in 14 Arabic ones.
DocumentPair seed() {
  const std::string dir = std::string(MIZAN_SOURCE_DIR) + "/corpora/centcom-2025-01-06/";
  DocumentPair pair;
  pair.en_file = "en.txt";
  pair.ar_file = "ar.txt";
  pair.en = read_presegmented(dir + "en.sent", false);
  pair.ar = read_presegmented(dir + "ar.sent", false);
  return pair;
}

// `side` with every sentence `times` times over.
DocumentSide repeated(const DocumentSide& side, int times) {
  DocumentSide out;
  for (int k = 0; k < times; ++k) {
    out.sentences.insert(out.sentences.end(), side.sentences.begin(), side.sentences.end());
    out.paragraphs.insert(out.paragraphs.end(), side.paragraphs.begin(), side.paragraphs.end());
  }
  return out;
}

bool ends_with(const std::string& s, std::string_view end) {
  return s.size() >= end.size() && s.compare(s.size() - end.size(), end.size(), end) == 0;
}

TEST(CheckPair, ATranslationPairHasNothingToSay) {
  const PairCheck check = check_pair(seed(), kHint);
  EXPECT_EQ(check.verdict, PairVerdict::kPair);
  EXPECT_EQ(check.problem, "");
}

TEST(CheckPair, AnEmptySideIsAnErrorNamingItsFile) {
  DocumentPair pair = seed();
  pair.en = {};
  expect_error([&] { check_pair(pair, kHint); }, ExitCode::kDataError,
               "no English text to align (empty file)");
  try {
    check_pair(pair, kHint);
  } catch (const Error& e) {
    EXPECT_EQ(e.where().file, "en.txt");
  }
  pair = seed();
  pair.ar = {};
  expect_error([&] { check_pair(pair, kHint); }, ExitCode::kDataError,
               "no Arabic text to align (empty file)");
}

TEST(CheckPair, ArabicGivenAsEnglishIsNoPairAndSaysHowToGiveTheFiles) {
  DocumentPair pair = seed();
  pair.en = pair.ar;  // the Arabic keeps a few Latin letters (CENTCOM, ISIS): 99% Arabic
  const PairCheck check = check_pair(pair, kHint);
  EXPECT_EQ(check.verdict, PairVerdict::kNotAPair);
  EXPECT_EQ(check.problem,
            "en.txt: the English file is 99% Arabic script; --en takes the English file, --ar "
            "the Arabic");
}

TEST(CheckPair, EnglishGivenAsArabicIsNoPair) {
  DocumentPair pair = seed();
  pair.ar = pair.en;
  const PairCheck check = check_pair(pair, kFolderOrderHint);
  EXPECT_EQ(check.verdict, PairVerdict::kNotAPair);
  EXPECT_EQ(check.problem,
            "ar.txt: the Arabic file is 100% Latin script; en.txt holds the English, ar.txt its "
            "Arabic translation");
}

TEST(CheckPair, OneSideTenTimesLongerIsNoPair) {
  DocumentPair pair = seed();
  pair.en = repeated(pair.en, 50);
  const PairCheck check = check_pair(pair, kHint);
  EXPECT_EQ(check.verdict, PairVerdict::kNotAPair);
  EXPECT_EQ(check.problem.rfind("en.txt and ar.txt: one side is ", 0), 0u) << check.problem;
  EXPECT_TRUE(ends_with(check.problem,
                        "x longer than the other (600 English, 14 Arabic sentences): these are "
                        "not translations of each other"))
      << check.problem;
}

TEST(CheckPair, OneSideFourTimesLongerIsUneven) {
  DocumentPair pair = seed();
  pair.en = repeated(pair.en, 4);
  const PairCheck check = check_pair(pair, kHint);
  EXPECT_EQ(check.verdict, PairVerdict::kUneven);
  EXPECT_EQ(check.problem.rfind("en.txt and ar.txt: one side is ", 0), 0u) << check.problem;
  EXPECT_TRUE(ends_with(check.problem, "x longer than the other; expect many unaligned sentences"))
      << check.problem;
}

}  // namespace
}  // namespace mizan::pipeline
