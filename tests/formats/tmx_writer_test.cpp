// TMX export: the exact bytes of a small file (checked by reading it against the TMX 1.4b
// specification), round trips through the reader, escaping, and the options.

#include <gtest/gtest.h>

#include "mizan/core/error.hpp"
#include "mizan/formats/tmx_date.hpp"
#include "mizan/formats/tmx_reader.hpp"
#include "mizan/formats/tmx_writer.hpp"
#include "mizan/version.hpp"
#include "unit_samples.hpp"

namespace mizan::formats {
namespace {

using testing::expect_same_unit;
using testing::sample_units;

std::string export_tmx(const std::vector<TranslationUnit>& units, TmxWriteOptions options = {}) {
  std::string out;
  TmxWriter writer([&](std::string_view b) { out.append(b); }, options);
  for (const TranslationUnit& u : units)
    writer.write(u);
  writer.finish();
  return out;
}

std::vector<ImportedUnit> import_tmx(const std::string& tmx, TmxReadResult* result = nullptr) {
  std::vector<ImportedUnit> units;
  TmxReadResult r =
      read_tmx_memory(tmx, "test.tmx", [&](ImportedUnit&& u) { units.push_back(std::move(u)); });
  if (result != nullptr) *result = std::move(r);
  return units;
}

TEST(TmxWriter, WritesTheHeaderAndUnitsCatToolsExpect) {
  TranslationUnit u;
  u.id = 17;
  u.en = "Forces conducted 3 strikes.";
  u.ar = "نفذت القوات 3 ضربات.";
  u.origins = {{"centcom-2025-01-06", 1}};
  u.confidence = 0.875;
  u.created = 1736121600;  // 2025-01-06T00:00:00Z
  u.changed = 1736157630;  // 2025-01-06T10:00:30Z
  u.usage_count = 2;
  u.notes = "checked";
  const std::string want =
      std::string(R"(<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="mizan" creationtoolversion=")") +
      kVersion +
      R"(" segtype="sentence" o-tmf="mizan" adminlang="en" srclang="en" datatype="plaintext" creationdate="20250107T000000Z"/>
  <body>
    <tu tuid="17" creationdate="20250106T000000Z" changedate="20250106T100030Z" usagecount="2">
      <prop type="x-document">centcom-2025-01-06</prop>
      <prop type="x-position">1</prop>
      <prop type="x-confidence">0.875</prop>
      <note>checked</note>
      <tuv xml:lang="en"><seg>Forces conducted 3 strikes.</seg></tuv>
      <tuv xml:lang="ar"><seg>نفذت القوات 3 ضربات.</seg></tuv>
    </tu>
  </body>
</tmx>
)";
  EXPECT_EQ(want, export_tmx({u}, {.creation_date = 1736208000}));
}

TEST(TmxWriter, EscapesMarkupCharactersInTextAndAttributes) {
  TranslationUnit u;
  u.en = "a < b && c > \"d\"\r\n";
  u.ar = "س";
  u.creator = "O'Brien \"the\" <tester>\tand\nfriend";
  const std::string tmx = export_tmx({u});
  // CR must be a reference, or parsers turn it into LF.
  EXPECT_NE(tmx.find("<seg>a &lt; b &amp;&amp; c &gt; \"d\"&#13;\n</seg>"), std::string::npos)
      << tmx;
  EXPECT_NE(tmx.find("creationid=\"O'Brien &quot;the&quot; &lt;tester&gt;&#9;and&#10;friend\""),
            std::string::npos)
      << tmx;
}

TEST(TmxWriter, CharactersXmlForbidsBecomePlaceholderTagsInSegments) {
  TranslationUnit u;
  u.en = std::string("bell\x07.") + std::string(1, '\0') + "\xEF\xBF\xBF";
  u.ar = "ب";
  u.notes = "note\x01";
  std::string tmx;
  TmxWriter writer([&](std::string_view b) { tmx.append(b); });
  writer.write(u);
  writer.finish();
  EXPECT_NE(tmx.find("<seg>bell<ph type=\"x-mizan-char\">U+0007</ph>.<ph type=\"x-mizan-char\">"
                     "U+0000</ph><ph type=\"x-mizan-char\">U+FFFF</ph></seg>"),
            std::string::npos)
      << tmx;
  EXPECT_NE(tmx.find("<note>note\xEF\xBF\xBD</note>"), std::string::npos) << tmx;
  EXPECT_EQ(writer.replaced_characters(), 1u);
  const auto back = import_tmx(tmx);
  ASSERT_EQ(back.size(), 1u);
  EXPECT_EQ(back[0].unit.en, u.en);
  EXPECT_TRUE(back[0].unit.en_markup.empty());
}

TEST(TmxWriter, ImportOfExportGivesTheSameUnits) {
  const std::vector<TranslationUnit> units = sample_units();
  TmxReadResult result;
  const auto back = import_tmx(export_tmx(units, {.creation_date = 1736208000}), &result);
  ASSERT_EQ(back.size(), units.size());
  EXPECT_TRUE(result.summary.skipped.empty());
  EXPECT_TRUE(result.summary.warnings.empty());
  for (std::size_t i = 0; i < units.size(); ++i) {
    expect_same_unit(units[i], back[i].unit, "unit " + std::to_string(i));
    EXPECT_EQ(back[i].record_id, std::to_string(i + 1));
  }
  EXPECT_EQ(result.header.creationtool, "mizan");
  EXPECT_EQ(result.header.srclang, "en");
  EXPECT_EQ(result.header.segtype, "sentence");
  EXPECT_EQ(result.header.created, 1736208000);
}

TEST(TmxWriter, ExportImportExportIsByteIdentical) {
  const TmxWriteOptions options{.creation_date = 1736208000};
  const std::string first = export_tmx(sample_units(), options);
  std::vector<TranslationUnit> again;
  std::int64_t id = 0;
  for (ImportedUnit& u : import_tmx(first)) {
    u.unit.id = ++id;  // as a fresh store numbers them
    again.push_back(std::move(u.unit));
  }
  EXPECT_EQ(first, export_tmx(again, options));
}

TEST(TmxWriter, DeclaredSourceComesFirstAndEachUnitKeepsItsOwnDirection) {
  TranslationUnit en_source, ar_source;
  en_source.en = ar_source.en = "e";
  en_source.ar = ar_source.ar = "ع";
  ar_source.source_language = Language::kArabic;
  auto position = [](const std::string& tmx, const std::string& what, const char* tuid) {
    return tmx.find(what, tmx.find(std::string("tuid=\"") + tuid + "\""));
  };
  const std::string tmx = export_tmx({en_source, ar_source});
  EXPECT_NE(tmx.find("<tu tuid=\"1\" usagecount=\"0\">"), std::string::npos) << tmx;
  EXPECT_NE(tmx.find("<tu tuid=\"2\" usagecount=\"0\">"), std::string::npos);
  EXPECT_LT(position(tmx, "xml:lang=\"en\"", "2"), position(tmx, "xml:lang=\"ar\"", "2"));
  EXPECT_NE(position(tmx, "<prop type=\"x-source-language\">ar</prop>", "2"), std::string::npos);
  EXPECT_EQ(tmx.find("x-source-language\">en"), std::string::npos);

  const std::string arabic =
      export_tmx({en_source, ar_source}, {.srclang = TmxSourceLanguage::kArabic});
  EXPECT_NE(arabic.find("srclang=\"ar\" datatype"), std::string::npos) << arabic;
  EXPECT_LT(position(arabic, "xml:lang=\"ar\"", "1"), position(arabic, "xml:lang=\"en\"", "1"));
  EXPECT_NE(position(arabic, "<prop type=\"x-source-language\">en</prop>", "1"), std::string::npos);
  EXPECT_EQ(arabic.find("x-source-language\">ar"), std::string::npos);
  EXPECT_EQ(arabic.find("<tu tuid=\"1\" usagecount=\"0\" srclang"), std::string::npos);

  const std::string all = export_tmx({en_source, ar_source}, {.srclang = TmxSourceLanguage::kAll});
  EXPECT_NE(all.find("srclang=\"*all*\""), std::string::npos);
  EXPECT_NE(all.find("<tu tuid=\"1\" usagecount=\"0\" srclang=\"en\">"), std::string::npos);
  EXPECT_NE(all.find("<tu tuid=\"2\" usagecount=\"0\" srclang=\"ar\">"), std::string::npos);
  EXPECT_LT(position(all, "xml:lang=\"ar\"", "2"), position(all, "xml:lang=\"en\"", "2"));
  EXPECT_EQ(all.find("x-source-language"), std::string::npos);

  // Whichever direction the file declares, every unit reads back with its own.
  for (const std::string& file : {tmx, arabic, all}) {
    const auto back = import_tmx(file);
    ASSERT_EQ(back.size(), 2u);
    EXPECT_EQ(back[0].unit.source_language, Language::kEnglish);
    EXPECT_EQ(back[1].unit.source_language, Language::kArabic);
  }
}

TEST(TmxWriter, RegionalSourceLocaleNamesTheHeader) {
  TranslationUnit u;
  u.en = "e";
  u.ar = "ع";
  const std::string arabic =
      export_tmx({u}, {.srclang = TmxSourceLanguage::kArabic, .ar_locale = "ar-SA"});
  EXPECT_NE(arabic.find("srclang=\"ar-SA\" datatype"), std::string::npos) << arabic;
}

TEST(TmxWriter, LocaleOptionsOverrideEachUnitsLocale) {
  TranslationUnit u;
  u.en = "e";
  u.ar = "ع";
  u.en_locale = "en-GB";
  const std::string own = export_tmx({u});
  EXPECT_NE(own.find("<tuv xml:lang=\"en-GB\">"), std::string::npos);
  EXPECT_NE(own.find("<tuv xml:lang=\"ar\">"), std::string::npos);
  const std::string forced = export_tmx({u}, {.en_locale = "en-US", .ar_locale = "ar-SA"});
  EXPECT_NE(forced.find("srclang=\"en-US\""), std::string::npos);
  EXPECT_NE(forced.find("<tuv xml:lang=\"en-US\">"), std::string::npos);
  EXPECT_NE(forced.find("<tuv xml:lang=\"ar-SA\">"), std::string::npos);
}

TEST(TmxWriter, InvalidUtf8IsADataErrorNamingTheUnit) {
  TranslationUnit u;
  u.id = 9;
  u.en = "bad \xC3";
  u.ar = "ع";
  std::string out;
  TmxWriter writer([&](std::string_view b) { out.append(b); });
  try {
    writer.write(u);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kDataError);
    EXPECT_NE(std::string(e.what()).find("unit 9: invalid UTF-8 in English text at byte 4"),
              std::string::npos)
        << e.what();
  }
}

TEST(TmxWriter, HandsBytesToTheSinkInBoundedChunks) {
  std::size_t calls = 0, largest = 0, total = 0;
  TmxWriter writer([&](std::string_view b) {
    ++calls;
    largest = std::max(largest, b.size());
    total += b.size();
  });
  TranslationUnit u = sample_units()[0];
  for (int i = 0; i < 20000; ++i)
    writer.write(u);
  writer.finish();
  EXPECT_GT(calls, 10u);
  EXPECT_LT(largest, 300u * 1024);  // 256 KiB chunks plus at most one unit
  EXPECT_GT(total, 20000u * 500);
  EXPECT_EQ(writer.written(), 20000u);
}

TEST(TmxDates, FormatsAndParsesTheTmxForm) {
  EXPECT_EQ(format_tmx_date(0), "19700101T000000Z");
  EXPECT_EQ(format_tmx_date(1736157630), "20250106T100030Z");
  EXPECT_EQ(format_tmx_date(951782400), "20000229T000000Z");  // leap day
  EXPECT_EQ(parse_tmx_date("20250106T100030Z"), 1736157630);
  EXPECT_EQ(parse_tmx_date("20250106T100030"), 1736157630);
  EXPECT_EQ(parse_tmx_date("2025-01-06T10:00:30Z"), 1736157630);
  EXPECT_EQ(parse_tmx_date("2025-01-06"), 1736121600);
  EXPECT_EQ(parse_tmx_date("20250106"), 1736121600);
  EXPECT_EQ(parse_tmx_date("19691231T235959Z"), -1);
  for (const char* bad : {"", "2025", "20250230T000000Z", "20251301T000000Z", "20250106T250000Z",
                          "20250106T100030Zjunk", "2025-0106", "yesterday"}) {
    EXPECT_EQ(parse_tmx_date(bad), std::nullopt) << bad;
  }
}

}  // namespace
}  // namespace mizan::formats
