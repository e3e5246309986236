#include "mizan/tm/fuzzy.hpp"

#include <gtest/gtest.h>

namespace mizan::tm {
namespace {

int percent(std::string_view query, std::string_view match) {
  WordAnalyzer a;
  return fuzzy_score(a.analyze(query), a.analyze(match)).percent;
}

TEST(EnglishLightStem, RemovesPluralAndPossessiveEndings) {
  EXPECT_EQ(english_light_stem("forces"), "force");
  EXPECT_EQ(english_light_stem("forces'"), "force");
  EXPECT_EQ(english_light_stem("isis'"), "isis");
  EXPECT_EQ(english_light_stem("coalition's"), "coalition");
  EXPECT_EQ(english_light_stem("countries"), "country");
  EXPECT_EQ(english_light_stem("strikes"), "strike");
  EXPECT_EQ(english_light_stem("churches"), "church");
  EXPECT_EQ(english_light_stem("addresses"), "address");
}

TEST(EnglishLightStem, LeavesShortAndNonPluralWordsAlone) {
  EXPECT_EQ(english_light_stem("us"), "us");
  EXPECT_EQ(english_light_stem("gas"), "gas");
  EXPECT_EQ(english_light_stem("status"), "status");
  EXPECT_EQ(english_light_stem("analysis"), "analysis");
  EXPECT_EQ(english_light_stem("class"), "class");
  EXPECT_EQ(english_light_stem("u.s"), "u.s");
  EXPECT_EQ(english_light_stem("2024"), "2024");
}

TEST(SpellingSkeleton, JoinsTheTwoSpellingsOfAmerican) {
  // الأمريكية / الأميركية: light stems امريك / اميرك; without inner ا و ي both are امرك.
  EXPECT_EQ(spelling_skeleton("امريك"), spelling_skeleton("اميرك"));
  EXPECT_EQ(spelling_skeleton("امريك"), "امرك");
}

TEST(SpellingSkeleton, JoinsDoubledLettersInTransliteratedNames) {
  EXPECT_EQ(spelling_skeleton("كوريلا"), spelling_skeleton("كوريللا"));
  EXPECT_EQ(spelling_skeleton("kurilla"), spelling_skeleton("kurila"));
}

TEST(SpellingSkeleton, IsEmptyForShortStemsAndMixedWords) {
  EXPECT_EQ(spelling_skeleton("قال"), "");  // قل: two letters, too short to trust
  EXPECT_EQ(spelling_skeleton("f-16"), "");
  EXPECT_EQ(spelling_skeleton("اف16"), "");
}

TEST(WordAnalyzer, KeepsWordsAndNumbersWithSpansAndKeys) {
  WordAnalyzer a;
  const std::string text = "Forces struck 1,000 targets, (CENTCOM) said.";
  const auto words = a.analyze(text);
  ASSERT_EQ(words.size(), 6U);
  EXPECT_EQ(words[0].key, "forces");
  EXPECT_EQ(words[0].stem, "force");
  EXPECT_EQ(text.substr(words[0].begin, words[0].end - words[0].begin), "Forces");
  EXPECT_TRUE(words[2].is_number);
  EXPECT_EQ(words[2].key, "1000");
  EXPECT_EQ(text.substr(words[4].begin, words[4].end - words[4].begin), "CENTCOM");
}

TEST(WordAnalyzer, AbbreviationSpansKeepTheirFinalPeriod) {
  WordAnalyzer a;
  const std::string text = "Damage to U.S. equipment.";
  const auto words = a.analyze(text);
  ASSERT_EQ(words.size(), 4U);
  EXPECT_EQ(text.substr(words[2].begin, words[2].end - words[2].begin), "U.S.");
  EXPECT_EQ(words[2].key, "u.s");
  EXPECT_EQ(text.substr(words[3].begin, words[3].end - words[3].begin), "equipment");
}

TEST(WordAnalyzer, FoldsArabicSpellingAndDigitScriptInKeys) {
  WordAnalyzer a;
  const auto words = a.analyze("القيادة المركزيّة ٢٠٢٥");
  ASSERT_EQ(words.size(), 3U);
  EXPECT_EQ(words[0].key, "القياده");
  EXPECT_EQ(words[0].stem, "قياد");
  EXPECT_EQ(words[1].key, "المركزيه");  // shadda gone, ta marbuta -> ha
  EXPECT_TRUE(words[2].is_number);
  EXPECT_EQ(words[2].key, "2025");
}

TEST(Relate, GradesClitics_SpellingVariants_AndOtherWords) {
  WordAnalyzer a;
  const auto w = a.analyze("القيادة والقيادة الأمريكية الأميركية قوات 2024 2025");
  ASSERT_EQ(w.size(), 7u);
  EXPECT_EQ(relate(w[0], w[0]), WordRelation::kSame);
  EXPECT_EQ(relate(w[0], w[1]), WordRelation::kInflection);
  EXPECT_EQ(relate(w[2], w[3]), WordRelation::kSpellingVariant);
  EXPECT_EQ(relate(w[0], w[4]), WordRelation::kDifferent);
  EXPECT_EQ(relate(w[5], w[6]), WordRelation::kDifferent);  // numbers: equal or different
}

TEST(FuzzyScore, OneDifferentWordCostsOneWordOfTheSegment) {
  // 11 words, one replaced: 1 - 1/11 = 90.9 -> 90.
  EXPECT_EQ(percent("The operations served to disrupt and degrade the ability of ISIS",
                    "The operations served to disrupt and weaken the ability of ISIS"),
            90);
}

TEST(FuzzyScore, AddedOrDroppedWordCostsOneWordOfTheLongerSegment) {
  // 11 words against 12: 1 - 1/12 = 91.7 -> 91.
  EXPECT_EQ(percent("The operations served to disrupt and degrade the ability of ISIS",
                    "The operations served to disrupt and degrade the military ability of ISIS"),
            91);
}

TEST(FuzzyScore, CliticDifferenceCostsLessThanADifferentWord) {
  // 8 words; والقوات for القوات: 1 - 0.3/8 = 96.25.
  const int clitic = percent("نفذت القيادة المركزية والقوات الشريكة عمليات في العراق",
                             "نفذت القيادة المركزية القوات الشريكة عمليات في العراق");
  const int other = percent("نفذت القيادة المركزية والقوات الشريكة عمليات في العراق",
                            "نفذت القيادة المركزية الطائرات الشريكة عمليات في العراق");
  EXPECT_EQ(clitic, 96);
  EXPECT_EQ(other, 87);
  EXPECT_GT(clitic, other);
}

TEST(FuzzyScore, SpellingVariantCostsHalfAWord) {
  // 6 words; الأميركية for الأمريكية: 1 - 0.5/6 = 91.7.
  EXPECT_EQ(percent("ولم تقع إصابات بين القوات الأمريكية", "ولم تقع إصابات بين القوات الأميركية"),
            91);
}

TEST(FuzzyScore, DifferentNumberCostsAWordAndThePenalty) {
  // 10 words, one number differs: 100 - 10 - kNumberPenalty.
  EXPECT_EQ(percent("From Jan. 2 to Jan. 3, forces conducted an operation",
                    "From Jan. 2 to Jan. 4, forces conducted an operation"),
            89);
  EXPECT_EQ(percent("From Jan. 2 to Jan. 3, forces conducted an operation",
                    "From Jan. 2 to Jan. 3, troops conducted an operation"),
            90);
}

TEST(FuzzyScore, CaseAndDiacriticsDoNotCountButNeverReachTheExactTiers) {
  EXPECT_EQ(percent("THE OPERATION WAS A SUCCESS", "The operation was a success"), 98);
  EXPECT_EQ(percent("قُتل أحد أفراد التحالف", "قتل أحد أفراد التحالف"), 98);
}

TEST(FuzzyScore, UnrelatedSegmentsScoreLow) {
  EXPECT_LT(percent("One Coalition member was killed", "The weather is fine in Tampa today"), 20);
}

TEST(FuzzyScore, EmptySegmentsScoreZero) {
  WordAnalyzer a;
  EXPECT_EQ(fuzzy_score(a.analyze(""), a.analyze("")).percent, 0);
  EXPECT_EQ(fuzzy_score(a.analyze("..."), a.analyze("word")).percent, 0);
}

TEST(FuzzyScore, EditsSayWhatToChangeInTextOrder) {
  WordAnalyzer a;
  const auto q = a.analyze("From Jan. 5 to Jan. 6, allied forces conducted strikes");
  const auto m = a.analyze("From Jan. 2 to Jan. 6, forces conducted strikes");
  const FuzzyScore s = fuzzy_score(q, m, /*with_edits=*/true);
  using K = WordEdit::Kind;
  std::vector<K> kinds;
  for (const WordEdit& e : s.edits)
    kinds.push_back(e.kind);
  const std::vector<K> want = {K::kKeep, K::kKeep,   K::kReplace, K::kKeep, K::kKeep,
                               K::kKeep, K::kInsert, K::kKeep,    K::kKeep, K::kKeep};
  ASSERT_EQ(kinds, want);  // the indexes below rely on this order
  EXPECT_EQ(q[static_cast<std::size_t>(s.edits[2].query)].key, "5");
  EXPECT_EQ(m[static_cast<std::size_t>(s.edits[2].match)].key, "2");
  EXPECT_EQ(q[static_cast<std::size_t>(s.edits[6].query)].key, "allied");
  EXPECT_EQ(s.edits[6].match, -1);
  EXPECT_EQ(s.differing_numbers, 1);
}

TEST(SurfaceDistance, CountsCodePointEditsOfTheTextAsWritten) {
  EXPECT_EQ(surface_distance("Start-Up", "start-up"), 2U);
  EXPECT_EQ(surface_distance("قُتل", "قتل"), 1U);  // one mark, not its two bytes
  EXPECT_EQ(surface_distance("", "abc"), 3U);
  EXPECT_EQ(surface_distance("same", "same"), 0U);
}

TEST(BestPossiblePercent, BoundsTheScoreByTheLengthDifference) {
  EXPECT_DOUBLE_EQ(best_possible_percent(10, 10), 100.0);
  EXPECT_DOUBLE_EQ(best_possible_percent(5, 10), 50.0);
  EXPECT_DOUBLE_EQ(best_possible_percent(0, 0), 0.0);
}

}  // namespace
}  // namespace mizan::tm
