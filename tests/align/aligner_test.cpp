// The aligner end to end on sentence lists: the seed press release against its gold beads, and
// small hand-written news texts with one bead of each shape.

#include "mizan/align/aligner.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "beads_text.hpp"
#include "lexical_model.hpp"
#include "mizan/align/beads.hpp"
#include "mizan/core/error.hpp"
#include "mizan/formats/srx.hpp"
#include "mizan/segment/segmenter.hpp"
#include "mizan/text/input.hpp"

namespace mizan::align {
namespace {

struct Segmented {
  std::vector<std::string> sentences;
  std::vector<std::size_t> paragraphs;
};

Segmented segment_file(const std::string& path, segment::LanguageChoice lang) {
  static const segment::Segmenter segmenter(formats::builtin_srx());
  Segmented out;
  for (auto& s : segmenter.segment_text(text::read_text_file(path), lang)) {
    out.sentences.push_back(std::move(s.text));
    out.paragraphs.push_back(s.paragraph);
  }
  return out;
}

TEST(Aligner, SeedPressReleaseMatchesItsGoldBeads) {
  // corpora/centcom-2025-01-06: 12 English and 14 Arabic sentences; the outlet's closing
  // paragraph (Turkish officials, Erdogan) has no English source: []:[12], []:[13].
  const std::string dir = std::string(MIZAN_SOURCE_DIR) + "/corpora/centcom-2025-01-06/";
  const Segmented en = segment_file(dir + "en.txt", segment::LanguageChoice::kEnglish);
  const Segmented ar = segment_file(dir + "ar.txt", segment::LanguageChoice::kArabic);
  SentenceAligner aligner;
  const Alignment a = aligner.align(en.sentences, ar.sentences, en.paragraphs, ar.paragraphs);
  EXPECT_EQ(beads_text(a.beads),
            beads_text(parse_beads(text::read_text_file(dir + "gold.beads"), "gold.beads")));
  for (const Bead& b : a.beads) {
    EXPECT_GE(b.confidence, 0.0);
    EXPECT_LE(b.confidence, 1.0);
  }
}

// A short news text and its translation, one sentence per line, written for these tests.
const std::vector<std::string> kEnglish = {
    "The Ministry of Defense announced on Monday that 12 soldiers were wounded in the attack.",
    "The attack took place near the city of Mosul at about 9 p.m.",
    "Minister Ahmed Hassan visited the wounded in the hospital on Tuesday.",
    "He said that the government would pay 5,000 dollars to each family.",
    "The United Nations condemned the attack in a statement issued in Geneva.",
    "Security forces arrested 3 suspects in March 2024.",
    "The investigation is continuing, according to the police.",
    "Two F-16 aircraft patrolled the area for 40 minutes after the attack.",
};
const std::vector<std::string> kArabic = {
    "أعلنت وزارة الدفاع يوم الاثنين أن 12 جنديا أصيبوا في الهجوم.",
    "ووقع الهجوم قرب مدينة الموصل نحو الساعة 9 مساء.",
    "وزار الوزير أحمد حسن الجرحى في المستشفى يوم الثلاثاء.",
    "وقال إن الحكومة ستدفع 5000 دولار لكل عائلة.",
    "وأدانت الأمم المتحدة الهجوم في بيان صدر في جنيف.",
    "واعتقلت قوات الأمن 3 مشتبه بهم في مارس 2024.",
    "ولا يزال التحقيق مستمرا بحسب الشرطة.",
    "وحلقت طائرتان من طراز إف-16 فوق المنطقة مدة 40 دقيقة بعد الهجوم.",
};

std::string align_text(const std::vector<std::string>& en, const std::vector<std::string>& ar,
                       AlignerOptions options = {}) {
  SentenceAligner aligner(std::move(options));
  return beads_text(aligner.align(en, ar).beads);
}

std::string identity_except(std::size_t n, const std::string& middle, std::size_t from,
                            std::size_t to_en, std::size_t to_ar) {
  // "[k]:[k]" up to `from`, then `middle`, then the rest shifted.
  std::string s;
  for (std::size_t k = 0; k < from; ++k)
    s += format_bead({k, 1, k, 1}) + "\n";
  s += middle;
  for (std::size_t e = to_en, a = to_ar; e < n; ++e, ++a)
    s += format_bead({e, 1, a, 1}) + "\n";
  return s;
}

TEST(Aligner, OneToOne) {
  EXPECT_EQ(align_text(kEnglish, kArabic), identity_except(8, "", 8, 8, 8));
}

TEST(Aligner, OneToZeroWhenTheTranslationLeavesASentenceOut) {
  std::vector<std::string> ar = kArabic;
  ar.erase(ar.begin() + 3);
  EXPECT_EQ(align_text(kEnglish, ar), identity_except(8, "[3]:[]\n", 3, 4, 3));
}

TEST(Aligner, ZeroToOneForAnAddedSentence) {
  std::vector<std::string> ar = kArabic;
  ar.insert(ar.begin() + 5, "وفي سياق آخر، ارتفعت أسعار النفط في الأسواق العالمية بنسبة كبيرة.");
  EXPECT_EQ(align_text(kEnglish, ar), identity_except(8, "[]:[5]\n", 5, 5, 6));
}

// An outlet that wraps the statement in sentences of its own, each short and next to a sentence it
// could be glued to: with a null bead in every three, the document's own null rate (not the
// parliamentary prior) decides, and each comes out alone.
TEST(Aligner, AnOutletsManyAddedSentencesAreNullBeads) {
  std::vector<std::string> ar = kArabic;
  ar.insert(ar.begin() + 6, "وتابعت الصحيفة الموضوع.");
  ar.insert(ar.begin() + 4, "وجاء ذلك في تقرير لمراسلنا.");
  ar.insert(ar.begin() + 2, "ولم يصدر أي تعليق آخر.");
  ar.insert(ar.begin(), "الصفحة الأولى");
  EXPECT_EQ(align_text(kEnglish, ar),
            "[]:[0]\n[0]:[1]\n[1]:[2]\n[]:[3]\n[2]:[4]\n[3]:[5]\n"
            "[]:[6]\n[4]:[7]\n[5]:[8]\n[]:[9]\n[6]:[10]\n[7]:[11]\n");
}

TEST(Aligner, TwoToOne) {
  std::vector<std::string> en = kEnglish;
  en[2] = "Minister Ahmed Hassan visited the wounded on Tuesday.";
  en.insert(en.begin() + 3, "He met the doctors of the hospital.");
  std::vector<std::string> ar = kArabic;
  ar[2] = "وزار الوزير أحمد حسن الجرحى يوم الثلاثاء والتقى أطباء المستشفى.";
  EXPECT_EQ(align_text(en, ar), identity_except(9, "[2,3]:[2]\n", 2, 4, 3));
}

TEST(Aligner, OneToTwo) {
  std::vector<std::string> en = kEnglish;
  en[3] =
      "He said that the government would pay 5,000 dollars to each family and would build "
      "a new school in the city.";
  std::vector<std::string> ar = kArabic;
  ar.insert(ar.begin() + 4, "وأضاف أنها ستبني مدرسة جديدة في المدينة.");
  EXPECT_EQ(align_text(en, ar), identity_except(8, "[3]:[3,4]\n", 3, 4, 5));
}

TEST(Aligner, OneToThree) {
  std::vector<std::string> en = kEnglish;
  en[3] =
      "He said that the government would pay 5,000 dollars to each family, would build a "
      "new school in the city and would repair 20 houses before the winter.";
  std::vector<std::string> ar = kArabic;
  ar.insert(ar.begin() + 4, "وأضاف أنها ستبني مدرسة جديدة في المدينة.");
  ar.insert(ar.begin() + 5, "كما ستصلح 20 منزلا قبل الشتاء.");
  EXPECT_EQ(align_text(en, ar), identity_except(8, "[3]:[3,4,5]\n", 3, 4, 6));
}

TEST(Aligner, ThreeToOne) {
  std::vector<std::string> en = kEnglish;
  en[5] = "Security forces arrested 3 suspects.";
  en.insert(en.begin() + 6, "The arrests were made in March 2024.");
  en.insert(en.begin() + 7, "All 3 are in custody in Baghdad.");
  std::vector<std::string> ar = kArabic;
  ar[5] = "واعتقلت قوات الأمن 3 مشتبه بهم في مارس 2024 وهم محتجزون جميعا في بغداد.";
  EXPECT_EQ(align_text(en, ar), identity_except(10, "[5,6,7]:[5]\n", 5, 8, 6));
}

TEST(Aligner, ConnectiveFragmentOnALineOfItsOwnJoinsTheNextSentence) {
  // "Meanwhile," set as a paragraph of its own (as "Now, therefore," in the UDHR); the
  // translation opens the next sentence with it (في الأثناء). It is part of that sentence's
  // bead, not an untranslated paragraph: [4,5]:[4], not [4]:[] + [5]:[4].
  std::vector<std::string> en = kEnglish;
  en.insert(en.begin() + 4, "Meanwhile,");
  std::vector<std::string> ar = kArabic;
  ar[4] = "وفي الأثناء، أدانت الأمم المتحدة الهجوم في بيان صدر في جنيف.";
  std::vector<std::size_t> en_paragraphs(en.size()), ar_paragraphs(ar.size());
  for (std::size_t k = 0; k < en.size(); ++k)
    en_paragraphs[k] = k;
  for (std::size_t k = 0; k < ar.size(); ++k)
    ar_paragraphs[k] = k;
  SentenceAligner aligner;
  EXPECT_EQ(beads_text(aligner.align(en, ar, en_paragraphs, ar_paragraphs).beads),
            identity_except(9, "[4,5]:[4]\n", 4, 6, 5));
}

TEST(Aligner, EmptyAndOneSidedInput) {
  SentenceAligner aligner;
  EXPECT_TRUE(aligner.align({}, {}).beads.empty());
  const Alignment only_en = aligner.align({"One.", "Two."}, {});
  EXPECT_EQ(beads_text(only_en.beads), "[0]:[]\n[1]:[]\n");
  const Alignment only_ar = aligner.align({}, {"واحد."});
  EXPECT_EQ(beads_text(only_ar.beads), "[]:[0]\n");
  EXPECT_EQ(only_ar.beads[0].confidence, 1.0);
}

TEST(Aligner, EverySentenceInExactlyOneBeadInOrder) {
  std::vector<std::string> ar = kArabic;
  ar.erase(ar.begin() + 1);
  ar.push_back("جملة إضافية لا تقابلها جملة إنجليزية.");
  SentenceAligner aligner;
  const Alignment a = aligner.align(kEnglish, ar);
  std::size_t e = 0, r = 0;
  for (const Bead& b : a.beads) {
    EXPECT_EQ(b.en_begin, e);
    EXPECT_EQ(b.ar_begin, r);
    e += b.en_count;
    r += b.ar_count;
  }
  EXPECT_EQ(e, kEnglish.size());
  EXPECT_EQ(r, ar.size());
}

TEST(Aligner, WrongParagraphVectorIsAUsageError) {
  SentenceAligner aligner;
  try {
    aligner.align({"One.", "Two."}, {"واحد."}, {0}, {0});
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kUsage);
  }
}

TEST(Aligner, GlossaryPairsAnchorSentences) {
  // The first two English sentences are alike in length and anchors; the Arabic translates only
  // one of them. Without a lexical model, only a term pair says which, and the glossary decides.
  const std::vector<std::string> en = {"The committee approved the budget on Sunday.",
                                       "The council rejected the plan on Sunday.",
                                       "The vote was 7 to 2."};
  const std::vector<std::string> ar = {"رفض المجلس الخطة يوم الأحد.",
                                       "وكانت نتيجة التصويت 7 مقابل 2."};
  AlignerOptions o;
  o.use_lexical = false;
  o.glossary = {{"council", "المجلس"}};
  EXPECT_EQ(align_text(en, ar, o), "[0]:[]\n[1]:[0]\n[2]:[1]\n");
  o.glossary = {{"committee", "المجلس"}};  // a (wrong) pair pulls the other way
  EXPECT_EQ(align_text(en, ar, o), "[0]:[0]\n[1]:[]\n[2]:[1]\n");
}

// Every part can be switched off without breaking a plain text, and every switch does something:
// the confidences move (a switch that changed nothing would leave them all as they are). The text
// carries a release line the English lacks (page furniture), a country (CLDR names) and one
// paragraph per sentence. Without the furniture rules the release line is glued to the first
// sentence, which is what they are for.
TEST(Aligner, EachMethodPartCanBeSwitchedOff) {
  std::vector<std::string> en = kEnglish, ar = kArabic;
  en[1] = "The attack took place near the city of Mosul in Iraq at about 9 p.m.";
  ar[1] = "ووقع الهجوم قرب مدينة الموصل في العراق نحو الساعة 9 مساء.";
  ar.insert(ar.begin(), "للنشر الفوري");
  const std::string expected = "[]:[0]\n" + identity_except(8, "", 0, 0, 1);
  std::vector<std::size_t> en_paragraphs(en.size()), ar_paragraphs(ar.size());
  for (std::size_t k = 0; k < en.size(); ++k)
    en_paragraphs[k] = k + 1;
  for (std::size_t k = 0; k < ar.size(); ++k)
    ar_paragraphs[k] = k;
  auto confidences = [&](const AlignerOptions& o) {
    SentenceAligner aligner(o);
    const Alignment a = aligner.align(en, ar, en_paragraphs, ar_paragraphs);
    if (o.use_furniture) {
      EXPECT_EQ(beads_text(a.beads), expected);
    }
    std::vector<double> c;
    for (const Bead& b : a.beads)
      c.push_back(b.confidence);
    return c;
  };
  const std::vector<double> all = confidences({});
  const std::vector<std::pair<const char*, bool AlignerOptions::*>> parts = {
      {"length", &AlignerOptions::use_length},
      {"anchors", &AlignerOptions::use_anchors},
      {"names", &AlignerOptions::use_names},
      {"lexical", &AlignerOptions::use_lexical},
      {"paragraphs", &AlignerOptions::use_paragraphs},
      {"furniture", &AlignerOptions::use_furniture},
      {"cldr_names", &AlignerOptions::use_cldr_names}};
  for (const auto& [name, part] : parts) {
    AlignerOptions o;
    o.*part = false;
    EXPECT_NE(confidences(o), all) << name << " changes nothing";
  }
}

TEST(Aligner, StatsDescribeTheModel) {
  SentenceAligner aligner;
  const Alignment a = aligner.align(kEnglish, kArabic);
  EXPECT_GT(a.stats.length_ratio, 0.5);
  EXPECT_LT(a.stats.length_ratio, 1.5);
  EXPECT_GT(a.stats.anchor_types, 5u);
  EXPECT_GT(a.stats.lexical_pairs, 0u);
  // Trainings run until the training set repeats, within the cap; without the lexical model
  // there are none.
  EXPECT_GE(a.stats.lexical_rounds, 1u);
  EXPECT_LE(a.stats.lexical_rounds, 6u);
  AlignerOptions no_lexical;
  no_lexical.use_lexical = false;
  EXPECT_EQ(SentenceAligner(no_lexical).align(kEnglish, kArabic).stats.lexical_rounds, 0u);
}

TEST(InputCheck, ArabicGivenAsEnglishIsVisible) {
  const InputCheck c = check_inputs(kArabic, kArabic);
  EXPECT_GT(c.en_arabic_share, 0.9);
  const InputCheck ok = check_inputs(kEnglish, kArabic);
  EXPECT_LT(ok.en_arabic_share, 0.1);
  EXPECT_LT(ok.ar_latin_share, 0.1);
  EXPECT_LT(ok.size_ratio, 2.0);
  std::vector<std::string> long_en;
  for (int k = 0; k < 50; ++k)
    long_en.insert(long_en.end(), kEnglish.begin(), kEnglish.end());
  EXPECT_GT(check_inputs(long_en, kArabic).size_ratio, 40.0);
}

TEST(EnglishVocabulary, LowercaseWordsOnce) {
  EXPECT_EQ(english_vocabulary({"The forces, the Forces.", "Forces 12"}),
            (std::vector<std::string>{"the", "forces"}));
}

TEST(LexicalModel, LearnsTranslationsFromPairs) {
  // Word ids: English 0 = "house", 1 = "the", 2 = "red"; Arabic 0 = بيت, 1 = ال+, 2 = أحمر.
  const detail::WordIds e1 = {1, 0}, a1 = {1, 0};
  const detail::WordIds e2 = {1, 0, 2}, a2 = {1, 0, 2};
  const detail::WordIds e3 = {1, 2}, a3 = {1, 2};
  detail::TranslationModel m;
  m.train({{&e1, &a1}, {&e2, &a2}, {&e3, &a3}}, 3, 3, 10);
  detail::SparseSums house, red;
  m.sentence_sums({0}, house);
  m.sentence_sums({2}, red);
  EXPECT_GT(detail::lookup(house, 0), detail::lookup(house, 2));
  EXPECT_GT(detail::lookup(red, 2), detail::lookup(red, 0));
  EXPECT_TRUE(m.covers(0));
}

TEST(LexicalModel, FastLogIsCloseToLog) {
  for (float x : {1e-6f, 0.01f, 0.3f, 1.0f, 1.5f, 7.0f, 1234.5f, 1e7f}) {
    EXPECT_NEAR(detail::fast_log(x), std::log(x), 1e-4) << x;
  }
}

}  // namespace
}  // namespace mizan::align
