#include "mizan/formats/glossary_tsv.hpp"

#include <gtest/gtest.h>

#include "mizan/core/error.hpp"
#include "mizan/formats/glossary_file.hpp"

namespace mizan::formats {
namespace {

constexpr const char* kHeader = "en\tar\tstatus\ten_variants\tar_variants\tpos\tdomain\tnote\n";

TEST(GlossaryTsv, ReadsEveryColumnAndSplitsVariants) {
  const std::string text = std::string("# a comment\n\n") + kHeader +
                           "Deir ez-Zor\tدير الزور\tpreferred\tDayr az-Zawr | Deir el-Zour\t\t"
                           "properNoun\tgeography\tcity in Syria\n"
                           "ISIS\tالدولة الإسلامية\tdeprecated\t\tتنظيم الدولة الإسلامية\n";
  Diagnostics d;
  const auto entries = parse_glossary_tsv(text, "g.tsv", d);
  EXPECT_TRUE(d.empty());
  ASSERT_EQ(entries.size(), 2u);
  const TermEntry& e = entries[0].entry;
  EXPECT_EQ(entries[0].where.line, 4);
  EXPECT_EQ(e.en, "Deir ez-Zor");
  EXPECT_EQ(e.ar, "دير الزور");
  EXPECT_EQ(e.en_variants, (std::vector<std::string>{"Dayr az-Zawr", "Deir el-Zour"}));
  EXPECT_EQ(e.part_of_speech, "properNoun");
  EXPECT_EQ(e.domain, "geography");
  EXPECT_EQ(e.note, "city in Syria");
  // Missing trailing fields are empty.
  EXPECT_EQ(entries[1].entry.status, TermStatus::kDeprecated);
  EXPECT_EQ(entries[1].entry.ar_variants, std::vector<std::string>{"تنظيم الدولة الإسلامية"});
  EXPECT_TRUE(entries[1].entry.domain.empty());
}

TEST(GlossaryTsv, ColumnsInAnyOrderAndCrlf) {
  Diagnostics d;
  const auto entries = parse_glossary_tsv("ar\ten\r\nداعش\tISIS\r\n", "g.tsv", d);
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].entry.en, "ISIS");
  EXPECT_EQ(entries[0].entry.ar, "داعش");
}

TEST(GlossaryTsv, MalformedLinesAreSkippedWithTheirLineNumber) {
  const std::string text = std::string(kHeader) + "A\tأ\tpreferred\n" + "B\tب\tfavourite\n" +
                           "C\tج\t\t\t\t\t\t\textra\n" + "D\tد\n";
  Diagnostics d;
  const auto entries = parse_glossary_tsv(text, "g.tsv", d);
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[1].entry.en, "D");
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(describe(d.items()[0]),
            "g.tsv:3: unknown status \"favourite\" (preferred, admitted or deprecated)");
  EXPECT_EQ(describe(d.items()[1]), "g.tsv:4: 9 fields, the header has 8 (a tab inside a field?)");
}

// A line of nothing but white space is blank, tabs included: the format detection
// (detect_glossary_format) and the parser agree on which lines hold data.
TEST(GlossaryTsv, ALineOfTabsIsBlank) {
  Diagnostics d;
  const auto entries = parse_glossary_tsv("\t \t\nen\tar\n\t\t\nISIS\tداعش\n", "g.tsv", d);
  EXPECT_TRUE(d.empty());
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].where.line, 4);
  EXPECT_EQ(detect_glossary_format("g.txt", "\t\nen\tar\n"), GlossaryFormat::kTsv);
}

TEST(GlossaryTsv, NoHeaderIsAnError) {
  Diagnostics d;
  try {
    parse_glossary_tsv("ISIS\tداعش\n", "g.tsv", d);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kDataError);
    EXPECT_EQ(e.where().line, 1);
  }
}

TEST(GlossaryTsv, WriteThenReadGivesTheEntriesBack) {
  TermEntry e;
  e.en = "CENTCOM";
  e.ar = "القيادة المركزية الأمريكية";
  e.status = TermStatus::kAdmitted;
  e.en_variants = {"U.S. Central Command", "Central Command"};
  e.ar_variants = {"القيادة المركزية الأميركية"};
  e.part_of_speech = "properNoun";
  e.domain = "organisation";
  e.note = "keep (CENTCOM) after the name";
  Diagnostics d;
  const auto back = parse_glossary_tsv(write_glossary_tsv({e}), "x", d);
  ASSERT_EQ(back.size(), 1u);
  const TermEntry& b = back[0].entry;
  EXPECT_EQ(b.en, e.en);
  EXPECT_EQ(b.ar, e.ar);
  EXPECT_EQ(b.status, e.status);
  EXPECT_EQ(b.en_variants, e.en_variants);
  EXPECT_EQ(b.ar_variants, e.ar_variants);
  EXPECT_EQ(b.part_of_speech, e.part_of_speech);
  EXPECT_EQ(b.domain, e.domain);
  EXPECT_EQ(b.note, e.note);
}

TEST(OmegatGlossary, ReadsSourceTargetComment) {
  Diagnostics d;
  const auto entries = parse_omegat_glossary(
      "# Glossary\nCoalition\tالتحالف\tthe Global Coalition\nno tab here\nSDF\tقسد\n", "o.txt", d);
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].entry.note, "the Global Coalition");
  EXPECT_EQ(entries[1].entry.en, "SDF");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d.items()[0].where.line, 3);
}

TEST(OmegatGlossary, ExportCarriesStatusVariantsAndAvoidedRenderingsAndReadsBack) {
  TermEntry pref, admitted, deprecated;
  pref.en = "ISIS";
  pref.ar = "داعش";
  pref.en_variants = {"ISIL"};
  admitted.en = "ISIS";
  admitted.ar = "تنظيم داعش";
  admitted.status = TermStatus::kAdmitted;
  deprecated.en = "ISIS";
  deprecated.ar = "الدولة الإسلامية";
  deprecated.status = TermStatus::kDeprecated;
  const std::string text = write_omegat_glossary({pref, admitted, deprecated});
  EXPECT_NE(text.find("ISIS\tداعش\tavoid الدولة الإسلامية\n"), std::string::npos) << text;
  EXPECT_NE(text.find("ISIL\tداعش\tvariant of ISIS; avoid الدولة الإسلامية\n"), std::string::npos)
      << text;
  EXPECT_NE(text.find("ISIS\tتنظيم داعش\tadmitted; avoid الدولة الإسلامية\n"), std::string::npos);
  EXPECT_EQ(text.find("\tالدولة الإسلامية\t"), std::string::npos);  // no line offers it
  Diagnostics d;
  const auto back = parse_omegat_glossary(text, "o.txt", d);
  EXPECT_TRUE(d.empty());
  // ISIS/داعش with its variant ISIL, the admitted entry, and the avoided rendering (twice, merged
  // later by the glossary).
  ASSERT_GE(back.size(), 3u);
  EXPECT_EQ(back[0].entry.en_variants, std::vector<std::string>{"ISIL"});
  EXPECT_EQ(back[1].entry.status, TermStatus::kAdmitted);
  bool has_deprecated = false;
  for (const auto& e : back)
    has_deprecated = has_deprecated || (e.entry.status == TermStatus::kDeprecated &&
                                        e.entry.ar == "الدولة الإسلامية");
  EXPECT_TRUE(has_deprecated);
}

// The glossary built into the binary is glossary/press-release.tsv as shipped: it parses without
// a problem, its entries name it, and it has the genre's central terms.
TEST(BuiltinGlossary, IsTheShippedPressReleaseGlossary) {
  Diagnostics d;
  const std::vector<LocatedTermEntry> entries = builtin_glossary(d);
  EXPECT_TRUE(d.empty());
  EXPECT_GT(entries.size(), 300u);
  bool isis = false;
  for (const LocatedTermEntry& e : entries) {
    EXPECT_EQ(e.where.file, "glossary/press-release.tsv (built in)");
    isis = isis || (e.entry.en == "ISIS" && e.entry.ar == "داعش");
  }
  EXPECT_TRUE(isis);
}

}  // namespace
}  // namespace mizan::formats
