#include "mizan/formats/tbx.hpp"

#include <gtest/gtest.h>

#include "mizan/core/error.hpp"
#include "support/test_support.hpp"

namespace mizan::formats {
namespace {

using mizan::testing::term_entry;

std::vector<TermEntry> sample() {
  TermEntry a = term_entry("Deir ez-Zor", "دير الزور");
  a.en_variants = {"Dayr az-Zawr"};
  a.part_of_speech = "properNoun";
  a.domain = "geography";
  a.note = "city & governorate <east>";
  TermEntry b = term_entry("CENTCOM", "القيادة المركزية الأمريكية");
  b.ar_variants = {"القيادة المركزية الأميركية"};
  TermEntry c = term_entry("CENTCOM", "سنتكوم", TermStatus::kAdmitted);
  TermEntry d = term_entry("in support of", "دعماً لـ");
  d.part_of_speech = "phrase";
  return {a, b, c, d};
}

void expect_same(const std::vector<TermEntry>& want, const std::vector<LocatedTermEntry>& got) {
  ASSERT_EQ(got.size(), want.size());
  for (std::size_t i = 0; i < want.size(); ++i) {
    const TermEntry& g = got[i].entry;
    EXPECT_EQ(g.en, want[i].en);
    EXPECT_EQ(g.ar, want[i].ar);
    EXPECT_EQ(g.status, want[i].status);
    EXPECT_EQ(g.en_variants, want[i].en_variants);
    EXPECT_EQ(g.ar_variants, want[i].ar_variants);
    EXPECT_EQ(g.part_of_speech, want[i].part_of_speech);
    EXPECT_EQ(g.domain, want[i].domain);
    EXPECT_EQ(g.note, want[i].note);
  }
}

TEST(Tbx, Writes2019TbxBasicAndReadsItBack) {
  const std::string xml = write_tbx(sample(), TbxEdition::k2019);
  EXPECT_NE(xml.find("<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" "
                     "xmlns=\"urn:iso:std:iso:30042:ed-2\">"),
            std::string::npos);
  EXPECT_NE(xml.find("<termNote type=\"administrativeStatus\">admittedTerm-admn-sts</termNote>"),
            std::string::npos);
  EXPECT_NE(xml.find("city &amp; governorate &lt;east&gt;"), std::string::npos);
  // Entries with one English term are one concept: three concepts for four entries.
  EXPECT_EQ(xml.find("id=\"c4\""), std::string::npos);
  Diagnostics d;
  expect_same(sample(), parse_tbx(xml, "x.tbx", d));
  EXPECT_TRUE(d.empty());
}

TEST(Tbx, AnEntityReferenceIsRefusedNotDropped) {
  const std::string xml =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE tbx [<!ENTITY x \"expanded\">]>\n"
      "<tbx xmlns=\"urn:iso:std:iso:30042:ed-2\"><text><body>\n<conceptEntry id=\"c\">\n"
      "<langSec xml:lang=\"en\"><termSec><term>Command &x;</term></termSec></langSec>\n"
      "<langSec xml:lang=\"ar\"><termSec><term>قيادة</term></termSec></langSec>\n"
      "</conceptEntry></body></text></tbx>\n";
  Diagnostics d;
  try {
    parse_tbx(xml, "x.tbx", d);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kDataError);
    EXPECT_EQ(e.where().line, 5);
    EXPECT_NE(e.message().find("entity reference &x; refused"), std::string::npos);
  }
}

TEST(Tbx, Writes2008MartifAndReadsItBack) {
  const std::string xml = write_tbx(sample(), TbxEdition::k2008);
  EXPECT_NE(xml.find("<martif type=\"TBX-Basic\" xml:lang=\"en\">"), std::string::npos);
  EXPECT_NE(xml.find("<tig>"), std::string::npos);
  Diagnostics d;
  expect_same(sample(), parse_tbx(xml, "x.tbx", d));
}

TEST(Tbx, ReadsDctStyleAndRegionTagsAndSkipsOtherLanguages) {
  const std::string xml = R"(<?xml version="1.0"?>
<tbx type="TBX-Basic" style="dct" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"
     xmlns:basic="http://www.tbxinfo.net/ns/basic">
 <text><body>
  <conceptEntry id="k1">
   <basic:subjectField>military</basic:subjectField>
   <langSec xml:lang="en-US"><termSec><term>Coalition</term>
     <basic:administrativeStatus>preferredTerm-admn-sts</basic:administrativeStatus></termSec></langSec>
   <langSec xml:lang="fr"><termSec><term>Coalition</term></termSec></langSec>
   <langSec xml:lang="ar-SA"><termSec><term>التحالف</term>
     <basic:partOfSpeech>noun</basic:partOfSpeech></termSec>
     <termSec><term>الائتلاف</term>
     <basic:administrativeStatus>supersededTerm-admn-sts</basic:administrativeStatus></termSec></langSec>
  </conceptEntry>
 </body></text></tbx>)";
  Diagnostics d;
  const auto got = parse_tbx(xml, "dct.tbx", d);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].entry.en, "Coalition");
  EXPECT_EQ(got[0].entry.ar, "التحالف");
  EXPECT_EQ(got[0].entry.domain, "military");
  EXPECT_EQ(got[0].entry.part_of_speech, "noun");
  EXPECT_EQ(got[1].entry.status, TermStatus::kDeprecated);
  EXPECT_EQ(got[0].where.line, 5);
}

TEST(Tbx, ConceptWithoutArabicIsSkippedWithItsLine) {
  const std::string xml = R"(<martif type="TBX-Basic"><text><body>
<termEntry id="t1"><langSet xml:lang="en"><tig><term>Hamrin</term></tig></langSet></termEntry>
<termEntry id="t2"><langSet xml:lang="en"><tig><term>Iraq</term></tig></langSet>
<langSet xml:lang="ar"><tig><term>العراق</term></tig></langSet></termEntry>
</body></text></martif>)";
  Diagnostics d;
  const auto got = parse_tbx(xml, "m.tbx", d);
  ASSERT_EQ(got.size(), 1u);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(describe(d.items()[0]), "m.tbx:2: [t1] concept without an Arabic term skipped");
}

TEST(Tbx, MalformedXmlFailsWithLineAndNothingIsReturned) {
  Diagnostics d;
  try {
    parse_tbx("<tbx>\n<text><body>\n<conceptEntry></body></text></tbx>", "bad.tbx", d);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kDataError);
    EXPECT_EQ(e.where().file, "bad.tbx");
    EXPECT_EQ(e.where().line, 3);
  }
}

TEST(Tbx, TruncatedFileIsAnErrorWithLineAndColumn) {
  // A file cut off after its last complete concept: the entries before the cut are well formed,
  // but importing them would import half a glossary.
  const std::string xml =
      "<tbx type=\"TBX-Basic\">\n<text><body>\n"
      "<conceptEntry id=\"c1\"><langSec xml:lang=\"en\"><termSec><term>Raqqa</term></termSec>"
      "</langSec><langSec xml:lang=\"ar\"><termSec><term>الرقة</term></termSec></langSec>"
      "</conceptEntry>\n";
  Diagnostics d;
  try {
    parse_tbx(xml, "cut.tbx", d);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kDataError);
    EXPECT_EQ(e.where().file, "cut.tbx");
    EXPECT_GE(e.where().line, 3);
    EXPECT_GT(e.where().column, 0);
  }
}

TEST(Tbx, NotTbxIsRefused) {
  Diagnostics d;
  EXPECT_THROW(parse_tbx("<tmx version=\"1.4\"/>", "x.tmx", d), Error);
}

TEST(Tbx, ExternalEntitiesAreNotLoaded) {
  const std::string xml = R"(<?xml version="1.0"?>
<!DOCTYPE tbx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<tbx><text><body><conceptEntry id="c1">
<langSec xml:lang="en"><termSec><term>&xxe;</term></termSec></langSec>
<langSec xml:lang="ar"><termSec><term>سر</term></termSec></langSec>
</conceptEntry></body></text></tbx>)";
  Diagnostics d;
  std::vector<LocatedTermEntry> got;
  try {
    got = parse_tbx(xml, "xxe.tbx", d);
  } catch (const Error&) {
    return;  // refusing the file is fine too
  }
  for (const auto& e : got)
    EXPECT_EQ(e.entry.en.find("root:"), std::string::npos);
}

}  // namespace
}  // namespace mizan::formats
