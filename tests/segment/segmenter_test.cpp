#include "mizan/segment/segmenter.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <thread>
#include <vector>

#include "mizan/core/error.hpp"
#include "mizan/formats/srx.hpp"
#include "mizan/segment/sentence_splitter.hpp"

namespace mizan::segment {
namespace {

class SegmenterTest : public ::testing::Test {
 protected:
  Segmenter segmenter{formats::builtin_srx()};
};

TEST(SentenceSplitterLimits, ABacktrackingRuleRunsOutOfTimeWithAClearError) {
  SrxRuleSet rules;
  rules.source_name = "evil.srx";
  rules.language_rules = {
      {"All",
       {{.is_break = false, .before_break = "(a+)+$", .after_break = "\\s", .source_line = 7}}}};
  rules.maps = {{".*", "All"}};
  const SentenceSplitter splitter(rules, "en", 100);
  try {
    splitter.split(std::string(40, 'a') + "b. Next one here.");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kDataError);
    EXPECT_EQ(e.where().file, "evil.srx");
    EXPECT_NE(e.message().find("ran over its limit (100 steps)"), std::string::npos);
  }
}

TEST_F(SegmenterTest, OffsetsPointIntoTheInput) {
  const std::string text = "\nFirst one. Second one.\n\u200Fقال الجنرال. وأضاف.";
  const auto got = segmenter.segment_text(text, LanguageChoice::kAuto);
  ASSERT_EQ(got.size(), 4u);
  for (const Sentence& s : got) {
    EXPECT_EQ(text.substr(s.begin, s.end - s.begin), s.text);
  }
  EXPECT_EQ(got[0].paragraph, 0u);
  EXPECT_EQ(got[2].paragraph, 1u);
  EXPECT_EQ(got[2].begin, text.find("قال"));  // after the RLM that cleaning dropped
}

TEST_F(SegmenterTest, AutoPicksLanguagePerParagraph) {
  const auto got = segmenter.segment_text("Gen. Smith spoke.\nقال د. محمد إن الوضع مستقر.",
                                          LanguageChoice::kAuto);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].language, Language::kEnglish);
  EXPECT_EQ(got[1].language, Language::kArabic);
}

TEST_F(SegmenterTest, ParagraphEndAlwaysEndsASentence) {
  const auto got = segmenter.segment_text("no final stop\nnext line, also without",
                                          LanguageChoice::kEnglish, text::ParagraphMode::kLines);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].text, "no final stop");
}

TEST_F(SegmenterTest, BlankModeFoldsSoftLineBreaks) {
  const std::string text = "The operation\r\nended today. Forces\nreturned.\n\nNext paragraph.";
  const auto got = segmenter.segment_text(text, LanguageChoice::kEnglish);
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0].text, "The operation ended today.");
  EXPECT_EQ(got[1].text, "Forces returned.");
  EXPECT_EQ(got[2].paragraph, 1u);
  EXPECT_EQ(text.substr(got[1].begin, got[1].end - got[1].begin), "Forces\nreturned.");
}

TEST_F(SegmenterTest, EmptyTextHasNoSentences) {
  EXPECT_TRUE(segmenter.segment_text("", LanguageChoice::kAuto).empty());
  EXPECT_TRUE(segmenter.segment_text("\n\n  \n", LanguageChoice::kAuto).empty());
}

TEST_F(SegmenterTest, PresentationFormsAreCleanedBeforeSegmenting) {
  const auto got = segmenter.segment_text("\uFEFB \uFEE3\uFEE6. \uFEFB", LanguageChoice::kArabic);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].text, "لا من.");
  EXPECT_EQ(got[1].text, "لا");
}

// The header promises that one Segmenter serves several threads at once: each call keeps its
// working state to itself. Before, the splitters shared one scratch between calls and this
// gave wrong sentences or crashed.
TEST_F(SegmenterTest, OneSegmenterServesSeveralThreadsAtOnce) {
  std::string text;
  for (int i = 0; i < 200; ++i) {
    text += "Gen. Smith met Dr. Jones at 5 p.m. in the U.S. embassy, report " + std::to_string(i) +
            " says. They left (at noon). Talks resume today.\n\n";
    text += "قال د. محمد إن الوضع مستقر في الساعة " + std::to_string(i) + ". وأضاف: لا جديد!\n\n";
  }
  const std::vector<Sentence> expected = segmenter.segment_text(text, LanguageChoice::kAuto);
  ASSERT_EQ(expected.size(), 200u * 5);
  constexpr int kThreads = 4;
  std::vector<int> mismatches(kThreads, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 5; ++round) {
        const std::vector<Sentence> got = segmenter.segment_text(text, LanguageChoice::kAuto);
        bool same = got.size() == expected.size();
        for (std::size_t k = 0; same && k < got.size(); ++k)
          same = got[k].text == expected[k].text && got[k].begin == expected[k].begin;
        mismatches[t] += same ? 0 : 1;
      }
    });
  }
  for (std::thread& thread : threads)
    thread.join();
  EXPECT_EQ(mismatches, std::vector<int>(kThreads, 0));
}

// Streaming with a tiny window must give the same sentences and offsets as whole-text
// segmentation, except where a window is cut with no boundary in it.
TEST(SegmenterStreaming, SmallPiecesGiveSameResultAsWholeText) {
  std::string text;
  for (int i = 0; i < 300; ++i) {
    text += "Gen. Smith met Lt. Col. Jones on Jan. " + std::to_string(i % 28 + 1) +
            ", 2025, in Baghdad. قال د. محمد إن الوضع مستقر. ";
  }
  text += "\n\nLast paragraph.";
  const auto path = std::filesystem::temp_directory_path() /
                    ("mizan_stream_test_" + std::to_string(::getpid()) + ".txt");
  std::ofstream(path) << text;

  const Segmenter whole(formats::builtin_srx());
  const auto expected = whole.segment_text(text, LanguageChoice::kEnglish);

  const Segmenter small(formats::builtin_srx(), {.max_window = 8192});
  text::ParagraphReader reader(path.string(), text::ParagraphMode::kAuto, {}, 6000);
  std::vector<Sentence> got;
  small.segment_stream(reader, LanguageChoice::kEnglish,
                       [&](Sentence&& s) { got.push_back(std::move(s)); });
  std::filesystem::remove(path);
  ASSERT_EQ(got.size(), expected.size());
  for (std::size_t i = 0; i < got.size(); ++i) {
    EXPECT_EQ(got[i].text, expected[i].text) << i;
    EXPECT_EQ(got[i].begin, expected[i].begin) << i;
    EXPECT_FALSE(got[i].forced);
  }
}

TEST(SegmenterStreaming, LineWithoutBoundariesIsCutAtSpacesInBoundedWindows) {
  std::string text;
  while (text.size() < 200000)
    text += "word ";
  const auto path = std::filesystem::temp_directory_path() /
                    ("mizan_stream_nostop_" + std::to_string(::getpid()) + ".txt");
  std::ofstream(path) << text;
  const Segmenter small(formats::builtin_srx(), {.max_window = 16384});
  text::ParagraphReader reader(path.string(), text::ParagraphMode::kAuto, {}, 16384);
  std::size_t total = 0;
  std::size_t count = 0;
  std::uint64_t last_end = 0;
  small.segment_stream(reader, LanguageChoice::kEnglish, [&](Sentence&& s) {
    EXPECT_LE(s.text.size(), 2u * 16384);
    EXPECT_GE(s.begin, last_end);
    ASSERT_FALSE(s.text.empty());
    EXPECT_EQ(s.text.back(), 'd');  // cut at a space, never inside "word"
    last_end = s.end;
    total += s.text.size();
    ++count;
  });
  std::filesystem::remove(path);
  EXPECT_GT(count, 5u);
  EXPECT_GT(total, 190000u);
}

}  // namespace
}  // namespace mizan::segment
