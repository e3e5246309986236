// TMX import of files in the dialects real tools write, inline markup, skipped units, malformed
// files and attacks. Expected values were read off the files in tests/formats/data/.

#include <gtest/gtest.h>
#include <sys/resource.h>

#include "mizan/core/error.hpp"
#include "mizan/formats/tmx_date.hpp"
#include "mizan/formats/tmx_reader.hpp"
#include "mizan/formats/tmx_writer.hpp"
#include "mizan/text/match_key.hpp"
#include "unit_samples.hpp"

namespace mizan::formats {
namespace {

using testing::data_path;

struct Imported {
  std::vector<ImportedUnit> units;
  TmxReadResult result;
};

Imported import_file(const std::string& name) {
  Imported out;
  out.result =
      read_tmx_file(data_path(name), [&](ImportedUnit&& u) { out.units.push_back(std::move(u)); });
  return out;
}

Imported import_text(const std::string& tmx) {
  Imported out;
  out.result =
      read_tmx_memory(tmx, "mem.tmx", [&](ImportedUnit&& u) { out.units.push_back(std::move(u)); });
  return out;
}

Error import_error(const std::string& name) {
  try {
    import_file(name);
  } catch (const Error& e) {
    return e;
  }
  ADD_FAILURE() << name << " imported without error";
  return Error(ExitCode::kOk, "");
}

std::string tmx_with_body(const std::string& body, const std::string& srclang = "en") {
  return "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header creationtool=\"t\" "
         "creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" srclang=\"" +
         srclang + "\" datatype=\"plaintext\"/>\n<body>\n" + body + "</body></tmx>\n";
}

TEST(TmxReader, ASecondTuvOfALanguageIsReported) {
  const Imported got =
      import_text(tmx_with_body("<tu tuid=\"7\"><tuv xml:lang=\"en-US\"><seg>First.</seg></tuv>\n"
                                "<tuv xml:lang=\"en-GB\"><seg>Second.</seg></tuv><tuv "
                                "xml:lang=\"ar\"><seg>عربي.</seg></tuv></tu>\n"));
  ASSERT_EQ(got.units.size(), 1u);
  EXPECT_EQ(got.units[0].unit.en, "First.");
  ASSERT_EQ(got.result.summary.warnings.size(), 1u);
  EXPECT_EQ(describe(got.result.summary.warnings.items()[0]),
            "mem.tmx:4: [7] a second English <tuv> (en-GB) in one <tu>: only the first (en-US) is "
            "imported");
}

TEST(TmxReader, ReadsOmegatFilesWithDatesOnTheVariants) {
  const Imported in = import_file("omegat.tmx");
  ASSERT_EQ(in.units.size(), 2u);
  EXPECT_EQ(in.result.header.creationtool, "OmegaT");
  EXPECT_EQ(in.result.header.srclang, "EN-US");
  const TranslationUnit& u = in.units[0].unit;
  EXPECT_EQ(u.en, "The operations served to disrupt ISIS.");
  EXPECT_EQ(u.ar, "وأدت العمليات إلى تعطيل قدرة داعش.");
  EXPECT_EQ(u.en_locale, "EN-US");
  EXPECT_EQ(u.ar_locale, "AR");
  EXPECT_EQ(u.source_language, Language::kEnglish);
  EXPECT_EQ(u.created, parse_tmx_date("20250107T101200Z"));
  EXPECT_EQ(u.changed, parse_tmx_date("20250107T101500Z"));
  EXPECT_EQ(u.creator, "translator");
  EXPECT_TRUE(u.en_markup.empty());
  EXPECT_EQ(in.units[0].where.line, 7);
  EXPECT_EQ(in.units[1].unit.notes, "Context: Gen. Kurilla");
  EXPECT_EQ(in.units[1].unit.changed, parse_tmx_date("20250108T090000Z"));
  EXPECT_EQ(in.units[1].where.line, 15);
}

TEST(TmxReader, KeepsTradosMetadataVariantNotesAndPropsAndOwner) {
  const Imported in = import_text(tmx_with_body(
      "<tu tuid=\"CLIENT-0017\" changeid=\"TRADOS\\asmith\" "
      "lastusagedate=\"20250101T120000Z\">"
      "<prop type=\"x-client\">ACME</prop><prop type=\"x-domain\">defence</prop>"
      "<prop type=\"x-project\">Q1</prop>"
      "<tuv xml:lang=\"en\"><prop type=\"x-Context\">release</prop><seg>Hi</seg></tuv>"
      "<tuv xml:lang=\"ar\"><note>checked</note><note>twice</note><seg>مرحبا</seg></tuv>"
      "</tu>\n"));
  ASSERT_EQ(in.units.size(), 1u);
  const TranslationUnit& u = in.units[0].unit;
  EXPECT_EQ(u.tuid, "CLIENT-0017");
  EXPECT_EQ(u.changer, "TRADOS\\asmith");
  EXPECT_EQ(u.last_used, parse_tmx_date("20250101T120000Z"));
  EXPECT_EQ(u.client, "ACME");
  EXPECT_EQ(u.domain, "defence");
  EXPECT_EQ(u.project, "Q1");
  EXPECT_TRUE(u.props.empty()) << "x-client, x-domain, x-project are fields, not props";
  EXPECT_EQ(u.en_props,
            (std::vector<std::pair<std::string, std::string>>{{"x-Context", "release"}}));
  EXPECT_EQ(u.ar_notes, "checked\ntwice");
  EXPECT_TRUE(u.en_notes.empty());
}

// Bidi marks around a phone number in a segment without tags: the text for matching goes
// without them (text::clean), the segment as written is kept for export.
TEST(TmxReader, KeepsEveryCharacterOfASegmentTheCleanUpChanges) {
  const Imported in = import_text(
      tmx_with_body("<tu><tuv xml:lang=\"en\"><seg>Call \u200e+1 555\u200e now</seg></tuv>"
                    "<tuv xml:lang=\"ar\"><seg>اتصل \u200e+1 555\u200e الآن</seg></tuv></tu>\n"));
  ASSERT_EQ(in.units.size(), 1u);
  const TranslationUnit& u = in.units[0].unit;
  EXPECT_EQ(u.en_markup, "Call \u200e+1 555\u200e now");
  EXPECT_EQ(u.ar_markup, "اتصل \u200e+1 555\u200e الآن");
  std::string exported;
  TmxWriter writer([&](std::string_view b) { exported.append(b); });
  writer.write(u);
  writer.finish();
  EXPECT_NE(exported.find("<seg>Call \u200e+1 555\u200e now</seg>"), std::string::npos) << exported;
}

TEST(TmxReader, ReadsUtf16WithByteOrderMarkInBothByteOrders) {
  const Imported trados = import_file("trados_utf16le.tmx");
  ASSERT_EQ(trados.units.size(), 2u);
  EXPECT_TRUE(trados.result.summary.skipped.empty());
  const TranslationUnit& u = trados.units[0].unit;
  EXPECT_EQ(u.en, "The coalition struck 12 targets.");
  EXPECT_EQ(u.ar, "ضرب التحالف 12 هدفًا.");
  EXPECT_EQ(u.en_markup,
            "The <bpt i=\"1\" type=\"1\" x=\"1\"/>coalition<ept i=\"1\"/> struck 12 "
            "targets.");
  EXPECT_EQ(u.en_locale, "en-US");
  EXPECT_EQ(u.ar_locale, "ar-SA");
  EXPECT_EQ(u.usage_count, 3);
  EXPECT_EQ(u.creator, "DOMAIN\\translator");
  EXPECT_EQ(u.created, parse_tmx_date("20240312T101112Z"));
  EXPECT_EQ(u.changed, parse_tmx_date("20240313T080910Z"));
  const std::vector<std::pair<std::string, std::string>> props = {
      {"x-LastUsedBy", "DOMAIN\\translator"},
      {"x-Context", "1234567, 7654321"},
      {"x-Origin", "TM"},
      {"x-ConfirmationLevel", "ApprovedSignOff"}};
  EXPECT_EQ(u.props, props);
  // A placeholder between two words stands for what separated them.
  EXPECT_EQ(trados.units[1].unit.en, "Press Enter.");
  EXPECT_EQ(trados.units[1].unit.ar, "اضغط إدخال.");

  const Imported omegat_be = import_file("omegat_utf16be.tmx");
  const Imported omegat = import_file("omegat.tmx");
  ASSERT_EQ(omegat_be.units.size(), omegat.units.size());
  for (std::size_t i = 0; i < omegat.units.size(); ++i)
    testing::expect_same_unit(omegat.units[i].unit, omegat_be.units[i].unit);
}

TEST(TmxReader, ReadsTmx11WithLangAttributesAndUtTags) {
  const Imported in = import_file("tmx11.tmx");
  ASSERT_EQ(in.units.size(), 2u);
  EXPECT_EQ(in.result.header.version, "1.1");
  const ImportedUnit& first = in.units[0];
  EXPECT_EQ(first.record_id, "wf-1");
  EXPECT_EQ(first.unit.en, "Press Enter to continue.");
  EXPECT_EQ(first.unit.ar, "اضغط إدخال للمتابعة.");
  EXPECT_EQ(first.unit.en_markup, "Press <ut>{\\b </ut>Enter<ut>}</ut> to continue.");
  EXPECT_EQ(first.unit.ar_locale, "AR-EG");
  EXPECT_EQ(first.unit.creator, "JOHN");
  EXPECT_EQ(in.units[1].unit.ar, "شكرًا.");
}

TEST(TmxReader, ReadsEveryTmxVersion) {
  for (const char* version : {"1.1", "1.2", "1.3", "1.4", "1.4b"}) {
    std::string tmx = tmx_with_body(
        "<tu><tuv lang=\"en\"><seg>e</seg></tuv><tuv xml:lang=\"ar\"><seg>ع</seg></tuv></tu>");
    tmx.replace(tmx.find("1.4"), 3, version);
    const Imported in = import_text(tmx);
    EXPECT_EQ(in.result.header.version, version);
    ASSERT_EQ(in.units.size(), 1u) << version;
    EXPECT_EQ(in.units[0].unit.ar, "ع");
  }
}

TEST(TmxReader, TakesTheEnglishArabicPairOutOfMoreLanguages) {
  const Imported in = import_file("multilingual.tmx");
  ASSERT_EQ(in.units.size(), 3u);
  EXPECT_EQ(in.units[0].unit.en, "The report is ready.");
  EXPECT_EQ(in.units[0].unit.ar, "التقرير جاهز.");  // the first Arabic variant
  EXPECT_EQ(in.units[0].unit.en_locale, "EN-GB");
  EXPECT_EQ(in.units[0].unit.source_language, Language::kEnglish);  // *all*: tuv order
  EXPECT_EQ(in.units[1].unit.source_language, Language::kArabic);   // Arabic tuv first
  EXPECT_EQ(in.units[1].unit.en_locale, "en_US");
  EXPECT_EQ(in.units[2].record_id, "m4");
  EXPECT_EQ(in.units[2].unit.source_language, Language::kArabic);  // the tu's srclang
  ASSERT_EQ(in.result.summary.skipped.size(), 1u);
  const Diagnostic& d = in.result.summary.skipped.items()[0];
  EXPECT_EQ(d.record, "m3");
  EXPECT_EQ(d.where.line, 16);
  EXPECT_EQ(d.message, "no Arabic <tuv> (languages: fr, en)");
}

TEST(TmxReader, KeepsInlineMarkupAndMatchesTheUntaggedTwin) {
  const Imported in = import_file("tags.tmx");
  ASSERT_EQ(in.units.size(), 4u);
  EXPECT_TRUE(in.result.summary.warnings.empty());
  const TranslationUnit& tagged = in.units[0].unit;
  const TranslationUnit& untagged = in.units[1].unit;
  EXPECT_EQ(tagged.en, "Click Save to keep the file.");
  EXPECT_EQ(tagged.en_markup,
            "Click <bpt i=\"1\" type=\"bold\">&lt;b&gt;</bpt>Save<ept i=\"1\">&lt;/b&gt;</ept> to "
            "keep the file.");
  EXPECT_EQ(text::match_key(tagged.en), text::match_key(untagged.en));
  EXPECT_EQ(text::match_key(tagged.ar), text::match_key(untagged.ar));
  EXPECT_TRUE(untagged.en_markup.empty());

  // <ph> between words becomes a space, <sub> inside a code is not segment text, <hi> is.
  const TranslationUnit& mixed = in.units[2].unit;
  EXPECT_EQ(mixed.en, "First line second line, see  and this nested note.");
  EXPECT_EQ(mixed.ar, "السطر الأول السطر الثاني، انظر  وهذه الملاحظة.");
  EXPECT_NE(mixed.en_markup.find("<sub>a map of Syria</sub>"), std::string::npos);
  EXPECT_NE(mixed.en_markup.find("<hi type=\"italic\">this <hi x=\"3\">nested</hi> note</hi>"),
            std::string::npos);

  const TranslationUnit& isolated = in.units[3].unit;
  EXPECT_EQ(isolated.en, "Isolated start, CDATA & text");
  EXPECT_EQ(isolated.ar, "بداية منفصلة");
}

TEST(TmxReader, MarkupComesBackOutUnchanged) {
  Imported in = import_file("tags.tmx");
  std::string out;
  TmxWriter writer([&](std::string_view b) { out.append(b); });
  for (const ImportedUnit& u : in.units)
    writer.write(u.unit);
  writer.finish();
  const std::string original = testing::read_file(data_path("tags.tmx"));
  for (
      const char* seg :
      {R"(<seg>Click <bpt i="1" type="bold">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept> to keep the file.</seg>)",
       R"(<seg>First line<ph x="1" type="lb">&lt;br/&gt;</ph>second line, see <ph x="2">&lt;img alt="<sub>a map of Syria</sub>"/&gt;</ph> and <hi type="italic">this <hi x="3">nested</hi> note</hi>.</seg>)",
       R"(<seg>انقر <bpt i="1" type="bold">&lt;b&gt;</bpt>حفظ<ept i="1">&lt;/b&gt;</ept> للاحتفاظ بالملف.</seg>)"}) {
    EXPECT_NE(original.find(seg), std::string::npos) << seg;
    EXPECT_NE(out.find(seg), std::string::npos) << seg;
  }
}

TEST(TmxReader, SkipsUnitsWithoutAUsablePairAndSaysWhereAndWhy) {
  const Imported in = import_file("problems.tmx");
  ASSERT_EQ(in.units.size(), 1u);
  EXPECT_EQ(in.units[0].record_id, "good");
  EXPECT_EQ(in.units[0].unit.en, "Open here.");
  EXPECT_EQ(in.units[0].unit.created, 0);
  EXPECT_EQ(in.units[0].unit.usage_count, 0);
  const auto& skipped = in.result.summary.skipped.items();
  ASSERT_EQ(skipped.size(), 5u);
  EXPECT_EQ(in.result.summary.skipped_count, 5u);
  EXPECT_EQ(in.result.summary.warning_count, 3u);
  const std::vector<std::tuple<std::string, int, std::string>> want = {
      {"no-seg", 5, "Arabic <tuv> has no <seg>"},
      {"empty-seg", 9, "empty Arabic segment"},
      {"only-tags", 13, "empty English segment"},
      {"english-only", 17, "no Arabic <tuv> (languages: en)"},
      {"", 24, "empty English segment"},
  };
  for (std::size_t i = 0; i < want.size(); ++i) {
    EXPECT_EQ(skipped[i].record, std::get<0>(want[i]));
    EXPECT_EQ(skipped[i].where.line, std::get<1>(want[i]));
    EXPECT_EQ(skipped[i].message, std::get<2>(want[i]));
    EXPECT_EQ(skipped[i].where.file, data_path("problems.tmx"));
  }
  EXPECT_EQ(describe(skipped[0]),
            data_path("problems.tmx") + ":5: [no-seg] Arabic <tuv> has no <seg>");
  std::vector<std::string> warnings;
  for (const Diagnostic& d : in.result.summary.warnings.items())
    warnings.push_back(d.message);
  EXPECT_EQ(warnings, (std::vector<std::string>{"unreadable creationdate \"last tuesday\" ignored",
                                                "unreadable usagecount \"many\" ignored",
                                                "<bpt i=\"1\"> without its <ept>"}));
}

TEST(TmxReader, MalformedFileFailsWithLineAndColumn) {
  const Error e = import_error("malformed.tmx");
  EXPECT_EQ(e.code(), ExitCode::kDataError);
  EXPECT_EQ(e.where().line, 10);
  EXPECT_EQ(e.where().column, 52);
  EXPECT_NE(std::string(e.what()).find("malformed.tmx:10:52: Opening and ending tag mismatch"),
            std::string::npos)
      << e.what();
}

TEST(TmxReader, RefusesWhatIsNotTmx) {
  EXPECT_THROW(import_text("<xliff version=\"1.2\"><file/></xliff>"), Error);
  EXPECT_THROW(import_text("<tmx version=\"1.4\"><header/></tmx>"), Error);
  EXPECT_THROW(import_text(""), Error);
  EXPECT_THROW(import_text("just text"), Error);
  try {
    import_text("<srx/>");
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("root element is <srx>, not <tmx>"), std::string::npos);
  }
  const Imported empty = import_text(tmx_with_body(""));
  EXPECT_TRUE(empty.units.empty());
}

TEST(TmxReader, UndecodableBytesFailTheWholeFile) {
  // UTF-16 with an unpaired surrogate in the second unit: libxml2's converter stops there.
  const std::string body =
      "<tu><tuv xml:lang=\"en\"><seg>a</seg></tuv><tuv xml:lang=\"ar\"><seg>c</seg></tuv></tu>"
      "<tu><tuv xml:lang=\"en\"><seg>b</seg></tuv><tuv xml:lang=\"ar\"><seg>X</seg></tuv></tu>";
  const std::string utf8 =
      "<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + tmx_with_body(body).substr(21);
  std::string utf16 = "\xFF\xFE";
  for (char16_t c : std::u16string(utf8.begin(), utf8.end())) {  // all ASCII
    if (c == u'X') {
      utf16 += std::string("\x00\xD8\x41\x00", 4);  // U+D800 then 'A': ill-formed
      continue;
    }
    utf16.push_back(static_cast<char>(c & 0xFF));
    utf16.push_back(static_cast<char>(c >> 8));
  }
  ::testing::internal::CaptureStderr();
  EXPECT_THROW(import_text(utf16), Error);
  EXPECT_EQ(::testing::internal::GetCapturedStderr(), "");  // the library prints nothing
}

TEST(TmxReader, TruncatedFileFails) {
  const std::string whole = testing::read_file(data_path("omegat.tmx"));
  for (const std::size_t cut : {whole.size() - 8, whole.size() / 2, std::size_t{200}}) {
    EXPECT_THROW(import_text(whole.substr(0, cut)), Error) << cut;
  }
}

TEST(TmxReader, MissingFileIsNoInput) {
  try {
    read_tmx_file("/nonexistent/x.tmx", [](ImportedUnit&&) {});
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kNoInput);
    EXPECT_NE(std::string(e.what()).find("/nonexistent/x.tmx"), std::string::npos);
  }
}

long max_rss_kb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

TEST(TmxReader, RefusesBillionLaughsWithoutExpandingIt) {
  const long before = max_rss_kb();
  std::size_t delivered = 0;
  try {
    read_tmx_file(data_path("billion_laughs.tmx"), [&](ImportedUnit&&) { ++delivered; });
    FAIL() << "billion laughs imported";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kDataError);
    EXPECT_NE(std::string(e.what()).find("entity"), std::string::npos) << e.what();
  }
  EXPECT_EQ(delivered, 0u);
  // Expanded, the file is 3 GB of "lol"; refused, the peak stays where it was (the slack
  // allows for the sanitizers' own allocations).
  EXPECT_LT(max_rss_kb() - before, 32 * 1024);
}

TEST(TmxReader, RefusesEntitiesInAttributesAndQuadraticBlowup) {
  const std::string laughs = testing::read_file(data_path("billion_laughs.tmx"));
  std::string in_attribute = laughs;
  in_attribute.replace(in_attribute.find("tuid=\"bomb\""), 11, "tuid=\"&lol9;\"");
  EXPECT_THROW(import_text(in_attribute), Error);

  // One 100 kB entity referenced 20,000 times: 2 GB if substituted.
  std::string quadratic = "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [<!ENTITY a \"" +
                          std::string(100000, 'a') + "\">]>\n";
  std::string refs;
  for (int i = 0; i < 20000; ++i)
    refs += "&a;";
  quadratic += tmx_with_body("<tu><tuv xml:lang=\"en\"><seg>" + refs +
                             "</seg></tuv><tuv xml:lang=\"ar\"><seg>ع</seg></tuv></tu>")
                   .substr(22);  // after the XML declaration
  const long before = max_rss_kb();
  try {
    import_text(quadratic);
    FAIL() << "quadratic blowup imported";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("entity"), std::string::npos) << e.what();
  }
  EXPECT_LT(max_rss_kb() - before, 32 * 1024);
}

TEST(TmxReader, RefusesExternalEntitiesAndNeverReadsThem) {
  for (const char* file : {"xxe.tmx", "xxe_parameter.tmx"}) {
    const Error e = import_error(file);
    EXPECT_EQ(e.code(), ExitCode::kDataError) << file;
    EXPECT_EQ(std::string(e.what()).find("TOP-SECRET"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("leak"), std::string::npos) << e.what();
  }
}

TEST(TmxReader, ExternalDtdReferenceIsNotFetched) {
  // OmegaT's own files name tmx11.dtd; it is not beside them, and nothing is fetched.
  const std::string tmx =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx SYSTEM \"http://127.0.0.1:9/tmx14.dtd\">\n" +
      tmx_with_body(
          "<tu><tuv xml:lang=\"en\"><seg>e</seg></tuv><tuv xml:lang=\"ar\"><seg>ع</seg>"
          "</tuv></tu>")
          .substr(22);
  EXPECT_EQ(import_text(tmx).units.size(), 1u);
}

TEST(TmxReader, LineNumbersStayExactPastLine65535) {
  std::string body;
  for (int i = 0; i < 30000; ++i) {
    body += "<tu tuid=\"" + std::to_string(i) +
            "\">\n<tuv xml:lang=\"en\"><seg>e</seg></tuv>\n<tuv xml:lang=\"ar\"><seg>ع</seg></tuv>"
            "\n</tu>\n";
  }
  body += "<tu tuid=\"late\">\n  <tuv xml:lang=\"en\"><seg>no Arabic</seg></tuv>\n</tu>\n";
  body += "<tu tuid=\"tight\"><tuv xml:lang=\"en\"><seg>no Arabic</seg></tuv></tu>\n";
  const Imported in = import_text(tmx_with_body(body));
  ASSERT_EQ(in.units.size(), 30000u);
  // Header 3 lines, then 4 lines per unit: unit i starts on line 4 + 4 i.
  EXPECT_EQ(in.units[29999].where.line, 4 + 4 * 29999);
  ASSERT_EQ(in.result.summary.skipped.size(), 2u);
  EXPECT_EQ(in.result.summary.skipped.items()[0].where.line, 4 + 4 * 30000);
  // Without whitespace after the start tag the line is the parser's (within a few lines).
  EXPECT_NEAR(in.result.summary.skipped.items()[1].where.line, 4 + 4 * 30000 + 3, 12);
}

TEST(TmxReader, ListsTheFirstThousandSkippedUnitsAndCountsAll) {
  std::string body;
  for (int i = 0; i < 2500; ++i)
    body += "<tu tuid=\"" + std::to_string(i) + "\"><tuv xml:lang=\"en\"><seg>e</seg></tuv></tu>\n";
  const Imported in = import_text(tmx_with_body(body));
  EXPECT_EQ(in.result.summary.skipped_count, 2500u);
  ASSERT_EQ(in.result.summary.skipped.size(), ImportSummary::kListed);
  EXPECT_EQ(in.result.summary.skipped.items().back().record, "999");
}

TEST(TmxReader, CallbackExceptionsStopTheImport) {
  std::size_t calls = 0;
  EXPECT_THROW(read_tmx_file(data_path("omegat.tmx"),
                             [&](ImportedUnit&&) {
                               ++calls;
                               throw Error(ExitCode::kTempFail, "store locked");
                             }),
               Error);
  EXPECT_EQ(calls, 1u);
}

TEST(TmxReader, ReportsProgressInBytes) {
  std::size_t last_done = 0, total = 0;
  read_tmx_file(
      data_path("omegat.tmx"), [](ImportedUnit&&) {},
      [&](std::size_t done, std::size_t of, std::string_view) {
        last_done = done;
        total = of;
      });
  EXPECT_EQ(total, testing::read_file(data_path("omegat.tmx")).size());
  EXPECT_EQ(last_done, total);
}

}  // namespace
}  // namespace mizan::formats
