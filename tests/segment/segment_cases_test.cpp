// Table-driven segmentation cases (cases_en.txt, cases_ar.txt) and the seed corpus golden files.

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "mizan/formats/srx.hpp"
#include "mizan/segment/segmenter.hpp"
#include "mizan/text/input.hpp"

namespace mizan::segment {
namespace {

struct Case {
  int line;
  std::string paragraph;
  std::vector<std::string> sentences;
};

std::vector<Case> load_cases(const std::string& path) {
  std::ifstream in(path);
  EXPECT_TRUE(in) << path;
  std::vector<Case> cases;
  std::string line;
  int n = 0;
  bool in_paragraph = false;
  while (std::getline(in, line)) {
    ++n;
    if (line.rfind("> ", 0) == 0) {
      if (!in_paragraph) cases.push_back({n, {}, {}});
      Case& c = cases.back();
      c.paragraph += (c.paragraph.empty() ? "" : "\n") + line.substr(2);
      in_paragraph = true;
    } else if (line.rfind("= ", 0) == 0) {
      if (cases.empty()) {
        ADD_FAILURE() << path << ":" << n << ": a sentence (= ) before any paragraph (> )";
        continue;
      }
      cases.back().sentences.push_back(line.substr(2));
      in_paragraph = false;
    } else {
      in_paragraph = false;
    }
  }
  return cases;
}

std::vector<std::string> texts(const std::vector<Sentence>& s) {
  std::vector<std::string> out;
  for (const Sentence& x : s)
    out.push_back(x.text);
  return out;
}

class SegmentCases : public ::testing::TestWithParam<const char*> {};

TEST_P(SegmentCases, EveryHandCheckedCaseSplitsAsWritten) {
  const std::string lang = GetParam();
  const Segmenter segmenter(formats::builtin_srx());
  const auto cases = load_cases(std::string(MIZAN_TEST_DATA) + "/segment/cases_" + lang + ".txt");
  EXPECT_GE(cases.size(), 40u);
  for (const Case& c : cases) {
    const auto got = segmenter.segment_text(
        c.paragraph, lang == "ar" ? LanguageChoice::kArabic : LanguageChoice::kEnglish,
        text::ParagraphMode::kBlankLines);
    EXPECT_EQ(texts(got), c.sentences) << "cases_" << lang << ".txt:" << c.line;
  }
}

INSTANTIATE_TEST_SUITE_P(Languages, SegmentCases, ::testing::Values("en", "ar"));

std::vector<std::string> read_lines(const std::string& path) {
  std::ifstream in(path);
  std::vector<std::string> lines;
  std::string line;
  while (std::getline(in, line))
    lines.push_back(line);
  return lines;
}

TEST(SeedCorpus, SegmentsExactlyIntoReferenceSentences) {
  const Segmenter segmenter(formats::builtin_srx());
  const std::string dir = std::string(MIZAN_SOURCE_DIR) + "/corpora/centcom-2025-01-06/";
  for (const char* lang : {"en", "ar"}) {
    const std::string text = text::read_text_file(dir + lang + ".txt");
    const auto got = segmenter.segment_text(text, LanguageChoice::kAuto);
    const auto want = read_lines(dir + lang + ".sent");
    EXPECT_EQ(texts(got), want) << lang;
    EXPECT_EQ(want.size(), std::string(lang) == "en" ? 12u : 14u);
  }
}

}  // namespace
}  // namespace mizan::segment
