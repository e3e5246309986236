#include "mizan/term/glossary.hpp"

#include <gtest/gtest.h>

#include "mizan/core/error.hpp"
#include "support/test_support.hpp"

namespace mizan::term {
namespace {

using mizan::testing::term_entry;

TEST(EntryProblem, RefusesAnEmptySide) {
  EXPECT_EQ(entry_problem(term_entry("CENTCOM", "")), "the Arabic rendering is empty");
  EXPECT_EQ(entry_problem(term_entry("  ", "داعش")), "the English term is empty");
  EXPECT_EQ(entry_problem(term_entry("", " ")), "both sides are empty");
  EXPECT_EQ(entry_problem(term_entry("ISIS", "داعش")), "");
}

TEST(EntryProblem, RefusesSwappedSidesAndTabs) {
  EXPECT_NE(entry_problem(term_entry("داعش", "ISIS")).find("no Arabic letter"), std::string::npos);
  EXPECT_NE(entry_problem(term_entry("ISIS\tx", "داعش")).find("tab"), std::string::npos);
  TermEntry e = term_entry("F-16", "إف-16");
  e.en_variants = {"F16 | F 16"};
  EXPECT_NE(entry_problem(e).find("'|'"), std::string::npos);
}

TEST(Glossary, SameTermAndRenderingByMatchingKeyMerges) {
  Glossary g;
  TermEntry a = term_entry("CENTCOM", "القيادة المركزية الأمريكية");
  a.en_variants = {"U.S. Central Command"};
  EXPECT_EQ(g.add(a).outcome, MergeOutcome::kAdded);
  // Other case and no hamza: the same entry; the new variant is added, the known one not twice.
  TermEntry b = term_entry("Centcom", "القيادة المركزية الامريكية");
  b.en_variants = {"u.s. central command", "Central Command"};
  b.ar_variants = {"القيادة المركزية الأميركية"};
  const MergeResult r = g.add(b);
  EXPECT_EQ(r.outcome, MergeOutcome::kMerged);
  EXPECT_TRUE(r.changed.empty());
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g.entries()[0].en, "CENTCOM");
  EXPECT_EQ(g.entries()[0].en_variants,
            (std::vector<std::string>{"U.S. Central Command", "Central Command"}));
  EXPECT_EQ(g.entries()[0].ar_variants, std::vector<std::string>{"القيادة المركزية الأميركية"});
  EXPECT_EQ(g.add(a).outcome, MergeOutcome::kUnchanged);
}

TEST(Glossary, ALaterStatusReplacesTheEarlierAndSaysSo) {
  Glossary g;
  g.add(term_entry("ISIS", "تنظيم داعش", TermStatus::kPreferred));
  const MergeResult r = g.add(term_entry("ISIS", "تنظيم داعش", TermStatus::kAdmitted));
  EXPECT_EQ(r.outcome, MergeOutcome::kMerged);
  EXPECT_EQ(r.changed, "status preferred -> admitted");
  EXPECT_EQ(g.entries()[0].status, TermStatus::kAdmitted);
}

TEST(Glossary, RemovesOneRenderingOrTheWholeConcept) {
  Glossary g;
  g.add(term_entry("ISIS", "داعش"));
  g.add(term_entry("ISIS", "الدولة الإسلامية", TermStatus::kDeprecated));
  g.add(term_entry("SDF", "قسد", TermStatus::kAdmitted));
  EXPECT_EQ(g.concept_entries("isis").size(), 2u);
  EXPECT_EQ(g.remove("ISIS", "الدولة الاسلامية"), 1u);
  EXPECT_EQ(g.remove("ISIS", "الدولة الاسلامية"), 0u);
  EXPECT_EQ(g.remove("sdf"), 1u);
  ASSERT_EQ(g.size(), 1u);
  EXPECT_TRUE(g.find("ISIS", "داعش").has_value());
}

TEST(ImportEntries, SkipsBadEntriesWithTheirLineAndMergesDuplicates) {
  Glossary g;
  Diagnostics d;
  std::vector<LocatedTermEntry> in = {
      {term_entry("ISIS", "داعش"), {.file = "g.tsv", .line = 2}},
      {term_entry("SDF", ""), {.file = "g.tsv", .line = 3}},
      {term_entry("ISIS", "داعش", TermStatus::kAdmitted), {.file = "g.tsv", .line = 4}},
  };
  const ImportSummary s = import_entries(g, in, d, false);
  EXPECT_EQ(s.read, 3u);
  EXPECT_EQ(s.added, 1u);
  EXPECT_EQ(s.merged, 1u);
  EXPECT_EQ(s.rejected, 1u);
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(describe(d.items()[0]), "g.tsv:3: the Arabic rendering is empty");
  EXPECT_EQ(describe(d.items()[1]),
            "g.tsv:4: merged with the entry of line 2: status preferred -> admitted");
}

TEST(ImportEntries, StrictRefusesTheWholeImportAndChangesNothing) {
  Glossary g;
  g.add(term_entry("Iraq", "العراق"));
  Diagnostics d;
  std::vector<LocatedTermEntry> in = {{term_entry("Syria", "سوريا"), {.file = "g.tsv", .line = 2}},
                                      {term_entry("", "حلب"), {.file = "g.tsv", .line = 3}}};
  try {
    import_entries(g, in, d, true);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kDataError);
    EXPECT_EQ(e.where().line, 3);
  }
  EXPECT_EQ(g.size(), 1u);
}

TEST(AnchorPairs, EveryFormPairOfAcceptedEntriesAndNoDeprecatedOne) {
  Glossary g;
  TermEntry e = term_entry("Deir ez-Zor", "دير الزور");
  e.en_variants = {"Dayr az-Zawr"};
  e.part_of_speech = "properNoun";
  g.add(e);
  g.add(term_entry("ISIS", "الدولة الإسلامية", TermStatus::kDeprecated));
  const auto pairs = anchor_pairs(g);
  ASSERT_EQ(pairs.size(), 2u);
  EXPECT_EQ(pairs[0].en, "Deir ez-Zor");
  EXPECT_EQ(pairs[0].ar, "دير الزور");
  EXPECT_EQ(pairs[1].en, "Dayr az-Zawr");
  EXPECT_EQ(pairs[1].ar, "دير الزور");
  EXPECT_TRUE(pairs[0].proper_noun);
  EXPECT_EQ(pairs[0].concept_id, pairs[1].concept_id);  // one concept, one anchor
}

TEST(AnchorPairs, RenderingsOfOneTermShareTheirConceptOthersDoNot) {
  Glossary g;
  g.add(term_entry("ISIS", "داعش"));
  g.add(term_entry("ISIS", "تنظيم داعش", TermStatus::kAdmitted));
  g.add(term_entry("Coalition", "التحالف"));
  const auto pairs = anchor_pairs(g);
  ASSERT_EQ(pairs.size(), 3u);
  EXPECT_EQ(pairs[0].concept_id, pairs[1].concept_id);
  EXPECT_NE(pairs[0].concept_id, pairs[2].concept_id);
  EXPECT_FALSE(pairs[2].proper_noun);
}

}  // namespace
}  // namespace mizan::term
