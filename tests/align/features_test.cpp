// Anchors of each kind, found on both sides of a sentence pair, and the helpers behind them.

#include "features.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace mizan::align::detail {
namespace {

// Anchors shared by English sentence 0 and Arabic sentence 0, by kind.
std::vector<AnchorKind> shared_kinds(const std::string& en, const std::string& ar,
                                     FeatureOptions options = {}) {
  FeatureExtractor x;
  const DocumentFeatures doc = x.extract({en}, {ar}, options);
  std::vector<AnchorKind> kinds;
  for (std::uint32_t id : doc.en[0].anchors) {
    if (std::binary_search(doc.ar[0].anchors.begin(), doc.ar[0].anchors.end(), id)) {
      kinds.push_back(doc.anchors[id].kind);
    }
  }
  return kinds;
}

bool has(const std::vector<AnchorKind>& kinds, AnchorKind k) {
  return std::find(kinds.begin(), kinds.end(), k) != kinds.end();
}

TEST(Anchors, NumbersMatchAcrossDigitScripts) {
  const auto k = shared_kinds("From Dec. 30 to 1,500 troops.", "من ٣٠ ديسمبر إلى ١٬٥٠٠ جندي.");
  EXPECT_EQ(std::count(k.begin(), k.end(), AnchorKind::kNumber), 2);
}

TEST(Anchors, DifferentNumbersDoNotMatch) {
  EXPECT_FALSE(has(shared_kinds("It killed 12 people.", "قتل 13 شخصا."), AnchorKind::kNumber));
}

TEST(Anchors, MonthsInBothArabicSeries) {
  EXPECT_TRUE(has(shared_kinds("On Jan. 6, they left.", "في 6 يناير غادروا."), AnchorKind::kMonth));
  EXPECT_TRUE(has(shared_kinds("On January 6, they left.", "في 6 كانون الثاني غادروا."),
                  AnchorKind::kMonth));
  EXPECT_TRUE(
      has(shared_kinds("In October they met.", "في تشرين الأول التقوا."), AnchorKind::kMonth));
  EXPECT_TRUE(has(shared_kinds("In July they met.", "وفي تموز التقوا."), AnchorKind::kMonth));
  // Not a month: كانون alone, and "may" the verb.
  EXPECT_FALSE(has(shared_kinds("They may come.", "قد يأتون في مايو."), AnchorKind::kMonth));
}

TEST(Anchors, AmbiguousMonthNamesNeedANumber) {
  EXPECT_TRUE(has(shared_kinds("On 3 March they met.", "في 3 مارس التقوا."), AnchorKind::kMonth));
  // مارس without a number is "he practised".
  EXPECT_FALSE(has(shared_kinds("In March they met.", "مارس الضغط عليهم."), AnchorKind::kMonth));
}

TEST(Anchors, CldrCountriesAndCitiesUnderClitics) {
  EXPECT_TRUE(has(
      shared_kinds("The attack in Peshawar shocked Pakistan.", "صدم الهجوم في بيشاور وباكستان."),
      AnchorKind::kCldrName));
  FeatureOptions without;
  without.cldr_names = false;
  EXPECT_FALSE(has(shared_kinds("They visited Pakistan.", "زاروا باكستان.", without),
                   AnchorKind::kCldrName));
  // A proper noun: the lower-case English word is not the country.
  EXPECT_FALSE(
      has(shared_kinds("The chad fell off the ballot.", "زاروا تشاد."), AnchorKind::kCldrName));
}

TEST(Anchors, Weekdays) {
  EXPECT_TRUE(
      has(shared_kinds("He spoke on Tuesday.", "تحدث يوم الثلاثاء."), AnchorKind::kWeekday));
  // الاثنين is "the two" unless a day is meant.
  EXPECT_FALSE(has(shared_kinds("He met on Monday.", "التقى الاثنين."), AnchorKind::kWeekday));
  EXPECT_TRUE(has(shared_kinds("He met on Monday.", "التقى يوم الاثنين."), AnchorKind::kWeekday));
}

TEST(Anchors, LatinTokensInsideArabic) {
  const auto k = shared_kinds("Syrian Democratic Forces (SDF) and CJTF – OIR.",
                              "قوات سوريا الديمقراطية (SDF) و(CJTF – OIR).");
  EXPECT_EQ(std::count(k.begin(), k.end(), AnchorKind::kLatin), 3);
}

TEST(Anchors, LetterNumberNamesTransliterated) {
  const auto k =
      shared_kinds("using F-16s, F-15s, and A-10s.", "باستخدام طائرات إف-16 وإف-15 وإيه-10.");
  EXPECT_EQ(std::count(k.begin(), k.end(), AnchorKind::kLetterNumber), 3);
  EXPECT_TRUE(
      has(shared_kinds("Two MQ-9 drones.", "طائرتان إم كيو-9."), AnchorKind::kLetterNumber));
}

TEST(Anchors, ProperNamesByTransliteration) {
  const auto k = shared_kinds("said Gen. Michael Erik Kurilla.", "وقال الجنرال مايكل إريك كوريلا.");
  EXPECT_GE(std::count(k.begin(), k.end(), AnchorKind::kName), 2);  // Michael, Kurilla (Erik)
  FeatureOptions no_names;
  no_names.names = false;
  EXPECT_FALSE(
      has(shared_kinds("said Gen. Michael Kurilla.", "وقال الجنرال مايكل كوريلا.", no_names),
          AnchorKind::kName));
}

TEST(Anchors, NamesIgnoreCommonWords) {
  // "Human" is written in lower case elsewhere: a common word, not a name.
  FeatureExtractor x;
  const DocumentFeatures doc = x.extract({"Human rights matter.", "All human beings."},
                                         {"حقوق الإنسان.", "جميع البشر."}, {});
  for (const AnchorInfo& a : doc.anchors)
    EXPECT_NE(a.kind, AnchorKind::kName);
}

TEST(Anchors, Quotations) {
  EXPECT_TRUE(has(shared_kinds("“We will stay,” he said.", "وقال: “سنبقى”."), AnchorKind::kQuote));
}

TEST(Anchors, GlossaryPairsMatchUnderArabicClitics) {
  const std::vector<TermPair> glossary = {{"task force", "قوة المهام"}};
  FeatureOptions o;
  o.glossary = &glossary;
  EXPECT_TRUE(has(shared_kinds("The joint task force met.", "واجتمعت قوة المهام المشتركة.", o),
                  AnchorKind::kGlossary));
  EXPECT_TRUE(
      has(shared_kinds("The task force met.", "وقالت لقوة المهام.", o), AnchorKind::kGlossary));
  EXPECT_FALSE(has(shared_kinds("The force met.", "واجتمعت القوة.", o), AnchorKind::kGlossary));
}

TEST(Anchors, GlossaryFormsOfOneConceptAreOneAnchor) {
  // Two English forms with one rendering: the English of sentence 0 uses one, that of sentence 1
  // the other. As one anchor, each English sentence holds exactly the anchor of its Arabic one;
  // as two pairs, each Arabic sentence would hold an anchor its English lacks (a "miss").
  const std::vector<TermPair> glossary = {{"Deir ez-Zor", "دير الزور", 7},
                                          {"Dayr az-Zawr", "دير الزور", 7}};
  FeatureOptions o;
  o.glossary = &glossary;
  o.names = false;  // the transliterated names (Deir, Zor) are anchors of their own
  FeatureExtractor x;
  const DocumentFeatures doc = x.extract({"They reached Deir ez-Zor.", "Dayr az-Zawr is calm."},
                                         {"وصلوا إلى دير الزور.", "دير الزور هادئة."}, o);
  ASSERT_EQ(std::count_if(doc.anchors.begin(), doc.anchors.end(),
                          [](const AnchorInfo& a) { return a.kind == AnchorKind::kGlossary; }),
            1);
  for (std::size_t i = 0; i < 2; ++i) {
    EXPECT_EQ(doc.en[i].anchors, doc.ar[i].anchors) << i;
    EXPECT_EQ(doc.en[i].anchors.size(), 1u) << i;
  }
}

TEST(Anchors, GlossaryRenderingsWithHyphensMatchWithOrWithoutThem) {
  // The tokenizer gives the hyphen of أرض-جو a token of its own; the rendering's words are
  // أرض, جو, met in the text as written with a hyphen, a dash or a space.
  const std::vector<TermPair> glossary = {{"surface-to-air missile", "صاروخ أرض-جو"}};
  FeatureOptions o;
  o.glossary = &glossary;
  for (const char* ar :
       {"أطلقوا صاروخ أرض-جو.", "أطلقوا صاروخ أرض – جو.", "أطلقوا صاروخ أرض جو."}) {
    EXPECT_TRUE(
        has(shared_kinds("They fired a surface-to-air missile.", ar, o), AnchorKind::kGlossary))
        << ar;
  }
  EXPECT_FALSE(has(shared_kinds("They fired a surface-to-air missile.", "أطلقوا صاروخ أرض.", o),
                   AnchorKind::kGlossary));
}

TEST(Anchors, GlossaryAcronymsAndProperNounsNeedTheirCapitals) {
  const std::vector<TermPair> glossary = {{"US", "الولايات المتحدة"},
                                          {"May", "مايو", TermPair::kNoGroup, true},
                                          {"coalition", "التحالف"}};
  FeatureOptions o;
  o.glossary = &glossary;
  EXPECT_FALSE(
      has(shared_kinds("Tell us now.", "أخبرنا الولايات المتحدة الآن.", o), AnchorKind::kGlossary));
  EXPECT_TRUE(
      has(shared_kinds("The US said so.", "قالت الولايات المتحدة ذلك.", o), AnchorKind::kGlossary));
  EXPECT_FALSE(has(shared_kinds("It may rain.", "ستمطر في مايو.", o), AnchorKind::kGlossary));
  EXPECT_TRUE(has(shared_kinds("Rain in May.", "مطر في مايو.", o), AnchorKind::kGlossary));
  // A common noun matches in any case.
  EXPECT_TRUE(has(shared_kinds("The Coalition struck.", "ضرب التحالف.", o), AnchorKind::kGlossary));
}

TEST(Anchors, DictionaryTranslations) {
  BilingualDictionary dict;
  dict.entries.push_back({"Hospital", {"المستشفى"}});
  dict.entries.push_back({"wounded", {"جريح", "مصاب"}});
  FeatureOptions o;
  o.dictionary = &dict;
  const auto k = shared_kinds("He visited the hospitals.", "زار المستشفيات.", o);
  EXPECT_TRUE(has(k, AnchorKind::kDictionary));  // hospitals -> hospital -> مستشفى
  EXPECT_FALSE(
      has(shared_kinds("He visited the school.", "زار المستشفى.", o), AnchorKind::kDictionary));
}

TEST(Anchors, AnchorsOnOneSideOnlyAreDropped) {
  FeatureExtractor x;
  const DocumentFeatures doc = x.extract({"In 2024 it rained."}, {"أمطرت."}, {});
  EXPECT_TRUE(doc.en[0].anchors.empty());
  EXPECT_TRUE(doc.anchors.empty());
}

TEST(Anchors, RareAnchorsWeighMoreThanFrequentOnes) {
  FeatureExtractor x;
  const DocumentFeatures doc = x.extract({"ISIS 7.", "ISIS 8.", "ISIS 9.", "ISIS 10."},
                                         {"ISIS 7.", "ISIS 8.", "ISIS 9.", "ISIS 10."}, {});
  float rare = 0, frequent = 0;
  for (const AnchorInfo& a : doc.anchors) {
    if (a.kind == AnchorKind::kNumber) rare = a.match;
    if (a.kind == AnchorKind::kLatin) frequent = a.match;
  }
  EXPECT_GT(rare, frequent);
}

TEST(Skeletons, EnglishAndRomanisedArabicAgree) {
  auto meets = [](const std::string& en, const std::string& romanised) {
    const auto e = consonant_skeletons(en, true);
    const auto a = consonant_skeletons(romanised, false);
    return std::find(e.begin(), e.end(), a[0]) != e.end();
  };
  EXPECT_TRUE(meets("kurilla", "kwryla"));
  EXPECT_TRUE(meets("michael", "maykl"));
  EXPECT_TRUE(meets("hamrin", "hmryn"));
  EXPECT_TRUE(meets("erdogan", "ardwghan"));
  EXPECT_FALSE(meets("coalition", "althalf"));
}

TEST(Numbers, Normalised) {
  EXPECT_EQ(normalize_number("1,000"), "1000");
  EXPECT_EQ(normalize_number("1.000.000"), "1000000");
  EXPECT_EQ(normalize_number("3.5"), "3.5");
  EXPECT_EQ(normalize_number("1,000.5"), "1000.5");
  EXPECT_EQ(normalize_number("2024"), "2024");
}

TEST(ConnectiveFragments, OnlyFunctionWordsAndConnectives) {
  // Fragments first; then what is not one: a name, headings, article numbers, a line of symbols
  // (### / ***: an end mark an outlet drops, with no words at all), a sentence of mostly
  // function words.
  const std::vector<std::string> en = {
      "Now, therefore,",      "However,", "In addition,", "On the other hand,",
      "The General Assembly", "Preamble", "Article 1",    "###",
      "No one shall be held."};
  const std::vector<std::string> ar = {
      "وعليه،",   "ومع ذلك،", "بالإضافة إلى ذلك،", "فإن", "فإن الجمعية العامة",
      "المادة 1", "***",      "الديباجة"};
  FeatureExtractor x;
  const DocumentFeatures doc = x.extract(en, ar, {});
  const std::vector<bool> en_fragment = {true, true, true, true, false, false, false, false, false};
  const std::vector<bool> ar_fragment = {true, true, true, true, false, false, false, false};
  for (std::size_t k = 0; k < en.size(); ++k)
    EXPECT_EQ(doc.en[k].connective_fragment, en_fragment[k]) << en[k];
  for (std::size_t k = 0; k < ar.size(); ++k)
    EXPECT_EQ(doc.ar[k].connective_fragment, ar_fragment[k]) << ar[k];
}

TEST(Length, CountsCharactersWithoutSpacesOrTashkeel) {
  EXPECT_EQ(text_length("ab c"), 3);
  EXPECT_EQ(text_length("قُتل"), 3);
}

}  // namespace
}  // namespace mizan::align::detail
