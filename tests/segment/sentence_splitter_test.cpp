#include "mizan/segment/sentence_splitter.hpp"

#include <gtest/gtest.h>

#include "mizan/core/error.hpp"
#include "mizan/formats/srx.hpp"

namespace mizan::segment {
namespace {

std::vector<std::string> split(const SentenceSplitter& s, std::string_view text) {
  std::vector<std::string> out;
  for (const Span& sp : s.split(text))
    out.emplace_back(text.substr(sp.begin, sp.end - sp.begin));
  return out;
}

SrxRuleSet one_rule_set(std::vector<SrxRule> rules) {
  SrxRuleSet set;
  set.source_name = "test.srx";
  set.language_rules.push_back({"Test", std::move(rules)});
  set.maps.push_back({"en.*", "Test"});
  return set;
}

TEST(SentenceSplitter, WithoutRulesFollowsIcu) {
  const SentenceSplitter s(SrxRuleSet{}, "en");
  EXPECT_EQ(split(s, "One. Two? Three!"), (std::vector<std::string>{"One.", "Two?", "Three!"}));
  EXPECT_EQ(split(s, "Gen. Smith"), (std::vector<std::string>{"Gen.", "Smith"}));
}

// The splitter widens ASCII in runs and looks for rule ends and line breaks after: a full stop,
// a break rule's end or a soft line break must count wherever it falls in a run.
TEST(SentenceSplitter, SeesBoundariesAtEveryOffsetOfAnAsciiRun) {
  const SentenceSplitter s(one_rule_set({{false, "\\bGen\\.", "\\s", 1}, {true, ";", "\\s", 2}}),
                           "en");
  for (std::size_t pad = 0; pad < 17; ++pad) {
    const std::string lead = "w" + std::string(pad, 'a');
    EXPECT_EQ(split(s, lead + " one. Two; three\nfour."),
              (std::vector<std::string>{lead + " one.", "Two;", "three\nfour."}))
        << "pad " << pad;
    EXPECT_EQ(split(s, lead + " Gen. Smith spoke. Done."),
              (std::vector<std::string>{lead + " Gen. Smith spoke.", "Done."}))
        << "pad " << pad;
    // After a non-ASCII character the next run starts mid-word.
    EXPECT_EQ(split(s, "\u00E9" + lead + " one. Two."),
              (std::vector<std::string>{"\u00E9" + lead + " one.", "Two."}))
        << "pad " << pad;
  }
}

TEST(SentenceSplitter, NoBreakRuleVetoesIcuBoundary) {
  const SentenceSplitter s(one_rule_set({{false, "\\bGen\\.", "\\s", 1}}), "en");
  EXPECT_EQ(split(s, "Gen. Smith spoke. Then left."),
            (std::vector<std::string>{"Gen. Smith spoke.", "Then left."}));
}

TEST(SentenceSplitter, BreakRuleAddsBoundaryIcuDoesNotSee) {
  const SentenceSplitter s(one_rule_set({{true, ";", "\\s", 1}}), "en");
  EXPECT_EQ(split(s, "a; b"), (std::vector<std::string>{"a;", "b"}));
}

TEST(SentenceSplitter, FirstMatchingRuleWins) {
  // A break rule listed before a no-break rule for the same position takes precedence.
  const SentenceSplitter s(
      one_rule_set({{true, "\\bU\\.S\\.", "\\s+The", 1}, {false, "\\bU\\.S\\.", "\\s", 2}}), "en");
  EXPECT_EQ(split(s, "in the U.S. The end."),
            (std::vector<std::string>{"in the U.S.", "The end."}));
  EXPECT_EQ(split(s, "the U.S. Army left."), (std::vector<std::string>{"the U.S. Army left."}));
}

TEST(SentenceSplitter, LanguageMapsSelectRules) {
  const SrxRuleSet set = one_rule_set({{false, "\\bGen\\.", "\\s", 1}});
  const SentenceSplitter ar(set, "ar");  // map is en.* only: no rules for Arabic
  EXPECT_EQ(split(ar, "Gen. Smith"), (std::vector<std::string>{"Gen.", "Smith"}));
}

TEST(SentenceSplitter, BadPatternNamesFileAndLine) {
  try {
    const SentenceSplitter s(one_rule_set({{false, "(unclosed", "", 42}}), "en");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kDataError);
    EXPECT_EQ(e.where().file, "test.srx");
    EXPECT_EQ(e.where().line, 42);
  }
}

TEST(SentenceSplitter, BuiltinRulesCoverAtLeast150EnglishAbbreviations) {
  // Count alternatives in the no-break abbreviation rules of the shipped English SRX.
  const SrxRuleSet set = formats::builtin_srx();
  std::size_t count = 0;
  for (const auto& lr : set.language_rules) {
    if (lr.name != "English") continue;
    for (const auto& r : lr.rules) {
      if (r.is_break || r.before_break.rfind("\\b(?:", 0) != 0) continue;
      const auto close = r.before_break.find(")\\.");
      if (close == std::string::npos) continue;
      count += 1 + std::count(r.before_break.begin(), r.before_break.begin() + close, '|');
    }
  }
  EXPECT_GE(count, 150u);
}

TEST(SentenceSplitter, OffsetsAreBytesIntoUtf8) {
  const SentenceSplitter s(formats::builtin_srx(), "ar");
  const std::string text = "قال. نعم.";
  const auto spans = s.split(text);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0].begin, 0u);
  EXPECT_EQ(spans[0].end, std::string("قال.").size());
  EXPECT_EQ(spans[1].begin, std::string("قال. ").size());
  EXPECT_EQ(spans[1].end, text.size());
}

TEST(SentenceSplitter, AWorkspaceIsReusedAndBelongsToItsSplitter) {
  const SentenceSplitter english(formats::builtin_srx(), "en");
  const SentenceSplitter arabic(formats::builtin_srx(), "ar");
  SentenceSplitter::Workspace workspace = english.make_workspace();
  const auto first = english.split("Gen. Smith spoke. He left.", workspace);
  ASSERT_EQ(first.size(), 2u);
  EXPECT_EQ(first[1].begin, 18u);
  const auto second = english.split("One. Two. Three.", workspace);
  ASSERT_EQ(second.size(), 3u);
  EXPECT_EQ(second[2].begin, 10u);
  try {
    arabic.split("قال. ثم غادر.", workspace);
    FAIL() << "a workspace of the English splitter was accepted by the Arabic one";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kSoftware);
  }
}

TEST(SentenceSplitter, EmptyAndWhitespaceParagraphsHaveNoSentences) {
  const SentenceSplitter s(formats::builtin_srx(), "en");
  EXPECT_TRUE(s.split("").empty());
  EXPECT_TRUE(s.split("   ").empty());
}

}  // namespace
}  // namespace mizan::segment
