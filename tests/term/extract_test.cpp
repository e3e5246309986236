#include "mizan/term/extract.hpp"

#include <gtest/gtest.h>

namespace mizan::term {
namespace {

TranslationUnit unit(std::int64_t id, std::string en, std::string ar) {
  TranslationUnit u;
  u.id = id;
  u.en = std::move(en);
  u.ar = std::move(ar);
  return u;
}

// Sentences where "Hamrin Mountains" / "جبال حمرين" recur with varied context, clitics included.
std::vector<TranslationUnit> units() {
  return {
      unit(1, "Forces struck caves in the Hamrin Mountains.", "ضربت القوات كهوفاً في جبال حمرين."),
      unit(2, "Raids continued in the Hamrin Mountains today.",
           "استمرت المداهمات في جبال حمرين اليوم."),
      unit(3, "The Hamrin Mountains hide fighters.", "وجبال حمرين تخفي مقاتلين."),
      unit(4, "Police patrolled Kirkuk.", "سيرت الشرطة دوريات في كركوك."),
      unit(5, "Police arrested suspects in Kirkuk.", "اعتقلت الشرطة مشتبهين في كركوك."),
      unit(6, "Drones watched the Hamrin Mountains.", "راقبت طائرات مسيرة جبال حمرين."),
  };
}

TEST(Extractor, RecurringPairsRankFirstWithCliticsNormalised) {
  Extractor x({.max_words = 3, .min_pair_count = 2, .top = 10});
  for (const TranslationUnit& u : units())
    x.add(u);
  const std::vector<Candidate> c = x.candidates();
  ASSERT_GE(c.size(), 2u);
  EXPECT_EQ(c[0].en, "Hamrin Mountains");
  EXPECT_EQ(c[0].ar, "جبال حمرين");  // وجبال counted as جبال
  EXPECT_EQ(c[0].pair_count, 4u);
  EXPECT_EQ(c[0].examples, (std::vector<std::int64_t>{1, 2, 3}));
  // Linked one to one: neither side comes back paired with something else.
  for (std::size_t i = 1; i < c.size(); ++i) {
    EXPECT_NE(c[i].en, "Hamrin Mountains");
    EXPECT_NE(c[i].ar, "جبال حمرين");
  }
  // Nested pairs that never occur alone are not candidates of their own.
  for (const Candidate& k : c)
    EXPECT_FALSE(k.en == "Hamrin" && k.ar == "حمرين");
}

// CENTCOM's releases open with the dateline "TAMPA, Fla. –", in Arabic "تامبا، فلوريدا –". The
// ف of فلوريدا is the name's own letter: لوريدا is never written alone, while فلوريدا recurs.
TEST(Extractor, ALetterThatOnlyLooksLikeAConjunctionStays) {
  Extractor x({.max_words = 3, .min_pair_count = 2, .top = 20});
  x.add(unit(1, "TAMPA, Fla. – U.S. Central Command forces conducted a strike in Syria.",
             "تامبا، فلوريدا – نفذت قوات القيادة المركزية الأمريكية ضربة في سوريا."));
  x.add(unit(2, "TAMPA, Fla. – CENTCOM forces killed a senior ISIS official.",
             "تامبا، فلوريدا – قتلت قوات القيادة المركزية الأمريكية مسؤولاً كبيراً في داعش."));
  x.add(unit(3, "TAMPA, Fla. – Coalition aircraft struck ISIS caves in Iraq.",
             "تامبا، فلوريدا – ضربت طائرات التحالف كهوفاً لداعش في العراق."));
  x.add(unit(4, "Police patrolled Kirkuk.", "سيرت الشرطة دوريات في كركوك."));
  bool florida = false;
  for (const Candidate& c : x.candidates()) {
    EXPECT_EQ((" " + c.ar).find(" لوريدا"), std::string::npos) << c.en << " -> " << c.ar;
    florida = florida || c.ar.find("فلوريدا") != std::string::npos;
  }
  EXPECT_TRUE(florida);
}

TEST(Extractor, PairsTheGlossaryHasAreLeftOutUnlessAsked) {
  Glossary g;
  TermEntry e;
  e.en = "Hamrin Mountains";
  e.ar = "جبال حمرين";
  g.add(e);
  Extractor x({.min_pair_count = 2, .top = 10});
  for (const TranslationUnit& u : units())
    x.add(u);
  for (const Candidate& c : x.candidates(&g))
    EXPECT_NE(c.en, "Hamrin Mountains");
  Extractor all({.min_pair_count = 2, .top = 10, .include_known = true});
  for (const TranslationUnit& u : units())
    all.add(u);
  const std::vector<Candidate> c = all.candidates(&g);
  ASSERT_FALSE(c.empty());
  EXPECT_TRUE(c[0].known);
}

TEST(Extractor, NoUnitsNoCandidates) {
  Extractor x;
  EXPECT_TRUE(x.candidates().empty());
}

}  // namespace
}  // namespace mizan::term
