// The aligner's lexicon: what the lexical model learns from a document or from units
// (align/lexicon.hpp), and a prior lexicon that the document's model starts from.

#include "mizan/align/lexicon.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "beads_text.hpp"
#include "lexical_model.hpp"
#include "mizan/align/aligner.hpp"
#include "mizan/align/beads.hpp"
#include "mizan/core/error.hpp"

namespace mizan::align {
namespace {

// The count of the pair (English form, Arabic form), or -1 when the counts do not hold it.
double en_to_ar(const LexiconCounts& c, std::string_view en, std::string_view ar) {
  for (const LexiconCounts::Pair& p : c.pairs) {
    if (c.en[p.en].form == en && c.ar[p.ar].form == ar) return p.en_to_ar;
  }
  return -1;
}

const LexiconCounts::Word* word(const std::vector<LexiconCounts::Word>& words,
                                std::string_view form) {
  const auto it = std::find_if(words.begin(), words.end(),
                               [&](const LexiconCounts::Word& w) { return w.form == form; });
  return it == words.end() ? nullptr : &*it;
}

// Three English sentences alike in length, none with an anchor (no number, name or Latin token
// in the Arabic), and a translation of the first and the last: the middle one is left out.
// Three sentences are too few for the document's own Model 1 to tell which.
const std::vector<std::string> kEnglish = {
    "The minister visited the hospital and spoke with the doctors there.",
    "The weather was cold and the roads stayed closed for many hours.",
    "The farmers asked the government for more water during the summer.",
};
const std::vector<std::string> kArabic = {
    "زار الوزير المستشفى وتحدث مع الأطباء هناك.",
    "طلب المزارعون من الحكومة مزيدا من المياه خلال الصيف.",
};

// Units of a memory: the words of the third sentence with their translations.
LexiconCounts farming_units() {
  return learn_lexicon({"farmers", "the government", "water", "the summer", "weather", "roads"},
                       {"المزارعون", "الحكومة", "المياه", "الصيف", "الطقس", "الطرق"});
}

TEST(Lexicon, APriorLexiconTurnsAWrongBeadRight) {
  SentenceAligner alone;
  const std::string without = beads_text(alone.align(kEnglish, kArabic).beads);
  ASSERT_NE(without, "[0]:[0]\n[1]:[]\n[2]:[1]\n") << "the document alone already decides";

  AlignerOptions options;
  const LexiconCounts known = farming_units();
  std::size_t asked = 0;
  options.prior_lexicon = [&](const LexicalVocabulary& words) {
    ++asked;
    EXPECT_NE(std::find(words.en.begin(), words.en.end(), "farmer"), words.en.end());
    return known;
  };
  SentenceAligner taught(options);
  EXPECT_EQ(beads_text(taught.align(kEnglish, kArabic).beads), "[0]:[0]\n[1]:[]\n[2]:[1]\n");
  EXPECT_EQ(asked, 1u);
}

TEST(Lexicon, AnEmptyPriorChangesNothing) {
  AlignerOptions options;
  options.prior_lexicon = [](const LexicalVocabulary&) { return LexiconCounts{}; };
  const Alignment with = SentenceAligner(options).align(kEnglish, kArabic);
  const Alignment without = SentenceAligner().align(kEnglish, kArabic);
  ASSERT_EQ(with.beads.size(), without.beads.size());
  for (std::size_t k = 0; k < with.beads.size(); ++k) {
    EXPECT_EQ(with.beads[k], without.beads[k]);
    EXPECT_DOUBLE_EQ(with.beads[k].confidence, without.beads[k].confidence);
  }
}

TEST(Lexicon, NoPriorIsAskedWithoutTheLexicalModel) {
  AlignerOptions options;
  options.use_lexical = false;
  options.prior_lexicon = [](const LexicalVocabulary&) -> LexiconCounts {
    ADD_FAILURE() << "asked";
    return {};
  };
  const Alignment a = SentenceAligner(options).align(kEnglish, kArabic);
  EXPECT_TRUE(a.lexicon.empty());
}

TEST(Lexicon, UnitsTeachWordTranslationsInTheAlignersForms) {
  const LexiconCounts c = farming_units();
  // English plurals folded; Arabic split into the article and the stem.
  ASSERT_NE(word(c.en, "farmer"), nullptr);
  ASSERT_NE(word(c.ar, "مزارع"), nullptr);
  ASSERT_NE(word(c.ar, "ال+"), nullptr);
  EXPECT_GT(en_to_ar(c, "farmer", "مزارع"), 0.5);
  // "the" is in two units, government in one: each explains its own word better.
  EXPECT_GT(en_to_ar(c, "government", "حكوم"), en_to_ar(c, "the", "حكوم"));
  EXPECT_GT(en_to_ar(c, "the", "ال+"), en_to_ar(c, "government", "ال+"));
  for (const LexiconCounts::Pair& p : c.pairs) {
    EXPECT_LE(p.en_to_ar, c.en[p.en].total * (1 + 1e-6));
    EXPECT_LE(p.ar_to_en, c.ar[p.ar].total * (1 + 1e-6));
  }
}

TEST(Lexicon, UnitsMustBePairs) {
  try {
    learn_lexicon({"one", "two"}, {"واحد"});
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kUsage);
  }
  EXPECT_TRUE(learn_lexicon({}, {}).empty());
}

TEST(Lexicon, AnAlignmentReturnsWhatItsBeadsTaught) {
  const std::vector<std::string> en = {
      "The Ministry of Defense announced on Monday that 12 soldiers were wounded in the attack.",
      "The attack took place near the city of Mosul at about 9 p.m.",
      "The United Nations condemned the attack in a statement issued in Geneva.",
      "Security forces arrested 3 suspects in March 2024."};
  const std::vector<std::string> ar = {
      "أعلنت وزارة الدفاع يوم الاثنين أن 12 جنديا أصيبوا في الهجوم.",
      "ووقع الهجوم قرب مدينة الموصل نحو الساعة 9 مساء.",
      "وأدانت الأمم المتحدة الهجوم في بيان صدر في جنيف.",
      "واعتقلت قوات الأمن 3 مشتبه بهم في مارس 2024."};
  const Alignment a = SentenceAligner().align(en, ar);
  ASSERT_FALSE(a.lexicon.empty());
  // "attack" is in three beads, always with الهجوم (ال+ هجوم); four pairs are too few for Model 1
  // to keep "the" from sharing it, which is what a memory's counts are for.
  EXPECT_GT(en_to_ar(a.lexicon, "attack", "هجوم"), 0.3);
  ASSERT_NE(word(a.lexicon.en, "attack"), nullptr);
  EXPECT_GT(word(a.lexicon.en, "attack")->total, en_to_ar(a.lexicon, "attack", "هجوم"));
  EXPECT_EQ(en_to_ar(a.lexicon, "attack", "مشتبه"), -1);  // never in one bead
  AlignerOptions no_lexical;
  no_lexical.use_lexical = false;
  EXPECT_TRUE(SentenceAligner(no_lexical).align(en, ar).lexicon.empty());
}

TEST(LexicalModelPrior, ASourceWordTheTrainingNeverShowsKeepsThePriorsTranslations) {
  // Source 0 and target 0 never meet in the training pair; the prior knows they translate.
  const detail::WordIds e = {1}, a = {1};
  detail::ModelPrior prior;
  prior.weight = {4.0f, 0.0f};
  prior.dist = {{{0, 0.8f}}, {}};
  detail::TranslationModel with, without;
  with.train({{&e, &a}}, 2, 2, 5, &prior);
  without.train({{&e, &a}}, 2, 2, 5);
  detail::SparseSums sums;
  with.sentence_sums({0}, sums);
  EXPECT_FLOAT_EQ(detail::lookup(sums, 0), 0.8f);
  EXPECT_TRUE(with.covers(0));
  EXPECT_FALSE(without.covers(0));
  // The training's counts are the data's, without the pseudo-counts.
  ASSERT_EQ(with.counts().size(), 1u);
  EXPECT_EQ(with.counts()[0].source, 1u);
  EXPECT_EQ(with.counts()[0].target, 1u);
}

TEST(LexicalModelPrior, TheDataOutweighAWeakPrior) {
  // The prior says source 0 means target 1; forty pairs show it with target 0.
  std::vector<detail::WordIds> es(40, detail::WordIds{0}), as(40, detail::WordIds{0});
  std::vector<std::pair<const detail::WordIds*, const detail::WordIds*>> pairs;
  for (std::size_t k = 0; k < es.size(); ++k)
    pairs.emplace_back(&es[k], &as[k]);
  detail::ModelPrior prior;
  prior.weight = {4.0f};
  prior.dist = {{{1, 1.0f}}};
  detail::TranslationModel m;
  m.train(pairs, 1, 2, 5, &prior);
  detail::SparseSums sums;
  m.sentence_sums({0}, sums);
  EXPECT_GT(detail::lookup(sums, 0), 2 * detail::lookup(sums, 1));
  EXPECT_GT(detail::lookup(sums, 1), 0.0f);
}

}  // namespace
}  // namespace mizan::align
