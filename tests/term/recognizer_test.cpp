#include "mizan/term/recognizer.hpp"

#include <gtest/gtest.h>

namespace mizan::term {
namespace {

TermEntry entry(std::string en, std::string ar, std::vector<std::string> en_variants = {},
                std::vector<std::string> ar_variants = {}, std::string pos = "noun") {
  TermEntry e;
  e.en = std::move(en);
  e.ar = std::move(ar);
  e.en_variants = std::move(en_variants);
  e.ar_variants = std::move(ar_variants);
  e.part_of_speech = std::move(pos);
  return e;
}

class RecognizerTest : public ::testing::Test {
 protected:
  RecognizerTest() {
    for (TermEntry e : {
             entry("CENTCOM", "القيادة المركزية الأمريكية", {"U.S. Central Command"},
                   {"القيادة المركزية الأميركية"}, "properNoun"),
             entry("Central Command", "القيادة المركزية"),
             entry("ISIS", "داعش", {"Daesh"}, {}, "properNoun"),
             entry("Deir ez-Zor", "دير الزور", {"Dayr az-Zawr"}, {}, "properNoun"),
             entry("CJTF-OIR", "عملية العزم الصلب"),
             entry("F-16", "إف-16"),
             entry("air strike", "غارة جوية", {"airstrike"}),
             entry("Gen.", "الجنرال"),
             entry("United States", "الولايات المتحدة", {"US"}, {}, "properNoun"),
             entry("May", "مايو", {}, {}, "properNoun"),
             entry("Sunday", "الأحد", {}, {}, "properNoun"),
             entry("in support of", "دعماً لـ", {}, {}, "phrase"),
             entry("campaign to defeat ISIS", "حملة هزيمة داعش"),
             entry("terrorist attack", "هجوم إرهابي"),
             entry("Houthi", "الحوثي", {"Houthis"}, {}, "properNoun"),
         }) {
      glossary_.add(std::move(e));
    }
    recognizer_ = std::make_unique<Recognizer>(glossary_);
  }

  // "text:english term" for each match, in order.
  std::vector<std::string> found(const std::string& text, Language lang) {
    std::vector<std::string> out;
    for (const TermMatch& m : recognizer_->find(text, lang, scratch_)) {
      out.push_back(text.substr(m.begin, m.end - m.begin) + ":" +
                    glossary_.entries()[m.hits.front().entry].en);
    }
    return out;
  }
  using V = std::vector<std::string>;

  Glossary glossary_;
  std::unique_ptr<Recognizer> recognizer_;
  Recognizer::Scratch scratch_;
};

TEST_F(RecognizerTest, EnglishCasePluralsAndPossessives) {
  EXPECT_EQ(found("Two airstrikes and an AIR STRIKE", Language::kEnglish),
            (V{"airstrikes:air strike", "AIR STRIKE:air strike"}));
  EXPECT_EQ(found("ISIS' ability and ISIS's leaders", Language::kEnglish),
            (V{"ISIS:ISIS", "ISIS's:ISIS"}));
  EXPECT_EQ(found("CENTCOM’s forces", Language::kEnglish), (V{"CENTCOM’s:CENTCOM"}));
}

TEST_F(RecognizerTest, HyphensAndDashesAreOptional) {
  EXPECT_EQ(found("CJTF – OIR, CJTF-OIR and CJTF OIR", Language::kEnglish),
            (V{"CJTF – OIR:CJTF-OIR", "CJTF-OIR:CJTF-OIR", "CJTF OIR:CJTF-OIR"}));
  EXPECT_EQ(found("near Dayr az Zawr and Deir ez—Zor", Language::kEnglish),
            (V{"Dayr az Zawr:Deir ez-Zor", "Deir ez—Zor:Deir ez-Zor"}));
  EXPECT_EQ(found("F-16s, F16s and F 16", Language::kEnglish),
            (V{"F-16s:F-16", "F16s:F-16", "F 16:F-16"}));
}

TEST_F(RecognizerTest, AcronymsAndCapitalisedProperNounsNeedACapital) {
  EXPECT_EQ(found("They told us about US plans", Language::kEnglish), (V{"US:United States"}));
  EXPECT_EQ(found("It may rain in May", Language::kEnglish), (V{"May:May"}));
  EXPECT_EQ(found("Isis and isis", Language::kEnglish), (V{"Isis:ISIS"}));
}

TEST_F(RecognizerTest, AbbreviationPeriodIsOptionalAndOtherPunctuationBreaks) {
  EXPECT_EQ(found("said Gen. Kurilla and Gen Smith", Language::kEnglish),
            (V{"Gen.:Gen.", "Gen:Gen."}));
  // A comma between the words: not the term.
  EXPECT_TRUE(found("the air, strike", Language::kEnglish).empty());
}

TEST_F(RecognizerTest, LongestMatchWinsAmongOverlappingTerms) {
  EXPECT_EQ(found("U.S. Central Command said", Language::kEnglish),
            (V{"U.S. Central Command:CENTCOM"}));
  EXPECT_EQ(found("the campaign to defeat ISIS", Language::kEnglish),
            (V{"campaign to defeat ISIS:campaign to defeat ISIS"}));
  EXPECT_EQ(found("وقالت القيادة المركزية", Language::kArabic),
            (V{"القيادة المركزية:Central Command"}));
}

TEST_F(RecognizerTest, ArabicThroughTheMatchingKey) {
  EXPECT_EQ(found("القيادة المركزية الامريكيه", Language::kArabic),
            (V{"القيادة المركزية الامريكيه:CENTCOM"}));
  EXPECT_EQ(found("القيادةُ المركـزيةُ الأمريكيّةُ", Language::kArabic),
            (V{"القيادةُ المركـزيةُ الأمريكيّةُ:CENTCOM"}));
  EXPECT_EQ(found("القيادة المركزية الأميركية", Language::kArabic),
            (V{"القيادة المركزية الأميركية:CENTCOM"}));
}

TEST_F(RecognizerTest, ArabicCliticsArticleAndSuffixes) {
  EXPECT_EQ(found("وللقيادة المركزية الأمريكية", Language::kArabic),
            (V{"وللقيادة المركزية الأمريكية:CENTCOM"}));
  EXPECT_EQ(found("لداعش وبداعش", Language::kArabic), (V{"لداعش:ISIS", "وبداعش:ISIS"}));
  EXPECT_EQ(found("شنت غارات جوية", Language::kArabic), (V{"غارات جوية:air strike"}));
  EXPECT_EQ(found("الحوثيون والحوثيين", Language::kArabic),
            (V{"الحوثيون:Houthi", "والحوثيين:Houthi"}));
  EXPECT_EQ(found("وإف-16 وإف 16", Language::kArabic), (V{"وإف-16:F-16", "وإف 16:F-16"}));
}

TEST_F(RecognizerTest, NoConjunctionOnALaterWordOfATerm) {
  EXPECT_TRUE(found("القيادة والمركزية", Language::kArabic).empty());
}

TEST_F(RecognizerTest, ShortWordsKeepTheirArticleAndTakeNoPreposition) {
  EXPECT_EQ(found("يوم الأحد قال أحد الضباط", Language::kArabic), (V{"الأحد:Sunday"}));
  EXPECT_TRUE(found("بأحد", Language::kArabic).empty());
}

TEST_F(RecognizerTest, AccusativeAlifWithTanween) {
  EXPECT_EQ(found("نفذوا هجوماً إرهابياً", Language::kArabic), (V{"هجوماً إرهابياً:terrorist attack"}));
}

TEST_F(RecognizerTest, ATrailingProcliticMatchesTheNextWordsFirstLetter) {
  const std::string text = "دعماً لحملة هزيمة داعش";
  const std::vector<TermMatch> m = recognizer_->find(text, Language::kArabic, scratch_);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(text.substr(m[0].begin, m[0].end - m[0].begin), "دعماً ل");
  EXPECT_EQ(text.substr(m[1].begin, m[1].end - m[1].begin), "لحملة هزيمة داعش");
}

TEST_F(RecognizerTest, SpellingDropsCliticsAndMarksAndKeepsHamza) {
  auto spelled = [&](const std::string& text) {
    const auto m = recognizer_->find(text, Language::kArabic, scratch_);
    return m.empty() ? std::string("(none)")
                     : recognizer_->spelling(text, m.front(), Language::kArabic, scratch_);
  };
  EXPECT_EQ(spelled("وللقيادةِ المركزية الأمريكية"), "القيادة المركزية الأمريكية");
  EXPECT_EQ(spelled("بالقيادة المركزية الامريكية"), "القيادة المركزية الامريكية");
  EXPECT_EQ(spelled("القيادة المركزية الأميركية"), "القيادة المركزية الأميركية");
  EXPECT_EQ(spelled("دعماً لحملة"), "دعما لـ");
}

TEST_F(RecognizerTest, EitherScriptFindsTheLatinAcronymInsideArabicText) {
  // corpora/centcom-2025-01-06/ar.sent, line 9.
  const std::string text =
      "وتحافظ الولايات المتحدة وأعضاء قوة المهام المشتركة المتعددة الجنسيات – عملية العزم "
      "الصلب (CJTF – OIR) على التزامنا المستمر بمحاربة داعش.";
  std::vector<std::string> found;
  for (const TermMatch& m : recognizer_->find_in_either_script(text, Language::kArabic, scratch_))
    found.push_back(text.substr(m.begin, m.end - m.begin) + ":" +
                    std::string(recognizer_->form_text(m.hits.front(), m.language)));
  EXPECT_EQ(found, (V{"الولايات المتحدة:الولايات المتحدة", "عملية العزم الصلب:عملية العزم الصلب",
                      "CJTF – OIR:CJTF-OIR", "داعش:داعش"}));
  // find() keeps to the language asked for: the checks compare renderings with it.
  EXPECT_EQ(recognizer_->find(text, Language::kArabic, scratch_).size(), 3u);
}

// A proper noun's capitals are required, so the glossary lists the lower-case spelling as a
// variant; adding the entry must keep that variant (it differs from the term only in case).
TEST(Recognizer, LowerCaseVariantOfAProperNounIsFound) {
  Glossary g;
  g.add(entry("Hamrin Mountains", "جبال حمرين", {"Hamrin mountains", "Hemrin Mountains"}, {},
              "properNoun"));
  const Recognizer r(g);
  // corpora/centcom-2025-01-06/en.sent, line 2.
  const std::string text =
      "From Dec. 30 to Jan. 6, CENTCOM and Iraqi forces conducted multiple strikes in the Hamrin "
      "mountains of Iraq, targeting known ISIS locations.";
  const std::vector<TermMatch> m = r.find(text, Language::kEnglish);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(text.substr(m[0].begin, m[0].end - m[0].begin), "Hamrin mountains");
  EXPECT_EQ(r.form_text(m[0].hits.front(), Language::kEnglish), "Hamrin mountains");
  // The case rule itself still holds: "hamrin" is no proper noun's spelling.
  EXPECT_TRUE(r.find("the hamrin mountains", Language::kEnglish).empty());
}

TEST(Recognizer, EmptyGlossaryFindsNothing) {
  Glossary g;
  const Recognizer r(g);
  EXPECT_TRUE(r.find("CENTCOM and ISIS", Language::kEnglish).empty());
}

}  // namespace
}  // namespace mizan::term
